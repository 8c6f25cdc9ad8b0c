"""A short quotation right after "شركة" or a choosing noun (اختيار، تعيين) is a quoted name, and
one right after بعد/قبل/خلال/إثر/عقب the noun of a time phrase — not speech (audit U64)."""
from __future__ import annotations


def _quotes(doc):
    return [(q.kind, q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes]


def test_company_name_is_no_quote(quotes):
    doc = quotes('أعلنت وزارة المالية الثلاثاء عن شراء شركة "نور للطاقة الشمسية الحديثة" مقابل مليار دولار.',
                 {"وزارة المالية": "ORG"})
    assert _quotes(doc) == []


def test_chosen_person_is_no_quote(quotes):
    doc = quotes('وكان المجلس أكد اختيار "الشيخ سالم بن حمد العلي" رئيسا جديدا للهيئة بعد مشاورات.',
                 {"سالم بن حمد العلي": "PER"})
    assert _quotes(doc) == []


def test_speech_after_subject_still_quoted(quotes):
    # unchanged: a long quotation after the speaker's name is speech
    doc = quotes('وقالت الشركة "سنواصل العمل في المصنع رغم كل الظروف الصعبة".', {})
    assert [k for k, _, _ in _quotes(doc)] == ["direct"]


def test_quotation_after_time_preposition_is_no_quote(quotes):
    doc = quotes('وأكد المجلس اختيار سالم العلي رئيسا جديدا للهيئة بعد "مشاورات مطولة بين الأعضاء في الهيئة".',
                 {"سالم العلي": "PER"})
    assert _quotes(doc) == []
