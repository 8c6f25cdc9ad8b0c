"""Audit U46: "رفع سامي العلي التهاني لرئيس اللجنة خالد المنصور، وقال:" — the name in apposition
to a title glued to لـ is whom the verb was addressed to; the following "وقال" shares the
sentence's subject, not that name."""
from __future__ import annotations

import pytest

NAMES = {"سامي العلي": "PER", "خالد المنصور": "PER"}


@pytest.mark.parametrize("text,speakers", [
    ("رفع سامي العلي التهاني لرئيس اللجنة خالد المنصور، وقال: اليوم نجح أبطالنا في تحقيق تطلعات الجميع.",
     ["سامي العلي"]),
    ("بعث سامي العلي رسالة للوزير خالد المنصور، وقال فيها إن الوضع صعب.", ["سامي العلي"]),
    # must keep: a name that is no addressee right before the cue is the nearer clause's subject
    ("وهو ما ينفيه خالد المنصور، ويقول إن التقارير كاذبة.", ["خالد المنصور"]),
])
def test_speaker(quotes, text, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, NAMES).quotes] == speakers


def test_coordinated_addressees(quotes):
    text = ("من جانبه، رفع نائب رئيس الوفد، الأستاذ سامي العلي التهاني لرئيس اللجنة خالد المنصور، ورئيس "
            "الأولمبياد السعودي الخاص الدكتور ماهر الجديد، وقال: اليوم نجح أبطالنا في تحقيق تطلعات الجميع.")
    names = dict(NAMES, **{"ماهر الجديد": "PER"})
    assert [q.speaker.text for q in quotes(text, names).quotes] == ["سامي العلي"]
