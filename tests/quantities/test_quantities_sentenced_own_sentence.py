"""A court word in the sentence before ("وقاضي المحكمة … وظائفهم.") does not make the next
sentence's count "people sentenced": the sentencing cue must stand in the count's own sentence
(audit U27, saudinewsnet Ferguson)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وترك قاضي المحكمة وظيفته.\nوقال إن ثلاثة من أفراد الشرطة على الاقل أصيبوا في شجار.", [(3, "injured")]),
    ("وترك قاضي المحكمة وظيفته. واعتقلت الشرطة 5 أشخاص.", [(5, "arrested")]),
    # must not fire: the sentence of the count itself names the sentence
    ("قضت المحكمة بسجن 5 أشخاص اعتقلوا العام الماضي.", [(5, "other")]),
])
def test_sentenced_in_own_sentence(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
