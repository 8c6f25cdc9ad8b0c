"""A named body's adjectives agree with its head noun: one of the other gender describes a
noun before the name (audit U58: "ممثلة الاتحاد الأوروبي السامية" was the body "الاتحاد الأوروبي
السامية"; the High Representative is السامية)."""
from __future__ import annotations

from rasd.stages.text import make_text
from rasd.model.document import Article, Document
from rasd.stages.ner.orgs import org_phrases


def _names(text):
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return [doc.text[doc.tokens[i].start:doc.tokens[j - 1].end] for i, j, _ in org_phrases(doc.tokens)]


def test_an_adjective_of_the_other_gender_ends_the_body():
    assert _names("وقالت مفوضة المجلس الوطني الانتقالي السامية إن الوفد وصل") == ["المجلس الوطني الانتقالي"]
    assert _names("وقالت ممثلة الاتحاد العربي الإقليمي السامية إن الوفد وصل") == ["الاتحاد العربي الإقليمي"]


def test_agreeing_adjectives_stay():  # must not fire: all of one gender
    assert _names("ورحبت الجمعية الوطنية لحقوق الإنسان بالقرار") == ["الجمعية الوطنية لحقوق الإنسان"]
    assert _names("ورحبت الهيئة الوطنية العربية بالقرار") == ["الهيئة الوطنية العربية"]
    assert _names("وقال المجلس الوطني الانتقالي إن الوفد وصل") == ["المجلس الوطني الانتقالي"]
