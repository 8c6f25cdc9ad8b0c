"""A quoted name with its adjective of origin before an SVO cue speaks: 'صحيفة «هآرتس»
الإسرائيلية ذكرت أن' → هآرتس, not the adjective (audit U58; the quoted name right before the
cue was the U48 rule)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("صحيفة «يديعوت» العبرية ذكرت أن الحكومة غاضبة.", {"يديعوت": "ORG"}, ["يديعوت"]),
    ('وكانت وكالة "نوفوستي" الروسية قد أعلنت أن الوفد وصل.', {"نوفوستي": "ORG"}, ["نوفوستي"]),
    # must not fire: the quoted name right before the cue (the U48 rule) stays
    ('وكانت "نوفوستي" ذكرت أن الوفد وصل.', {"نوفوستي": "ORG"}, ["نوفوستي"]),
])
def test_quoted_name_adjective(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
