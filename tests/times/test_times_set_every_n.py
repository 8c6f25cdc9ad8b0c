""""كل 3 سنوات", "كل أربع سنوات", "كل خمسة أعوام": every N units is a set with that period, as
"كل عامين" (P2Y) was; the number and unit alone had been read as a duration (audit U52)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وتراجع الاتفاقيات في القطاع كل 3 سنوات.", [("كل 3 سنوات", "set", "P3Y")]),
    ("وتعقد الانتخابات كل أربع سنوات.", [("كل أربع سنوات", "set", "P4Y")]),
    ("ويجتمع المجلس كل ستة أشهر وتصدر النشرة كل 3 أيام.", [("كل ستة أشهر", "set", "P6M"), ("كل 3 أيام", "set", "P3D")]),
    # must not fire: a count of other things; a plain duration
    ("ووزعت حصة لكل 3 أشخاص.", []),
    ("واستمرت الحرب 3 سنوات.", [("3 سنوات", "duration", "P3Y")]),
])
def test_set_every_n(run_times, text, want):
    assert [(t.text, t.type, t.value) for t in run_times(text, "2016-11-07")] == want
