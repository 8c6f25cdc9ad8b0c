""""رحبا"/"رحبة" with no بـ after them are the adjective (wide) or a courtyard, not the verb of
welcoming (SPEC 2.6)."""
from filter_probes import read_types


def test_wide_dropped():
    assert "SUPPORT" not in read_types("ولا نرى في هذه القضية إلا ميدانا رحبا للحكومة للاستثمار فيه.")
    assert "SUPPORT" not in read_types("وجلس المصلون في رحبة المسجد بعد الصلاة.")


def test_welcome_kept():
    assert "SUPPORT" in read_types("والوزيران رحبا بالاتفاق الجديد بين الطرفين.")
    assert "SUPPORT" in read_types("ورحب الوزير بالاتفاق الجديد بين الطرفين.")
