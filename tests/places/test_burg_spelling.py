"""A foreign -burg/-berg city written with ج for the G (audit U29b/U32: "احتجاجات في هامبورج")
is found under the GeoNames spelling with غ (هامبورغ); a bare short word is not respelt ("برغ"
would become "برج", a tower)."""
import pytest

from places_helpers import place_of, resolve
from rasd.gazetteer.build import g_spellings, geonames_rows
from rasd.gazetteer.memory import MemoryGazetteer

_HEADER = ("geonameid\tname\tcountry\tgn_fcode\tadmin1_code\tadmin1_name_en\tadmin1_geonameid\tlat\tlon\t"
           "population\ttimezone\tnames_ar\tnames_other_arabic_script\tnames_latin")


@pytest.mark.parametrize("names,want", [
    (["هامبورغ"], ["هامبورغ", "هامبورج"]),
    (["سان بطرسبورغ"], ["سان بطرسبورغ", "سان بطرسبورج"]),
    # must not fire: a short word, a غ not after ر, a name already with ج
    (["برغ"], ["برغ"]), (["بورغ"], ["بورغ"]), (["بلاغ"], ["بلاغ"]), (["هامبورج"], ["هامبورج"]),
])
def test_g_spellings(names, want):
    assert g_spellings(names) == want


def test_a_burg_city_with_jim_resolves(tmp_path):
    folder = tmp_path / "gazetteer-geonames-world-ar"
    folder.mkdir()
    (folder / "cities_ar.tsv").write_text(
        _HEADER + "\n1001\tHamburg\tDE\tPPLA\t04\tHamburg\t1\t53.55\t9.99\t1900000\tEurope/Berlin\tهامبورغ\t\tHamburg\n",
        encoding="utf-8")
    gaz = MemoryGazetteer(list(geonames_rows(tmp_path, set())))
    place = place_of(resolve(gaz, "تظاهر المئات في هامبورج ضد القرار.", ["هامبورج"]), "هامبورج")
    assert place.country == "DE" and abs(place.lat - 53.55) < 0.1
