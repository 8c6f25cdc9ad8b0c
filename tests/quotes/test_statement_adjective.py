"""A statement noun's indefinite adjective stands before who made it: "بيان مقتضب نشره X",
"بيان رسمي صادر عن X" → X (audit U37 AL-569: «وأفاد بيان مقتضب نشره المركز الإعلامي لمحور
تعز العسكري، إن» spoke as "مقتضب نشره المركز الإعلامي")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وأفاد بيان مقتضب نشره المركز الإعلامي لمحور تعز العسكري، إن القيادي لقي مصرعه.", {},
     ["المركز الإعلامي لمحور تعز العسكري"]),
    ("وقال بيان رسمي صادر عن وزارة الداخلية إن الشرطة اعتقلت المشتبه به.", {"وزارة الداخلية": "ORG"},
     ["وزارة الداخلية"]),
    # must not fire: no maker after the adjective (the previous behaviour stands)
    ("وقال بيان صادر عن الجيش إن الهجوم فشل.", {}, ["الجيش"]),
])
def test_statement_adjective(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
