""""الاثنين" as the numeral "the two" is not Monday: before الآخرين/معا, after كلا (audit U48 T11)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وحكم على الأول بالسجن، وعلى الاثنين الآخرين بالغرامة.", []),
    ("وزار الاثنين معا مخيم اللاجئين.", []),
    ("واتفق كلا الاثنين على الخطة.", []),
    # must keep: Monday
    ("وقال الوزير الاثنين إن الخطة جاهزة.", ["2015-07-20"]),
    ("وزار الوفد الاثنين الماضي مخيم اللاجئين.", ["2015-07-20"]),
])
def test_the_two(run_times, text, want):
    assert [t.value for t in run_times(text, "2015-07-22")] == want
