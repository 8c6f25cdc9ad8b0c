"""Readings pinned by the text to a place named beside them (rasd/stages/places/anchor.py)."""
from rasd.gazetteer.base import Candidate
from rasd.model.record import Entity, Place
from rasd.model.span import Span
from rasd.stages.places.anchor import list_country_picks, nearby_picks
from rasd.stages.places.rank import Scored

from places_helpers import assert_at, place_of, resolve

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
    # a closing quote after it: "… في قرية المالكية القريبة"."
    text = 'وقال: "عادوا من مدينة اعزاز الى مقرهم في قرية المالكية القريبة".'
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


# -- "جزيرة X": an island is a natural feature; "الجزيرة" is a name -------------------------

def _cue(text: str, name: str):
    from rasd.stages.places.context import TextContext

    start = text.index(name)
    return TextContext(text).mention(start, start + len(name))


def test_jazira_without_al_is_a_natural_feature_cue():
    ctx = _cue("ضرب زلزال بجزيرة لومبوك فجر اليوم.", "لومبوك")
    assert (ctx.cue, ctx.cue_word) == ("natural", "جزيره")
    # must not fire: "الجزيرة" is a name (قناة الجزيرة، ولاية الجزيرة), no cue for what follows
    assert _cue("قالت الجزيرة مصر إن الوضع هادئ.", "مصر").cue is None


def test_a_bare_cue_word_is_no_place():
    from rasd.stages.places.context import TextContext
    from rasd.stages.places.recall import not_places

    text = "ضرب زلزال بجزيرة لومبوك، وشاهدت قناة الجزيرة ذلك في ولاية الجزيرة."
    jaz = text.index("بجزيرة")
    state = text.rindex("الجزيرة")
    ents = [Entity("e1", "LOC", "جزيرة", [Span(jaz, jaz + 6, "بجزيرة")]),
            Entity("e2", "LOC", "الجزيرة", [Span(state, state + 7, "الجزيرة")])]
    not_places(text, TextContext(text), None, ents)
    assert [e.name for e in ents] == ["الجزيرة"]


def test_an_island_with_its_own_adjective_is_no_namesake_abroad():
    from rasd.stages.places import foreign_facility
    from rasd.stages.places.context import MentionContext
    from rasd.stages.places.rank import DocEvidence

    lompoc = Candidate("t:lompoc", "لومبوك", "Lompoc", 34.64, -120.46, "US", "California", None, "town")
    ev = DocEvidence()
    assert foreign_facility(lompoc, MentionContext(cue="natural", cue_word="جزيره", adjective="ID"), ev)
    # must not fire: a facility's adjective may name its owner ("قاعدة حميميم الروسية")
    assert not foreign_facility(lompoc, MentionContext(cue="facility", cue_word="قاعده", adjective="ID"), ev)
    assert not foreign_facility(lompoc, MentionContext(cue="natural", cue_word="جزيره", adjective="US"), ev)


def test_an_unknown_island_takes_no_nearby_town():
    from rasd.stages.places.context import MentionContext
    from rasd.stages.places.evidence import facility_fallback

    text = "انتقل إلى باريس ثم إلى جزيرة لارينيون."
    locs, places = [], []
    for n, name in enumerate(("باريس", "لارينيون"), 1):
        s = text.index(name)
        locs.append(Entity(f"e{n}", "LOC", name, [Span(s, s + len(name), name)]))
    places = [Place(id="p1", entity="e1", name="باريس", lat=48.85, lon=2.35, country="FR", feature="city"),
              Place(id="p2", entity="e2", name="لارينيون")]
    ctxs = [MentionContext(), MentionContext(cue="natural", cue_word="جزيره")]
    facility_fallback(locs, places, [{}, {}], ctxs, text)
    assert places[1].lat is None
    # must not fire: a mountain still takes the town it overlooks
    ctxs = [MentionContext(), MentionContext(cue="natural", cue_word="جبل")]
    facility_fallback(locs, places, [{}, {}], ctxs, text)
    assert places[1].lat == 48.85


# -- a list of neighbouring villages pulls a member read far away -----------------------------

_VILLAGE = {"country": "SY", "feature": "village"}
_DOUMA_CITY = Candidate("t:douma", "دوما", None, 33.57, 36.40, "SY", "Rif Dimashq", None, "city")
_DOUMA_VILLAGE = Candidate("t:douma-v", "دوما", None, 32.85, 36.77, "SY", "As Suwayda'", None, "village")


def _listed(text, places, ranked, cues=None):
    from rasd.stages.places.anchor import list_picks
    from rasd.stages.places.context import MentionContext

    locs, out, scored, ctxs = [], [], [], []
    for n, (name, kw) in enumerate(places, 1):
        start = text.index(name)
        locs.append(Entity(f"e{n}", "LOC", name, [Span(start, start + len(name), name)]))
        out.append(Place(id=f"p{n}", entity=f"e{n}", name=name, **kw))
        scored.append([Scored(c, 1.0) for c in ranked.get(name, [])])
        ctxs.append(MentionContext(cue=(cues or {}).get(name)))
    return {locs[i].name: s.cand.id for i, s in list_picks(text, locs, out, scored, ctxs).items()}


def _sweida_list(douma_kw=None):
    return [("السويمرة", dict(_VILLAGE, lat=32.93, lon=36.60)), ("تيما", dict(_VILLAGE, lat=32.84, lon=36.76)),
            ("دوما", douma_kw or {"lat": 33.57, "lon": 36.40, "country": "SY", "feature": "city"})]


def test_a_list_member_read_far_from_its_neighbours_takes_the_near_namesake():
    text = "هاجم التنظيم قرى السويمرة وتيما ودوما فجر اليوم."
    assert _listed(text, _sweida_list(), {"دوما": [_DOUMA_CITY, _DOUMA_VILLAGE]}) == {"دوما": "t:douma-v"}
    # commas too
    text = "هاجم التنظيم قرى السويمرة، تيما، ودوما فجر اليوم."
    assert _listed(text, _sweida_list(), {"دوما": [_DOUMA_CITY, _DOUMA_VILLAGE]}) == {"دوما": "t:douma-v"}


def test_a_list_must_not_pull():
    cands = {"دوما": [_DOUMA_CITY, _DOUMA_VILLAGE]}
    # a member cued as a city
    text = "هاجم التنظيم قرى السويمرة وتيما ومدينة دوما فجر اليوم."
    assert _listed(text, _sweida_list(), cands, {"دوما": "city"}) == {}
    # no namesake near the others
    text = "هاجم التنظيم قرى السويمرة وتيما ودوما فجر اليوم."
    assert _listed(text, _sweida_list(), {"دوما": [_DOUMA_CITY]}) == {}
    # only two names: no list to go by
    text = "هاجم التنظيم قريتي تيما ودوما فجر اليوم."
    assert _listed(text, _sweida_list()[1:], cands) == {}
    # a spread list of cities ("دمشق وحلب ودوما")
    spread = [("دمشق", {"lat": 33.51, "lon": 36.28, "country": "SY", "feature": "city"}),
              ("حلب", {"lat": 36.20, "lon": 37.17, "country": "SY", "feature": "city"}),
              ("دوما", {"lat": 33.57, "lon": 36.40, "country": "SY", "feature": "city"})]
    assert _listed("زار الوفد دمشق وحلب ودوما أمس.", spread, cands) == {}
    # names not joined by و or a comma
    text = "هاجم التنظيم السويمرة ثم تيما ثم دوما فجر اليوم."
    assert _listed(text, _sweida_list(), cands) == {}


# -- a quarter with no city named near it belongs to the story's city -------------------------

_TAIZ = {"lat": 13.58, "lon": 44.02, "country": "YE", "feature": "city"}
_AMRAN_QUARTER = {"lat": 16.21, "lon": 43.64, "country": "YE", "feature": "neighbourhood"}


def _story(text: str, places: list[tuple[str, dict]], quarters: dict[str, str]):
    from rasd.stages.places.context import MentionContext
    from rasd.stages.places.evidence import quarter_fallback

    locs, out, debug, ctxs = [], [], [], []
    for n, (name, kw) in enumerate(places, 1):
        spans, at = [], text.find(name)
        while at >= 0:
            spans.append(Span(at, at + len(name), name))
            at = text.find(name, at + len(name))
        locs.append(Entity(f"e{n}", "LOC", name, spans))
        out.append(Place(id=f"p{n}", entity=f"e{n}", name=name, **kw))
        debug.append({"reason": "top score", "context": {}})
        word = quarters.get(name)
        ctxs.append(MentionContext(cue="neighbourhood" if word else None, cue_word=word))
    quarter_fallback(text, locs, out, debug, ctxs)
    return out


def test_a_far_quarter_with_no_city_near_is_a_quarter_of_the_story_city():
    text = ("تواصلت المعارك في تعز أمس.\nوقال سكان إن الهدوء عاد.\nوشن الحوثيون قصفا على الأحياء. "
            "حيث استهدف القصف أحياء كلابة والروضة.\nوتقدم الثوار في تعز.")
    out = _story(text, [("تعز", _TAIZ), ("كلابة", _AMRAN_QUARTER)], {"كلابة": "احياء"})
    assert (out[1].lat, out[1].feature) == (13.58, "neighbourhood")


def test_the_story_city_must_not_take():
    text = ("تواصلت المعارك في تعز أمس.\nوقال سكان إن الهدوء عاد.\nوشن الحوثيون قصفا على الأحياء. "
            "حيث استهدف القصف أحياء كلابة والروضة.\nوتقدم الثوار في تعز.")
    # a quarter within 50 km of the story city
    near = dict(_AMRAN_QUARTER, lat=13.70, lon=44.10)
    assert _story(text, [("تعز", _TAIZ), ("كلابة", near)], {"كلابة": "احياء"})[1].lat == 13.70
    # two cities named as often: no story city
    two = text.replace("وتقدم الثوار في تعز.", "وتقدم الثوار في تعز وعدن. وقصفت عدن.")
    aden = {"lat": 12.79, "lon": 45.02, "country": "YE", "feature": "city"}
    assert _story(two, [("تعز", _TAIZ), ("عدن", aden), ("كلابة", _AMRAN_QUARTER)],
                  {"كلابة": "احياء"})[2].lat == 16.21
    # the city named once only
    once = text.replace("وتقدم الثوار في تعز.", "وتقدم الثوار.")
    assert _story(once, [("تعز", _TAIZ), ("كلابة", _AMRAN_QUARTER)], {"كلابة": "احياء"})[1].lat == 16.21
    # a unit named in the quarter's sentence says where
    ruled = text.replace("أحياء كلابة والروضة", "أحياء كلابة والروضة في محافظة عمران")
    amran = {"lat": 16.0, "lon": 43.9, "country": "YE", "feature": "admin1"}
    assert _story(ruled, [("تعز", _TAIZ), ("كلابة", _AMRAN_QUARTER), ("عمران", amran)],
                  {"كلابة": "احياء"})[1].lat == 16.21


# -- "العاصمة + adjective + NAME": that country's capital -------------------------------------

def test_a_capital_named_after_its_country_adjective_is_that_capital(mem_gaz):
    doc = resolve(mem_gaz, "تظاهر الآلاف في العاصمة الكورية الجنوبية سول أمس.", ["سول"])
    assert_at(place_of(doc, "سول"), "seoul")
    # must not fire: a name the gazetteer has in that country keeps its own reading
    doc = resolve(mem_gaz, "وصل الوفد إلى العاصمة السورية دمشق أمس.", ["دمشق"])
    assert_at(place_of(doc, "دمشق"), "damascus")
    # no adjective right before the name: no capital is meant
    doc = resolve(mem_gaz, "تظاهر الآلاف في العاصمة سول أمس.", ["سول"])
    assert place_of(doc, "سول").lat is None


def test_an_org_after_capital_and_adjective_becomes_a_place():
    from rasd.stages.places.capital import capital_mentions
    from rasd.stages.places.context import TextContext

    text = "تظاهر الآلاف في العاصمة الكورية الجنوبية سول، وقالت وكالة يونهاب الكورية الجنوبية إن الشرطة تدخلت."
    s, y = text.index("سول"), text.index("يونهاب")
    ents = [Entity("e1", "ORG", "سول", [Span(s, s + 3, "سول")]),
            Entity("e2", "ORG", "يونهاب", [Span(y, y + 6, "يونهاب")])]
    moved = capital_mentions(TextContext(text), ents)
    assert [m.text for m in moved] == ["سول"] and [e.name for e in ents] == ["يونهاب"]
    # must not fire on a person
    ents = [Entity("e1", "PER", "سول", [Span(s, s + 3, "سول")])]
    assert capital_mentions(TextContext(text), ents) == []


# -- "قضاء X": a district's seat the gazetteer lists as a village ------------------------------

def _district_gaz():
    from rasd.gazetteer.memory import MemoryGazetteer

    row = {"id": "t:makh", "name": "مخمور", "name_en": "Makhmur", "lat": "35.77", "lon": "43.59", "country": "IQ",
           "admin1": "Erbil", "admin2": "", "feature": "village", "population": "0", "geonames_id": "",
           "names": "مخمور"}
    return MemoryGazetteer([row], name="t")


def _missed(text: str) -> list[str]:
    from rasd.stages.places.add import find_missed
    from rasd.stages.places.context import TextContext

    return [s.text for s in find_missed(text, TextContext(text), _district_gaz(), [], {"IQ"}, known=False)]


def test_a_district_cue_finds_its_seat_listed_as_a_village():
    assert _missed("قصف التنظيم قضاء مخمور شرق الموصل.") == ["مخمور"]
    assert _missed("وصلت القوات إلى ناحية مخمور أمس.") == ["مخمور"]


def test_a_district_seat_must_not_be_added():
    # a province cue takes no village
    assert _missed("قصف التنظيم محافظة مخمور أمس.") == []
    # a village of a country the story is not about
    from rasd.stages.places.add import find_missed
    from rasd.stages.places.context import TextContext
    text = "قصف التنظيم قضاء مخمور أمس."
    assert find_missed(text, TextContext(text), _district_gaz(), [], {"SY"}, known=False) == []


_FL_UY = Candidate("t:fl-uy", "فلوريدا", None, -34.10, -56.21, "UY", None, None, "city", 33000)
_FL_US = Candidate("t:fl-us", "فلوريدا", None, 28.0, -82.0, "US", "Florida", None, "admin1")
_STATE = {"country": "US", "feature": "admin1"}


def _country_picks(text: str, places: list[tuple[str, dict]], ranked: dict[str, list[Candidate]]):
    locs, out, scored = [], [], []
    for n, (name, kw) in enumerate(places, 1):
        start = text.index(name)
        locs.append(Entity(f"e{n}", "LOC", name, [Span(start, start + len(name), name)]))
        out.append(Place(id=f"p{n}", entity=f"e{n}", name=name, lat=kw.pop("lat", 1.0), lon=kw.pop("lon", 1.0), **kw))
        scored.append([Scored(c, 1.0) for c in ranked.get(name, [])])
    return {locs[i].name: s.cand.id for i, s in list_country_picks(locs, out, scored, text).items()}


def test_a_list_member_read_abroad_takes_the_country_of_the_rest_of_its_list():
    text = "ضربت العاصفة ولايات كنساس، وفلوريدا، وتكساس أمس."
    places = [("كنساس", dict(_STATE)), ("فلوريدا", {"country": "UY", "feature": "city"}), ("تكساس", dict(_STATE))]
    assert _country_picks(text, places, {"فلوريدا": [_FL_UY, _FL_US]}) == {"فلوريدا": "t:fl-us"}


def test_no_list_country_pick_without_agreement_or_candidate():
    # a member of the list's own country keeps its level (a city among provinces stays a city)
    text = "ضربت العاصفة ولايات كنساس، وفلوريدا، وتكساس أمس."
    fl_city = Candidate("t:fl-city", "فلوريدا", None, 25.8, -80.2, "US", "Florida", None, "city")
    places = [("كنساس", dict(_STATE)), ("فلوريدا", {"country": "US", "feature": "city"}), ("تكساس", dict(_STATE))]
    assert _country_picks(text, places, {"فلوريدا": [fl_city, _FL_US]}) == {}
    # members of different countries: no agreement
    text = "زار الوفد كنساس، وفلوريدا، وحلب."
    places = [("كنساس", dict(_STATE)), ("فلوريدا", {"country": "UY", "feature": "city"}),
              ("حلب", {"country": "SY", "feature": "city"})]
    assert _country_picks(text, places, {"فلوريدا": [_FL_UY, _FL_US]}) == {}
    # a list of countries is left alone
    text = "زار الوفد سوريا، والعراق، وفلوريدا."
    places = [("سوريا", {"country": "SY", "feature": "country"}), ("العراق", {"country": "IQ", "feature": "country"}),
              ("فلوريدا", {"country": "UY", "feature": "city"})]
    assert _country_picks(text, places, {"فلوريدا": [_FL_UY, _FL_US]}) == {}
    # no candidate of the list's country: kept
    text = "ضربت العاصفة ولايات كنساس، وفلوريدا، وتكساس أمس."
    places = [("كنساس", dict(_STATE)), ("فلوريدا", {"country": "UY", "feature": "city"}), ("تكساس", dict(_STATE))]
    assert _country_picks(text, places, {"فلوريدا": [_FL_UY]}) == {}
