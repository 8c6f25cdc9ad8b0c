"""A noun of time (وقت، لحظة، أثناء، إبان، عقب، إثر، غداة، عشية) after the subject opens an
adverbial: "وأكدت مصادر أمنية وقت وقوع الانفجار أن" → مصادر أمنية (audit U58: the span
"مصادر أمنية سعودية وقت" spoke)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("وأكدت مصادر أمنية وقت وقوع الانفجار أن المهاجم قتل.", ["مصادر أمنية"]),
    ("وقال مسؤول محلي عقب الاجتماع إن الاتفاق قريب.", ["مسؤول محلي"]),
    # must not fire: no time noun after the subject
    ("وقال مسؤول محلي في البلدة إن الاتفاق قريب.", ["مسؤول محلي"]),
])
def test_time_noun_ends_subject(quotes, check, text, speakers):
    doc = quotes(text, {})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
