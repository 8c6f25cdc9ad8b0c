"""An unbalanced mark paired across sentences does not make one direct quote of the narration
and the quotes inside it (audit U9 R-6, U15 one-off)."""
from __future__ import annotations


def test_an_unclosed_opener_does_not_swallow_later_quotes(quotes, check):
    text = ("ونقل عن المسؤول قوله إن “وصول الطائرة – التي تحمل مساعدات لقوات “اللجان الشعبية” – هو بداية جسر جوي. "
            "وذكرت مصادر في المطار أن المطار استقبل طائرة ثانية. وقال المصدر إن حركة الطيران محدودة. "
            "وقالت مصادر محلية بـ”الميناء” إن المطاردة مستمرة.")
    doc = quotes(text, {})
    check(doc)
    assert [q.cue.text for q in doc.quotes] == ["ونقل", "وذكرت", "وقال", "وقالت"]
    assert doc.quotes[0].kind == "indirect" and doc.quotes[0].content.text.endswith("جسر جوي")


def test_an_unclosed_guillemet_stops_at_its_sentence(quotes, check):
    text = "قال الوزير إن «الميناء توقف عن العمل منذ أيام في المدينة. وأضاف المصدر أن «الوضع صعب جدا في الميناء»."
    doc = quotes(text, {})
    check(doc)
    assert [q.content.text for q in doc.quotes] == ["الميناء توقف عن العمل منذ أيام في المدينة",
                                                    "الوضع صعب جدا في الميناء"]


def test_a_multi_sentence_quote_with_its_closer_stays_whole(quotes):
    # must not fire: sentences inside that open without a reporting verb + subject
    for text in ("وقال الشاهد: \"أصبت الجمعة الماضية. في بطني رصاصة كبيرة\".",
                 "وقال الشاهد: \"أصبت الجمعة الماضية. وقال لي الطبيب إنني محظوظ جدا\".",
                 "وأضاف \"عثر بحوزته على سكين. وأعلنت وفاته في وقت لاحق\"."):
        doc = quotes(text, {})
        assert len(doc.quotes) == 1 and doc.quotes[0].kind == "direct" and "." in doc.quotes[0].content.text
