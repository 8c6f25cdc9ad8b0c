""""الذي وصف بأنه "…"": وصف right after a relative pronoun, with بأنه/بأنها right after it, is
the passive وُصف (was described as): no quote and no speaker (audit U56,
ant-BB-middleEast-34: «الفندق الذي وصف بأنه "سجن ذهبي"» spoke as the crown prince)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('وافتتح سامي العلي المبنى الذي وصف بأنه "تحفة معمارية" في المدينة.', []),
    ('وزار سامي العلي السوق التي وصفت بأنها "الأقدم في البلاد" أمس.', []),
    # must not fire: the active verb with its object first
    ('وزار سامي العلي السوق، وهو الذي وصف الوضع بأنه "مأساوي جدا".', ["سامي العلي"]),
])
def test_passive_described(quotes, text, want):
    assert [q.speaker.text for q in quotes(text, {"سامي العلي": "PER"}).quotes] == want
