"""Hand-written places (rasd/lang/ar/places_extra.tsv): "غوطة دمشق" names the Ghouta the war news
mean, the eastern one, and "غوطة دمشق الغربية" the western one (audit ent31, U31 SK-1101:
"في مدينة دوما في غوطة دمشق" was left unresolved beside "غوطة دمشق الشرقية")."""
from __future__ import annotations

from pathlib import Path

import pytest

from places_helpers import make_doc
from rasd.gazetteer.base import haversine_km
from rasd.gazetteer.memory import MemoryGazetteer, read_rows_tsv
from rasd.stages.places import PlacesStage

EXTRA = Path(__file__).parents[2] / "rasd" / "lang" / "ar" / "places_extra.tsv"


@pytest.fixture(scope="module")
def extra_gaz() -> MemoryGazetteer:
    return MemoryGazetteer(read_rows_tsv(EXTRA), name="extra")


@pytest.mark.parametrize("text,name,point", [
    ("وقصفت الطائرات مدينة دوما في غوطة دمشق أمس.", "غوطة دمشق", (33.55, 36.42)),
    ("وقتل عشرة في قصف على غوطة دمشق الغربية.", "غوطة دمشق الغربية", (33.46, 36.21)),
    # must not fire: the eastern name still reads as the eastern Ghouta
    ("وقتل عشرة في قصف على غوطة دمشق الشرقية.", "غوطة دمشق الشرقية", (33.55, 36.42)),
])
def test_the_ghouta_of_damascus(extra_gaz, text, name, point):
    doc = PlacesStage(extra_gaz, add_missing=False)(make_doc(text, [name]))
    place = doc.places[0]
    assert place.lat is not None and haversine_km(place.lat, place.lon, *point) < 5
