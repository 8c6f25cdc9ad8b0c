"""A cue right after a relative pronoun: its speaker is the noun phrase before the pronoun
(and its comma) that holds a source word — not the verb and object before it, nor a
preposition (audit U37: "وتبنت الهجوم وكالة أعماق التي زعمت" → وكالة أعماق; "نفى التقارير،
التي قالت" → التقارير)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وتبنت الهجوم وكالة أعماق التي زعمت أن مقاتلي التنظيم قتلوا عشرة جنود.", {}, ["وكالة أعماق"]),
    ("وكان الوزير قد نفى التقارير، التي قالت إن البلدين توصلا لاتفاق.", {}, ["التقارير"]),
    ("وغرق القارب في البحر، بحسب الوكالة التي أشارت إلى أن خمسين شخصا كانوا على متنه.", {}, ["الوكالة"]),
    # must not fire: a name before the pronoun, a phrase with no source word
    ("ووصلت الممثلة سلمى داود التي قالت إنها تعرضت للتهديد.", {"سلمى داود": "PER"}, ["سلمى داود"]),
    ("واعتقلت السلطات أوكطار، الذي يزعم أنه مهدي منتظر.", {"أوكطار": "PER"}, ["أوكطار"]),
])
def test_relative_source_head(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
