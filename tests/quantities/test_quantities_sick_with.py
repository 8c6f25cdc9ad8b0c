""""10 ملايين شخص في العالم مصابون بمرض الشلل": people a disease afflicts are ill, not injured
— the injured word followed by an illness word ("بمرض", "بالكوليرا") makes the count no
casualty count (audit U60 saudinewsnet-2015-07-21-02158: ten million patients read as injured)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,category", [
    ("ويقدر أن نحو مليوني شخص في البلاد مصابون بمرض السكري.", "other"),
    ("وقال الطبيب إن 300 طفل مصابين بالكوليرا في المخيم.", "other"),
    # kept: the wounded of an attack
    ("وأسفر الانفجار عن 12 مصابا بجروح متفاوتة.", "injured"),
    ("وأصيب 7 أشخاص في الهجوم.", "injured"),
])
def test_sick_with_disease(run_quantities, text, category):
    qs = run_quantities(text)
    assert [q.category for q in qs][:1] == [category]
