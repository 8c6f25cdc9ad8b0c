"""Audit U52: a saying verb whose speech follows unmarked, opened by "لقد" after the speaker and
whom it was told ("قال العلي لـ«الوطن» لقد …"), is a quote from "لقد" to the sentence's end —
as after "بالقول"; the verb reached no أن, colon or quotation mark and gave nothing."""
from __future__ import annotations

import pytest

NAMES = {"سامي العلي": "PER"}


@pytest.mark.parametrize("text,want", [
    ("وقال سامي العلي لـ«الوطن» لقد حققنا نتائج طيبة هذا الموسم بفضل الجميع.",
     [("سامي العلي", "لقد حققنا نتائج طيبة هذا الموسم بفضل الجميع")]),
    ("وأضاف سامي العلي للصحفيين لقد تعبنا كثيرا في هذه المرحلة.",
     [("سامي العلي", "لقد تعبنا كثيرا في هذه المرحلة")]),
    # kept: a complementiser before لقد is the verb's own
    ("وقال سامي العلي إنه لقد حان الوقت للتغيير.", [("سامي العلي", "لقد حان الوقت للتغيير")]),
])
def test_laqad_speech(quotes, text, want):
    assert [(q.speaker.text if q.speaker else None, q.content.text)
            for q in quotes(text, NAMES).quotes] == want


def test_laqad_after_another_sentence_is_not_speech(quotes):
    assert quotes("وقال سامي العلي كلاما كثيرا. لقد تغير الوضع كثيرا.", NAMES).quotes == []
