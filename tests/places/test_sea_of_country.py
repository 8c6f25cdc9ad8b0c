"""A body of water named after a country ("بحر الصين الجنوبي", "خليج عمان") is one name, not
the country inside it (rasd/stages/places/fix.py: WATER_HEADS, sea_of_country)."""
from __future__ import annotations

import pytest
from places_helpers import make_doc

from rasd.model.span import Span
from rasd.stages.places import PlacesStage
from rasd.stages.places.fix import mend_span


def _span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), word)


@pytest.mark.parametrize("text,ner,want", [
    ("رصدت البحرية سفينة تجارية في خليج عمان فجر اليوم.", "عمان", "خليج عمان"),
    ("عبرت الناقلة مضيق اليمن الغربي ليلا.", "اليمن", "مضيق اليمن الغربي"),  # with its direction
    ("أرسلت القوات زوارق لبحر ليبيا مساء.", "ليبيا", "بحر ليبيا"),  # the proclitic stays outside
])
def test_water_head_and_country_are_one_name(mem_gaz, text, ner, want):
    got = mend_span(text, mem_gaz, _span(text, ner))
    assert [s.text for s in got] == [want]
    assert text[got[0].start:got[0].end] == want


@pytest.mark.parametrize("text,ner", [
    ("قال سفير دول الخليج عمان إن الوضع هادئ.", "عمان"),  # "الخليج" with ال: no head
    ("عاد الصياد من البحر إلى ليبيا أمس.", "ليبيا"),
])
def test_other_words_before_a_country_do_not_extend(mem_gaz, text, ner):
    sp = _span(text, ner)
    assert mend_span(text, mem_gaz, sp) == [sp]


def test_the_sea_gets_no_point_and_the_country_keeps_its_own_mentions(mem_gaz):
    text = "أبحرت المدمرة في خليج عمان. وقالت عمان إنها تتابع الأمر."
    doc = PlacesStage(mem_gaz, add_missing=False)(make_doc(text, [["عمان", "عمان"]]))
    by_name = {e.name: e for e in doc.entities}
    assert set(by_name) == {"عمان", "خليج عمان"}
    sea = next(p for p in doc.places if p.entity == by_name["خليج عمان"].id)
    assert sea.lat is None and sea.country is None
    oman = next(p for p in doc.places if p.entity == by_name["عمان"].id)
    assert oman.country == "OM" and len(by_name["عمان"].mentions) == 1
