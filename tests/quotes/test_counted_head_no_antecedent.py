""""المنظمة" after a cue goes back to the organisation named before, not to a counted head
("أكثر من 50 منظمة دولية"): a number before the head makes it many institutions (audit U56,
ant-FR-internationalNews-1400: the speaker was "منظمة دولية واتفاقية")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('أعلنت منظمة الصحة العالمية أن الوباء انحسر. وانضمت البلاد إلى 40 منظمة دولية. '
     'وقالت المنظمة إن "الحملة ستستمر حتى نهاية العام الجاري في كل المدن".',
     ["منظمة الصحة العالمية", "منظمة الصحة العالمية"]),
    # must not fire: an uncounted head is the antecedent
    ('أعلنت منظمة الصحة العالمية أن الوباء انحسر. وتعمل في البلاد منظمة إغاثية محلية. '
     'وقالت المنظمة إن الحملة ستستمر حتى نهاية العام.',
     ["منظمة الصحة العالمية", "منظمة إغاثية محلية"]),
])
def test_counted_head(quotes, text, want):
    got = quotes(text, {"منظمة الصحة العالمية": "ORG"}).quotes
    assert [q.speaker.text for q in got] == want
