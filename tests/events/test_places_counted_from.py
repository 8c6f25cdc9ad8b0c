"""A country after "من" right after a bare count («تضم خمسة من جنوب افريقيا وثلاثة بريطانيين»)
tells whence those counted come, as after a people noun, not where the act happened (audit
U34a saudinewsnet-2015-07-21-01827: a release in China placed in South Africa)."""
from __future__ import annotations

import pytest

from rasd.stages import event_args as args

_PLACES = [("الصين", 35.0, 103.0, "CN", "country"), ("فرنسا", 46.0, 2.0, "FR", "country")]


def test_release_not_placed_in_nationality(ev):
    text = "أعلنت الصين إطلاق سراح مجموعة سياح تضم خمسة من فرنسا."
    doc = ev.make_doc(text, places=_PLACES)
    names = {p.id: p.name for p in doc.places}
    assert "فرنسا" not in [names.get(e.place) for e in ev.run(doc)]


@pytest.mark.parametrize("text,want", [
    ("تضم خمسة من فرنسا.", True),
    ("أصيب 50 من فرنسا.", True),
    # must not fire: no count before من, a count of a noun (the noun stands between)
    ("عاد الوفد من فرنسا.", False),
    ("قتل خمسة جنود من فرنسا.", False),
])
def test_counted_from(ev, text, want):
    doc = ev.make_doc(text, places=_PLACES[1:])
    m = next(m for e in doc.entities for m in e.mentions if e.name == "فرنسا")
    assert args.counted_from(doc.tokens, m) is want
