""""وجاء في المادة الخامسة من الدستور أن …": what an article of a law or a constitution lays down
is no one's statement — no quote (earlier audits: "المادة الخامسة" was the speaker). A statement
or a report that "came" with words still is one ("وجاء في بيان الوزارة أن")."""
from __future__ import annotations

import pytest

N = {"سامي العلي": "PER"}


@pytest.mark.parametrize("text,want", [
    ("وقال سامي العلي إن القانون واضح. وجاء في المادة الخامسة من الدستور أن الحرية مكفولة للجميع.",
     [("سامي العلي", "القانون واضح")]),
    ("وجاء في الفصل 12 من القانون الأساسي أن الاجتماعات علنية.", []),
    # unchanged: a statement
    ("وقال سامي العلي إن القانون واضح. وجاء في بيان الوزارة أن الحرية مكفولة للجميع.",
     [("سامي العلي", "القانون واضح"), ("الوزارة", "الحرية مكفولة للجميع")]),
])
def test_legal_text_no_quote(quotes, check, text, want):
    doc = quotes(text, N)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
