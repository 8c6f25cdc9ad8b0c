"""An act in a "whenever" clause (كلما) is any such act, no one happening; the same act told
without it stays (SPEC 2.6)."""
from filter_probes import detected_types


def test_whenever_dropped():
    assert "ASSAULT" not in detected_types("كلما فجعنا الخبر بعد تفجير جديد عدنا نسأل عن الأسباب.")
    assert "PROTEST" not in detected_types("وكلما خرجت مظاهرة في المدينة أغلقت المحلات أبوابها.")


def test_told_kept():
    assert "ASSAULT" in detected_types("وفجعنا الخبر بعد تفجير استهدف السوق في المدينة.")
