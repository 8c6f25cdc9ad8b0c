"""Hand-written places (rasd/lang/ar/places_extra.tsv) from a scan of unseen news: the US states
the rows lacked lost to a same-spelt town or village ("ولاية وايومنغ" was a town in Michigan,
"ولاية مونتانا" Montana City), and Valencia in Spain was unresolved under its usual spelling
فالنسيا (only a US village carried it). Iowa has no row: every spelling of it (أيوا، آيوا) folds
to the key of إيواء, "sheltering", a common word in news of the displaced."""
from __future__ import annotations

import pytest

from places_helpers import extra_rows_gazetteer, make_doc
from rasd.gazetteer.memory import MemoryGazetteer
from rasd.stages.places import PlacesStage

DECOYS = ["cc:US\tالولايات المتحدة\tUnited States\t38.0\t-97.0\tUS\t\t\tcountry\t320000000\t\tالولايات المتحدة",
          "cc:ES\tإسبانيا\tSpain\t40.0\t-4.0\tES\t\t\tcountry\t46000000\t\tإسبانيا",
          "gn:5015618\tوايومنج\tWyoming\t42.913\t-85.705\tUS\tMichigan\t\ttown\t76501\t\tوايومنج|وايومنغ",
          "gn:5666921\tمونتانا\tMontana City\t46.538\t-111.933\tUS\tMontana\t\tvillage\t2715\t\tمونتانا",
          "gn:5496315\tفالنسيا\tValencia\t34.794\t-106.732\tUS\tNew Mexico\t\tvillage\t2192\t\tفالنسيا"]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> MemoryGazetteer:
    return extra_rows_gazetteer(tmp_path_factory.mktemp("gaz"), DECOYS)


@pytest.mark.parametrize("text,names,name,name_en,feature", [
    ("وقالت السلطات في ولاية وايومنغ إن الحريق امتد.", ["وايومنغ"], "وايومنغ", "Wyoming", "admin1"),
    ("وامتد الحريق إلى ولاية مونتانا المجاورة.", ["مونتانا"], "مونتانا", "Montana", "admin1"),
    ("وقال حاكم ولاية يوتا إن الثلوج غطت الطرق.", ["يوتا"], "يوتا", "Utah", "admin1"),
    ("وفاز المرشح في نيوهامبشير بعد فرز الأصوات في الولايات المتحدة.", ["نيوهامبشير", "الولايات المتحدة"],
     "نيوهامبشير", "New Hampshire", "admin1"),
    ("وضرب إعصار ولاية فيرجينيا الغربية.", ["فيرجينيا الغربية"], "فيرجينيا الغربية", "West Virginia", "admin1"),
    ("وأقيم المعرض في مدينة فالنسيا الإسبانية.", ["فالنسيا"], "فالنسيا", "Valencia", "city"),
])
def test_rows_the_sources_lack(gaz, text, names, name, name_en, feature):
    doc = PlacesStage(gaz, add_missing=False)(make_doc(text, names))
    place = next(p for p in doc.places if p.name == name)
    assert (place.name_en, place.feature, place.country) == (name_en, feature, "US" if feature == "admin1" else "ES")
