"""Actors of events (event_actors_doers.subject_after_object): a perfect verb carrying its object
pronoun ("اعتقلته", "حاصرهم") that opens its clause has its subject right after it — the noun
there is the actor, not a target ("حين اعتقلته الشرطة": the police arrest)."""
import pytest

BASRA = ("البصرة", 30.5, 47.8, "IQ", "city")


@pytest.mark.parametrize("text,doer", [
    ("البصرة - غادر المهندس مكتبه مساء الأحد حين اعتقلته الشرطة في البصرة.", "الشرطة"),
    ("البصرة - وصل الصحفي إلى السوق، ثم حاصره رجال الأمن في البصرة.", "رجال الأمن"),
    ("البصرة - واختطفهم مسلحون الليلة الماضية في البصرة.", "مسلحون"),
])
def test_the_noun_after_the_verb_is_its_subject(ev, text, doer):
    evs = [e for e in ev.run(ev.make_doc(text, places=[BASRA])) if e.type in ("COERCE", "ASSAULT")]
    assert evs and [a.text for a in evs[0].actors] == [doer]
    assert doer not in [t.text for t in evs[0].targets]


# must not fire: a verb without a pronoun keeps its VSO object ("اعتقلت الشرطة المهندس"), and
# a preposition before the noun makes it no subject
def test_plain_verb_keeps_its_object(ev):
    text = "البصرة - اعتقلت الشرطة مسلحين مساء الأحد في البصرة."
    evs = [e for e in ev.run(ev.make_doc(text, places=[BASRA])) if e.type == "COERCE"]
    assert evs and [a.text for a in evs[0].actors] == ["الشرطة"]
    assert [t.text for t in evs[0].targets] == ["مسلحين"]


def test_a_governed_noun_is_no_subject(ev):
    text = "البصرة - اعتقلته بمساعدة الجيش مساء الأحد في البصرة."
    evs = [e for e in ev.run(ev.make_doc(text, places=[BASRA])) if e.type == "COERCE"]
    assert not evs or "الجيش" not in [a.text for a in evs[0].actors]
