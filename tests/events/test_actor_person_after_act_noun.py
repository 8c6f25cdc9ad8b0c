"""Actors of events (event_actors_clause.person_after_act_noun): a person named right after a physical
act noun of the اغتيال/اعتقال/اختطاف shape is the one it befell — a target, not the doer the
VSO test would make of him ("اغتيال سامي حمدان" → target سامي حمدان)."""
import pytest

BEIRUT = ("بيروت", 33.9, 35.5, "LB", "city")


@pytest.mark.parametrize("text", [
    "بيروت - وجاء اغتيال سامي حمدان في بيروت أمس بعد أسابيع من التهديدات.",
    "بيروت - وأثار اختطاف سامي حمدان في بيروت أمس غضبا واسعا.",
])
def test_the_person_after_the_act_noun_is_its_target(ev, text):
    doc = ev.make_doc(text, entities=[("سامي حمدان", "PER", None)], places=[BEIRUT])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and "سامي حمدان" not in [a.text for a in evs[0].actors]
    assert "سامي حمدان" in [t.text for t in evs[0].targets]


@pytest.mark.parametrize("text", [
    "بيروت - وكشفت الشرطة عن محاولة اغتيال وزير المالية في بيروت أمس.",
    "بيروت - وأثار اختطاف وزير الزراعة السابق في بيروت أمس غضبا واسعا.",
])
def test_a_title_after_the_act_noun_is_its_target(ev, text):
    # an office holder named by his title alone, with no name entity, is befallen just the same
    doc = ev.make_doc(text, places=[BEIRUT])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and not [a.text for a in evs[0].actors if a.text.split()[0] in ("وزير", "قائد")]
    assert [t.text for t in evs[0].targets if t.text.split()[0] in ("وزير", "قائد")]


# must not fire: a لـ-object after the person makes him the doer
def test_a_lam_object_makes_the_person_the_doer(ev):
    text = "بيروت - وجاء اغتيال سامي حمدان لخصمه في بيروت أمس بعد أسابيع من التهديدات."
    doc = ev.make_doc(text, entities=[("سامي حمدان", "PER", None)], places=[BEIRUT])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and [a.text for a in evs[0].actors] == ["سامي حمدان"]


def test_only_acts_done_to_someone():
    from types import SimpleNamespace
    from rasd.stages.event_actors_clause import person_after_act_noun
    trig = SimpleNamespace(type="RETREAT", mode="withdrawal", first=0, last=0)
    assert not person_after_act_noun(None, [], trig, None)  # "انسحاب X": X withdraws
    trig = SimpleNamespace(type="ASSAULT", mode="clash", first=0, last=0)
    assert not person_after_act_noun(None, [], trig, None)  # "اشتباك X مع Y": X fights
