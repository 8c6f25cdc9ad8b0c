"""An obligation laid on someone ("يجب/يتعين/ينبغي على X") governs the act after its على-phrase,
however long the subject between: the demanded act did not happen (SPEC 2.6)."""
from filter_probes import detected_types as _types


def test_obliged_act_dropped():
    assert "CONCEDE" not in _types("وقال الرئيس إنه يتعين على رئيس الحكومة الاستقالة من منصبه.")
    assert "CONCEDE" not in _types("وأضاف أنه يجب على وزير المالية الاستقالة فورا.")
    assert "RETREAT" not in _types("وقال إنه ينبغي على القوات الأجنبية الانسحاب من البلاد.")


def test_done_acts_kept():
    assert "CONCEDE" in _types("وأعلن وزير المالية الأحد استقالته من منصبه.")
    assert "ASSAULT" in _types("وقال الوزير إن على العالم أن يعرف أن القصف الذي استهدف البلدة أمس قتل خمسة.")
