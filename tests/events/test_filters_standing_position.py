"""A present-tense accusation inside a relative clause, or a present-tense backing opening its
sentence, in the writer's voice and with no day, is a standing position (SPEC 2.7: a general
state), not a statement told; reported, dated, past and sentence-opening accusations are kept."""
from filter_probes import detected_types as _types


def test_standing_positions_dropped():
    assert "ACCUSE" not in _types("وجرت المفاوضات بين لندن التي تتهم موسكو بدعم المتمردين وباريس.")
    assert "SUPPORT" not in _types("وتؤيد الحكومة الألمانية هذا التوجه خلافا لجاراتها.")


def test_statements_kept():
    assert "ACCUSE" in _types("واتهمت الحكومة المعارضة المسلحة بعرقلة قوافل الإغاثة.")
    assert "ACCUSE" in _types("وقال الوزير إن الحكومة تتهم المعارضة بعرقلة قوافل الإغاثة.")
    assert "ACCUSE" in _types("وتتهم الحكومة اليوم المعارضة بعرقلة قوافل الإغاثة.")
    assert "ACCUSE" in _types("وتتهم الحكومة المعارضة المسلحة بعرقلة قوافل الإغاثة.")
