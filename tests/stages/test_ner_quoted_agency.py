"""A news agency named in quotation marks after "وكالة أنباء" (two type words) is an
organisation (audit U32: 'وكالة أنباء "أعماق" التابعة لتنظيم داعش'; news-dev: 'وكالة أنباء
"الأناضول"' read as the region, 'وكالة أنباء "وفا"' missed)."""
from __future__ import annotations

import pytest

from rasd.stages.ner.org_context import quoted_orgs


def _orgs(text: str):
    return [(sp.text, lab, alias) for sp, lab, alias in quoted_orgs(text, [])]


@pytest.mark.parametrize("text,want", [
    ('وبثت وكالة أنباء "أعماق" التابعة للتنظيم شريطا مصورا.',
     [("أعماق", "ORG", 'وكالة أنباء "أعماق"')]),
    ('وقالت وكالة انباء «سانا» إن الوفد وصل.', [("سانا", "ORG", 'وكالة انباء «سانا»')]),
    # must not fire: "أنباء" after another type word, or a quote after plain "أنباء"
    ('ونقلت صحيفة أنباء "اليوم" الخبر.', []),
    ('وتحدثت أنباء "غير مؤكدة" عن قتلى.', []),
    # the one-word type reads as before
    ('وذكرت وكالة "سبوتنيك" أن الوفد وصل.', [("سبوتنيك", "ORG", 'وكالة "سبوتنيك"')]),
])
def test_quoted_agency(text, want):
    assert _orgs(text) == want
