"""Masculine plural accusative participles (مطالبين، مشيدين، منددين) are circumstantial
participles like مطالبا: they share the subject of the clause they follow
(event_actors_clause.participle); the definite or governed noun (المطالبين، على متهمين) is none."""
import pytest

PARTY = ("حزب الوفد", "ORG", "EGYOPP")
GOVT = ("الحكومة المصرية", "ORG", "EGYGOV")


def _events(ev, text, kind):
    doc = ev.make_doc(text, entities=[PARTY, GOVT])
    return [e for e in ev.run(doc) if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("وأصدر أنصار حزب الوفد بيانا، مطالبين الحكومة المصرية بالإفراج عن المعتقلين.", "REQUEST"),
    ("وأصدر أنصار حزب الوفد بيانا، مشيدين بقرار الحكومة المصرية رفع الحظر.", "SUPPORT"),
    ("وأصدر أنصار حزب الوفد بيانا، منددين بقرار الحكومة المصرية حظر التجمعات.", "ACCUSE"),
])
def test_the_plural_participle_shares_the_subject(ev, text, kind):
    (e,) = _events(ev, text, kind)
    assert [x.text for x in e.actors] == ["حزب الوفد"]
    assert "حزب الوفد" not in [x.text for x in e.targets]


def test_the_singular_participle_is_kept(ev):
    (e,) = _events(ev, "وأصدر حزب الوفد بيانا، مطالبا الحكومة المصرية بالإفراج عن المعتقلين.", "REQUEST")
    assert [x.text for x in e.actors] == ["حزب الوفد"]


def test_the_definite_plural_is_a_noun_not_an_act(ev):
    assert not _events(ev, "وأصدر حزب الوفد بيانا عن المطالبين الحكومة المصرية بالإصلاح.", "REQUEST")
