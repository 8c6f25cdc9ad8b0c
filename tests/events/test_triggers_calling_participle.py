"""The call told as a participle (audit of unseen news U50): "داعيا/داعية/داعين إلى" is a
REQUEST with the subject of the clause it follows (not the one called on), إلى within three
words; a call continuing a call of the same speaker is no second event; "الداعية" is a preacher."""
import pytest

PARTY = ("حزب الوفد", "ORG", "EGYOPP")
GOVT = ("الحكومة المصرية", "ORG", "EGYGOV")


def _events(ev, text, kind):
    doc = ev.make_doc(text, entities=[PARTY, GOVT])
    return [e for e in ev.run(doc) if e.type == kind]


@pytest.mark.parametrize("text", [
    "وأدان حزب الوفد الاعتداء على الصحفيين، داعيا الحكومة المصرية إلى محاسبة المسؤولين.",
    "وأصدر حزب الوفد بيانا أمس، داعيا إلى الإفراج عن المعتقلين.",
])
def test_the_calling_participle_is_a_request(ev, text):
    (e,) = _events(ev, text, "REQUEST")
    assert [x.text for x in e.actors] == ["حزب الوفد"]


def test_a_continued_call_is_one_request(ev):
    text = "وطالب حزب الوفد الحكومة المصرية بالإفراج عن المعتقلين، داعيا إلى حوار وطني."
    assert len(_events(ev, text, "REQUEST")) == 1


def test_the_preacher_is_no_call(ev):
    assert _events(ev, "وقال الداعية الشهير في حزب الوفد إن الشباب بحاجة إلى التوجيه.", "REQUEST") == []
