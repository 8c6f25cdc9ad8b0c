"""A person named after a deputy's title ("نائب الرئيس مايك بنس", "مساعد الوزير") does not hold
the title that follows the deputy word: a later "قال الرئيس" is the president named, not the
deputy (audit U54, ant-FR-internationalNews-1101: "قال الرئيس إن ماكين …" spoke as مايك بنس)."""
from __future__ import annotations

NAMES = {"كريم حداد": "PER", "سليم عون": "PER", "عون": "PER", "ماهر": "PER"}


def test_deputy_title_not_held(quotes, check):
    doc = quotes("لم يدع ماهر الرئيس سليم عون إلى الحفل، وطلب أن يمثل نائب الرئيس كريم حداد الرئاسة. "
                 "وتوترت العلاقة بين ماهر وعون عندما قال الرئيس إن ماهر ليس وفيا.", NAMES)
    check(doc)
    assert [q.speaker.text for q in doc.quotes] == ["سليم عون"]


def test_president_named_as_such(quotes, check):
    # must not fire: the title right before a name with no deputy word
    doc = quotes("التقى الرئيس سليم عون بالوفد. وقال الرئيس إن اللقاء كان مثمرا.", NAMES)
    check(doc)
    assert [q.speaker.text for q in doc.quotes] == ["سليم عون"]
