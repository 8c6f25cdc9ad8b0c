"""Support stated or renewed, the supporter's own (a possessive دعمه after أكد، جدد، عبر عن،
أعرب عن، أبدى): a SUPPORT trigger; support merely known of, or support needed, is not."""
from filter_probes import detected_types as _types


def test_support_stated():
    assert "SUPPORT" in _types("وجدد وزير الخارجية دعمه للحكومة الشرعية في اليمن.")
    assert "SUPPORT" in _types("وأكد الرئيس على دعمه للفلسطينيين.")
    assert "SUPPORT" in _types("وعبرت النقابات عن دعمها للاحتجاجات.")


def test_support_not_stated():
    assert "SUPPORT" not in _types("وقال الوزير إننا نعلم دعمها لحزب الله في لبنان.")
    assert "SUPPORT" not in _types("وأكد الوزير ضرورة دعم الجيش في معركته.")
    assert "SUPPORT" not in _types("ونفت التغريدات صفة الإرهاب عن الدولة وأعربت عن دعمها لها.")
