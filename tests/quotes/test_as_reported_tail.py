""""…، كما أوردت وكالة الأنباء البحرينية.": after a comma, كما + a reporting verb with no
complement of its own before the sentence ends names the narrator's source, like "، حسبما
أوردت"; the content ends before it (audit U56, ant-CN-middleEast-932: the court's statement ran
on into "كما أوردت وكالة الأنباء البحرينية")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقال سامي العلي إن المحكمة أصدرت حكمها على 12 متهما، كما أوردت وكالة الأنباء.",
     ["المحكمة أصدرت حكمها على 12 متهما"]),
    ("وقال سامي العلي إن المحكمة أصدرت حكمها على 12 متهما، كما ذكرت وكالة الأنباء الرسمية. وزار المدينة.",
     ["المحكمة أصدرت حكمها على 12 متهما"]),
    # must not fire: "، كما أن" (also), a كما-verb with its own complement (a statement of its own)
    ("وقال سامي العلي إن المحكمة أصدرت حكمها على 12 متهما، كما أن الاستئناف ممكن.",
     ["المحكمة أصدرت حكمها على 12 متهما، كما أن الاستئناف ممكن"]),
    ("وقال سامي العلي إن المحكمة أصدرت حكمها على 12 متهما، كما أكد أن الاستئناف ممكن.",
     ["المحكمة أصدرت حكمها على 12 متهما", "الاستئناف ممكن"]),
])
def test_as_reported_tail(quotes, text, want):
    got = quotes(text, {"سامي العلي": "PER", "وكالة الأنباء": "ORG"}).quotes
    assert [q.content.text for q in got] == want
