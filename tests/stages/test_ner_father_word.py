"""One word that ends a name right after "بن" is the father, not the man (audit U44: "مطار الملك
عبد العزيز" joined "سلمان بن عبد العزيز"); the rule for chains of two words or more is in
test_ner_grouping.py."""
from __future__ import annotations

from rasd.stages.ner.actors import ActorLexicon
from rasd.model.span import Span
from rasd.stages.ner.grouping import group_entities


def _groups(text: str, names: list[tuple[str, str]]) -> dict[str, list[str]]:
    spans, pos = [], 0
    for name, lab in names:
        start = text.index(name, pos)
        pos = start + len(name)
        spans.append((Span(start, pos, name), lab))
    ents = group_entities(spans, ActorLexicon({}, {}), text)
    return {e.name: [m.text for m in e.mentions] for e in ents}


def test_the_father_named_alone_is_another_person():
    text = "استقبل الأمير فيصل بن عبد الرحمن الوفد في قاعة الملك عبد الرحمن بالرياض."
    got = _groups(text, [("فيصل بن عبد الرحمن", "PER"), ("عبد الرحمن", "PER")])
    assert got == {"فيصل بن عبد الرحمن": ["فيصل بن عبد الرحمن"], "عبد الرحمن": ["عبد الرحمن"]}


def test_the_given_name_still_joins():  # must not fire: the man's own first name
    text = "استقبل الأمير فيصل بن عبد الرحمن الوفد، وقال فيصل إن الزيارة مهمة."
    got = _groups(text, [("فيصل بن عبد الرحمن", "PER"), ("فيصل", "PER")])
    assert got == {"فيصل بن عبد الرحمن": ["فيصل بن عبد الرحمن", "فيصل"]}


def test_a_family_name_after_the_father_still_joins():  # must not fire: the word does not follow بن
    text = "قال مدير التعليم خالد بن سعد الحربي إن المدارس جاهزة. وأضاف الحربي أن العمل مستمر."
    got = _groups(text, [("خالد بن سعد الحربي", "PER"), ("الحربي", "PER")])
    assert got == {"خالد بن سعد الحربي": ["خالد بن سعد الحربي", "الحربي"]}
