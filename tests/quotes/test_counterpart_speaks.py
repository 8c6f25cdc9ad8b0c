""""وقال نظيره البريطاني بوريس جونسون": نظيره opening the subject is the speaker's own title — the
counterpart speaks, and the speaker is his name, not the whole description; after the verb
("وقال قبيل لقائه نظيره …") the counterpart is still the one met (audit U64
ant-FR-internationalNews-1265: the speaker was "نظيره البريطاني بوريس جونسون")."""
from __future__ import annotations

import pytest

_NAMES = {"سامي العلي": "PER", "كريم الحداد": "PER", "مارك فيلد": "PER"}


@pytest.mark.parametrize("text,speakers", [
    ("وقال وزير الخارجية سامي العلي إن المفاوضات صعبة. من جهته، قال نظيره الكندي مارك فيلد \"نحن متفائلون بنتائج هذه الجولة من المحادثات\".",
     ["سامي العلي", "مارك فيلد"]),
    ("وأكد سامي العلي أن اللقاء مثمر، فيما أكدت نظيرته الإيطالية كريم الحداد أن الحوار مستمر.",
     ["سامي العلي", "كريم الحداد"]),
    # kept: the counterpart met after the verb is not who speaks
    ("وقال وزير الخارجية سامي العلي قبيل محادثات مع نظيره مارك فيلد: \"الحوار ضروري\".",
     ["سامي العلي"]),
])
def test_counterpart_speaks(quotes, check, text, speakers):
    doc = quotes(text, _NAMES)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
