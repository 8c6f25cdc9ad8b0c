"""ل + a title inside a person's chunk ends one name and starts the next (audit U48: "بيونغ يانغ
للرئيس مون" was one person); the first part is a place when the lists or the article's place
chunks give it as one."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_a_place_then_la_title_then_a_man():
    doc = run("وأهدت كانغوون للرئيس تشو هدية",
              {"كانغوون": "B-PER", "للرئيس": "I-PER", "تشو": "I-PER"}, {"كانغوون": "LOCB"})
    got = mentions(doc)
    assert ("تشو", "PER") in got and ("كانغوون", "LOC") in got
    assert not any("للرئيس" in m for m, _ in got)


def test_a_man_then_la_title_then_a_man():
    doc = run("وقدم سامي حداد للوزير كمال نصري تقريره", {"سامي": "B-PER", "حداد": "I-PER", "للوزير": "I-PER",
                                                         "كمال": "I-PER", "نصري": "I-PER"})
    assert mentions(doc) == [("سامي حداد", "PER"), ("كمال نصري", "PER")]
