"""A list item after the first count's adjective and "، و" shares its category (audit U56:
«اعتقال … بينهم 75 طفلا قاصرا، و16 امرأة» counted the women as other)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("واعتقلت الشرطة 200 متظاهر بينهم 30 طالبا جامعيا، و12 امرأة خلال الأسبوع.",
     [("200 متظاهر", "arrested"), ("30 طالبا", "arrested"), ("12 امرأة", "arrested")]),
    # must not fire: the second count has its own cue after it
    ("وقتل 9 جنود نظاميين، و40 شخصا فروا من القرية.",
     [("9 جنود", "killed"), ("40 شخصا", "displaced")]),
])
def test_listed_after_adjective(run_quantities, text, want):
    assert [(q.text, q.category) for q in run_quantities(text)] == want
