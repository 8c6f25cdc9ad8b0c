"""A region that spans countries takes the adjective the tagger left out ("أميركا | الشمالية"
is North America, audit U58); a country's word before any other adjective stays alone."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = {**NAMES, "أميركا": "LOCB", "أوروبا": "LOCB"}


def test_a_macro_region_takes_its_adjective():
    doc = run("وتراجعت المبيعات في أوروبا وأميركا الجنوبية هذا العام",
              {"أوروبا": "B-LOC", "وأميركا": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("أوروبا", "LOC"), ("أميركا الجنوبية", "LOC")]


def test_a_lone_adjective_chunk_is_absorbed():
    doc = run("وزار الوفد أميركا الوسطى الشهر الماضي", {"أميركا": "B-LOC", "الوسطى": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("أميركا الوسطى", "LOC")]


def test_another_adjective_stays_out():  # must not fire: "أميركا الحديثة" is no listed region
    doc = run("وتحدث الكاتب عن أميركا الحديثة في كتابه", {"أميركا": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("أميركا", "LOC")]
