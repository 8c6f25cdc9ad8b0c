"""A nationality adjective in the dual or plural is no place (audit U26: "محافظتي حجة وصعدة
اليمنيتين" made "اليمنيتين" a LOC)."""
import pytest

from places_helpers import loc_texts as _locs


@pytest.mark.parametrize("text,name", [
    ("استمر القصف على محافظتي حجة وصعدة اليمنيتين.", "اليمنيتين"),
    ("قتل عشرة من المقاتلين السوريين أمس.", "السوريين"),
])
def test_a_dual_or_plural_nisba_is_no_place(mem_gaz, text, name):
    assert name not in _locs(mem_gaz, text, [name])


@pytest.mark.parametrize("text,name", [
    ("استمر القصف على اليمن أمس.", "اليمن"),          # must not fire: the country itself
    ("وصل الوفد إلى سوريا أمس.", "سوريا"),
])
def test_a_country_name_stays(mem_gaz, text, name):
    assert name in _locs(mem_gaz, text, [name])
