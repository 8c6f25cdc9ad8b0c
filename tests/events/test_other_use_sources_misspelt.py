""""مصادرة" right before a word that only qualifies sources ("مصادرة عدة", "مصادرة مطلعة") is a
misspelt مصادر, no seizure; a confiscation of goods stays."""
import pytest

from filter_probes import read_types


@pytest.mark.parametrize("sentence", [
    "وتصاعد التوتر على الحدود الشمالية بحسب ما أفادت مصادرة عدة في العاصمة.",
    "وقالت مصادرة مطلعة إن الوفد سيصل إلى القاهرة غدا.",
])
def test_sources_dropped(sentence):
    assert "COERCE" not in read_types(sentence)


@pytest.mark.parametrize("sentence", [
    "وأعلنت الشرطة مصادرة عدة أطنان من المخدرات في الميناء.",
    "أعلنت السلطات مصادرة أسلحة وذخائر من مخزن في المدينة.",
])
def test_seizure_kept(sentence):
    assert "COERCE" in read_types(sentence)
