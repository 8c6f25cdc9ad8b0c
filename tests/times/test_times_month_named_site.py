""""مفاعل تموز" (the Osirak reactor), "ملعب أيلول": a bare month right after a building or site
noun names it, no date (audit U60 saudinewsnet-2015-07-22-01953: "قصف مفاعل تموز العراقي" was
read as this July)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وتحدث الخبير عن تدمير مفاعل تموز في العراق قبل عقود.", []),
    ("وأقيمت المباراة على ملعب أيلول في المدينة.", []),
    # kept: a month after other nouns, a dated month after a site noun
    ("وتراجعت الأسعار خلال تموز الماضي.", [("تموز الماضي", "2017-07")]),
    ("وافتتح الجسر في أيلول 2015 بحضور الوزير.", [("أيلول 2015", "2015-09")]),
])
def test_month_named_site(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2017-08-01")] == want
