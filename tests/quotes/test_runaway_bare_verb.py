"""A quotation is narration with new quotes only when a sentence inside it opens with a reporting
verb carrying و/ف ("… جسر جوي. وذكرت مصادر في المطار أن"); a bare verb there is the speaker's own
sentence (held-out U50: 'وغرد ترامب على تويتر "… وكاذب. اعتبر الجميع في واشنطن أنه …"' lost its
direct quote to a false one of "الجميع")."""
from __future__ import annotations


def test_bare_verb_inside_speech(quotes, check):
    doc = quotes('وغرد الرئيس على تويتر "كريم الراشد مسرب للمعلومات وكاذب. اعتبر الجميع في العاصمة أنه يجب '
                 'إقالته".', {"كريم الراشد": "PER"})
    check(doc)
    assert [(q.kind, q.speaker.text, q.content.text) for q in doc.quotes] == [
        ("direct", "الرئيس", "كريم الراشد مسرب للمعلومات وكاذب. اعتبر الجميع في العاصمة أنه يجب إقالته")]
