"""A short country name that begins a longer country name of the same article (audit U26:
"في الكونغو" in a story about Kasai was Congo-Brazzaville)."""
from rasd.model.record import Entity, Place
from rasd.model.span import Span
from rasd.stages.places.short import short_country_picks

_POINTS = {"CG": (-0.84, 15.23), "CD": (-4.04, 21.76), "KP": (40.0, 127.0), "KR": (35.91, 127.77)}


def _picked(text: str, named: list[tuple[str, str]]) -> list[str]:
    """short_country_picks on (mention, country read) pairs located in `text`: the countries after."""
    locs, places, debug, pos = [], [], [], 0
    for n, (name, cc) in enumerate(named, 1):
        start = text.index(name, pos)
        pos = start + len(name)
        locs.append(Entity(f"e{n}", "LOC", name, [Span(start, pos, name)]))
        lat, lon = _POINTS[cc]
        places.append(Place(id=f"p{n}", entity=f"e{n}", name=name, lat=lat, lon=lon, country=cc, feature="country"))
        debug.append({"reason": "top score"})
    short_country_picks(locs, places, debug)
    return [p.country for p in places]


def test_the_short_name_follows_the_full_name_the_article_uses():
    text = "ارتكب المتمردون في الكونغو فظائع في إقليم كاساي في جمهورية الكونغو الديمقراطية."
    assert _picked(text, [("الكونغو", "CG"), ("الكونغو الديمقراطية", "CD")]) == ["CD", "CD"]


def test_alone_the_short_name_keeps_its_own_country():
    assert _picked("وصل الرئيس إلى الكونغو أمس.", [("الكونغو", "CG")]) == ["CG"]


def test_both_congos_named_leave_the_short_name_alone():
    text = "التقى رئيس الكونغو برازافيل نظيره من الكونغو الديمقراطية، ثم عاد إلى الكونغو."
    named = [("الكونغو برازافيل", "CG"), ("الكونغو الديمقراطية", "CD"), ("الكونغو", "CG")]
    assert _picked(text, named) == ["CG", "CD", "CG"]


def test_a_direction_is_no_full_name():
    # "كوريا الشمالية" is a country beside كوريا الجنوبية, not the long form of "كوريا"
    text = "قالت كوريا الشمالية إنها لن تتفاوض مع كوريا."
    assert _picked(text, [("كوريا الشمالية", "KP"), ("كوريا", "KR")]) == ["KP", "KR"]
