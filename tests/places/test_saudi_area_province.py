"""In Saudi Arabia the provinces are officially "منطقة X": "أمير منطقة عسير" names the province,
feature admin1, not an area around it (audit U48: "منطقة مكة المكرمة", "منطقة جازان" were regions)."""
from places_helpers import place_of, resolve


def test_a_saudi_province_after_mintaqa_is_admin1(mem_gaz):
    doc = resolve(mem_gaz, "ووجه أمير منطقة عسير محافظي المحافظات باستقبال المواطنين.", ["عسير"])
    assert place_of(doc, "عسير").feature == "admin1"


def test_another_countrys_province_stays_a_region(mem_gaz):  # must not fire
    doc = resolve(mem_gaz, "وقعت اشتباكات في منطقة الأنبار غرب العراق.", ["الأنبار"])
    assert place_of(doc, "الأنبار").feature == "region"
