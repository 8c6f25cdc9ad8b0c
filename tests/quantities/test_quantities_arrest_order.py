"""A court's order to arrest ("أمرت محكمة باعتقال 12 شخصا") counts the people to be arrested;
the court word that marks people sentenced (§2.7) does not make them "other" (audit U48,
ant-SK-internationalNews-2351)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وأمرت محكمة في المدينة باعتقال 9 أشخاص متهمين بالتزوير.", [(9, "arrested")]),
    ("وأصدرت النيابة والمحكمة أمرا بالقبض على نحو 20 موظفا.", [(20, "arrested")]),
    # must not fire: a prison sentence stays "people sentenced"
    ("وقضت المحكمة بسجن 7 أشخاص مدة عامين.", [(7, "other")]),
    ("وحكمت المحكمة على 4 أشخاص بالسجن بعد اعتقال دام شهرا.", [(4, "other")]),
])
def test_arrest_order(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
