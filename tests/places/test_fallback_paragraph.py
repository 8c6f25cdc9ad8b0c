"""An unlisted area takes no town or unit of a later paragraph as its place (audit U36,
2026-11-28): "… بمنطقة جبل رأس." then a new paragraph "وفي جبهة صعدة" is another scene."""
from __future__ import annotations

from rasd.model.record import Entity, Place
from rasd.model.span import Span
from rasd.stages.places.context import MentionContext
from rasd.stages.places.evidence import facility_fallback


def _fallback(text: str) -> Place:
    names = ("جبل الصوان", "البيضاء")
    locs = []
    for n, name in enumerate(names, 1):
        s = text.index(name)
        locs.append(Entity(f"e{n}", "LOC", name, [Span(s, s + len(name), name)]))
    places = [Place(id="p1", entity="e1", name="جبل الصوان"),
              Place(id="p2", entity="e2", name="البيضاء", lat=14.0, lon=45.5, country="YE", feature="city")]
    ctxs = [MentionContext(cue="natural", cue_word="جبل"), MentionContext()]
    facility_fallback(locs, places, [{}, {}], ctxs, text)
    return places[0]


def test_a_town_of_the_next_paragraph_is_no_fallback():
    text = "وقصفت الطائرات مواقع المسلحين في جبل الصوان.\nوفي جبهة البيضاء تقدمت القوات."
    assert _fallback(text).lat is None


def test_a_town_later_in_the_same_paragraph_still_is():  # must not fire
    text = "وقصفت الطائرات مواقع المسلحين في جبل الصوان المطل على مدينة البيضاء."
    assert _fallback(text).lat == 14.0


def test_a_town_of_an_earlier_paragraph_still_is():  # must not fire: only later paragraphs
    text = "وفي مدينة البيضاء تقدمت القوات.\nوقصفت الطائرات مواقع المسلحين في جبل الصوان."
    assert _fallback(text).lat == 14.0


def test_a_later_paragraph_going_on_with_the_story_still_is():  # must not fire: no new scene
    text = "وقصفت الطائرات مواقع المسلحين في جبل الصوان.\nوتعرضت البيضاء لهجمات كثيرة."
    assert _fallback(text).lat == 14.0


# -- a province named between the fallback town and the area ---------------------------------

def _between(text: str, unit_lat: float, unit_admin1: str) -> Place:
    names = ("مدينة الخوخة", "محافظة إب", "منطقة الصوان")
    locs = []
    for n, name in enumerate(names, 1):
        s = text.index(name)
        locs.append(Entity(f"e{n}", "LOC", name, [Span(s, s + len(name), name)]))
    places = [Place(id="p1", entity="e1", name="الخوخة", lat=13.8, lon=43.25, country="YE", admin1="Al Hudaydah",
                    feature="town"),
              Place(id="p2", entity="e2", name="إب", lat=unit_lat, lon=44.2, country="YE", admin1=unit_admin1,
                    feature="admin2"),
              Place(id="p3", entity="e3", name="الصوان")]
    ctxs = [MentionContext(), MentionContext(), MentionContext(cue="region", cue_word="منطقه")]
    facility_fallback(locs, places, [{}, {}, {}], ctxs, text)
    return places[2]


_TEXT = ("وقتل مدني في قصف على مدينة الخوخة.\nوفي محافظة إب قتل مدنيان.\n"
         "وأوضحت المصادر أن لغما انفجر في منطقة الصوان.")


def test_a_province_named_between_a_far_town_and_the_area_takes_it():
    assert _between(_TEXT, 14.0, "Ibb").lat == 14.0


def test_a_unit_of_the_towns_own_province_leaves_the_town():  # must not fire: same province
    assert _between(_TEXT, 14.0, "Al Hudaydah").lat == 13.8


def test_a_province_named_as_the_towns_own_container_leaves_the_town():
    # must not fire: "الخوخة بمحافظة إب" says where the town is (held-out audit: "إزرع بمحافظة
    # السويداء" sent the Lajat area of Daraa's countryside to Suwayda's point)
    text = ("وقتل مدني في قصف على مدينة الخوخة بمحافظة إب.\n"
            "وأوضحت المصادر أن لغما انفجر في منطقة الصوان.")
    assert _between(text, 14.0, "Ibb").lat == 13.8
