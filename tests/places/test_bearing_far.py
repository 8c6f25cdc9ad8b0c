"""A settlement the text puts on one side of a town, read as a namesake far off on another side
with none near, is left unresolved (audit ent41: "أوتاي ميسا جنوب سان دييغو" was Mesa, Arizona,
500 km north-east of San Diego)."""
from rasd.model.record import Entity, Place
from rasd.model.span import Span
from rasd.stages.places.bearing import bearing_picks

from tests.places.test_bearing import _cand

_TOWN = {"lat": 32.72, "lon": -117.16, "country": "US", "feature": "city"}
_MESA_FAR = (33.42, -111.82, "US", "city")    # 500 km north-east of the town
_MESA_NEAR = (32.95, -117.10, "US", "town")   # 26 km north of it: off the side, but near
_MESA_SOUTH_FAR = (30.50, -117.00, "MX", "town")  # on the stated side, 245 km off


def _picks(text: str, anchor: dict, pick: tuple) -> dict:
    a_at, m_at = text.index("سانتا"), text.index("ميسا")
    locs = [Entity("e1", "LOC", "ميسا", [Span(m_at, m_at + 4, "ميسا")]),
            Entity("e2", "LOC", "سانتا", [Span(a_at, a_at + 5, "سانتا")])]
    lat, lon, cc, feature = pick
    places = [Place(id="p1", entity="e1", name="ميسا", lat=lat, lon=lon, country=cc, feature=feature),
              Place(id="p2", entity="e2", name="سانتا", **anchor)]
    return bearing_picks(text, locs, places, [[_cand(0, "ميسا", pick)], []])


def test_a_far_pick_off_the_stated_side_is_unresolved():
    picks = _picks("وصل الرئيس إلى أرض خلاء في ميسا جنوب سانتا أمس.", _TOWN, _MESA_FAR)
    assert 0 in picks and picks[0] is None


def test_a_near_pick_or_a_province_anchor_or_a_pick_on_the_side_is_kept():
    # must not fire: the pick within 100 km of the town
    assert _picks("وصل الرئيس إلى ميسا جنوب سانتا أمس.", _TOWN, _MESA_NEAR) == {}
    # must not fire: the anchor is a province (its point says little of its edge)
    province = dict(_TOWN, feature="admin1")
    assert _picks("وصل الرئيس إلى ميسا جنوب سانتا أمس.", province, _MESA_FAR) == {}
    # must not fire: a far pick on the stated side
    assert _picks("وصل الرئيس إلى ميسا جنوب سانتا أمس.", _TOWN, _MESA_SOUTH_FAR) == {}
