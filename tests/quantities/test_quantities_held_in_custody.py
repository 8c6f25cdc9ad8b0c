"""Audit U56: people held in custody ("متحفظا عليهم", "متحفظين") are arrested, like محتجز and
موقوف ("أوضح النائب العام أن 56 شخصا … لا يزالون متحفظا عليهم" was other)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وأوضح المسؤول أن 40 شخصا لا يزالون متحفظا عليهم في مقر الشرطة.", [("40 شخصا", "arrested")]),
    ("وذكر البيان أن 25 رجلا مشتبها بهم ما زالوا متحفظين للتحقيق معهم.", [("25 رجلا", "arrested")]),
    # must not fire: no custody word
    ("وأوضح المسؤول أن 40 شخصا حضروا الجلسة.", [("40 شخصا", "other")]),
])
def test_held_in_custody(run_quantities, text, want):
    assert [(q.text, q.category) for q in run_quantities(text)] == want
