"""A person noun that ends a counted phrase is no lone victim of the passive verb after it:
"أسفرت عن مقتل نحو خمسين مدنيا وجرح أكثر من ألف" has no injured count of one (audit U50
ant-SK-middleEast-1887-20180523, where "جرح" after "فلسطينيا" gave injured 1)."""
from __future__ import annotations


def _counts(ev, text, quantities):
    doc = ev.make_doc(text, quantities=quantities)
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs
    return {k: c.value for k, c in evs[0].counts.items()}


def test_counted_noun_before_passive_gives_no_one(ev):
    text = "اندلعت مواجهات عنيفة في البلدة أسفرت عن مقتل نحو خمسين مدنيا وجرح أكثر من ألف."
    assert _counts(ev, text, [("نحو خمسين مدنيا", 50, "about", "killed")]) == {"killed": 50}


def test_lone_victim_before_passive_stays(ev):
    # must not change: a lone person noun, no number before it
    text = "وقال المسؤول إن صحفيا قتل في قصف على البلدة."
    assert _counts(ev, text, []) == {"killed": 1}
