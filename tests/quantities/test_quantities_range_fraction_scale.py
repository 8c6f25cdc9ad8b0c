"""Audit U56: a range whose ends carry fractions shares the scale word written after its high
end ("بين 20.7 و27.5 مليون نسمة" is 20.7–27.5 million, not 20.7 people up to 27.5 million)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("ويتوقع أن يبلغ عدد السكان ما بين 20.7 و27.5 مليون نسمة.", (20700000, 27500000)),
    ("وقالت المنظمة إن بين 1.5 و2.5 مليون شخص نزحوا عن ديارهم.", (1500000, 2500000)),
    ("وشارك في المسيرات بين 3.5 و4.5 ألف شخص.", (3500, 4500)),
    # must not fire: a whole low end with a fractional high one, a low end past the high
    ("ونزح بين 10 و1500 شخص من القرى.", (10, 1500)),
    ("وشارك بين 2.5 و2000 شخص.", (2.5, 2000)),
])
def test_range_fraction_scale(run_quantities, text, want):
    got = [(q.value, q.high) for q in run_quantities(text) if q.qualifier == "range"]
    assert got == [want]
