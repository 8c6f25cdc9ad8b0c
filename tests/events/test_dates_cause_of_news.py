"""The act named as the cause the news comes after ("ويأتي بسبب هجوم كيماوي على عميل", "جاء ذلك
على خلفية مقتل شاب") is background the news does not date: SPEC §2.6 gives an undated side
event no date (audit U39b ant-SK-internationalNews-363-20180315: the poisoning dated by the
publication day)."""
from __future__ import annotations

import pytest

from rasd.stages import event_args as args
from rasd.stages.event_detect import detect


def _trigger(doc, word):
    return next(t for t in detect(doc.tokens) if word in doc.text[t.start:t.end])


@pytest.mark.parametrize("text,word,want", [
    ("ويأتي القرار بسبب هجوم على عميل.", "هجوم", True),
    ("جاء ذلك على خلفية مقتل شاب.", "مقتل", True),
    ("ويأتي بسبب هجوم على عميل.", "هجوم", True),
    # must not fire: a cause with no come-verb, a clause break between, a time word after جاء
    ("فر السكان بسبب القصف.", "القصف", False),
    ("ويأتي ذلك، بسبب القصف.", "القصف", False),
    ("جاء ذلك بعد مقتل شاب.", "مقتل", False),
])
def test_cause_of_news(ev, text, word, want):
    doc = ev.make_doc(text)
    assert args.cause_of_news(doc.tokens, _trigger(doc, word)) is want


def test_cause_left_undated(ev):
    doc = ev.make_doc("قررت الحكومة طرد دبلوماسيين، ويأتي القرار بسبب هجوم كيماوي على عميل في لندن.",
                      places=[("لندن", 51.5, -0.12, "GB", "city")])
    attacks = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert attacks and attacks[0].date is None
