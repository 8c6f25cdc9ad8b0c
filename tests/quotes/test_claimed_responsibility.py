"""A claim of responsibility ("أعلن تنظيم X مسؤوليته عن الهجوم") names the doer, not someone who
reports the news: no "phrase" attribution (audit ev25 A7, 267: the claimant became the source)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names", [
    ("وأعلن تنظيم الفجر مسؤوليته عن الهجوم الذي قتل 5 أشخاص في المدينة.", {"الفجر": "ORG"}),
    ("وأعلنت جماعة النور المسؤولية عن التفجير الذي أوقع 12 قتيلا.", {"النور": "ORG"}),
    ("وأعلنت حركة الرعد مسئوليتها عن الهجوم.", {"الرعد": "ORG"}),
])
def test_a_claim_of_responsibility_is_no_source(quotes, text, names):
    assert [a for a in quotes(text, names).attributions if a.kind == "phrase"] == []


def test_a_reported_toll_keeps_its_source(quotes):
    # must not fire: the responsibility word in another clause (after the comma), a toll announced
    doc = quotes("وأعلنت الوزارة مقتل 5 أشخاص في الهجوم، وحملت المسلحين المسؤولية.", {})
    assert [(a.kind, a.source.text if a.source else None) for a in doc.attributions] == [("phrase", "الوزارة")]
