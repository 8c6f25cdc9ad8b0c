"""An attempt right before the casualty cue ("بمحاولة قتل … 35 شخصا", "تهمة محاولة قتل 3 أشخاص")
means nobody was killed: the count is "other" (audit U32, ant-BB-internationalNews-241)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("ووجهت المحكمة للجاني تهمة إضافية بمحاولة قتل جميع من كان في المسجد وعددهم 35 شخصا آخر.",
     [(35, "other")]),
    ("ووجهت الشرطة له تهمة محاولة قتل 3 أشخاص.", [(3, "other")]),
    # must not fire: the attempt after the toll, the attempt is the occasion of a real killing
    ("وأسفر الهجوم عن مقتل 5 أشخاص في محاولة لاقتحام السجن.", [(5, "killed")]),
    ("وقتل 4 أشخاص خلال محاولة اقتحام المبنى.", [(4, "killed")]),
])
def test_attempted_is_no_casualty(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
