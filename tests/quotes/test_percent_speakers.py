""""وقال 20 في المائة إنهم", "أفاد 39 في المائة من الناخبين بأنهم": a share of people right
after the cue is its subject (a poll's respondents), not a number that starts an object
(audit U52: both quotes had gone to the last named speaker)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقالت سلمى ناصر إن البرنامج جيد. كما أفاد 39 في المائة من الناخبين بأنهم سيصوتون للحزب.",
     [("سلمى ناصر", "البرنامج جيد"), ("39 في المائة من الناخبين", "سيصوتون للحزب")]),
    ("وقالت سلمى ناصر إن البرنامج جيد. بينما قال 20 في المئة إنهم لن يصوتوا.",
     [("سلمى ناصر", "البرنامج جيد"), ("20 في المئة", "لن يصوتوا")]),
    # must not fire: the share inside the content; a subject before the share
    ("وقالت سلمى ناصر إن 20 في المائة من الناخبين لن يصوتوا.", [("سلمى ناصر", "20 في المائة من الناخبين لن يصوتوا")]),
])
def test_percent_speakers(quotes, check, text, want):
    doc = quotes(text, {"سلمى ناصر": "PER"})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
