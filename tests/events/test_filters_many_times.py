"""مرات عديدة (many times) before an act makes it habitual, like مرات عدة (audit of unseen news U42)."""
from filter_probes import detected_types as _types


def test_many_times_habit():
    assert "ASSAULT" not in _types("وفي مرات عديدة قصفت الطائرات القرى الحدودية.")


def test_single_act_kept():
    assert "ASSAULT" in _types("وقصفت الطائرات القرى الحدودية أمس.")
    # a day named makes it news again
    assert "ASSAULT" in _types("وفي مرات عديدة قصفت الطائرات القرى الحدودية، وآخرها أمس.")
