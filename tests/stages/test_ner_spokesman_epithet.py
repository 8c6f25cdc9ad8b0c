""""الناطقة باسم" after an organisation's name is an epithet, not part of the name (audit U44:
"وكالة أعماق الناطقة باسم التنظيم" → وكالة أعماق الناطقة), like المؤيد, التابعة."""
from __future__ import annotations

import pytest

from tests.stages.test_ner import mentions, run


@pytest.mark.parametrize("text, tags, expected", [
    # the tagger names the agency, the organisation-shape rule ran it on into the epithet
    ("وبثت وكالة نجوم الناطقة باسم الجماعة تسجيلا", {"وكالة": "B-ORG", "نجوم": "I-ORG"}, ["وكالة نجوم"]),
    ("وقال حزب الأمل الناطق باسم المزارعين إن", {}, ["حزب الأمل"]),
    ("نقلت وكالة الأنباء السعودية الخبر", {}, ["وكالة الأنباء السعودية"]),  # must not fire: no epithet
])
def test_the_spokesman_epithet_ends_the_name(text, tags, expected):
    doc = run(text, tags)
    assert mentions(doc) == [(e, "ORG") for e in expected]
