"""A subject opening with a kinship noun before a name ("والدة نيكي فيرستابن") is the relative:
the speaker is the whole phrase with no entity, not the person named (audit U27 Q-5)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("وقالت والدة نيكي فيرستابن في حديث للتلفزيون إن العائلة لم تكن تتوقع ذلك.",
     {"نيكي فيرستابن": "PER"}, [("والدة نيكي فيرستابن", None)]),
    ("وقال شقيق الضحية أحمد سالم إن الشرطة تأخرت.", {"أحمد سالم": "PER"},
     [("شقيق الضحية أحمد سالم", None)]),
    # must not fire: the name itself speaks; a title with ال; a kinship word inside the name
    ("وقال سامر خليل إن موكله بريء.", {"سامر خليل": "PER"}, [("سامر خليل", "e1")]),
    ("وقال الأب يوحنا حداد إن الكنيسة مفتوحة.", {"يوحنا حداد": "PER"}, [("يوحنا حداد", "e1")]),
    ("وقال ابن كيران إن الحكومة مستمرة.", {"ابن كيران": "PER"}, [("ابن كيران", "e1")]),
])
def test_kin_speaker(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text, q.speaker.entity) for q in doc.quotes] == want
