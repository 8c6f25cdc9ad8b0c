"""A cue opening a relative clause with كان between ("التقديرات السابقة التي كانت تقول إن …") is
speech reported inside the content of the quote before, as "التي تقول" already was: that content
runs on past it instead of ending at "التي" (audit U62). After a comma ("السجون، التي قال إنها")
the relative is the narrator's aside and the content still ends before it."""
from __future__ import annotations

import pytest

N = {"سامي العلي": "PER"}


@pytest.mark.parametrize("text,first", [
    ("وأعلن سامي العلي أنه تم إخلاء 900 شخص، وهو عدد أقل من التقديرات السابقة التي كانت تقول إن عدد "
     "المهاجرين يتراوح بين ألف وألفين.",
     "تم إخلاء 900 شخص، وهو عدد أقل من التقديرات السابقة التي كانت تقول إن عدد المهاجرين يتراوح بين ألف وألفين"),
    # unchanged: a new statement after a comma; a relative after a comma is the narrator's aside
    ("وأشار سامي العلي إلى أن الزيارة تهدف إلى معاينة السجون، التي قال إنها ستشهد تحسينات.",
     "الزيارة تهدف إلى معاينة السجون"),
    ("وأعلن سامي العلي أنه تم إخلاء 900 شخص، وكانت الشرطة تقول إن العدد أكبر.", "تم إخلاء 900 شخص"),
])
def test_relative_was_cue(quotes, check, text, first):
    doc = quotes(text, N)
    check(doc)
    assert doc.quotes[0].content.text == first
