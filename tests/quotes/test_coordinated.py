"""A subject-less و-cue coordinated with the verb that opens its sentence shares that verb's
subject (audits U9 R-4, U15 P2); a nearer clause or a quote earlier in the sentence wins."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("من جهته، ينفي الكرملين أي ضلوع في الهجوم ويقول إن لندن تدير حملة.", {"الكرملين": "ORG", "لندن": "LOC"},
     ["الكرملين"]),
    # the opening verb's named subject, not the name later in its clause (the object)
    ("واتهم سامي العلي الوزير خالد النمر بالتقصير وقال إن الاتفاق فشل.",
     {"سامي العلي": "PER", "خالد النمر": "PER"}, ["سامي العلي"]),
    # a source noun with its adjectives, not what follows them
    ("وأكدت مصادر أردنية رسمية رفضها للقانون، وقالت إنه يضر باللاجئين.", {}, ["مصادر أردنية رسمية"]),
    ("وأكدت الوكالة أنباء مقتل جنود، وقالت إن المعارك مستمرة.", {}, ["الوكالة"]),
    # must not fire: a nearer clause with its own subject, a relative verb, a quote in the sentence
    ("وتخشى القاهرة من نقص المياه، وهو ما تنفيه أديس أبابا، وتقول إنه لا ضرر.",
     {"القاهرة": "LOC", "أديس أبابا": "LOC"}, [None]),  # (not القاهرة)
    ("وقال الوزير سامي العلي إن الوضع صعب، وأضاف أن الحل قريب.", {"سامي العلي": "PER"},
     ["سامي العلي", "سامي العلي"]),
    ("وبحسب مصادر محلية فإن الشاب وصل مبكرا وقال للمصلين \"ابتعدوا عن المكان فورا\".", {}, [None]),
])
def test_a_coordinated_cue_shares_the_opening_subject(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
