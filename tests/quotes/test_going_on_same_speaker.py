"""Audit U48: "وأضاف المجلس" — a verb of going on whose subject is an anaphoric head that opens
the previous speaker's name is that speaker, not a later phrase with the same head inside what
was said ("… قرب مجلس الشورى …")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وذكر المجلس الوطني للمقاومة أن المظاهرة انطلقت قرب مجلس الشورى. وأضاف المجلس في بيان أن الأمن فرقها.",
     {"المجلس الوطني للمقاومة": "ORG"}, ["المجلس الوطني للمقاومة", "المجلس الوطني للمقاومة"]),
    # must keep: another verb, a head the previous speaker does not open with
    ("وذكر سامي العلي أن المظاهرة انطلقت قرب مجلس الشورى. وأضاف المجلس في بيان أن الأمن فرقها.",
     {"سامي العلي": "PER"}, ["سامي العلي", "مجلس الشورى"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
