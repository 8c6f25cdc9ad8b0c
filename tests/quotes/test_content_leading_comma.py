"""The content starts after a comma that follows the complementiser: "وأضافت أنه، في 24 يوليو،
قتل …" is "في 24 يوليو، قتل …" (audit U62: the content began with "، ")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وأضافت ليلى حسن أنه، في الشهر الماضي، غادر مئات السكان القرية.",
     [("ليلى حسن", "في الشهر الماضي، غادر مئات السكان القرية")]),
    # unchanged: no comma
    ("وأضافت ليلى حسن أنه في الشهر الماضي غادر السكان القرية.",
     [("ليلى حسن", "في الشهر الماضي غادر السكان القرية")]),
])
def test_content_leading_comma(quotes, check, text, want):
    doc = quotes(text, {"ليلى حسن": "PER"})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
