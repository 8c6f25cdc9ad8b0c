""""N من" + a crew, a country's citizens or its subjects counts people (audit U27 N-2):
"وقتل 5 من طاقمها", "مقتل اثنين من مواطنيها", "احتجزت 6 من الرعايا الأجانب"."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("استهدفت الغارة عربة مدرعة ودمرتها وقتل 5 من طاقمها.", [(5, "killed")]),
    ("وأكدت الحكومة مقتل اثنين من مواطنيها في الحادث.", [(2, "killed")]),
    ("واحتجزت الشرطة، الأحد، 6 من الرعايا الأجانب في العاصمة.", [(6, "arrested")]),
    # must not fire: things after من
    ("دمرت الغارة 3 من الطائرات.", []),
    ("ضبطت الشرطة 4 من السيارات المسروقة.", []),
])
def test_of_crew_and_citizens(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
