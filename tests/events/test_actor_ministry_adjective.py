"""Nominal actors (event_nominals._ministry_adjective): الخارجية / الداخلية stand for a ministry
alone ("أعلنت الخارجية"), but after a definite noun they are its adjective — "التدخل في الشؤون
الداخلية", "السياسة الخارجية", "العيادات الخارجية" name no ministry; a domain noun after a title
or as ل + domain is an office and keeps it ("مسؤول العلاقات الخارجية", "للشؤون الخارجية")
(audit U52 saudinewsnet-2015-07-31-00912; news-dev: three false targets الداخلية)."""
from rasd.stages.event_nominals import scan_nominals
from rasd.text.tokenize import tokenize


def _nominals(text):
    toks = tokenize(text)
    return [text[n.start:n.end] for n in scan_nominals(toks, 0, len(toks))]


def test_internal_affairs_are_no_ministry():
    assert "الداخلية" not in _nominals("ورفض البرلمان أي تدخل في الشؤون الداخلية للبلاد.")


def test_adjective_of_a_definite_noun():
    assert "الخارجية" not in _nominals("وتفقد الوزير العيادات الخارجية في المستشفى.")
    assert "الخارجية" not in _nominals("وانتقد النائب السياسة الخارجية للحكومة.")


def test_ministry_and_office_kept():
    # must not fire: the ministry alone, an office's domain after a title
    assert "الخارجية" in _nominals("وأعلنت الخارجية رفضها للقرار.")
    assert "الخارجية" in _nominals("وطالب مسؤول العلاقات الخارجية في الحكومة بالإفراج عنهم.")


def test_adjective_of_an_owned_plural():
    # a plural made definite by its pronoun: "their internal conflicts", "its foreign affairs"
    assert "الداخلية" not in _nominals("في ظل انشغال المسلمين بمشكلاتهم وصراعاتهم الداخلية.")
    assert "الخارجية" not in _nominals("ورفض الوزير التدخل في شؤونها الخارجية.")


def test_ministry_after_a_verb_with_its_object():
    # must not fire: "أبلغتها الداخلية" is the ministry telling her
    assert "الداخلية" in _nominals("وأبلغتها الداخلية بقرار الترحيل.")
