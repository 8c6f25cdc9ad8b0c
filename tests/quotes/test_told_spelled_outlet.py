"""Audit U48: "وقال لبي بي سي الكورية:" — ل glued to the first letter-name of a spelled-out
outlet (the tagger's ORG name starts after it) is whom it was told, not the speaker."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('ونشر سامي العلي صورة في موقع انستغرام، وقال لبي بي سي العربية: "تناولت الغداء في المطعم احتفالا بالفوز".',
     {"سامي العلي": "PER", "بي سي العربية": "ORG"}, ["سامي العلي"]),
    # must keep: an outlet that speaks, a committee (لجنة is no ل-proclitic)
    ('وقالت بي بي سي العربية إن الوفد وصل إلى المدينة.', {"بي بي سي العربية": "ORG"}, ["بي بي سي العربية"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
