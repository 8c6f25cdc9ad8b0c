"""لكنه/لكنها right before a cue points back to the subject of the verb opening its sentence
("ولم تكشف النيابة العامة عن هويات المعتقلين، لكنها أشارت إلى أن") when the pronoun, that
verb and the cue agree in gender; a لم/لن before the verb is passed over (audit U56,
ant-FR-internationalNews-1605: the previous speaker "جماعات مدافعة" had it)."""
from __future__ import annotations

import pytest

_LEAD = "وقال سامي العلي إن الوضع صعب. "


@pytest.mark.parametrize("text,want", [
    ("ولم تكشف الشرطة المحلية عن أسماء الموقوفين، لكنها أشارت إلى أن عددهم بلغ 12 شخصا.", "الشرطة المحلية"),
    ("وكشفت الشرطة المحلية عن الحصيلة، لكنها قالت إن التحقيق ما زال جاريا.", "الشرطة المحلية"),
    ("ولم يكشف الجيش عن أسماء الموقوفين، لكنه أكد أن عددهم بلغ 12 شخصا.", "الجيش"),
    # must not fire: the pronoun disagrees with the opening verb (the previous speaker goes on)
    ("ولم يكشف الجيش عن أسماء الموقوفين، لكنها أشارت إلى أن عددهم بلغ 12 شخصا.", "سامي العلي"),
])
def test_but_pronoun_subject(quotes, text, want):
    got = quotes(_LEAD + text, {"سامي العلي": "PER"}).quotes
    assert [q.speaker.text for q in got] == ["سامي العلي", want]


def test_no_opening_verb(quotes):
    # must not fire: the sentence opens with an adverbial ("وعند سؤاله"), not a verb
    text = _LEAD + "وعند سؤاله عن التفاصيل، لم ينف الوزير ذلك، ولكنه قال إن التحقيق مستمر."
    got = quotes(text, {"سامي العلي": "PER"}).quotes
    assert "سؤاله" not in [q.speaker.text for q in got]
