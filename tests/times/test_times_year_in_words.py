""""عام ألفين", "سنة ألفين وخمسة": a year written in words after عام/سنة is a year time;
not a count ("عام ألف" is no modern year) (audit U62)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وهاجر الكاتب إلى باريس عام ألفين، ولم يعد.", [("عام ألفين", "2000")]),
    ("وتأسست الجمعية سنة ألفين وخمسة في المدينة.", [("سنة ألفين وخمسة", "2005")]),
    ("وبني المسجد عام ألف وتسعمائة وتسعين.", [("عام ألف وتسعمائة وتسعين", "1990")]),
    # must not fire: not a modern year
    ("وتعود القلعة إلى عام ألف قبل الميلاد.", []),
])
def test_year_in_words(run_times, text, want):
    got = [(t.text, t.value) for t in run_times(text, "2015-07-21")]
    assert got == want
