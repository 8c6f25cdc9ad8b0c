"""Audit U48: a quoted name right before an SVO cue is its subject: 'وكانت "رويترز" ذكرت أنه'
→ رويترز, not the speaker of the quote before."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وقالت مجلة "الأفق" إن الوفد سيصل غدا. وكانت "رويترز" ذكرت أنه سيصل الأحد.',
     {"الأفق": "ORG", "رويترز": "ORG"}, ["الأفق", "رويترز"]),
    ('وقالت مجلة "الأفق" إن الوفد سيصل غدا. وكانت وكالة "رويترز" ذكرت أنه سيصل الأحد.',
     {"الأفق": "ORG", "رويترز": "ORG"}, ["الأفق", "رويترز"]),
    # must keep: a quoted place is no speaker
    ('وقال سامي العلي إن الوفد سيصل غدا. وفي "حلب" قال إنه سيصل الأحد.',
     {"سامي العلي": "PER", "حلب": "LOC"}, ["سامي العلي", "سامي العلي"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
