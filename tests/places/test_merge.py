"""Names of one gazetteer record are one entity (rasd/stages/places/merge.py)."""
from rasd.model.record import Entity, Place
from rasd.model.span import Span
from rasd.stages.places.merge import merge_same_places


def _ent(eid, text, *starts, label="LOC"):
    return Entity(eid, label, text, [Span(s, s + len(text), text) for s in starts])


def _place(pid, eid, name, gid, feature="country", lat=38.0):
    return Place(pid, eid, name, lat=lat, lon=-97.0, country="US", feature=feature, gazetteer_id=gid)


def test_long_and_short_names_of_a_country_become_one_entity_and_one_place():
    ents = [_ent("e1", "الولايات المتحدة الأمريكية", 10), _ent("e2", "سوريا", 50),
            _ent("e3", "أمريكا", 90, 200), _ent("e4", "الولايات المتحدة", 5)]
    places = [_place("p1", "e1", "الولايات المتحدة الأمريكية", "cc:US"),
              _place("p2", "e2", "سوريا", "cc:SY"),
              _place("p3", "e3", "أمريكا", "cc:US"),
              _place("p4", "e4", "الولايات المتحدة", "cc:US")]
    ents, places = merge_same_places(ents, places)
    assert [e.id for e in ents] == ["e2", "e4"]  # the name met first keeps the others
    assert [m.start for m in ents[1].mentions] == [5, 10, 90, 200]
    assert [(p.id, p.entity) for p in places] == [("p1", "e2"), ("p2", "e4")]


def test_a_facility_at_its_towns_point_and_unresolved_places_stay_apart():
    ents = [_ent("e1", "جنين", 0), _ent("e2", "مستشفى جنين", 30), _ent("e3", "الحي", 60),
            _ent("e4", "الحارة", 90)]
    places = [_place("p1", "e1", "جنين", "wof:1", feature="town"),
              _place("p2", "e2", "مستشفى جنين", "wof:1", feature="facility"),
              _place("p3", "e3", "الحي", None, lat=None), _place("p4", "e4", "الحارة", None, lat=None)]
    out_ents, out_places = merge_same_places(ents, places)
    assert (out_ents, out_places) == (ents, places)


def test_only_places_of_loc_entities_are_joined():
    ents = [_ent("e1", "مصر", 0), _ent("e2", "مصر", 40, label="ORG")]
    places = [_place("p1", "e1", "مصر", "cc:EG"), _place("p2", "e2", "مصر", "cc:EG")]
    assert merge_same_places(ents, places) == (ents, places)



def test_a_country_named_inside_a_direction_phrase_joins_its_other_name():
    # "بواكيه، ثاني كبرى مدن كوت ديفوار … في وسط ساحل العاج": the second is placed as a region
    ents = [_ent("e1", "كوت ديفوار", 10), _ent("e2", "ساحل العاج", 80)]
    places = [_place("p1", "e1", "كوت ديفوار", "cc:CI"),
              _place("p2", "e2", "ساحل العاج", "cc:CI", feature="region")]
    ents, places = merge_same_places(ents, places)
    assert [e.id for e in ents] == ["e1"] and [m.start for m in ents[0].mentions] == [10, 80]
    assert [(p.entity, p.feature) for p in places] == [("e1", "country")]


def test_a_region_and_a_town_of_one_record_that_is_no_country_stay_apart():
    # must not fire: only country records (cc:) join across features
    ents = [_ent("e1", "حمص", 0), _ent("e2", "ريف حمص", 30)]
    places = [_place("p1", "e1", "حمص", "wof:7", feature="city"),
              _place("p2", "e2", "ريف حمص", "wof:7", feature="region")]
    out_ents, out_places = merge_same_places(ents, places)
    assert (out_ents, out_places) == (ents, places)
