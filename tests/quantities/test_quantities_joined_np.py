"""A count joined by و to the count before it, across one or two words of that count's own noun
phrase (an adjective, a genitive), shares its category (audit U27 N-1)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("بعد معركة قتل فيها قرابة 16 مسلحا قبليا و9 من رجال المقاومة، تقدمت القوات.",
     [(16, "killed"), (9, "killed")]),
    ("وقالت الوزارة إن بين القتلى أربعة رجال إطفاء وخمسة عناصر في الشرطة.",
     [(4, "killed"), (5, "killed")]),
    # must not fire: a cue of its own between; a cue after the second count; a clause after a verb
    ("قتل 5 أشخاص في البلدة وأصيب 3 آخرون.", [(5, "killed"), (3, "injured")]),
    ("قتل 5 جنود خلال الاشتباكات ووصل 200 متطوع إلى المدينة.", [(5, "killed"), (200, "other")]),
    ("اعتقل 4 أشخاص في المدينة و200 شخص فروا منها.", [(4, "arrested"), (200, "displaced")]),
])
def test_joined_across_noun_phrase(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
