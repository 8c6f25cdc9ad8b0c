"""A one-word mention that begins a three- or four-word name of the same place (audit U26: "غوطة
| دمشق الشرقية" was two mentions, the second unresolved)."""
from __future__ import annotations

import pytest

from rasd.gazetteer.memory import MemoryGazetteer, read_rows_tsv
from rasd.model.span import Span
from rasd.stages.places.fix import mend_span

_ROWS = """id	name	name_en	lat	lon	country	admin1	admin2	feature	population	geonames_id	names
t:eg	الغوطة الشرقية	Eastern Ghouta	33.55	36.42	SY	Rif Dimashq		region	400000		الغوطة الشرقية|غوطة دمشق الشرقية|غوطة
t:wg	الغوطة الغربية	Western Ghouta	33.46	36.21	SY	Rif Dimashq		region	0		الغوطة الغربية|غوطة دمشق الغربية
t:ae	الإمارات	United Arab Emirates	23.8	54.5	AE			country	9000000		الإمارات|الإمارات العربية المتحدة
t:dm	دمشق	Damascus	33.51	36.28	SY	Damascus		city	2000000		دمشق
"""


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    f = tmp_path_factory.mktemp("g") / "g.tsv"
    f.write_text(_ROWS, encoding="utf-8")
    return MemoryGazetteer(read_rows_tsv(f), name="t")


def _mended(gaz, text: str, word: str) -> list[str]:
    i = text.index(word)
    return [s.text for s in mend_span(text, gaz, Span(i, i + len(word), word))]


@pytest.mark.parametrize("text,word,want", [
    ("استعاد الجيش معقل المعارضة في غوطة دمشق الشرقية أمس.", "غوطة", ["غوطة دمشق الشرقية"]),
    ("زار الوزير الإمارات العربية المتحدة أمس.", "الإمارات", ["الإمارات العربية المتحدة"]),
    # must not fire: the long name is another place's ("غوطة" names the eastern one here)
    ("قصفت الطائرات غوطة دمشق الغربية أمس.", "غوطة", ["غوطة"]),
    ("قصفت الطائرات غوطة دمشق أمس.", "غوطة", ["غوطة"]),
])
def test_a_word_joins_the_long_name_of_its_own_place(gaz, text, word, want):
    assert _mended(gaz, text, word) == want
