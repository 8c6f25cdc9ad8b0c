""""الذي وصف بأنه "…"", "تصريحات لها وصفت بأنها "…"": وصف/وصفت with بأنه/بأنها right after it
is the passive وُصف (was described as): no quote and no speaker (audit U56,
ant-BB-middleEast-34: «الفندق الذي وصف بأنه "سجن ذهبي"» spoke as the crown prince; U58: remarks
so described spoke as their author). After a relative pronoun any بأن… counts."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('وافتتح سامي العلي المبنى الذي وصف بأنه "تحفة معمارية" في المدينة.', []),
    ('وزار سامي العلي السوق التي وصفت بأنها "الأقدم في البلاد" أمس.', []),
    # after any noun, not only a relative (audit U58: remarks "وصفت بأنها "عنصرية"" spoke as their author)
    ('وردت سامية الحسن على انتقادات لاذعة طالت مقالات لها وصفت بأنها "متطرفة جدا" في الصحافة.', []),
    ('وقال المدير إن البرنامج ناجح، ووصف بأنه "الأفضل في المنطقة كلها" لاحقا.', ["المدير"]),
    # must not fire: the active verb with its object first
    ('ووصفت سامية الحسن القرار بأنه "خطوة في الاتجاه الصحيح".', ["سامية الحسن"]),
    ('وزار سامي العلي السوق، وهو الذي وصف الوضع بأنه "مأساوي جدا".', ["سامي العلي"]),
])
def test_passive_described(quotes, text, want):
    assert [q.speaker.text for q in quotes(text, {"سامي العلي": "PER", "سامية الحسن": "PER"}).quotes] == want
