"""Sentence splitting of Arabic news text."""
from __future__ import annotations

import pytest

from rasd.text import split_sentences


def sents(text: str) -> list[str]:
    out = split_sentences(text)
    for s in out:
        assert text[s.start:s.end] == s.text
    return [s.text for s in out]


@pytest.mark.parametrize("text, expected", [
    ("هل انتهى؟ نعم! وانتهى.", ["هل انتهى؟", "نعم!", "وانتهى."]),
    ('قال الوزير "انتهى الأمر". ثم غادر.', ['قال الوزير "انتهى الأمر".', "ثم غادر."]),
    ("وصل الوفد (من القاهرة). وبدأ الاجتماع.", ["وصل الوفد (من القاهرة).", "وبدأ الاجتماع."]),
    ("قال «انتهى». وغادر", ["قال «انتهى».", "وغادر"]),
    ("قال «انتهى.» وغادر", ["قال «انتهى.»", "وغادر"]),
    ("السطر الأول\nالسطر الثاني\n\nفقرة جديدة", ["السطر الأول", "السطر الثاني", "فقرة جديدة"]),
    ("بغداد - قتل شخص. وأصيب آخر", ["بغداد - قتل شخص.", "وأصيب آخر"]),
    ("ارتفع بنسبة 3.5 في المئة. ثم تراجع", ["ارتفع بنسبة 3.5 في المئة.", "ثم تراجع"]),
    ("قال د. أحمد إن الوضع سيء. وأضاف", ["قال د. أحمد إن الوضع سيء.", "وأضاف"]),
    ("ما حدث... لا يصدق", ["ما حدث...", "لا يصدق"]),
    ("نعم، لا؛ ربما", ["نعم، لا؛ ربما"]),
    # a full stop glued to the next sentence still ends one; a domain or an initial does not
    ("طوله 900 كيلومتر.وقال نائب الوزير إن", ["طوله 900 كيلومتر.", "وقال نائب الوزير إن"]),
    ('قال لـ"العربية.نت" إن الوضع صعب', ['قال لـ"العربية.نت" إن الوضع صعب']),
    ("قال اللواء د.محمد إن", ["قال اللواء د.محمد إن"]),
])
def test_split(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_dateline_stays_with_its_sentence() -> None:
    text = "إدلب - قُتل ثلاثة مدنيين، الأحد.\nوقال مدير الدفاع المدني إن الوضع سيء."
    first = split_sentences(text)[0]
    assert first.start == 0 and first.text.startswith("إدلب - قُتل")


def test_offsets_survive_diacritics_and_tatweel() -> None:
    text = "قُتِلَ شخصٌ. وأُصيـــب آخر."
    assert sents(text) == ["قُتِلَ شخصٌ.", "وأُصيـــب آخر."]


def test_whitespace_only_gives_no_sentence() -> None:
    assert split_sentences("  \n\n ") == []
