"""A sea written after a contracted لل is the sea, not a province named like it (audit U60:
"عند المدخل الجنوبي للبحر الأحمر" — the mention لبحر الأحمر — was Sudan's Red Sea state)."""
from places_helpers import resolve

from rasd.gazetteer.embedded import embedded_gazetteer


def _feature(text: str, mention: str):
    doc = resolve(embedded_gazetteer(), text, [mention])
    return [(p.feature, p.country) for p in doc.places]


def test_the_sea_after_a_contracted_article_is_a_region():
    assert _feature("تقع الجزيرة عند المدخل الشمالي للبحر الأحمر قرب الساحل.", "لبحر الأحمر") == [("region", None)]


def test_a_city_after_a_contracted_article_stays_a_city():
    # must not fire: "للقاهرة" is still Cairo, read as written
    assert _feature("عاد الوفد للقاهرة مساء أمس.", "لقاهرة") == [("city", "EG")]
