"""Audit U46 (and the open item "ومضى للقول"): after the masdar "بالقول"/"للقول" the speech may
follow unmarked ("رد بالقول ماذا كنتم تريدونني أن أفعل"); its content starts right after the
masdar, not after the first أن inside the speech."""
from __future__ import annotations

import pytest

NAMES = {"سامي العلي": "PER"}


@pytest.mark.parametrize("text,contents", [
    ("وعارضهما سامي العلي بالقول الفريق ليس جاهزا للموسم ويجب على الإدارة أن تتحرك سريعا.",
     ["الفريق ليس جاهزا للموسم ويجب على الإدارة أن تتحرك سريعا"]),
    ("قال سامي العلي إن الوضع صعب. ومضى للقول إن الحل قريب.", ["الوضع صعب", "الحل قريب"]),
    # kept: a complementiser or colon right after the masdar
    ("واكتفى سامي العلي بالقول إن الوضع صعب.", ["الوضع صعب"]),
    ("ورد سامي العلي بالقول: الوضع صعب جدا.", ["الوضع صعب جدا"]),
])
def test_content(quotes, text, contents):
    assert [q.content.text for q in quotes(text, NAMES).quotes] == contents
