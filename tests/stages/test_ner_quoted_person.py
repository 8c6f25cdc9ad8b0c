"""A person's name in quotation marks after a reporting verb is no newspaper (audit U52: 'ذكرت "هدى
القحطاني" معلمة' was an ORG)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_quoted_person_after_a_reporting_verb():
    doc = run('في حين ذكرت "نورة الدوسري" معلمة، أن الموعد يحتاج إعادة نظر',
              {"نورة": "B-ORG", "الدوسري": "I-ORG"}, dict(NAMES, نورة="PERF|PERT"))
    assert mentions(doc) == [("نورة الدوسري", "PER")]


def test_a_quoted_paper_after_a_reporting_verb_stays():  # must not fire
    doc = run('وذكرت "عكاظ" أن الوزير وصل', {"عكاظ": "B-PER"}, NAMES)
    assert mentions(doc) == [("عكاظ", "ORG")]
