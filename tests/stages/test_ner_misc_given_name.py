"""A one-word MISC mention that begins or ends the name of exactly one person of the article is
that person (audit ent31, U31 AL-1384: "لوسيل" tagged MISC beside "لوسيل غارسيا")."""
from __future__ import annotations

from rasd.model.span import Span
from rasd.stages.ner import group_entities


def _group(text: str, tagged: list[tuple[str, str, int]]):
    spans = []
    for name, label, nth in tagged:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        spans.append((Span(start, start + len(name), name), label))
    return [(e.label, [m.text for m in e.mentions]) for e in group_entities(spans, None, text)]


def test_a_misc_given_name_joins_the_one_person_it_begins():
    text = 'قتل المهاجم الشرطية "لوسيل" أمس. وقال زملاء لوسيل غارسيا إنها كانت محبوبة'
    got = _group(text, [("لوسيل", "MISC", 0), ("لوسيل غارسيا", "PER", 0)])
    assert got == [("PER", ["لوسيل", "لوسيل غارسيا"])]


def test_a_misc_name_shared_by_two_persons_or_another_label_stays_apart():
    # must not fire: two persons begin with the name
    text = 'وصل "مارك" أمس. والتقى مارك تومسون مع مارك بيري'
    got = _group(text, [("مارك", "MISC", 0), ("مارك تومسون", "PER", 0), ("مارك بيري", "PER", 0)])
    assert ("MISC", ["مارك"]) in got
    # must not fire: a place that ends a person's name stays the place
    text = "زار عبدالله السويد السويد أمس"
    got = _group(text, [("عبدالله السويد", "PER", 0), ("السويد", "LOC", 1)])
    assert ("LOC", ["السويد"]) in got
