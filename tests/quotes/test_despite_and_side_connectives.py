"""Audit U46: connectives before a cue are no speaker. "ورغم ذلك أكدوا", "ومع ذلك قال" (despite
that): the sentence's subject speaks; "دياب من جهته يرى أن": the name before "من جهته"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("أعرب خبراء البيئة عن قلقهم إزاء تلوث النهر، ورغم ذلك أكدوا أنه لا يزال صالحا للشرب.", {},
     ["خبراء البيئة"]),
    ("أعرب سامي العلي عن قلقه إزاء تلوث النهر، ومع ذلك أكد أنه لا يزال صالحا للشرب.",
     {"سامي العلي": "PER"}, ["سامي العلي"]),
    ("وسامي العلي من جهته يرى أن القرار سيعرقل تشكيل الحكومة.", {"سامي العلي": "PER"}, ["سامي العلي"]),
    ("الوزير من جهته يرى أن القرار سيعرقل تشكيل الحكومة.", {}, ["الوزير"]),
    # must keep: a connective opening the sentence, a plain SVO subject
    ("قال سامي العلي إن الوضع صعب. ومن جهته أكد أن الحل قريب.", {"سامي العلي": "PER"},
     ["سامي العلي", "سامي العلي"]),
    ("الحكومة تقول إن الوضع تحت السيطرة.", {}, ["الحكومة"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
