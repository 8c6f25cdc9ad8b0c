"""Audit U48: professions are counted people ("اعتقل أكثر من 200 أستاذ", "قتل 5 أطباء",
"اعتقلت البحرية 12 صيادا"); the bare "مزارع" is also "farms" and stays out."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("واعتقلت قوات الأمن أكثر من 300 أستاذ خلال وقفة أمام الوزارة.",
     [("أكثر من 300 أستاذ", 300, "more_than", "arrested")]),
    ("وقتل أربعة أطباء وممرضان في قصف استهدف المستوصف.", [("أربعة أطباء", 4, "exact", "killed"), ("ممرضان", 2, "exact", "killed")]),
    ("واحتجزت دورية بحرية 14 صيادا قرب الجزيرة.", [("14 صيادا", 14, "exact", "arrested")]),
    ("وأصيب سبعة موظفين في انفجار داخل المبنى.", [("سبعة موظفين", 7, "exact", "injured")]),
    # not people: farms
    ("وأحرق المهاجمون 6 مزارع في القرية.", []),
])
def test_professions(run_quantities, text, want):
    assert fields_of(run_quantities(text), "text", "value", "qualifier", "category") == want
