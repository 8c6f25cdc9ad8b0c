"""A source aside after the cue is no speaker (held-out U50): "وتؤكد الوزارة حسب البلاغ أن" is
said by الوزارة, and "كما أكدا، وفق البيان، «…»" goes on with the speaker before (حسب، وفق،
وفقا، طبقا end a nominal subject, as بحسب did)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("وتؤكد الوزارة حسب البلاغ ذاته أن الخدمة مجانية لطالبي العمل.", {},
     [("الوزارة", "الخدمة مجانية لطالبي العمل")]),
    ("وقال المتحدث سامي العلي إن الوضع مستقر. كما أكد، وفق البيان، «أهمية استمرار الجهود الدولية لدعم الحوار».",
     {"سامي العلي": "PER"},
     [("سامي العلي", "الوضع مستقر"), ("سامي العلي", "أهمية استمرار الجهود الدولية لدعم الحوار")]),
    # kept: بحسب already ended it; a subject with no aside is whole
    ("وأكدت الوزارة بحسب البيان أن الخدمة مجانية.", {}, [("الوزارة", "الخدمة مجانية")]),
    ("وأكدت هيئة الطيران المدني أن الرحلات مستمرة.", {}, [("هيئة الطيران المدني", "الرحلات مستمرة")]),
])
def test_according_aside_ends_subject(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
