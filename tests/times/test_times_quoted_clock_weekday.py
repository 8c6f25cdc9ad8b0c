"""A quotation opening with a clock time before a weekday ('"عند الساعة 4:23 مساء الاثنين، رصدت
…"') is speech, not a quoted name: the quoted-name test ('"أمهات السبت"') looked at the word
before the prefix and dropped the time (audit U52)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('وصل الوفد. وقال المتحدث "عند الساعة 4:23 مساء الاثنين، رصدت الدفاعات إطلاق صاروخ".',
     [("الساعة 4:23 مساء الاثنين", "2018-04-23")]),
    ('وصل الوفد. وقال المتحدث «في مساء الخميس سقطت قذيفتان».', [("مساء الخميس", "2018-04-19")]),
    # must not fire: a weekday that is the second word of a quoted name
    ('وصل الوفد. وشاركت حركة "أمهات السبت" في المسيرة.', []),
])
def test_quoted_clock_weekday(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2018-04-23")] == want
