"""A time expression right before the cue ("وفي يونيو/حزيران قال إن") says when, not who: it is
no subject, and the speaker before goes on; a subject before the time ends before it (audit
U62: the speaker was "حزيران")."""
from __future__ import annotations

import pytest

from rasd.pipeline.registry import get_factory
from rasd.stages.times import TimesStage
from tests.quotes.conftest import make_doc


def _speakers(text, names):
    doc = make_doc(text, names)
    doc.meta.published = "2024-02-12"
    doc = get_factory("quotes")({}, None)(TimesStage()(doc))
    return [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes]


@pytest.mark.parametrize("text,want", [
    ("وقال سامي العلي إن الصحيفة منحازة. وفي يونيو/حزيران قال إن أخبارها مزيفة.",
     [("سامي العلي", "الصحيفة منحازة"), ("سامي العلي", "أخبارها مزيفة")]),
    ("وكانت الوزارة أمس قالت إن الوضع مستقر.", [("الوزارة", "الوضع مستقر")]),
    # must not fire: no time before the cue
    ("وكانت الوزارة قالت إن الوضع مستقر.", [("الوزارة", "الوضع مستقر")]),
])
def test_time_before_cue(text, want):
    assert _speakers(text, {"سامي العلي": "PER"}) == want
