""""لاسيما أن" and a passive "يتوقع أن" own their أن: a cue further back with a noun object
("أعلن المركز عن تأجيل …", "شائعات تؤكد انتقاله …") does not reach it (audit U64)."""
from __future__ import annotations


def _quotes(doc):
    return [(q.kind, q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes]


def test_expected_passive_owns_its_an(quotes):
    doc = quotes("وأعلن المكتب الإعلامي عن تأخر بعض الموظفين بسبب مشاكل في التأشيرات، التي يتوقع أن تحل خلال أيام.",
                 {"المكتب الإعلامي": "ORG"})
    assert _quotes(doc) == []


def test_especially_owns_its_an(quotes):
    doc = quotes("وسط انتشار أخبار تؤكد رحيله إلى النادي المنافس، لاسيما أن اسمه ارتبط بالنادي مؤخرا.", {})
    assert _quotes(doc) == []


def test_cue_complement_unchanged(quotes):
    # unchanged: the cue's own أن before the passive
    doc = quotes("وقال المدير إن الأزمة يتوقع أن تنتهي قريبا.", {"المدير": "PER"})
    assert [k for k, _, _ in _quotes(doc)] == ["indirect"]
