"""A number of acts counted over the year so far is a tally, no happening (SPEC 2.6: cumulative
tolls): "نفذت السلطات 300 حكم بالإعدام هذا العام حتى نهاية يونيو"; a day named keeps the act."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وأقرت الحكومة بتنفيذ 120 حكما بالإعدام هذا العام حتى منتصف يونيو.",
    "ونفذت القوات 45 عملية مداهمة منذ بداية العام في المحافظة.",
])
def test_year_tally_no_event(sentence):
    assert _types(sentence) == []


def test_dated_act_in_a_year_kept():
    assert "ASSAULT" in _types("وأعدمت السلطات 3 أشخاص أمس، ليصل عدد المعدومين هذا العام إلى 120.")


def test_superlative_year_is_no_tally():
    assert "ASSAULT" in _types("وقتل 30 جنديا في هجوم على قاعدة عسكرية في أعنف هجوم هذا العام.")
