"""The city name «بعقوبة» (Baqubah) is no penalty word: a toll in a sentence that names it keeps
its casualty category (audit U32, saudinewsnet-2015-07-22-00343)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("انفجرت عبوة في حي غربي بعقوبة ما أدى إلى مقتل ستة مدنيين وإصابة 11 آخرين.",
     [(6, "killed"), (11, "injured")]),
    ("سقطت قذائف على قرية شمال بعقوبة أسفرت عن مقتل 4 أشخاص.", [(4, "killed")]),
    # must not fire: a penalty named with the court or the verdict stays "sentenced"
    ("حكمت المحكمة بعقوبة السجن على 5 أشخاص قتلوا شرطيا.", [(5, "other")]),
    ("صدرت بالعقوبة القصوى على 3 أشخاص اعتقلوا في المدينة.", [(3, "other")]),
])
def test_baqubah_is_no_penalty(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
