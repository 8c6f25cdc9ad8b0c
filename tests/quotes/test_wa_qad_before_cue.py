""""وقد" before a cue is the particle قد with its conjunction, never a speaker (strip_conj keeps
two-letter stems whole); "قال الله تعالى:" cites a verse, God its speaker (audit U54,
ant-CN-middleEast-250, where "وقد" spoke)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ('ونشر سامر الخطيب مقالا. وقد قال: "الوضع صعب".', ["سامر الخطيب"]),
    ("وختم الخطيب كلمته، وقد قال الله تعالى: (وبشر الصابرين).", ["الله"]),
    # must not fire: a prayer's addressee; a subject before وقد
    ("ودعا الله أن يرحم الضحايا.", [None]),
    ("والوزير وقد قال إن الوضع صعب.", ["الوزير"]),
])
def test_wa_qad(quotes, check, text, speakers):
    doc = quotes(text, {"سامر الخطيب": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
