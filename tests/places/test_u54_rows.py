"""Hand-written places (rasd/lang/ar/places_extra.tsv), audit U54: Indonesia's islands and towns
of an earthquake story (بالي، جاوة، بالو، دنباسار، سومباوا), the Sundarbans forest, Sargodha in
Pakistan's Punjab and Borj Cedria near Tunis were unresolved; and the US states, written with no
population, lost to a same-spelt small town (أريزونا was Arizona City, pop. 10k) under the rule
that a bare name shared by a city and its province means the city."""
from __future__ import annotations

import pytest

from places_helpers import extra_rows_gazetteer, make_doc
from rasd.gazetteer.memory import MemoryGazetteer
from rasd.stages.places import PlacesStage

DECOYS = ["cc:ID\tإندونيسيا\tIndonesia\t-0.8\t113.9\tID\t\t\tcountry\t260000000\t\tإندونيسيا",
          "cc:US\tالولايات المتحدة\tUnited States\t38.0\t-97.0\tUS\t\t\tcountry\t320000000\t\tالولايات المتحدة",
          "cc:TN\tتونس\tTunisia\t34.0\t9.0\tTN\t\t\tcountry\t11000000\t\tتونس",
          "gn:5551665\tأريزونا\tArizona City\t32.756\t-111.671\tUS\tArizona\t\ttown\t10475\t\tأريزونا",
          "wof:890463817\tبالو\tPalu\t38.692\t39.929\tTR\tElazig\t\ttown\t11271\t\tبالو"]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> MemoryGazetteer:
    return extra_rows_gazetteer(tmp_path_factory.mktemp("gaz"), DECOYS)


@pytest.mark.parametrize("text,names,name,name_en,feature", [
    ("ضرب زلزال جزيرة بالي في إندونيسيا وشعر به السكان في دنباسار.", ["بالي", "إندونيسيا", "دنباسار"],
     "بالي", "Bali", "natural"),
    ("ضرب زلزال جزيرة بالي في إندونيسيا وشعر به السكان في دنباسار.", ["بالي", "إندونيسيا", "دنباسار"],
     "دنباسار", "Denpasar", "city"),
    ("وقع الزلزال شمال جزيرة جاوة في إندونيسيا.", ["جاوة", "إندونيسيا"], "جاوة", "Java", "natural"),
    ("انتشلت فرق الإنقاذ الجثث في مدينة بالو بإندونيسيا.", ["بالو", "إندونيسيا"], "بالو", "Palu", "city"),
    ("وشعر بالهزة سكان جزيرة سومباوا.", ["سومباوا"], "سومباوا", "Sumbawa", "natural"),
    ("تعيش النمور في غابة سونداربانس.", ["سونداربانس"], "سونداربانس", "Sundarbans", "natural"),
    ("قتل مسلح ثلاثة أشخاص في مدينة سرغودها بإقليم البنجاب.", ["سرغودها"], "سرغودها", "Sargodha", "city"),
    ("وحضر ممثلون عن جامعات صفاقس وبرج السدرية وتونس.", ["برج السدرية", "تونس"], "برج السدرية",
     "Borj Cedria", "town"),
    ("وعاد السناتور إلى أريزونا بعد جراحة في الولايات المتحدة.", ["أريزونا", "الولايات المتحدة"], "أريزونا",
     "Arizona", "admin1"),
])
def test_rows_the_sources_lack(gaz, text, names, name, name_en, feature):
    doc = PlacesStage(gaz, add_missing=False)(make_doc(text, names))
    place = next(p for p in doc.places if p.name == name)
    assert (place.name_en, place.feature) == (name_en, feature)
