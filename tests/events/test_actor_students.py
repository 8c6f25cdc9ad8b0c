"""U58 audit (actors): students are a nominal actor (SPEC: named or nominal) — "أغلق الطلبة
أبواب الكلية احتجاجا" is the students' protest (events_actors.tsv, role EDU)."""
import pytest

SFAX = ("صفاقس", 34.74, 10.76, "TN", "city")


def _protest(ev, text):
    doc = ev.make_doc(text, places=[SFAX])
    (e,) = [e for e in ev.run(doc) if e.type == "PROTEST"]
    return [a.text for a in e.actors]


@pytest.mark.parametrize("text,who", [
    ("وأغلق الطلبة أبواب كلية الآداب بصفاقس صباح اليوم احتجاجا على تأخر صرف المنح.", "الطلبة"),
    ("ونظم طلاب المعهد العالي وقفة احتجاجية أمام مقر الولاية في صفاقس.", "طلاب"),
])
def test_students_stage_the_protest(ev, text, who):
    assert _protest(ev, text) == [who]


@pytest.mark.parametrize("text", [
    # students in the grievance, after a preposition, are not the ones protesting
    "ونظم الأساتذة في صفاقس وقفة احتجاجية على طرد الطلاب من المبيت.",
    # students in a genitive after the protest's place
    "وتظاهر السكان في صفاقس أمس أمام مبيت الطلاب.",
])
def test_students_named_elsewhere_do_not_stage_it(ev, text):
    assert "الطلاب" not in _protest(ev, text)
