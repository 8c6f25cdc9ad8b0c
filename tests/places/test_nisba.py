"""Nationality adjectives that name a country (rasd/lang/ar/places_nisba.tsv)."""
from rasd.gazetteer.variants import base_key
from rasd.stages.places.lexicons import nisba


def test_nationality_adjectives_of_more_countries_name_their_country():
    table = nisba()
    assert table[base_key("الاسباني")] == "ES" and table[base_key("الإسبانية")] == "ES"  # "جيب سبتة الاسباني"
    assert table[base_key("الإيطالية")] == "IT" and table[base_key("السويسرية")] == "CH"
