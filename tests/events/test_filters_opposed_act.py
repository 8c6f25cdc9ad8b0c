"""An act opposed (يعارض/عارض + act) is not done, like one refused (audit of unseen news U40)."""
from filter_probes import detected_types as _types


def test_opposed_restriction_not_coded():
    assert "COERCE" not in _types("وقال الوزير إنه يعارض فرض أي قيود على التجارة.")
    assert "COERCE" not in _types("وعارضت المعارضة فرض حظر التجول في المدينة.")


def test_imposed_restriction_kept():
    assert "COERCE" in _types("وفرضت السلطات قيودا على التجارة أمس.")
    assert "COERCE" in _types("وفرضت السلطات حظر التجول بعد أن عارض المتظاهرون القرار.")
