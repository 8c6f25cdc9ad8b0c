"""Audit U48: the subject of the verb opening the sentence, taken by a later subject-less cue
("وأحجمت المتحدثة باسم الوزارة منى الخطيب عن …، لكنها قالت"), is the person named after the
title (SPEC §2.5: the closest name span), not the bare title "المتحدثة"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وأحجمت المتحدثة باسم وزارة الخارجية منى الخطيب عن الإدلاء بتفاصيل، لكنها قالت: "الحوار هو الحل الوحيد المهم بين البلدين".',
     {"منى الخطيب": "PER"}, ["منى الخطيب"]),
    # must keep: a title with no name after it
    ('وأحجمت المتحدثة باسم وزارة الخارجية عن الإدلاء بتفاصيل، لكنها قالت: "الحوار هو الحل الوحيد المهم بين البلدين".',
     {}, ["المتحدثة"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
