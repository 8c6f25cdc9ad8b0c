"""A family name the tagger leaves after a patronymic chain, which the article names alone
elsewhere (audit U54: "خالد بن مساعد" + "السهلي")."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_chain_takes_the_family_name_the_article_names_alone():
    doc = run("وقال المتحدث بالمنطقة سعد بن ناصر القحيزي إن الفرق وصلت. وأكد القحيزي أن الحالة مستقرة",
              {"سعد": "B-PER", "بن": "I-PER", "ناصر": "I-PER", "القحيزي": "B-PER"}, NAMES)
    got = mentions(doc)
    assert ("سعد بن ناصر القحيزي", "PER") in got and ("سعد بن ناصر", "PER") not in got


def test_a_chain_before_another_word_is_kept():  # must not fire
    # the word after the chain is no person of the article
    doc = run("وقال المتحدث سعد بن ناصر الثلاثاء إن الفرق وصلت. وأكد القحيزي أن الحالة مستقرة",
              {"سعد": "B-PER", "بن": "I-PER", "ناصر": "I-PER", "القحيزي": "B-PER"}, NAMES)
    assert ("سعد بن ناصر", "PER") in mentions(doc)
    # no patronymic chain: two people side by side stay two
    doc = run("والتقى الوزير سعد ناصر القحيزي أمس. وأكد القحيزي أن الحالة مستقرة",
              {"سعد": "B-PER", "ناصر": "I-PER", "القحيزي": "B-PER"}, NAMES)
    assert ("سعد ناصر", "PER") in mentions(doc)
