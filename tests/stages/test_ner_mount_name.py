"""جبل stays in a big place's own name that the lists know whole and not without it: "مضيق
جبل طارق" → جبل طارق (Gibraltar), not the man's name طارق (SPEC 2.7, like قطاع غزة; audit U56)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_TAGS = {"جبل": "B-LOC", "طارق": "I-LOC", "الشعانبي": "I-LOC", "مديرية": "B-LOC", "سحار": "I-LOC"}


def test_the_mount_word_stays_in_a_big_place():
    got = mentions(run("وعبر القارب مضيق جبل طارق فجرا", _TAGS, {"جبل طارق": "LOCB", "طارق": "PERF"}))
    assert got == [("جبل طارق", "LOC")]


def test_other_mountains_and_units_lose_the_word():
    # must not fire: a mountain the lists do not know whole, an admin unit's type word
    assert mentions(run("اشتباكات في جبل الشعانبي أمس", _TAGS, {"الشعانبي": "LOCS"})) == [("الشعانبي", "LOC")]
    got = mentions(run("وقصفت الطائرات مديرية سحار أمس", _TAGS, {"مديرية سحار": "LOCB", "سحار": "LOCS"}))
    assert got == [("سحار", "LOC")]
