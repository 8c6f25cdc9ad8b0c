"""Religious formulas with الله are no names (audit U26: "رضوان الله عليهم" and "بنيان الله" were
persons; news-dev "الملك عبدالعزيز طيب الله ثراه" ran the formula into the name)."""
from __future__ import annotations

import pytest

from rasd.stages.ner.around import formula_tail


@pytest.mark.parametrize("chunk,cut", [
    ("رضوان الله", 2),
    ("بنيان الله", 2),
    ("بحمد الله", 2),
    ("عبدالعزيز طيب الله", 2),
    ("حفظهم الله", 2),  # "ولي العهد -حفظهم الله-" (audit U60)
    ("سلمان يحفظه الله", 2),
    ("خالد يرحمه الله", 2),
    ("فهد القحطاني الله", 1),  # "فهد القحطاني الله يرحمك": the wish opens after the name (audit U62)
    # must not fire: names with الله
    ("رانيا العبد الله", 0),
    ("حسن نصر الله", 0),
    ("رامي الحمد الله", 0),
    ("عبد الله", 0),
    ("سيف الله بن حسين", 0),
    ("رضوان", 0),
])
def test_a_formula_with_god_is_cut_from_the_chunk(chunk, cut):
    assert formula_tail(chunk.split()) == cut
