"""Victims (ضحايا/ضحية) of a harm that does not kill — rape, sexual violence, trafficking,
torture — are no killed count (audit U34b #12 «علاج عشرات الآلاف من ضحايا الاغتصاب» → killed)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وساعد المستشفى في علاج 300 من ضحايا الاغتصاب في الإقليم.", [(300, "other")]),
    ("وأحصت المنظمة 40 ضحية للعنف الجنسي في المخيم.", [(40, "other")]),
    ("وأنقذت الشرطة 12 من ضحايا الاتجار بالبشر.", [(12, "other")]),
    # must not fire: victims of an attack stay killed
    ("وبلغ عدد ضحايا الهجوم 25 ضحية في المدينة.", [(25, "killed")]),
    ("وسقط 30 ضحية في التفجير.", [(30, "killed")]),
])
def test_harm_victims(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
