""""وقالت كلمتها المشهورة: «…»": a noun for the words said, owned by a pronoun, after a speech
verb is its object, not who speaks; the speaker is sought as for a cue with none (audit U64
saudinewsnet-2015-08-07-00611: the speaker was كلمتها المشهورة)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("ووقفت سلمى الحسن أمام الحشد، وقالت كلمتها الشهيرة: «لن نتراجع عن حقوقنا».", ["سلمى الحسن"]),
    ("ورد سامي العلي على منتقديه، وقال عبارته المعروفة: «العمل هو الجواب».", ["سامي العلي"]),
    # kept: a speaker who is no words said
    ("وقال المتحدث باسم الوزارة: «الوضع مستقر».", ["المتحدث باسم الوزارة"]),
])
def test_words_said_object(quotes, check, text, speakers):
    doc = quotes(text, {"سامي العلي": "PER", "سلمى الحسن": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
