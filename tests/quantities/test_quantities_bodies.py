"""A count right after the bodies it names (جثث/جثة/جثامين) is killed (audit U56: «وانتشال جثث
إثنين آخرين» counted the two as other). Only right before the count: "نقلت جثث المهاجرين إلى مستشفى يعمل
فيه 40 طبيبا" keeps the doctors other."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("أنقذ خفر السواحل ثلاثة صيادين وانتشلوا جثث اثنين آخرين قرب الشاطئ.",
     [("ثلاثة صيادين", "other"), ("اثنين آخرين", "killed")]),
    ("وعثرت فرق الإنقاذ على جثامين سبعة مهاجرين تحت الأنقاض.",
     [("سبعة مهاجرين", "killed")]),
    # must not fire: a word between the bodies and the count
    ("ونقلت جثث المهاجرين إلى مستشفى يعمل فيه 40 طبيبا.",
     [("40 طبيبا", "other")]),
])
def test_bodies_are_killed(run_quantities, text, want):
    assert [(q.text, q.category) for q in run_quantities(text)] == want
