"""Common nouns no name (audit U52): "كونسورتيوم" (a consortium) tagged MISC, the idiom "بين ظهرانينا"
(among us) tagged a place, "الشيشة" (the hookah) in quotation marks."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_common_nouns_are_no_names():
    doc = run("وانهار اتفاق مع كونسورتيوم يضم ثلاث شركات", {"كونسورتيوم": "B-MISC"}, NAMES)
    assert mentions(doc) == []
    doc = run("ولا يوضح ما اختلط من الفتن بين ظهرانينا", {"ظهرانينا": "B-LOC"}, NAMES)
    assert mentions(doc) == []
    doc = run('وأكد أن "الشيشة" التي وجدت في غرفته لم تكن السبب', {"الشيشة": "B-MISC"}, NAMES)
    assert mentions(doc) == []
