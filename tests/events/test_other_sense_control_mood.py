"""Control held by a mood or an interest, the control verb's subject (past a resumptive pronoun),
is no fighting: "سيطر الهدوء على المدينة", "سيطرت حالة من الذعر", "سيطرت عليه المصالح"; forces
taking a town stay a clash."""
import pytest

from filter_probes import read_types


@pytest.mark.parametrize("sentence", [
    "وسيطر الهدوء الحذر على البلدة بعد ليلة متوترة.",
    "وسيطرت حالة من الذعر على ركاب القطار.",
    "وقال إن المنظمة الدولية سيطرت عليها المصالح والأطماع منذ نشأتها.",
])
def test_mood_holds_no_clash(sentence):
    assert "ASSAULT" not in read_types(sentence)


@pytest.mark.parametrize("sentence", [
    "وسيطرت القوات الحكومية على البلدة صباح اليوم.",
    "والقرية سيطرت عليها الفصائل أمس بعد معارك عنيفة.",
])
def test_forces_taking_control_kept(sentence):
    assert "ASSAULT" in read_types(sentence)
