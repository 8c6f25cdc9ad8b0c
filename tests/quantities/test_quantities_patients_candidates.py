"""Patients, candidates, players and riders are counted people (audit U52): "زيارة ثلاثين مريضة",
"من بين 16 مرشحا", "بمشاركة 54 فارسا"; with a casualty cue they carry its category."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وزارت اللجنة ثلاثين مريضة في المستشفى.", [("ثلاثين مريضة", 30, "other")]),
    ("ويتنافس الحزب على اختيار مرشحه من بين 12 مرشحا.", [("12 مرشحا", 12, "other")]),
    ("وأقيم السباق بمشاركة 40 فارسا.", [("40 فارسا", 40, "other")]),
    ("وقتل 5 مرضى في قصف المستشفى.", [("5 مرضى", 5, "killed")]),
    # must not fire: a score, a bare فارس (also a given name)
    ("وفاز الفريق 3 لاعب الوسط فارس.", []),
])
def test_patients_candidates(run_quantities, text, want):
    assert fields_of(run_quantities(text), "text", "value", "category") == want
