"""A bare year after في/منذ/خلال/قبل/بعد and one plural event noun is a time (audit U34b #7
«منذ اعتداءات 2009 التي استهدفت …» gave no time); the noun alone, or a count of people, is not."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وتشهد البلاد أعمال عنف منذ اعتداءات 2009 التي استهدفت مساجد.", [("2009", "2009")]),
    ("وفاز الحزب في انتخابات 2012 بأغلبية المقاعد.", [("2012", "2012")]),
    # must not fire: no word before the noun; a count of people after the noun
    ("وقالت الشرطة إن اعتداءات 2009 مسجلة لديها.", []),
    ("وشارك في مظاهرات 2000 شخص.", []),
])
def test_year_after_event_noun(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-08-01")] == want
