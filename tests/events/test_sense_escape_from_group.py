"""A few people who fled an armed group itself ("هربت فتاتان من تنظيم داعش") got away from their
captors: no DISPLACE (SPEC: people fleeing a place); people in numbers fleeing it are displaced."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence", [
    "وتحدثت امرأتان هربتا من تنظيم داعش عن ظروف احتجازهما.",
    "وقالت فتاة فرت من التنظيم إنها بيعت مرتين.",
])
def test_escape_from_group_no_event(sentence):
    assert "DISPLACE" not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "وهرب مئات المدنيين من تنظيم داعش إلى المخيمات.",
    "وهرب سكان القرية من التنظيم إلى الجبال.",
])
def test_people_in_numbers_kept(sentence):
    assert "DISPLACE" in _types(sentence)
