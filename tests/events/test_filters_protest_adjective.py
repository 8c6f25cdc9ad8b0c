"""التظاهري (a relational adjective) names no demonstration (audit of unseen news U40)."""
from filter_probes import read_types as _read_types


def test_adjective_not_a_protest():
    assert "PROTEST" not in _read_types("وشهدت المدينة تصعيدا في الحراك التظاهري ضد الحكومة.")


def test_demonstration_kept():
    assert "PROTEST" in _read_types("وشارك الآلاف في تظاهرة أمام البرلمان أمس.")
    assert "PROTEST" in _read_types("وخرج الآلاف في التظاهرات أمس في العاصمة.")
