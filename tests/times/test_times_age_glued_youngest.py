"""More ages that are no durations (SPEC §2.7; held-out U50): "في سن الـ20 عاما" (الـ glued to the
number after an age word) and "يبلغ عمر أصغرهم 25 عاما", "عمر أكبرهن 70 عاما" (the age of the
youngest or eldest of a group)."""
from __future__ import annotations

import pytest


def _durations(run_times, text):
    return [t.text for t in run_times(text, "2015-05-01") if t.type == "duration"]


@pytest.mark.parametrize("text", [
    "وبدأ اللاعب مسيرته الاحترافية في سن الـ20 عاما.",
    "وتضم الخلية خمسة مواطنين يبلغ عمر أصغرهم 25 عاما.",
    "وبلغ عمر أكبرهن 70 عاما عند وصولهن إلى المخيم.",
])
def test_age_not_duration(run_times, text):
    assert _durations(run_times, text) == []


@pytest.mark.parametrize("text,want", [
    # must not fire: a definite number of years with no age word, and a sentence
    ("واحتفل النادي بمرور الـ50 عاما على تأسيسه.", ["50 عاما"]),
    ("وحكم على أصغرهم بالسجن لمدة 20 عاما.", ["20 عاما"]),
])
def test_still_durations(run_times, text, want):
    assert _durations(run_times, text) == want
