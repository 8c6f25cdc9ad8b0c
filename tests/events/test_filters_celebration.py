"""A crowd celebrating (احتفال، a revolution's or independence anniversary) is no dissent: no
PROTEST; a protest on such a day, or a mourning anniversary, stays one."""
from filter_probes import detected_types as _types


def test_celebration_dropped():
    assert "PROTEST" not in _types("احتشد آلاف المواطنين السبت في ساحة المدينة بمناسبة الذكرى العاشرة للاستقلال.")
    assert "PROTEST" not in _types("تظاهر مئات الطلاب أمام الوزارة احتفالا بنجاحهم.")


def test_protests_kept():
    assert "PROTEST" in _types("تظاهر آلاف المواطنين في ذكرى الثورة للمطالبة بالتشغيل.")
    assert "PROTEST" in _types("احتشد آلاف الفلسطينيين الجمعة في ذكرى النكبة قرب الحدود.")
