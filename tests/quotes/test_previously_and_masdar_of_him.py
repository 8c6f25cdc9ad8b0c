"""An أن after "سبق" ("التي سبق أن ذكرناها": previously) or after "منه/منها/منهم" ("ظنا منه
أنهم", "اعتقادا منها أن": the masdar's clause) is not a cue's complementiser (audit U54:
"دون كميات تذكر … التي سبق أن ذكرناها" and "اعترف بجريمته …، ظنا منه أنهم قدموا" were quotes)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,contents", [
    ("وتراجعت الأسهم دون كميات تذكر وما زال المتعاملون يترقبون الأوضاع التي سبق أن ذكرناها.", []),
    ("وألقت الشرطة القبض على الرجل الذي اعترف بفعلته التي نفذها ليلا، ظنا منه أنهم جاؤوا لسرقته.", []),
    # must not fire: the cue's own أن after the clause with سبق
    ("وأكد سامر الخطيب، الذي سبق أن زار المدينة، أن الوضع صعب.", ["الوضع صعب"]),
    ("وقال سامر الخطيب في بيان تلقت الصحيفة نسخة منه إن الطريق مغلق.", ["الطريق مغلق"]),
])
def test_not_the_cues_complement(quotes, check, text, contents):
    doc = quotes(text, {"سامر الخطيب": "PER"})
    check(doc)
    assert [q.content.text for q in doc.quotes] == contents


def test_pronoun_object_after_cue(quotes, check):
    """"ما سبق أن أشار إليه البيان الصادر عن الوزارة": إليه is the cue's object; the statement's
    owner speaks (news-dev saudinewsnet-2015-08-11-00148, where "إليه البيان الصادر" spoke)."""
    doc = quotes("وأكدت المصادر ما سبق أن أشار إليه البيان الصادر عن وزارة الخارجية حول أن المحادثات ستتناول الأزمة.",
                 {"وزارة الخارجية": "ORG"})
    check(doc)
    assert [(q.speaker.text, q.content.text) for q in doc.quotes] == [("وزارة الخارجية", "المحادثات ستتناول الأزمة")]
