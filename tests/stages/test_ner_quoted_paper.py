"""A quoted mention of a name the article quotes as an organisation elsewhere is that
organisation, though the tagger read it as a place (audit ent41: 'علمت «الرياض»' … 'قال
لـ«الرياض»' gave the paper and the city Riyadh, which placed an event in Saudi Arabia)."""
from __future__ import annotations

from rasd.model.span import Span
from rasd.stages.ner import group_entities


def _spans(text: str, labels: list[str]) -> list[tuple[Span, str]]:
    out, at = [], 0
    for lab in labels:
        at = text.index("الرياض", at)
        out.append((Span(at, at + 6, "الرياض"), lab))
        at += 6
    return out


def _grouped(text: str, labels: list[str]):
    return sorted((e.label, len(e.mentions)) for e in group_entities(_spans(text, labels), None, text))


def test_a_quoted_place_mention_of_a_quoted_paper_is_the_paper():
    text = "علمت «الرياض» أن الوفد وصل. وقال المسؤول لـ«الرياض» إن الاجتماع انتهى"
    assert _grouped(text, ["ORG", "LOC"]) == [("ORG", 2)]


def test_the_city_unquoted_or_no_quoted_paper_stays_a_place():
    # must not fire: the unquoted city beside the quoted paper
    assert _grouped("علمت «الرياض» أن الوفد وصل إلى الرياض أمس", ["ORG", "LOC"]) == [("LOC", 1), ("ORG", 1)]
    # must not fire: a quoted place with no organisation of its name
    assert _grouped("وصل الوفد إلى «الرياض» أمس", ["LOC"]) == [("LOC", 1)]
