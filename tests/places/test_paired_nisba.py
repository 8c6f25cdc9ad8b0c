"""A nationality adjective in the dual or plural is no place (audit U26: "محافظتي حجة وصعدة
اليمنيتين" made "اليمنيتين" a LOC)."""
import pytest

from places_helpers import make_doc
from rasd.stages.places import PlacesStage


def _locs(gaz, text: str, mentions: list[str]) -> set[str]:
    doc = PlacesStage(gaz, add_missing=False)(make_doc(text, mentions))
    return {m.text for e in doc.entities if e.label == "LOC" for m in e.mentions}


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
