"""A statement's owner speaks: "بيان صادر عن X", "تقرير أعدته X", "البيان الذي نشره X" → X,
and a later "وأكد البيان" goes back to X (audit U22 Q-5)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("وأوضح بيان صادر عن مكتب العلاقات العامة للقوات البحرية أن السفينة غرقت. وأكد البيان أن "
     "الطاقم نجا.", ["مكتب العلاقات العامة للقوات البحرية", "مكتب العلاقات العامة للقوات البحرية"]),
    ("وقال تقرير أعدته دائرة شؤون اللاجئين إن الأعداد تضاعفت.", ["دائرة شؤون اللاجئين"]),
    ("وأكد البيان الذي نشره المركز الإعلامي للشرطة أن التحقيق مستمر.", ["المركز الإعلامي للشرطة"]),
    # must not fire: a statement with no owner phrase keeps the previous speaker
    ("وقال مصدر أمني إن الطريق مغلق. وأكد البيان أن التحقيق مستمر.", ["مصدر أمني", "مصدر أمني"]),
    ("وأوضح بيان صادر عن الوزارة اليوم الخميس أن الطريق مغلق.", ["الوزارة"]),
])
def test_statement_owner(quotes, check, text, speakers):
    doc = quotes(text, {})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
