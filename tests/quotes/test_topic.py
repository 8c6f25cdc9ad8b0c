""""أما X، فقد قالت": the topic X speaks (audit U15 one-off: فقد between the topic and the cue)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speaker", [
    ("أما الوزارة، فقد قالت إن الوضع هادئ.", {}, "الوزارة"),
    ("أما قناة الإخبارية، فقد أكدت أن الهجوم فشل.", {"قناة الإخبارية": "ORG"}, "قناة الإخبارية"),
    ("أما سامي العلي، فقد قال إن الوضع هادئ.", {"سامي العلي": "PER"}, "سامي العلي"),
    # must not fire: a relay keeps its original speaker; no أما, no topic
    ("أما القناة، فقد نقلت عن سلطات الصحة قولها إن القتلى كثيرون.", {}, "سلطات الصحة"),
    ("في المدينة، فقد قالت إن الوضع هادئ.", {}, None),
])
def test_the_topic_of_amma_speaks(quotes, check, text, names, speaker):
    doc = quotes(text, names)
    check(doc)
    assert len(doc.quotes) == 1
    sp = doc.quotes[0].speaker
    assert (sp.text if sp else None) == speaker
