"""An act told right after "أحدهم" (one of those counted before) befell one of them: "ولقي 14
شخصا مصرعهم في هذه التظاهرات، أحدهم برصاص قوات الأمن" is a shooting that killed one, not 14
(audit U39b ant-SK-middleEast-3175-20180729)."""
from __future__ import annotations



def _shooting_counts(ev, text, quantities):
    doc = ev.make_doc(text, quantities=quantities)
    shots = [e for e in ev.run(doc) if e.type == "ASSAULT" and e.mode == "shooting"]
    assert shots
    return {k: c.value for k, c in shots[0].counts.items()}


def test_one_of_them_killed_by_the_act(ev):
    text = "وقتل 14 متظاهرا خلال الاحتجاجات، أحدهم برصاص قوات الأمن."
    assert _shooting_counts(ev, text, [("14 متظاهرا", 14, "exact", "killed")]) == {"killed": 1}


def test_toll_of_the_act_itself_stays(ev):
    # must not fire: no "أحدهم" before the act; "أحدهم" after it (a breakdown of its toll)
    text = "وقتل 14 متظاهرا برصاص قوات الأمن."
    assert _shooting_counts(ev, text, [("14 متظاهرا", 14, "exact", "killed")]) == {"killed": 14}
    text = "وقتل 3 متظاهرين برصاص قوات الأمن، أحدهم طفل."
    assert _shooting_counts(ev, text, [("3 متظاهرين", 3, "exact", "killed")]) == {"killed": 3}


def test_one_of_them_feminine(ev):
    text = "وقتلت 5 نساء في الهجوم، إحداهن برصاص قناص."
    assert _shooting_counts(ev, text, [("5 نساء", 5, "exact", "killed")]) == {"killed": 1}
