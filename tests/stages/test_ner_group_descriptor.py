"""A group's descriptor before a mention names its actor (audit U26): "تنظيم الدولة" is the
Islamic State, not the generic state (GOV) that the bare word "الدولة" reads as."""
from __future__ import annotations

from rasd.model.span import Span
from rasd.stages.ner import group_entities
from rasd.stages.ner.actors import ActorLexicon, key

_LEX = ActorLexicon({key("تنظيم الدولة"): ("IMGMUSREB", "isis"), key("داعش"): ("IMGMUSREB", "isis"),
                     key("الدولة"): ("GOV", None), key("حزب الله"): ("LBNREB", "hezbollah")}, {})


def _entities(text: str, names: list[str]) -> dict[str, tuple]:
    spans, pos = [], 0
    for name in names:
        i = text.index(name, pos)
        pos = i + len(name)
        spans.append((Span(i, pos, name), "ORG"))
    ents = group_entities(spans, _LEX, text)
    return {e.mentions[0].start: ([m.text for m in e.mentions], e.actor.code if e.actor else None,
                                  e.actor.group if e.actor else None) for e in ents}


def test_the_state_after_tanzim_is_the_islamic_state_and_joins_daesh():
    text = "قاتلت القوات عناصر داعش، ثم هاجمت مواقع تنظيم الدولة غرب المدينة."
    got = _entities(text, ["داعش", "الدولة"])
    assert list(got.values()) == [(["داعش", "الدولة"], "IMGMUSREB", "isis")]


def test_a_clitic_on_the_descriptor_counts():
    text = "أعلنت الحكومة الحرب على تنظيم داعش ولتنظيم الدولة مقاتلون أجانب."
    got = _entities(text, ["داعش", "الدولة"])
    assert [v[2] for v in got.values()] == ["isis"]


def test_the_bare_state_keeps_its_generic_reading():
    text = "اتهمت المنظمة الدولة بممارسة التعذيب."
    got = _entities(text, ["الدولة"])
    assert list(got.values()) == [(["الدولة"], "GOV", None)]


def test_a_group_name_keeps_its_own_reading_after_a_descriptor():
    text = "قالت حركة حزب الله إن مقاتليها انسحبوا."
    got = _entities(text, ["حزب الله"])
    assert list(got.values()) == [(["حزب الله"], "LBNREB", "hezbollah")]
