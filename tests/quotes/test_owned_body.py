"""An SVO subject "X التابع لـ NAME" is the body X of NAME, not NAME (round-1 leftover:
'مكتب حقوق الإنسان التابع للأمم المتحدة قال')."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    # (the NER's mention of "للأمم المتحدة" starts after the first ل)
    ("يذكر أن مكتب حقوق الإنسان التابع للأمم المتحدة قال إن السلطات احتجزت الآلاف.",
     ["مكتب حقوق الإنسان التابع للأمم المتحدة"]),
    ("وكان المكتب التابع لمنظمة الصحة قال إن الوباء انتهى.", ["المكتب التابع لمنظمة الصحة"]),
    # must not fire: the name itself before the cue; التابع elsewhere in the sentence
    ("وكانت الأمم المتحدة قالت إن السلطات احتجزت الآلاف.", ["الأمم المتحدة"]),
    ("وبعد تقرير المكتب التابع للحكومة، قالت الأمم المتحدة إن السلطات احتجزت الآلاف.", ["الأمم المتحدة"]),
])
def test_owned_body_speaks(quotes, check, text, speakers):
    doc = quotes(text, {"لأمم المتحدة" if "للأمم" in text else "الأمم المتحدة": "ORG", "منظمة الصحة": "ORG"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
