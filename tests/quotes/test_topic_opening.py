""""وعن موعد وصول اللاعب X، قال «…»": in an interview, a topic phrase opening the sentence
(وعن، وحول، وبشأن، وبخصوص) before a subject-less cue names what was asked about; the answer is
the interviewee's (the previous speaker), not a name inside the topic (audit U52: four quotes
of one interview went to the players asked about)."""
from __future__ import annotations

import pytest

NAMES = {"حسين الغامدي": "PER", "علي الزبيدي": "PER", "سامي العلي": "PER", "النادي الأهلي": "ORG"}


@pytest.mark.parametrize("text,want", [
    ('وقال حسين الغامدي إن اللاعب أخطأ. وعن مفاوضات النادي الأهلي لضم علي الزبيدي، أجاب "المفاوضات شأن '
     'إداري بحت لا دخل للاعب فيه".',
     [("حسين الغامدي", "اللاعب أخطأ"), ("حسين الغامدي", "المفاوضات شأن إداري بحت لا دخل للاعب فيه")]),
    ('وقال حسين الغامدي إن اللاعب أخطأ. وبشأن موعد وصول علي الزبيدي، قال "سيصل خلال اليومين المقبلين".',
     [("حسين الغامدي", "اللاعب أخطأ"), ("حسين الغامدي", "سيصل خلال اليومين المقبلين")]),
    ('وقال حسين الغامدي إن اللاعب أخطأ. وعن رغبة النادي الأهلي في ضم علي الزبيدي، وهل لها دور في غيابه، أجاب '
     '"لا أعتقد أنها سبب رئيس في غيابه".',
     [("حسين الغامدي", "اللاعب أخطأ"), ("حسين الغامدي", "لا أعتقد أنها سبب رئيس في غيابه")]),
    # must not fire: a subject after the cue speaks; no topic phrase, the name before the comma speaks
    ("وقال حسين الغامدي إن اللاعب أخطأ. وحول الأزمة، قال سامي العلي إن الحل قريب.",
     [("حسين الغامدي", "اللاعب أخطأ"), ("سامي العلي", "الحل قريب")]),
    ("وقال حسين الغامدي إن اللاعب أخطأ. رئيس النادي، سامي العلي، اعتبر أن الحل قريب.",
     [("حسين الغامدي", "اللاعب أخطأ"), ("سامي العلي", "الحل قريب")]),
])
def test_topic_opening(quotes, check, text, want):
    doc = quotes(text, NAMES)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
