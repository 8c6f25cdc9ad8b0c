"""In Saudi Arabia the provinces are officially "منطقة X": "أمير منطقة عسير" names the province,
feature admin1, not an area around it (audit U48: "منطقة مكة المكرمة", "منطقة جازان" were regions)."""
from places_helpers import place_of, resolve


def test_a_saudi_province_after_mintaqa_is_admin1(mem_gaz):
    doc = resolve(mem_gaz, "ووجه أمير منطقة عسير محافظي المحافظات باستقبال المواطنين.", ["عسير"])
    assert place_of(doc, "عسير").feature == "admin1"


def test_another_countrys_province_stays_a_region(mem_gaz):  # must not fire
    doc = resolve(mem_gaz, "وقعت اشتباكات في منطقة الأنبار غرب العراق.", ["الأنبار"])
    assert place_of(doc, "الأنبار").feature == "region"


def test_a_saudi_province_read_through_its_city_is_admin1():
    # audit U50: "بمنطقة مكة المكرمة" in a story that names مكة too: the city reading wins and the
    # cue turns it into its province — the province itself, not an area around it
    from places_helpers import row_gazetteer

    gaz = row_gazetteer([
        ("t:sa", "السعودية", "Saudi Arabia", 24.0, 45.0, "SA", "", "", "country", 30_000_000, "السعودية"),
        ("t:mk1", "مكة المكرمة", "Makkah", 21.94, 41.69, "SA", "", "", "admin1", 6_900_000, "مكة المكرمة|منطقة مكة المكرمة"),
        ("t:mkc", "مكة المكرمة", "Mecca", 21.39, 39.86, "SA", "Makkah", "", "city", 1_600_000, "مكة المكرمة|مكة"),
    ], "makkah")
    doc = resolve(gaz, "وزار الوفد مكة أمس، ثم التقى مدير التعليم بمنطقة مكة المكرمة.", ["مكة", "مكة المكرمة"])
    p = place_of(doc, "مكة المكرمة")
    assert (p.feature, p.lat) == ("admin1", 21.94)
