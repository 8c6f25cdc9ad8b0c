"""People who "غادروا" a place are displaced when they are a new count ("أكثر من 150 ألفا غادروا
المدينة", audit U54 SK-366), not people told before ("الثلاثة غادروا سوريا", news-dev SK-299)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقالت مسؤولة إن أكثر من 90 ألفا غادروا البلدة خلال أسبوع.", [(90000, "displaced")]),
    ("وأكد أن 300 شخص غادروا المخيم.", [(300, "displaced")]),
    # must not fire: a singular "غادر" of a delegation
    ("وغادر الوفد المؤلف من 12 شخصا العاصمة.", [(12, "other")]),
])
def test_left_the_place(run_quantities, text, want):
    assert [(q.value, q.category) for q in run_quantities(text)] == want


def test_the_ones_told_before_left(run_quantities):
    """News-dev SK-299: "وأوضحت المحكمة أن الثلاثة غادروا سوريا بناء على طلب من التنظيم" — the
    three told before, who left to join a group, are not displaced."""
    got = [q.category for q in run_quantities("وأوضحت المحكمة أن الثلاثة غادروا سوريا بناء على طلب من التنظيم.")]
    assert "displaced" not in got
