"""The act a plan is for (plan noun + ل-act: "ضمن مخططها للتجنيد", "خطة لتهجير") is planned, not
done; an act done within a plan, or a plan's act told with its own verb, is kept."""
from filter_probes import read_types as _types


def test_planned_act_dropped():
    assert "MOBILIZE" not in _types("وتجمع الجماعة أسماء الشبان ضمن مخططها للتجنيد الإجباري في المدينة.")
    assert "DISPLACE" not in _types("وكشف التقرير عن خطة لتهجير سكان القرى الحدودية.")


def test_act_done_kept():
    assert "DISPLACE" in _types("وفي إطار خطة الحكومة، نزح آلاف السكان من القرى الحدودية أمس.")
    assert "MOBILIZE" in _types("وبدأت الجماعة تجنيد الشبان بالقوة في المدينة أمس.")
