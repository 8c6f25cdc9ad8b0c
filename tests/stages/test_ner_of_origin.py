"""A country's name in -يا right before "من أصل" is a person's nisba in the accusative (audit U48:
"اعتقلت الشرطة الأربعاء إيطاليا من أصل مغربي" — an Italian — was Italy)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_a_nisba_before_of_origin_is_no_place():
    doc = run("واعتقلت الشرطة أمس ألمانيا من أصل تركي", {"ألمانيا": "B-LOC"})
    assert mentions(doc) == []


def test_a_country_elsewhere_stays():  # must not fire: "من أجل", and the country named again
    doc = run("وصل الوفد إلى ألمانيا من أجل المحادثات", {"ألمانيا": "B-LOC"})
    assert mentions(doc) == [("ألمانيا", "LOC")]
