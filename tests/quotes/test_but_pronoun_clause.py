""""وقال مسؤولون إنهم يبحثون عن الرجل … ولكنهم قالوا إنهم لم يعثروا …": لكن with a plural or
first-person pronoun opens a new statement like لكنه/لكنها — the first content ends before it,
and the pronoun's antecedent is the sentence's subject (audit U32, ant-JA-diverse-248; the
carried-over "content runs across the next clause")."""
from __future__ import annotations

import pytest


def _got(quotes, check, text):
    doc = quotes(text, {})
    check(doc)
    return [(q.cue.text, q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes]


@pytest.mark.parametrize("text,want", [
    ("وقال مسؤولون إنهم يبحثون عن الرجل فيما يتعلق بالجريمة ولكنهم قالوا إنهم لم يعثروا على دليل.",
     [("وقال", "مسؤولون", "يبحثون عن الرجل فيما يتعلق بالجريمة"),
      ("قالوا", "مسؤولون", "لم يعثروا على دليل")]),
    ("وقال الشهود إن القصف استمر طوال الليل لكنهم أكدوا أن أحدا لم يصب.",
     [("وقال", "الشهود", "القصف استمر طوال الليل"), ("أكدوا", "الشهود", "أحدا لم يصب")]),
    # must not fire: the subject of the sentence stays the speaker after "، لكنهم"
    ("ويأمل آخرون أن يتم إحياء الاتفاق، لكنهم يقولون إنه لم يتم إحراز تقدم.",
     [("يقولون", "آخرون", "لم يتم إحراز تقدم")]),
    # a reported claim inside the content with no لكن stays inside it
    ("وقال الوزير إن الشرطة أبلغت السكان أن الطريق مغلق.",
     [("وقال", "الوزير", "الشرطة أبلغت السكان أن الطريق مغلق")]),
])
def test_but_pronoun_opens_statement(quotes, check, text, want):
    assert _got(quotes, check, text) == want
