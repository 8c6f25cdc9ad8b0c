""""مدينة X" where the sources list X's seat as a village of no population (audit U26: "مدينة
درعا" was the province's point, 20 km north of the city)."""
import pytest

from places_helpers import place_of, resolve

_ROWS = """id	name	name_en	lat	lon	country	admin1	admin2	feature	population	geonames_id	names
t:sy	سوريا	Syria	35.0	38.5	SY			country	20000000		سوريا
t:dar1	درعا	Dar`a	32.81	36.16	SY			admin1	843000		درعا
t:darv	درعا	Daraa	32.62	36.10	SY	Dar`a		village	0		درعا
"""


def _daraa(tmp_path, text, mentions):
    from rasd.gazetteer.memory import MemoryGazetteer, read_rows_tsv

    f = tmp_path / "g.tsv"
    f.write_text(_ROWS, encoding="utf-8")
    return place_of(resolve(MemoryGazetteer(read_rows_tsv(f), name="t"), text, mentions), "درعا")


def test_the_city_cue_takes_the_provinces_seat(tmp_path):
    text = "تواصل القوات قصف مدينة درعا، وتدور اشتباكات جنوب مدينة درعا في سوريا."
    p = _daraa(tmp_path, text, [["درعا", "درعا"], "سوريا"])
    assert p.feature == "city" and abs(p.lat - 32.62) < 0.05


@pytest.mark.parametrize("text,mentions", [
    # must not fire: province cues outnumber the city cue
    ("من مدينة درعا انطلقت الاحتجاجات. وتسيطر المعارضة على محافظة درعا، وتتواصل المعارك في محافظة درعا.",
     [["درعا", "درعا", "درعا"]]),
    # must not fire: no city cue
    ("قصفت الطائرات محافظة درعا في سوريا.", ["درعا", "سوريا"]),
])
def test_province_cues_keep_the_province(tmp_path, text, mentions):
    assert _daraa(tmp_path, text, mentions).feature in ("admin1", "region")
