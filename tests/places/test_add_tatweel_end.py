"""A place the places stage adds does not end in the tatweel that stretches its last letter
(audit U60: "مطارات حماة والتيفورـ إلى" gave the mention "التيفورـ")."""
from places_helpers import resolve

from rasd.gazetteer.embedded import embedded_gazetteer
from rasd.text.chars import without_final_tatweel


def test_the_added_place_ends_at_its_last_letter():
    text = "نقلت الطائرات إلى دمشقـ أمس."
    places = resolve(embedded_gazetteer(), text, [], add_missing=True).places
    assert [p.name for p in places] == ["دمشق"]


def test_only_final_strokes_go():
    assert without_final_tatweel("التيفورـــ") == "التيفور"
    assert without_final_tatweel("دمـشق") == "دمـشق"  # must not fire inside a word
