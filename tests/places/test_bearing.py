"""A settlement the text puts on one side of a town takes the namesake on that side (audit U26:
"بلدة الطيبة الواقعة جنوب شرق مدينة درعا" was read as the Jordanian Tayyibah, 40 km WSW)."""
from rasd.gazetteer.base import Candidate
from rasd.model.record import Entity, Place
from rasd.model.span import Span
from rasd.stages.places.bearing import bearing_picks, initial_bearing
from rasd.stages.places.rank import Scored

_DARAA = {"lat": 32.62, "lon": 36.10, "country": "SY", "feature": "city"}
_TAYBA_JO = (32.54, 35.72, "JO", "town")
_TAYBA_SY = (32.56, 36.24, "SY", "village")
_TAYBA_FAR = (34.35, 38.50, "SY", "village")  # a namesake east of Daraa, but 280 km off


def _cand(n: int, name: str, point: tuple) -> Scored:
    lat, lon, cc, feature = point
    return Scored(Candidate(id=f"c{n}", name=name, name_en=name, lat=lat, lon=lon, country=cc, admin1=None,
                            admin2=None, feature=feature, population=0, key=name, match="exact"), 0.0, {})


def _picked(text: str, anchor: dict, pick: tuple, others: list[tuple]) -> tuple | None:
    """bearing_picks for الطيبة read at `pick` with `others` ranked after it."""
    a_at, t_at = text.index("درعا"), text.index("الطيبة")
    locs = [Entity("e1", "LOC", "الطيبة", [Span(t_at, t_at + 6, "الطيبة")]),
            Entity("e2", "LOC", "درعا", [Span(a_at, a_at + 4, "درعا")])]
    lat, lon, cc, feature = pick
    places = [Place(id="p1", entity="e1", name="الطيبة", lat=lat, lon=lon, country=cc, feature=feature),
              Place(id="p2", entity="e2", name="درعا", **anchor)]
    ranked = [[_cand(n, "الطيبة", pt) for n, pt in enumerate([pick] + others)], []]
    got = bearing_picks(text, locs, places, ranked).get(0)
    return (got.cand.lat, got.cand.lon, got.cand.country, got.cand.feature) if got else None


def test_initial_bearing_points_the_right_way():
    assert round(initial_bearing(0.0, 0.0, 1.0, 0.0)) == 0 and round(initial_bearing(0.0, 0.0, 0.0, 1.0)) == 90


def test_the_namesake_on_the_stated_side_wins():
    text = "قتل سبعة في غارات على بلدة الطيبة الواقعة جنوب شرق مدينة درعا قرب الحدود."
    assert _picked(text, _DARAA, _TAYBA_JO, [_TAYBA_SY]) == _TAYBA_SY


def test_a_pick_on_the_stated_side_is_kept():
    text = "قتل سبعة في غارات على بلدة الطيبة الواقعة جنوب غرب مدينة درعا قرب الحدود."
    assert _picked(text, _DARAA, _TAYBA_JO, [_TAYBA_SY]) is None


def test_no_namesake_near_the_town_on_that_side_keeps_the_pick():
    text = "قتل سبعة في غارات على بلدة الطيبة الواقعة شرق مدينة درعا."
    assert _picked(text, _DARAA, _TAYBA_JO, [_TAYBA_FAR]) is None


def test_a_province_point_is_no_anchor_without_the_word_town():
    province = {"lat": 32.81, "lon": 36.16, "country": "SY", "feature": "admin1"}
    text = "قتل سبعة في غارات على بلدة الطيبة الواقعة جنوب شرق درعا."
    assert _picked(text, province, _TAYBA_JO, [_TAYBA_SY]) is None
