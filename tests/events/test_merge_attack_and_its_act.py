""""هاجم مسلحون قرية … واختطفوا 27 شخصا": a bare attack (mode other) and what the same doers did
in it, told in one sentence, are one act, not an attack and an abduction."""
from dataclasses import replace

from rasd.model.span import ArgSpan, Span
from rasd.stages.event_merge import same_happening

KADUNA = ("كادونا", 10.52, 7.44, "NG", "city")
TEXT = "أعلنت الشرطة أن مسلحين هاجموا قرية في كادونا الأحد واختطفوا 27 شخصا."


def _assaults(ev, text):
    doc = ev.make_doc(text, places=[KADUNA], quantities=[("27 شخصا", 27, "exact", "abducted")],
                      times=[("الأحد", "2024-02-11", "day")])
    return [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_an_attack_and_the_abduction_its_doers_made_are_one_event(ev):
    (act,) = _assaults(ev, TEXT)
    assert act.counts["abducted"].value == 27


def test_an_attack_and_an_abduction_by_other_doers_in_one_sentence_stay_apart(ev):
    # must not fire: two doers in one sentence are two acts
    act = _assaults(ev, TEXT)[0]
    attack = replace(act, mode="other", trigger=Span(23, 29, "هاجموا"),
                     actors=[ArgSpan(16, 22, "مسلحين")])
    abduction = replace(act, mode="abduction", actors=[ArgSpan(0, 5, "الجيش")])
    assert not same_happening(attack, abduction)


def test_a_shelling_and_an_abduction_of_one_doer_in_one_sentence_stay_apart(ev):
    # must not fire: neither names a bare attack
    act = _assaults(ev, TEXT)[0]
    shelling = replace(act, mode="shelling", trigger=Span(23, 29, "هاجموا"))
    assert not same_happening(shelling, replace(act, mode="abduction"))
