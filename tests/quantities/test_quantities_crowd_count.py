""""عدد المشاركين/المتظاهرين/المحتجين" before a count names the crowd's size: participants
(held-out audit U42); مشاركين only around a protest."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقدرت الحركة عدد المشاركين بالمظاهرة بنحو 160 ألف شخص.", [("نحو 160 ألف شخص", "participants")]),
    ("وقال مكتب رئيس البلدية إن عدد المشاركين في المسيرة نحو 40 ألف شخص فقط.",
     [("نحو 40 ألف شخص فقط", "participants")]),
    # must not fire: participants of a conference; a population
    ("وقدرت الجامعة عدد المشاركين في المؤتمر العلمي بنحو 300 شخص.", [("نحو 300 شخص", "other")]),
    ("ويبلغ عدد سكان المدينة نحو 40 ألف نسمة.", [("نحو 40 ألف نسمة", "other")]),
])
def test_crowd_count(run_quantities, text, want):
    assert [(q.text, q.category) for q in run_quantities(text)] == want
