"""A back-reference that names, right after it, a town far from every earlier happening of its
type tells a happening there, not the earlier one again (SPEC §2.6/§2.7: one event per
happening per place): "تظاهر الآلاف في الموصل … ورفع المحتجون لافتات في البصرة" is two protests."""
import pytest

MOSUL = ("الموصل", 36.34, 43.13, "IQ", "city")
BASRA = ("البصرة", 30.51, 47.81, "IQ", "city")
HAMAM = ("حمام العليل", 36.16, 43.26, "IQ", "town")
TIMES = [("الجمعة", "2018-07-27", "day"), ("مساء أمس", "2018-07-27", "day")]
LEAD = "تظاهر آلاف الطلاب الجمعة في الموصل للمطالبة بفرص عمل. "


def _protests(ev, tail, places=(MOSUL, BASRA)):
    times = [t for t in TIMES if t[0] in LEAD + tail]
    doc = ev.make_doc(LEAD + tail, published="2018-07-28", places=list(places), times=times,
                      entities=[(p[0], "LOC", None) for p in places])
    names = {p.id: p.name for p in doc.places}
    return sorted(names.get(e.place) or "-" for e in ev.run(doc) if e.type == "PROTEST")


@pytest.mark.parametrize("tail", [
    "ورفع المحتجون لافتات في البصرة كتب عليها لا للفساد.",
    "وردد المتظاهرون هتافات في البصرة ضد الحكومة.",
    # an act noun that names its own day
    "وانطلقت المظاهرات مساء أمس في البصرة ضد الفساد.",
])
def test_a_back_reference_at_a_far_town_is_another_protest(ev, tail):
    assert _protests(ev, tail) == ["البصرة", "الموصل"]


@pytest.mark.parametrize("tail, places", [
    # no place of its own: the protest told before
    ("ورفع المحتجون لافتات كتب عليها لا للفساد.", (MOSUL, BASRA)),
    # the same town again
    ("ورفع المحتجون لافتات في الموصل كتب عليها لا للفساد.", (MOSUL, BASRA)),
    # a town near the first (within the merge distance)
    ("ورفع المحتجون لافتات في حمام العليل كتب عليها لا للفساد.", (MOSUL, HAMAM)),
    # an act noun with no day of its own: as likely a background list as news there
    ("وقال مسؤول إن المظاهرات في البصرة لم تؤثر على عمل الموانئ.", (MOSUL, BASRA)),
])
def test_a_back_reference_here_joins_the_protest(ev, tail, places):
    assert len(_protests(ev, tail, places)) == 1
