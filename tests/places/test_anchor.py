"""Readings pinned by the text to a place named beside them (rasd/stages/places/anchor.py)."""
from rasd.gazetteer.base import Candidate
from rasd.model.record import Entity, Place
from rasd.model.span import Span
from rasd.stages.places.anchor import nearby_picks
from rasd.stages.places.rank import Scored

_AZAZ = {"lat": 36.59, "lon": 37.05, "country": "SY", "feature": "town"}
_FAR = Candidate("t:far", "المالكية", None, 33.35, 36.24, "SY", "Rif Dimashq", None, "village")
_NEAR = Candidate("t:near", "المالكية", None, 36.54, 36.99, "SY", "Aleppo", None, "village")


def _picks(text: str, places: list[tuple[str, dict]], ranked: dict[str, list[Candidate]]):
    locs, out, scored = [], [], []
    for n, (name, kw) in enumerate(places, 1):
        start = text.index(name)
        locs.append(Entity(f"e{n}", "LOC", name, [Span(start, start + len(name), name)]))
        out.append(Place(id=f"p{n}", entity=f"e{n}", name=name, **kw))
        scored.append([Scored(c, 1.0) for c in ranked.get(name, [])])
    return {locs[i].name: s.cand.id for i, s in nearby_picks(text, locs, out, scored).items()}


def _far_village():
    return {"lat": _FAR.lat, "lon": _FAR.lon, "country": "SY", "feature": "village"}


def test_a_place_said_to_be_near_takes_the_namesake_near_the_place_before_it():
    text = "سيطرت الفصائل على مدينة اعزاز وقرية المالكية القريبة منها."
    picks = _picks(text, [("اعزاز", _AZAZ), ("المالكية", _far_village())], {"المالكية": [_FAR, _NEAR]})
    assert picks == {"المالكية": "t:near"}
    # "القريبة من X": the anchor is named after it
    text = "سيطرت الفصائل على قرية المالكية المجاورة لمدينة اعزاز."
    picks = _picks(text, [("المالكية", _far_village()), ("اعزاز", _AZAZ)], {"المالكية": [_FAR, _NEAR]})
    assert picks == {"المالكية": "t:near"}


def test_nearby_must_not_fire():
    # no candidate within 50 km of the anchor: kept
    text = "سيطرت الفصائل على مدينة اعزاز وقرية المالكية القريبة منها."
    assert _picks(text, [("اعزاز", _AZAZ), ("المالكية", _far_village())], {"المالكية": [_FAR]}) == {}
    # no "القريبة": kept
    text = "سيطرت الفصائل على مدينة اعزاز وقرية المالكية أمس."
    assert _picks(text, [("اعزاز", _AZAZ), ("المالكية", _far_village())], {"المالكية": [_FAR, _NEAR]}) == {}
    # the anchor is in another sentence: kept
    text = "سيطرت الفصائل على مدينة اعزاز. وقصفت قرية المالكية القريبة."
    assert _picks(text, [("اعزاز", _AZAZ), ("المالكية", _far_village())], {"المالكية": [_FAR, _NEAR]}) == {}
    # a country ("سوريا المجاورة") is no settlement: kept
    syria = Candidate("t:sy", "سوريا", None, 35.0, 38.5, "SY", None, None, "country")
    text = "قال مسؤول في حلب إن الحرب في سوريا المجاورة طالت."
    aleppo = {"lat": 36.20, "lon": 37.17, "country": "SY", "feature": "city"}
    assert _picks(text, [("حلب", aleppo), ("سوريا", {"lat": 35.0, "lon": 38.5, "country": "SY",
                                                    "feature": "country"})], {"سوريا": [syria]}) == {}
