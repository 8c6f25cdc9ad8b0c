"""A noun trigger up to three words after a future copula (سيكون، ستكون، سيصبح …) is a happening
foretold, not asserted (SPEC 2.6: no future happenings)."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "ويرى الكاتب أن هذا القرار سيكون استسلاما كاملا أمام الضغوط الخارجية.",
    "وقال القائد إنه ستكون هناك معركة كبيرة في الجبال قرب الحدود.",
    "ويقول محللون إن الهجوم على المدينة سيكون أكبر معركة في الحرب.",
])
def test_foretold_dropped(sentence):
    assert _types(sentence) == []


def test_past_kept():
    assert "ASSAULT" in _types("وكانت المدينة قد شهدت معركة كبيرة أمس بين الجيش والمسلحين.")
    assert "RETREAT" in _types("وأعلن المسلحون استسلامهم للجيش صباح اليوم في المدينة.")
