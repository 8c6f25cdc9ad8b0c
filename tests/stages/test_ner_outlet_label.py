"""A name right after a medium's type word is the outlet's (audit U26: 'يومية "نوفي ديان"' was a
person)."""
from __future__ import annotations

import pytest

from rasd.model.span import Span
from rasd.stages.ner import group_entities
from rasd.stages.ner.actors import ActorLexicon


def _label(text: str, name: str, lab: str) -> str:
    i = text.index(name)
    (ent,) = group_entities([(Span(i, i + len(name), name), lab)], ActorLexicon({}, {}), text)
    return ent.label


@pytest.mark.parametrize("text,name,lab", [
    ('كان يعمل لحساب يومية "نوفي ديان" الروسية.', "نوفي ديان", "PER"),
    ("وأظهرت لقطات بثها تلفزيون فارو المحلي.", "فارو", "PER"),
    ("وقال لمجلة تايم إنه سيعود.", "تايم", "MISC"),
])
def test_a_name_after_a_medium_word_is_an_outlet(text, name, lab):
    assert _label(text, name, lab) == "ORG"


@pytest.mark.parametrize("text,name,lab", [
    ("بدأت أعمال حفر قناة بورسعيد الجديدة.", "بورسعيد", "LOC"),   # must not fire: a canal's place
    ("قال مدير الصحيفة أحمد علي إن العدد صدر.", "أحمد علي", "PER"),  # must not fire: a word between
    ("وقال محمد علي للصحفيين إنه سيعود.", "محمد علي", "PER"),
])
def test_other_names_keep_their_label(text, name, lab):
    assert _label(text, name, lab) == lab
