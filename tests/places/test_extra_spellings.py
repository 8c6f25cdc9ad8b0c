"""Hand-written places (rasd/lang/ar/places_extra.tsv) for spellings the data sources lack (audits
ev40, ev39b, ent41): "كويتا" (Quetta; GeoNames has only كويته) went to Coweta, US; "سيفاري"
(Sévaré, Mali) was unresolved; "قصر وندسور" in a UK story went to Windsor, Ontario (GeoNames
spells the English town ونزر)."""
from __future__ import annotations

import pytest

from places_helpers import extra_rows_gazetteer, make_doc
from rasd.gazetteer.memory import MemoryGazetteer
from rasd.stages.places import PlacesStage

# same-name places abroad, as GeoNames lists them
DECOYS = [
    "gn:4534386\tكويتا\tCoweta\t35.95\t-95.65\tUS\tOklahoma\t\tvillage\t9000\t4534386\tكويتا",
    "gn:6182962\tوندسور\tWindsor\t42.30008\t-83.01654\tCA\tOntario\t\tcity\t229660\t6182962\tوندسور",
    "cc:GB\tبريطانيا\tUnited Kingdom\t54.0\t-2.0\tGB\t\t\tcountry\t66000000\t\tبريطانيا",
    "gn:6093943\tأونتاريو\tOntario\t49.25\t-84.5\tCA\tOntario\t\tadmin1\t13000000\t6093943\tأونتاريو",
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> MemoryGazetteer:
    return extra_rows_gazetteer(tmp_path_factory.mktemp("gaz"), DECOYS)


@pytest.mark.parametrize("text,names,name,country", [
    ("وقتل خمسة أشخاص في انفجار في مدينة كويتا الباكستانية.", ["كويتا"], "كويتا", "PK"),
    ("ووقعت اشتباكات قرب سيفاري في وسط مالي.", ["سيفاري", "مالي"], "سيفاري", "ML"),
    ("وأقيم حفل في قصر وندسور في بريطانيا.", ["وندسور", "بريطانيا"], "وندسور", "GB"),
    # must not fire: a Canadian story keeps the Canadian Windsor
    ("وزار الرئيس مدينة وندسور في مقاطعة أونتاريو الكندية.", ["وندسور", "أونتاريو"], "وندسور", "CA"),
])
def test_spellings_the_sources_lack(gaz, text, names, name, country):
    doc = PlacesStage(gaz, add_missing=False)(make_doc(text, names))
    place = next(p for p in doc.places if p.name == name)
    assert place.country == country
