"""Actors of events (event_actors_clause.clash_partner): in a clash the party after مع is the other
side, fought against — it stays a target and is never taken for the subject of a fight noun
after بعد/عقب/إثر/خلال ("عقب مواجهات عنيفة مع المتمردين": the rebels are the target)."""
import pytest

ADEN = ("عدن", 12.8, 45.0, "YE", "city")


@pytest.mark.parametrize("text,other", [
    ("عدن - وتمركزت فيها عقب معارك ضارية مع المتمردين الحوثيين الاثنين.", "المتمردين الحوثيين"),
    ("عدن - وسقط قتلى خلال معارك طاحنة مع مسلحين في عدن الاثنين.", "مسلحين"),
    ("عدن - ودخلت المدينة إثر معارك مع قوات الأمن الاثنين.", "قوات الأمن"),
])
def test_the_party_after_maa_is_the_other_side(ev, text, other):
    evs = [e for e in ev.run(ev.make_doc(text, places=[ADEN])) if e.type == "ASSAULT"]
    assert evs and other not in [a.text for a in evs[0].actors]
    assert other in [t.text for t in evs[0].targets]


# must not fire: a verb's own subject after it ("اشتبك مسلحون مع الجيش": the gunmen fight)
def test_the_subject_before_maa_stays(ev):
    text = "عدن - اشتبك مسلحون مع الجيش في عدن الاثنين."
    evs = [e for e in ev.run(ev.make_doc(text, places=[ADEN])) if e.type == "ASSAULT"]
    assert evs and [a.text for a in evs[0].actors] == ["مسلحون"]
    assert "الجيش" in [t.text for t in evs[0].targets]
