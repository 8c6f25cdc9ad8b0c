"""A settler-country town read through a spelling variant needs support of its own (audit U26:
"معركة الدردنيل" was Dardanelle, Arkansas, on a variant spelling and the US share of a story
that names Washington)."""
import pytest

from places_helpers import place_of, resolve

_ROWS = """id	name	name_en	lat	lon	country	admin1	admin2	feature	population	geonames_id	names
t:us	الولايات المتحدة	United States	38.0	-97.0	US			country	327000000		الولايات المتحدة
t:dc	واشنطن	Washington	38.9	-77.04	US	District of Columbia		city	700000		واشنطن
t:ar	أركنساس	Arkansas	34.9	-92.4	US	Arkansas		admin1	3000000		أركنساس
t:dard	دردانل	Dardanelle	35.22	-93.16	US	Arkansas		village	4700		دردانل|دردنيل
"""


def _place(tmp_path, text, mentions):
    from rasd.gazetteer.memory import read_rows_tsv
    from rasd.gazetteer.sqlite import SqliteGazetteer, write_index

    f = tmp_path / "g.tsv"
    f.write_text(_ROWS, encoding="utf-8")
    write_index(read_rows_tsv(f), tmp_path / "g.sqlite")  # (variant spellings are the index's)
    return place_of(resolve(SqliteGazetteer(tmp_path / "g.sqlite"), text, mentions), mentions[0])


def test_a_variant_with_only_the_country_share_is_left_unresolved(tmp_path):
    text = "ألقى أردوغان خطابا في ذكرى معركة الدردنيل، فيما تدعم واشنطن المقاتلين الأكراد."
    assert _place(tmp_path, text, ["الدردنيل", "واشنطن"]).lat is None


@pytest.mark.parametrize("text,mentions", [
    # must not fire: the town's own state named, or its exact spelling
    ("فاضت المياه في بلدة الدردنيل بولاية أركنساس.", ["الدردنيل", "أركنساس"]),
    ("فاضت المياه في دردانل، وقالت واشنطن إنها سترسل مساعدات.", ["دردانل", "واشنطن"]),
])
def test_a_supported_or_exact_town_stays(tmp_path, text, mentions):
    assert _place(tmp_path, text, mentions).country == "US"
