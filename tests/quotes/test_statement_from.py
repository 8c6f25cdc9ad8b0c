""""بيان من X" (a definite X) is X's statement, like "بيان صادر عن X": X speaks, not a person
named later in the subject ("… حيث اختفى الطفل نيكي") (audit U27 Q-5)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("وقال بيان من الشرطة في الإقليم حيث اختفى الطفل سامي خليل \"اعتقل المشتبه به في المدينة أمس\".",
     {"سامي خليل": "PER"}, ["الشرطة"]),
    ("وقال بيان من الجيش إن القوات تقدمت.", {}, ["الجيش"]),
    # must not fire: an indefinite after من; a statement owned by ل
    ("وقال بيان من مصادر محلية إن القوات تقدمت.", {}, [None]),
    ("وقال بيان للجيش إن القوات تقدمت.", {}, [None]),
])
def test_statement_from(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == want
