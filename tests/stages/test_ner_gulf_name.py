""""الخليج الفارسي" and "الخليج العربي" are names kept whole (audit U44: "جنوب الخليج الفارسي"
gave الخليج): the tagger's "الخليج" takes its adjective in, which a place's nationality
adjective otherwise leaves ("منبج السورية" → منبج)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = {**NAMES, "الخليج": "LOCB", "الفارسي": "NAT", "منبج": "LOCS", "السورية": "NAT"}


def test_the_gulf_keeps_its_adjective():
    doc = run("وقال إن دولة في جنوب الخليج الفارسي رعت الهجوم", {"الخليج": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("الخليج الفارسي", "LOC")]


def test_a_town_leaves_its_adjective_out():  # must not fire: not a name kept whole
    doc = run("وسيطرت القوات على منبج السورية أمس", {"منبج": "B-LOC", "السورية": "I-LOC"}, _NAMES)
    assert mentions(doc) == [("منبج", "LOC")]
