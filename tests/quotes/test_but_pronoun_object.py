""""لكنه دعا إيران إلى أن": لكنه/لكنها right before an agreeing verb cue holds its subject, so
the noun after the cue is its object — who was called on, not who speaks; the speaker is
sought as for a cue with none (audit U60 saudinewsnet-2015-08-06-02601: إيران had been the
speaker of Obama's call)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("ودافع الوزير سامي العلي عن الخطة. لكنه دعا الأردن إلى أن \"يراجع موقفه من المشروع الجديد\".",
     ["سامي العلي"]),
    ("وانتقدت الوزيرة ليلى حسن القرار، لكنها حذرت الحكومة من أن القرار سيضر بالمواطنين.", ["ليلى حسن"]),
    # kept: no pronoun before the cue; a cue not agreeing with it
    ("ودعا الأردن إلى أن تتوقف الحرب فورا في المنطقة.", ["الأردن"]),
])
def test_but_pronoun_object(quotes, check, text, speakers):
    doc = quotes(text, {"سامي العلي": "PER", "ليلى حسن": "PER", "الأردن": "LOC"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
