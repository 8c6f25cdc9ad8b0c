""""ودعا سامي العلي … رئيس الوزراء خالد حسن إلى …، معتبرا أن …، وأضاف:": a subject-less و-cue
after a quote of its own sentence goes on with that quote's speaker when the nearest name stands
before that quote's cue — a name the last quote already passed over (the object of دعا) is no new
speaker (audit U62: وأضاف went to the object)."""
from __future__ import annotations

import pytest

N = {"سامي العلي": "PER", "خالد حسن": "PER"}


@pytest.mark.parametrize("text,want", [
    ('ودعا سامي العلي، ساخرا، رئيس الوزراء خالد حسن إلى تعلم السباحة، معتبرا أن مصيره هو الزوال، '
     'وأضاف: "نقول لرئيس الوزراء تعلم السباحة جيدا".',
     [("سامي العلي", "مصيره هو الزوال"), ("سامي العلي", "نقول لرئيس الوزراء تعلم السباحة جيدا")]),
    # unchanged: a name after the last quote's cue is the new speaker's
    ("وقال سامي العلي إن الوضع صعب. وأكد خالد حسن أن الحل قريب، وأضاف أن الحوار مستمر.",
     [("سامي العلي", "الوضع صعب"), ("خالد حسن", "الحل قريب"), ("خالد حسن", "الحوار مستمر")]),
])
def test_passed_over_name(quotes, check, text, want):
    doc = quotes(text, N)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
