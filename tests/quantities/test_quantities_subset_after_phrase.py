"""Audit U48: a subset named after the first count's own "من …" phrase and a comma shares its
category: "قتل 15 متمردا من الحوثيين وميليشيات صالح، من بينهم ثلاثة قياديين" → 3 killed."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وقتل 12 مسلحا من التنظيم والفصائل المتحالفة معه، من بينهم أربعة قياديين، في الغارات.",
     [("12 مسلحا", 12, "killed"), ("أربعة قياديين", 4, "killed")]),
    ("واعتقلت الشرطة 20 شخصا من المشاركين في الاحتجاج، بينهم خمسة صحفيين.",
     [("20 شخصا", 20, "arrested"), ("خمسة صحفيين", 5, "arrested")]),
    # must keep: another cue between, another sentence between
    ("وقتل 12 مسلحا من التنظيم، وأصيب منهم سبعة عناصر في الغارات.",
     [("12 مسلحا", 12, "killed"), ("سبعة عناصر", 7, "injured")]),
])
def test_subset_after_phrase(run_quantities, text, want):
    assert fields_of(run_quantities(text), "text", "value", "category") == want
