"""A company's transliterated corporate word belongs to its name (audit U62: "سوفت | بنك",
"تويوتا | موتور" were cut after the first word)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_the_corporate_word_joins_the_name():
    doc = run("واستحوذت شركة سوفت بنك على حصة في الشركة", {"سوفت": "B-ORG"})
    assert mentions(doc) == [("سوفت بنك", "ORG")]
    doc = run("وأعلنت نيسان موتور عن خطة جديدة", {"نيسان": "B-ORG"})
    assert mentions(doc) == [("نيسان موتور", "ORG")]
    doc = run("وتعاقدت هيونداي موتور كوربوريشن مع الموردين", {"هيونداي": "B-MISC"})
    assert mentions(doc) == [("هيونداي موتور كوربوريشن", "ORG")]


def test_a_bank_after_a_man_is_not_his_company():  # must not fire
    doc = run("وقال خالد بنك الطعام يوزع الوجبات", {"خالد": "B-PER"})
    assert mentions(doc) == [("خالد", "PER")]
    doc = run("وأودع المال في البنك المركزي", {})
    assert mentions(doc) == []
