"""A count joined to the one before by "وكذا/وكذلك" (as well as) shares its cue (audit U37
2015-07-22-01748: «تم اعتقال اثنين من العناصر الخطرة، وكذا ثمانية من المشتبه بهم» counted the
eight as other)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وتم اعتقال اثنين من العناصر الخطرة، وكذا ثمانية من المشتبه بهم، في حملة أمنية.",
     [("اثنين من العناصر", "arrested"), ("ثمانية من المشتبه", "arrested")]),
    # must not fire: the second count has its own cue
    ("وقتل أربعة من المسلحين، وكذلك أصيب سبعة من الجنود.",
     [("أربعة من المسلحين", "killed"), ("سبعة من الجنود", "injured")]),
])
def test_kadha_shares_cue(run_quantities, text, want):
    assert [(q.text, q.category) for q in run_quantities(text)] == want
