"""A plural و-cue right after a definite noun with its adjectives takes that noun
("بين الأوساط السياسية واعتبروا أن"; audit U15 P2 rule 2, the leftover of round 1)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وكانت جماعة الحوثي قد أعلنت أنها أبرمت اتفاقا، الأمر الذي لم يلق قبولا بين الأوساط السياسية "
     "واعتبروا أن الجماعة فتحت بابا لإيران.", {"جماعة الحوثي": "ORG"}, ["جماعة الحوثي", "الأوساط السياسية"]),
    # must not fire: a feminine singular head, a particle, a singular cue, a name
    ("وكانت جماعة الحوثي قد أعلنت أنها أبرمت اتفاقا مع الحكومة السورية وأكدوا أن الاتفاق نهائي.",
     {"جماعة الحوثي": "ORG"}, ["جماعة الحوثي", "جماعة الحوثي"]),
    ("وقال المسؤولون إنهم لا يوفرون فرصة الا واعتبروا ان موسكو مسؤولة.", {}, ["المسؤولون", "المسؤولون"]),
    ("وكانت جماعة الحوثي قد أعلنت أنها أبرمت اتفاقا، ولم يلق قبولا بين الأوساط السياسية واعتبر أن "
     "الاتفاق خطير.", {"جماعة الحوثي": "ORG"}, ["جماعة الحوثي", "جماعة الحوثي"]),
])
def test_plural_cue_after_noun(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
