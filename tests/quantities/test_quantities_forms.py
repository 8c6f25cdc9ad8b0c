"""Counts that were missed or mangled (audit U22 N-2, evU20b P4c): فرداً, a hashtag after من,
a quotation mark before the noun, stabbing as injury, "بين ألف و1500" as a range, and a
comma-set apposition between a count and its verb."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وأوضحت المصادر أن 17 فرداً من المسلحين قتلوا في مواجهات.", [(17, "killed", "exact")]),
    ("أسفرت المعارك عن مقتل 9 من #ميليشيات_الحوثي الانقلابية.", [(9, "killed", "exact")]),
    ("أعلنت الوزارة اعتقال 3 \"إرهابيين\" في المدينة.", [(3, "arrested", "exact")]),
    ("ذبح ثلاثة أشخاص رجلا وطعنوا شخصين آخرين بالسكين.", [(3, "other", "exact"), (2, "injured", "exact")]),
    ("قال إن ما يتراوح بين ألف و1500 مقاتل متشبثون بمواقعهم.", [(1000, "other", "range")]),
    ("وقالت المنظمة إن ما لا يقل عن 25 شخصا، معظمهم من المدنيين، قتلوا في الغارات.",
     [(25, "killed", "at_least")]),
    # must not fire: a composite with a smaller part; two separate numbers; a knife attack without a count
    ("وصل إلى المدينة ألف وخمسمائة لاجئ.", [(1500, "displaced", "exact")]),
    ("وقع هجوم بالسكين في السوق.", []),
])
def test_count_forms(run_quantities, text, want):
    assert [(q.value, q.category, q.qualifier) for q in run_quantities(text)] == want


def test_range_high(run_quantities):
    q = run_quantities("قال إن ما يتراوح بين ألف و1500 مقاتل متشبثون بمواقعهم.")[0]
    assert q.high == 1500
