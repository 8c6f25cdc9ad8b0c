"""Maghrebi تظاهرة is also a public event (audit of unseen news U50): its adjective tells
("تظاهرات سياحية", "تظاهرة ترفيهية"); no protest."""
import pytest

from filter_probes import read_types

DROPPED = [
    "ودعا الوزير إلى تنظيم تظاهرات سياحية في الجهة هذا الصيف.",
    "وافتتحت البلدية أمس تظاهرة ترفيهية لفائدة الأطفال.",
]
KEPT = ["ونظم المعلمون تظاهرة حاشدة أمام الوزارة أمس."]


@pytest.mark.parametrize("sentence", DROPPED)
def test_public_event_dropped(sentence):
    assert "PROTEST" not in read_types(sentence)


@pytest.mark.parametrize("sentence", KEPT)
def test_protest_kept(sentence):
    assert "PROTEST" in read_types(sentence)
