"""A span of years set off in parentheses ("(2006-2009)", "(1932 – 1953)": a career, a reign, a
life) is a range with no opener (audit U44 T-8)."""
from __future__ import annotations

import pytest


def _got(run_times, text):
    return [(t.text, t.type, t.value, t.value_end) for t in run_times(text, "2016-05-20")]


@pytest.mark.parametrize("text,want", [
    ("لعب مع النادي الأهلي (2006-2009) ثم احترف.", [("2006-2009", "range", "2006", "2009")]),
    ("وحكم الملك (1932 – 1953) البلاد بحزم.", [("1932 – 1953", "range", "1932", "1953")]),
    # kept: the opener forms, and no range where the parenthesis does not close on the second year
    ("وحكم بين 2006 و2009.", [("بين 2006 و2009", "range", "2006", "2009")]),
    ("وارتفع العدد (2010 - 2015 حسب التقرير).", []),
    ("وسجل الفريق (2010 و2015) هدفا.", []),
])
def test_paren_year_range(run_times, text, want):
    assert _got(run_times, text) == want
