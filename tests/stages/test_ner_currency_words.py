"""A currency is a common noun, no name: "16 مليون أورو" (the Maghreb's euro) and "جنيه
استرليني" were MISC mentions (audit U56)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_currencies_are_no_names():
    assert mentions(run("بكلفة تسعة ملايين أورو من الصندوق", {"أورو": "B-MISC"})) == []
    got = mentions(run("وبلغت قيمة الصفقة ثلاثة ملايين جنيه استرليني", {"جنيه": "B-MISC", "استرليني": "I-MISC"}))
    assert got == []


def test_a_name_with_a_currency_word_stays():
    # must not fire: a name that only contains the word
    got = mentions(run("وزار الوفد بنك أورو ميد أمس", {"بنك": "B-ORG", "أورو": "I-ORG", "ميد": "I-ORG"}))
    assert got == [("بنك أورو ميد", "ORG")]
