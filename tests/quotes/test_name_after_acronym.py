"""A titled subject whose organisation is followed by its acronym in parentheses and then a
person's name: the name speaks even untagged (audit U54 FR-2040: «وقالت المديرة التنفيذية
لمنظمة الأمم المتحدة للطفولة (يونيسف) هنرييتا فور في بيان» had the speaker cut to
«المديرة التنفيذية لمنظمة الأمم»)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وقال المدير العام لمنظمة الصحة العالمية (WHO) تيدروس غيبريسوس في مؤتمر صحفي إن "الوباء ينتشر بسرعة".',
     {"منظمة الصحة العالمية": "ORG"}, ["تيدروس غيبريسوس"]),
    ('وقالت الأمينة العامة لمنظمة العفو الدولية (أمنستي) أنياس كالامار: "هذه جريمة حرب واضحة".',
     {"منظمة العفو الدولية": "ORG"}, ["أنياس كالامار"]),
    # must not fire: no name after the parenthesis (an adverb, a statement), one word only; the
    # description runs to the organisation's end (quotes_np_end.through_name, audit U58)
    ('وقال المدير العام لمنظمة الصحة العالمية (WHO) أمس إن "الوباء ينتشر بسرعة".',
     {"منظمة الصحة العالمية": "ORG"}, ["المدير العام لمنظمة الصحة العالمية"]),
    ('وقال المدير العام لمنظمة الصحة العالمية (WHO) في بيان إن "الوباء ينتشر بسرعة".',
     {"منظمة الصحة العالمية": "ORG"}, ["المدير العام لمنظمة الصحة العالمية"]),
])
def test_name_after_acronym(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
