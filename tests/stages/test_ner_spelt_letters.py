"""Spelt Latin letters are one name (audit U52: "الاستخبارات الأميركية (سي آي إيه)" tagged سي alone)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_spelt_letters_run_whole():
    doc = run("وتلقت البلاد تحذيرا من الاستخبارات الأمريكية (سي آي إيه) أمس", {"سي": "B-ORG"}, NAMES)
    assert mentions(doc) == [("سي آي إيه", "ORG")]


def test_spelt_letters_stop_before_a_word():  # must not fire past في
    doc = run("وقال مسؤول لشبكة بي بي سي في لندن", {"بي": "B-ORG", "سي": "I-ORG"}, NAMES)
    assert mentions(doc)[0] == ("بي بي سي", "ORG")
