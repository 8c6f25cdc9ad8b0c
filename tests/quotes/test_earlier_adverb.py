""""من قبل" before أنّ + a noun is the adverb "earlier", not the conjunction "قبل أن" (audit U44
Q-7: «زعمت إيران من قبل أن السعودية تدعم …» was no quote)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("زعمت الحكومة من قبل أن المعارضة تتلقى دعما خارجيا.", {},
     [("الحكومة", "المعارضة تتلقى دعما خارجيا", True)]),
    ("وأكد الوزير من قبل أن الاتفاق سيوقع قريبا.", {}, [("الوزير", "الاتفاق سيوقع قريبا", False)]),
    ("وقالت كندا من قبل أن كوبا شريك تجاري مهم.", {"كندا": "LOC", "كوبا": "LOC"},
     [("كندا", "كوبا شريك تجاري مهم", False)]),
    # kept: the conjunction "من قبل أن" + a verb is no complementiser
    ("وحذر الوزير من قبل أن يصل الوفد.", {}, []),
])
def test_earlier_adverb(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text, q.hedged) for q in doc.quotes] == want
