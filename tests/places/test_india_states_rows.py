"""Hand-written places (rasd/lang/ar/places_extra.tsv) from audit U66: India's Punjab, Uttar
Pradesh and Rajasthan had no row. "ولاية بنجاب الهندية" was Pakistan's Punjab (the one row of
the name); "أوتار برادش" and "رجستان" were unresolved. The Indian Punjab is smaller than the
Pakistani one, so a Punjab the text does not tie to India stays Pakistan's."""
from __future__ import annotations

import pytest

from places_helpers import extra_rows_gazetteer, make_doc
from rasd.gazetteer.memory import MemoryGazetteer
from rasd.stages.places import PlacesStage

DECOYS = ["cc:IN\tالهند\tIndia\t20.59\t78.96\tIN\t\t\tcountry\t1352617328\t\tالهند",
          "cc:PK\tباكستان\tPakistan\t30.0\t70.0\tPK\t\t\tcountry\t200000000\t\tباكستان",
          "gn:1131162\tبنجاب\tPanjāb\t34.38795\t67.02327\tAF\tBamyan\t\ttown\t13471\t\tبنجاب"]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> MemoryGazetteer:
    return extra_rows_gazetteer(tmp_path_factory.mktemp("gaz"), DECOYS)


@pytest.mark.parametrize("text,names,name,name_en,country", [
    ("وعاد العمال إلى ولاية بنجاب الهندية بعد سنوات.", ["بنجاب"], "بنجاب", "Punjab (India)", "IN"),
    ("وغرقت قرى في ولاية أوتار برادش شمال الهند.", ["أوتار برادش", "الهند"], "أوتار برادش", "Uttar Pradesh", "IN"),
    ("وضربت العاصفة ولاية رجستان الصحراوية.", ["رجستان"], "رجستان", "Rajasthan", "IN"),
    # must not fire: a Punjab not tied to India stays Pakistan's
    ("وقعت اشتباكات في إقليم البنجاب الباكستاني.", ["البنجاب"], "البنجاب", "Punjab", "PK"),
])
def test_rows_the_sources_lack(gaz, text, names, name, name_en, country):
    doc = PlacesStage(gaz, add_missing=False)(make_doc(text, names))
    place = next(p for p in doc.places if p.name == name)
    assert (place.name_en, place.country) == (name_en, country)
