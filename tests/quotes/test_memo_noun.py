""""صدرت بحقه مذكرة توقيف بتهمة "…"": مذكرة before a bare indefinite noun is the noun (a warrant,
a memo), not the participle "reminding" (audit U32, ant-FR-internationalNews-2184)."""
from __future__ import annotations

import pytest


def _got(quotes, check, text):
    doc = quotes(text, {})
    check(doc)
    return [(q.cue.text, q.content.text) for q in doc.quotes]


@pytest.mark.parametrize("text,want", [
    ('وكان الشاب الذي صدرت بحقه مذكرة توقيف بتهمة "السرقة ضمن عصابة منظمة"، حاول الفرار في سيارته.', []),
    # must not fire: the participle with بأن / أن / a definite object
    ("وقالت الوزيرة إن الوضع صعب، مذكرة بأن الحكومة وعدت بالإصلاح.",
     [("وقالت", "الوضع صعب"), ("مذكرة", "الحكومة وعدت بالإصلاح")]),
    ("ونددت الوزيرة بالهجوم، مذكرة الجميع بأن الحكومة وعدت بالإصلاح.",
     [("مذكرة", "الحكومة وعدت بالإصلاح")]),
])
def test_memo_noun(quotes, check, text, want):
    assert _got(quotes, check, text) == want
