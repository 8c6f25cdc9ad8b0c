"""A lone role noun right before "و" + a toll ("إن ضابطا وثلاثة جنود قتلوا") is one more
person of that toll (SPEC §2.6: one act, one toll)."""
import pytest

ARISH = ("العريش", 31.13, 33.8, "EG", "city")


def _killed(ev, text, qty):
    doc = ev.make_doc(text, published="2018-03-19", places=[ARISH], quantities=[qty])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return a.counts["killed"].value


@pytest.mark.parametrize("text, qty, value", [
    ("وقال البيان إن ضابطا وثلاثة جنود قتلوا في هجوم على حاجز في العريش.", ("ثلاثة جنود", 3, "exact", "killed"), 4),
    ("قتل مسلحون امرأة وطفلين في هجوم على قرية في العريش.", ("طفلين", 2, "exact", "killed"), 3),
    ("قتل شرطيا و12 مدنيا في تفجير سيارة مفخخة في العريش.", ("12 مدنيا", 12, "exact", "killed"), 13),
])
def test_a_lone_role_noun_before_the_toll_is_counted(ev, text, qty, value):
    assert _killed(ev, text, qty) == value


@pytest.mark.parametrize("text, qty, value", [
    # no role noun before the toll
    ("قتل ثلاثة جنود في هجوم على حاجز في العريش.", ("ثلاثة جنود", 3, "exact", "killed"), 3),
    # a word that names no person ("هجوما وثلاثة"): nothing added
    ("شن المسلحون هجوما وقتلوا ثلاثة جنود في العريش.", ("ثلاثة جنود", 3, "exact", "killed"), 3),
])
def test_no_role_noun_adds_nothing(ev, text, qty, value):
    assert _killed(ev, text, qty) == value
