"""A place right after "ومقره/ومقرها" is where a body named before it is based, an aside on
its name, not where the act happened (audit U34a saudinewsnet-2015-08-04-00001: «هيومن رايتس
ووتش ومقرها نيويورك» gave a beating of prisoners in Libya the place New York)."""
from __future__ import annotations

import pytest

_PLACES = [("لندن", 51.5, -0.12, "GB", "PPLC"), ("بنغازي", 32.1, 20.07, "LY", "PPLA")]


@pytest.mark.parametrize("text,banned", [
    ("وقال مدير منظمة حقوقية ومقرها لندن إن الاعتداء بالضرب على سجناء يثير مخاوف.", "لندن"),
    ("وقال مدير المنظمة ومقرها في لندن إن الاعتداء بالضرب على سجناء يثير مخاوف.", "لندن"),
])
def test_seat_is_no_place(ev, text, banned):
    doc = ev.make_doc(text, places=_PLACES[:1])
    names = {p.id: p.name for p in doc.places}
    events = ev.run(doc)
    assert events and banned not in [names.get(e.place) for e in events]


@pytest.mark.parametrize("text,want", [
    # must not fire: the seat itself attacked (no و), a place not right after the seat word
    ("اقتحم مسلحون مقرها في لندن.", "لندن"),
    ("هاجم مسلحون الشرطة ومقرها القديم في لندن.", "لندن"),
])
def test_seat_attacked_keeps_place(ev, text, want):
    doc = ev.make_doc(text, places=_PLACES[:1])
    names = {p.id: p.name for p in doc.places}
    assert want in [names.get(e.place) for e in ev.run(doc)]
