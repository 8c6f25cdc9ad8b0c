"""A city right after a reporting verb is its government speaking (audit U26: "حي التأميم" north
of Anbar University, in Ramadi, was placed in Baghdad after "وبينما تقول بغداد: إن الجامعة …")."""
import pytest

from places_helpers import assert_at, place_of, resolve
from rasd.stages.places.evidence import speaking_city


@pytest.mark.parametrize("text,name,speaks", [
    ("وبينما تقول بغداد: إن الجامعة تحت سيطرتها", "بغداد", True),
    ("وأعلنت موسكو أنها سترد", "موسكو", True),
    ("وقالت دمشق إن الهجوم فشل", "دمشق", True),
    ("قال مسؤول في بغداد إن الهجوم فشل", "بغداد", False),   # must not fire: a place after في
    ("وصل الوفد إلى دمشق أمس", "دمشق", False),
])
def test_a_city_after_a_reporting_verb_speaks(text, name, speaks):
    assert speaking_city(text, text.index(name)) is speaks


def test_a_quarter_is_not_placed_in_the_speaking_city(mem_gaz):
    text = ("تقدمت القوات جنوبي مدينة الرمادي، وبينما تقول بغداد: إن المدينة تحت سيطرتها، "
            "تقدمت القوات باتجاه حي الشهداء.")
    doc = resolve(mem_gaz, text, ["الرمادي", "بغداد", "الشهداء"])
    assert_at(place_of(doc, "الشهداء"), "ramadi")


def test_a_quarter_next_to_a_city_named_as_a_place_stays_there(mem_gaz):
    text = "تقدمت القوات في الرمادي، وقال مسؤول في بغداد إن القوات دخلت حي الشهداء."
    doc = resolve(mem_gaz, text, ["الرمادي", "بغداد", "الشهداء"])
    assert_at(place_of(doc, "الشهداء"), "baghdad")
