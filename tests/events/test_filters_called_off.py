"""An act suspended, cancelled or frozen (تعليق، إلغاء، علق، ألغى، تجميد) is called off, not done;
a comment on an act (تعليق على، علق على) and a cancellation because of an act keep the act."""
from filter_probes import detected_types as _types


def test_called_off_dropped():
    assert "PROTEST" not in _types("وتم الاتفاق على تعليق إضراب عمال الميناء.")
    assert "CONSULT" not in _types("وقال الوزير إن السبب وراء إلغاء القمة هو الخلاف على جدول الأعمال.")
    assert "CONCEDE" not in _types("وعلق وزير الداخلية الألماني استقالته في انتظار المفاوضات.")


def test_acts_done_kept():
    assert "ASSAULT" in _types("وفي تعليق على الهجوم الذي وقع أمس، قال الوزير إنه جبان.")
    assert "ASSAULT" in _types("وعلق الوزير على القصف الذي استهدف البلدة أمس.")
    assert "ASSAULT" in _types("وألغت البلدية الاحتفالات بسبب الهجوم على السوق أمس.")
