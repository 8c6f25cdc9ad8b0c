"""Unbalanced or missing quotation marks never crash and never yield a span outside the text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.stages.quotes import attribute
from rasd.stages.quotes_marks import pair_marks

MARKS = list("«»“”„‹›\"'‘’")
WORDS = ["قال", "وقال", "أكد", "أن", "إن", "بأن", "المتحدث", "مصدر", "أمني", "القوات", "قصفت",
         "المدينة", "وأضاف", "حسبما", "أفاد", "المرصد", "بحسب", "زعم", "ما", "وصفه", "بـ", ":",
         "،", ".", "\n", "5", "قتلى", "مشيرا", "إلى", "-", "(", ")", "لـ", "نفسه"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS + MARKS), min_size=0, max_size=40),
       st.lists(st.booleans(), min_size=40, max_size=40))
def test_random_quote_marks_never_crash_or_escape(quotes, check, pieces, glue):
    text = "".join(p + ("" if g else " ") for p, g in zip(pieces, glue))
    doc = quotes(text, {"المرصد": "ORG"})
    check(doc)
    for i in range(0, len(text) + 1, 7):
        att = attribute(doc, i, min(i + 1, len(text)))
        assert att is None or (0 <= att.start <= i < att.end <= len(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="".join(MARKS) + "ab قلا\n.،", max_size=60))
def test_pairing_stays_inside_the_text(text):
    quotations, stray = pair_marks(text)
    for q in quotations:
        assert 0 <= q.open < len(text)
        assert q.inner_start <= q.inner_end <= len(text)
        assert not q.closed or q.open < q.close < len(text)
    assert all(0 <= s < len(text) for s in stray)


@pytest.mark.parametrize("text", [
    'وقال المتحدث: "القوات تقدمت نحو المدينة',
    'وقال المتحدث: «القوات تقدمت نحو المدينة',
    'القوات تقدمت نحو المدينة" وقال المتحدث إن',
    'وقال المتحدث إن',
    'وقال',
    '«»',
    '"',
    '',
    '" " " " "',
    'قال: «',
    'وقال المتحدث: "القوات تقدمت.\nوأضاف أن «الوضع صعب',
    '»عكسي« قال المتحدث إن الوضع هادئ',
])
def test_broken_quotes_do_not_crash(quotes, check, text):
    doc = quotes(text)
    check(doc)


def test_unclosed_quote_runs_to_the_end_of_its_paragraph(quotes):
    text = 'وقال الضابط إن "انتحاريين فجرا نفسيهما داخل الثكنة.\nوأضاف المصدر أن التفجيرين أوقعا قتلى.'
    doc = quotes(text)
    assert [q.content.text for q in doc.quotes] == [
        "انتحاريين فجرا نفسيهما داخل الثكنة", "التفجيرين أوقعا قتلى"]


def test_stray_closing_mark_does_not_pair_with_the_next_quote(quotes):
    text = ('وذكر شهود أن القصف جاء بعدما اجتاز شابان السياج وتمكنا من الهرب". '
            'ولفت المصدر إلى أن "الأمن قبض على الشابين واقتادهما خارج المنطقة" دون تفاصيل.')
    doc = quotes(text)
    assert [q.content.text for q in doc.quotes] == [
        "القصف جاء بعدما اجتاز شابان السياج وتمكنا من الهرب",
        "الأمن قبض على الشابين واقتادهما خارج المنطقة"]
    assert doc.quotes[1].kind == "direct"


def test_diacritics_and_tatweel_keep_offsets(quotes, check):
    text = "وقَالَ المُتَحَدِّث إنّ القـــوات انسحبت، مُشِيرًا إلى أنَّ الوضع هادئ."
    doc = quotes(text)
    check(doc)
    assert [q.cue.text for q in doc.quotes] == ["وقَالَ", "مُشِيرًا"]
    assert doc.quotes[0].content.text == "القـــوات انسحبت"
