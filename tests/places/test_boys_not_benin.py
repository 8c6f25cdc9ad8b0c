"""بنين (boys) beside بنات (girls) is no Benin: the missed-place scan adds no country there (audit
U50: "للأندية الموسمية ( بنين- بنات )" had Benin; the NER drops the tagger's Benin there too)."""
from places_helpers import make_doc, row_gazetteer

from rasd.stages.places import PlacesStage


_GAZ = [("t:bj", "بنين", "Benin", 9.3, 2.3, "BJ", "", "", "country", 11_000_000, "بنين")]


def _added(text):
    gaz = row_gazetteer(_GAZ, "benin")
    doc = PlacesStage(gaz, add_missing=True)(make_doc(text, []))
    return [m.text for e in doc.entities for m in e.mentions]


def test_boys_beside_girls_add_no_country():
    assert "بنين" not in _added("وشارك طلاب المدارس ( بنين- بنات ) في المسابقة.")
    assert "بنين" not in _added("وافتتحت مدارس للبنات والبنين في القرية.")


def test_the_country_is_still_found():  # must not fire
    assert "بنين" in _added("ووصل الرئيس إلى بنين في زيارة رسمية.")
