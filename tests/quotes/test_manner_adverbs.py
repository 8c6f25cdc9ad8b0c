"""A manner adverb between a speech verb and إن (مثلا، مجددا، مرارا، علنا) is never the
speaker (audit U37 SK-2647: «فرئيس الوزراء بنيامين نتنياهو قال مثلا إنه حريص» spoke as
"مثلا")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("فرئيس الوزراء بنيامين نتنياهو قال مثلا إنه حريص على الحديث مع بوتن.", {"بنيامين نتنياهو": "PER"},
     ["بنيامين نتنياهو"]),
    ("وقال مجددا وزير الخارجية إن بلاده لن تتراجع.", {}, ["وزير الخارجية"]),
    # must not fire: the speaker right after the cue stays
    ("وقال وزير الخارجية مجددا إن بلاده لن تتراجع.", {}, ["وزير الخارجية"]),
])
def test_manner_adverbs(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
