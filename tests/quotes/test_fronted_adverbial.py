"""Audit U48: a fronted prepositional phrase before a cue is no speaker ("وفيما يتعلق بحجم
الخسائر قال إن", "ومع بدء ولايته الثانية، التي …، يقول إنها", "وفي دراسة حديثة … مؤكدا أن"):
the earlier speaker or the sentence's subject speaks. A one-letter و on a short preposition
("وفي", "ومع", "وعن") must not hide it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("قال سامي العلي إن المصنع توقف. وفيما يتعلق بحجم الخسائر قال إن الشركة ستعوض العمال.",
     {"سامي العلي": "PER"}, ["سامي العلي", "سامي العلي"]),
    ("قال سامي العلي إن المصنع توقف. وحول مستقبل العمال قال إن الشركة ستعوضهم.",
     {"سامي العلي": "PER"}, ["سامي العلي", "سامي العلي"]),
    ("ومع بدء ولايته الثانية، التي انتظرها طويلا، اختار سامي العلي فريقا جديدا، يقول إنه سيحقق الإصلاح.",
     {"سامي العلي": "PER"}, ["سامي العلي"]),
    # must keep: a subject before the cue, a preposition inside the subject
    ("والمتحدث باسم الشركة في الرياض قال إن المصنع توقف.", {}, ["المتحدث باسم الشركة في الرياض"]),
    ("وسامي العلي يقول إن المصنع توقف.", {"سامي العلي": "PER"}, ["سامي العلي"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers


@pytest.mark.parametrize("text,names,speakers", [
    # a participle in a sentence opened by "وفي …": the previous speaker, not the PP's noun
    ("وقال سامي العلي إن التدخين آفة خطيرة. وفي إحصائية حديثة 27 بالمئة من الطلاب يدخنون مشددا على أن هذه الأرقام خطيرة.",
     {"سامي العلي": "PER"}, ["سامي العلي", "سامي العلي"]),
    # must keep: a verb-first sentence gives its subject to the participle
    ("وقال سامي العلي إن التدخين آفة خطيرة. وأعلنت الوزارة حملة جديدة مؤكدة أن الأرقام خطيرة.",
     {"سامي العلي": "PER"}, ["سامي العلي", "الوزارة"]),
])
def test_participle_after_fronted_phrase(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
