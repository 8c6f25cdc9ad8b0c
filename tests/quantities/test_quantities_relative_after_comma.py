"""A relative clause after a comma ("لعشرات الآلاف من الأسر، التي فرت من …") still describes the
count: its cue gives the category (audit U27)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وأصبحت المدينة ملاذا لعشرات الآلاف من الأسر، التي فرت من جبهات القتال.", [(10000, "displaced")]),
    ("واستقبلت البلدة 300 عائلة، الذين نزحوا من القرى المجاورة.", [(300, "displaced")]),
    # must not fire: a relative clause with no casualty cue; a new clause after the comma
    ("وحضر المؤتمر 500 شخص، الذين قدموا من المدن المجاورة.", [(500, "other")]),
    ("واستقبلت البلدة 300 عائلة، وفر آخرون إلى الجبال.", [(300, "other")]),
])
def test_relative_after_comma(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
