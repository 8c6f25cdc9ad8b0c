""""يذكر أن الشرطة الفرنسية كانت (قد) أعلنت الأحد أن …": the auxiliary كان between an SVO subject
and its cue is stepped over like قد, so the subject before it speaks (audit U32,
ant-AL-internationalNews-1159: the speaker was the previous quote's, موقع سايت)."""
from __future__ import annotations

import pytest


def _got(quotes, check, text):
    doc = quotes(text, {})
    check(doc)
    return [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes]


@pytest.mark.parametrize("text,want", [
    ("وقال الموقع إن المهاجم هو نفسه. يذكر أن الشرطة الفرنسية كانت أعلنت الأحد أن المشتبه به فرنسي.",
     [("وقال", "الموقع"), ("أعلنت", "الشرطة الفرنسية")]),
    ("وقال الموقع إن المهاجم هو نفسه. يذكر أن الشرطة الفرنسية كانت قد أعلنت أن المشتبه به فرنسي.",
     [("وقال", "الموقع"), ("أعلنت", "الشرطة الفرنسية")]),
    # must not fire: a sentence-opening وكانت (VSO) keeps its subject after the cue
    ("وقال الموقع إن المهاجم هو نفسه. وكانت الشرطة الفرنسية قد أعلنت أن المشتبه به فرنسي.",
     [("وقال", "الموقع"), ("أعلنت", "الشرطة الفرنسية")]),
])
def test_auxiliary_before_cue(quotes, check, text, want):
    assert _got(quotes, check, text) == want
