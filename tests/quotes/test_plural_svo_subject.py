"""A plural و-cue shares the plural subject that opens its sentence before a plural verb (audit
U44 Q-27, the known number-agreement case: «لكن بعض الدراويش المتواكلين تناسوا …، وزعموا أن»
spoke as the previous, singular speaker)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ('وقال الشيخ: "العمل عبادة". لكن بعض الكسالى المتواكلين تجاهلوا النصيحة، وزعموا أن الرزق يأتي وحده.',
     ["الشيخ", "بعض الكسالى المتواكلين"]),
    ("وقال الوزير إن الوضع مستقر. والمتظاهرون رفعوا اللافتات وأكدوا أن مطالبهم مشروعة.",
     ["الوزير", "المتظاهرون"]),
    # kept: a quote earlier in the same sentence goes on; a singular cue is not the plural's
    ("وقال المحتجون إن الوضع سيء وأكدوا أن الحل قريب.", ["المحتجون", "المحتجون"]),
    ('وقال الشيخ: "العمل عبادة". لكن بعض الكسالى تجاهلوا النصيحة، وزعم أن الرزق يأتي وحده.',
     ["الشيخ", "الشيخ"]),
])
def test_plural_svo_subject(quotes, check, text, speakers):
    doc = quotes(text, {})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
