"""An entity met only in its contracted form (ل + ال → لل) is named with ال (audit U36,
2026-11-28): "للحوثيين" → mention "لحوثيين", name "الحوثيين". Names that begin with ل keep it."""
from __future__ import annotations

from rasd.model.span import Span
from rasd.stages.ner import group_entities
from rasd.stages.ner.actors import ActorLexicon, key

_LEX = ActorLexicon({key("الحوثيين"): ("YEMREB", "houthis"), key("الأمم المتحدة"): ("IGOUNO", "un"),
                     key("العراق"): ("IRQ", None), key("لبنان"): ("LBN", None)}, {})


def _names(text: str, mentions: list[tuple[str, str]]) -> list[str]:
    spans = []
    for word, lab in mentions:
        i = text.index(word)
        spans.append((Span(i, i + len(word), word), lab))
    return [e.name for e in group_entities(spans, _LEX, text)]


def test_a_group_met_only_after_lil_is_named_with_al():
    text = "وجه التحالف ضربة موجعة للحوثيين في الساحل الغربي."
    assert _names(text, [("لحوثيين", "ORG")]) == ["الحوثيين"]


def test_an_organisation_and_a_country_after_lil():
    text = "قدم الوفد شكوى للأمم المتحدة بشأن الهجمات التي تعرض لها وفد زائر للعراق."
    assert _names(text, [("لأمم المتحدة", "ORG"), ("لعراق", "LOC")]) == ["الأمم المتحدة", "العراق"]


def test_a_name_that_begins_with_lam_stays():  # must not fire: "للبنان" is ل + لبنان
    text = "وصلت شحنة مساعدات جديدة للبنان صباح اليوم."
    assert _names(text, [("لبنان", "LOC")]) == ["لبنان"]


def test_an_unknown_name_after_lil_stays_as_written():  # must not fire: nothing known to restore
    text = "وصلت الشحنة للحج صباح اليوم."
    assert _names(text, [("لحج", "LOC")]) == ["لحج"]


def test_a_name_not_after_a_lam_stays():  # must not fire: no contraction before it
    text = "قال لحوثيين إنه وصل."
    assert _names(text, [("لحوثيين", "PER")]) == ["لحوثيين"]
