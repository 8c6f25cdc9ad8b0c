"""Region phrases (SPEC §2.7): the mention is the name inside; the place is the admin unit
or country it sits in, with feature "region". Official names stay whole."""
import pytest

from places_helpers import assert_at, place_of, resolve

REGIONS = [
    # (sentence, LOC mentions, mention checked, expected place, expected feature)
    ("قصفت الطائرات قرى في ريف حلب الشمالي.", ["حلب"], "حلب", "aleppo-gov", "region"),
    ("تقدمت القوات في ريف حلب.", ["حلب"], "حلب", "aleppo-gov", "region"),
    ("اشتباكات في ريف إدلب الجنوبي.", ["إدلب"], "إدلب", "idlib-gov", "region"),
    ("غارات على ريف دير الزور الشرقي.", ["دير الزور"], "دير الزور", "deir-gov", "region"),
    ("نزوح من ريف الرقة.", ["الرقة"], "الرقة", "raqqa-gov", "region"),
    ("قصف على ريف حمص الشمالي.", ["حمص"], "حمص", "homs-gov", "region"),
    ("معارك في ريف الحسكة.", ["الحسكة"], "الحسكة", "hasakah-gov", "region"),
    ("تنتشر القوات الأمريكية في شمال سوريا.", ["سوريا"], "سوريا", "syria", "region"),
    ("تدور معارك في شرق سوريا.", ["سوريا"], "سوريا", "syria", "region"),
    ("قصف إسرائيلي على جنوب لبنان.", ["لبنان"], "لبنان", "lebanon", "region"),
    ("عملية عسكرية في شمال العراق.", ["العراق"], "العراق", "iraq", "region"),
    ("تسيطر قوات سوريا الديمقراطية على مناطق شرق الفرات.", ["الفرات"], "الفرات", "syria", "region"),
    ("تقع المعارك في غرب العراق قرب الحدود.", ["العراق"], "العراق", "iraq", "region"),
    ("موجة نزوح في شمال شرق سوريا.", ["سوريا"], "سوريا", "syria", "region"),
    ("اشتباكات في جنوب اليمن.", ["اليمن"], "اليمن", "yemen", "region"),
    # the NER gave the whole phrase
    ("تنتشر القوات في شمال سوريا.", ["شمال سوريا"], "شمال سوريا", "syria", "region"),
    ("قصف على جنوب لبنان.", ["جنوب لبنان"], "جنوب لبنان", "lebanon", "region"),
    # official names stay whole and are not regions
    ("قصفت الطائرات بلدات في ريف دمشق.", ["ريف دمشق"], "ريف دمشق", "rif-dimashq", "admin1"),
    ("هجوم على حاجز في شمال سيناء.", ["شمال سيناء"], "شمال سيناء", "north-sinai", "admin1"),
    ("يعيش مليونا شخص في قطاع غزة.", ["قطاع غزة"], "قطاع غزة", "gaza-strip", "admin1"),
    ("اقتحمت القوات مدنا في الضفة الغربية.", ["الضفة الغربية"], "الضفة الغربية", "westbank", "admin1"),
    # a direction next to a city keeps the city (SPEC §3: "جنوب إدلب")
    ("قصف على معرة النعمان جنوب إدلب.", ["معرة النعمان", "إدلب"], "إدلب", "idlib", "city"),
    ("هجوم على حاجز شمال حلب.", ["حلب"], "حلب", "aleppo", "city"),
]


@pytest.mark.parametrize("text,mentions,target,fact,feature", REGIONS)
def test_region_phrases(mem_gaz, text, mentions, target, fact, feature):
    place = place_of(resolve(mem_gaz, text, mentions), target)
    assert_at(place, fact)
    assert place.feature == feature
