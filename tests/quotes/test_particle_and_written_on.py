"""A particle carrying its subject as a pronoun ("لكنهم قالوا") is no speaker, and what is
"written on" a banner ("لافتات كتب عليها "…"") is no speech (audit U27 Q-2)."""
from __future__ import annotations

import pytest


def _speakers(doc):
    return [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes]


@pytest.mark.parametrize("text,names,want", [
    ("ولم تؤكد مصادر ما إذا كانت الجماعة تضم أجانب، لكنهم قالوا إن \"الجماعة تمثل شريحة واسعة\".",
     {}, [(None, "الجماعة تمثل شريحة واسعة")]),
    ("ورفع المتظاهرون لافتات كتب عليها \"الاحتلال جزء من المشكلة وليس الحل\".", {}, []),
    ("وحملوا يافطة كتب عليه \"المدينة تتحول إلى ساحة حرب مفتوحة\".", {}, []),
    # must not fire: an active كتب with its subject; a named subject after لكن's clause
    ("وكتب الوزير على تويتر: \"لن نسمح بذلك أبدا في بلادنا\".", {},
     [("الوزير", "لن نسمح بذلك أبدا في بلادنا")]),
    ("وقال المسؤولون إن الوضع خطير، لكنهم أكدوا أن الحكومة ستتدخل قريبا.", {},
     [("المسؤولون", "الوضع خطير"), ("المسؤولون", "الحكومة ستتدخل قريبا")]),
])
def test_particle_and_written_on(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert _speakers(doc) == want
