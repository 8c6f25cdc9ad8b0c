"""A rhetorical "who" opening its clause ("فمن قال إن …؟", "ومن يقول إن …") reports nobody's
speech (audit U54, saudinewsnet-2015-07-22-01447: "فمن قال إن الحرب أن تسقط عدن" spoke as
صدام)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,n", [
    ("والمدينة أقرب مثال.. فمن قال إن الحرب تحسم في أسبوع؟", 0),
    ("ومن يقول إن الأزمة انتهت فهو واهم.", 0),
    # must not fire: "أول من قال" (a relative with its head before it)
    ("وكان سامر الخطيب أول من قال إن الاتفاق سينهار.", 1),
])
def test_rhetorical_who(quotes, check, text, n):
    doc = quotes(text, {"سامر الخطيب": "PER"})
    check(doc)
    assert len(doc.quotes) == n
