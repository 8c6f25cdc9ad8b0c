"""A place's foreign first word the tagger leaves out behind a conjunction starts the mention
(audit U62: "ولايات نورث كارولاينا وساوث كارولاينا" gave كارولاينا, which no gazetteer row names)."""
from __future__ import annotations

from rasd.model.span import Span
from rasd.stages.ner.org_context import prefixed_places
from tests.stages.test_ner import mentions, run


def _loc(text: str, name: str) -> list:
    at = text.index(name)
    return [(Span(at, at + len(name), name), "LOC", None)]


def test_the_prefix_behind_wa_joins_the_place():
    text = "أعلنت ولايتا نيويورك ونورث داكوتا حالة الطوارئ"
    [(sp, lab, _a)] = prefixed_places(text, _loc(text, "داكوتا"))
    assert (sp.text, lab) == ("نورث داكوتا", "LOC") and text[sp.start:sp.end] == sp.text


def test_a_bare_prefix_joins_the_place():
    text = "وتقع البلدة في مقاطعة ويست يوركشاير"
    [(sp, _lab, _a)] = prefixed_places(text, _loc(text, "يوركشاير"))
    assert sp.text == "ويست يوركشاير"


def test_arabic_prefixes_and_tagged_words_stay_out():
    # must not fire: أم is also "or" ("إيران أم سوريا"); a word another mention covers stays its own
    text = "هل الخطر من إيران أم سوريا"
    assert prefixed_places(text, _loc(text, "سوريا"))[0][0].text == "سوريا"
    text = "وصل إلى سان فرانسيسكو"
    spans = [(Span(text.index("سان"), text.index("سان") + 3, "سان"), "PER", None)] + _loc(text, "فرانسيسكو")
    assert [sp.text for sp, _l, _a in prefixed_places(text, spans)] == ["سان", "فرانسيسكو"]


def test_in_the_stage():
    doc = run("أعلن حكام ولايات أوهايو وساوث كارولاينا حالة الطوارئ", {"أوهايو": "B-LOC", "كارولاينا": "B-LOC"})
    assert ("ساوث كارولاينا", "LOC") in mentions(doc)
