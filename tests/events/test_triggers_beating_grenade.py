"""Two assault forms: a beating rained on someone ("انهال … بالضرب على") and a hand grenade
thrown ("ألقى … قنبلة يدوية"); tear gas thrown stays no assault."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وانهال أفراد الشرطة بالضرب على المحتجين.",
    "وألقى مجهولون قنبلة يدوية على منزل قاض.",
    "وألقى شاب قنابل يدوية على دورية للشرطة.",
])
def test_assault(sentence):
    assert "ASSAULT" in _types(sentence)


def test_tear_gas_is_no_grenade():
    assert "ASSAULT" not in _types("وألقت الشرطة قنابل الغاز على المحتجين.")
