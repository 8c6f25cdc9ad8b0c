"""Two provinces of one country make it the story's country (rasd/stages/places/province_pairs.py):
a local story that names no country, only "… بالمنستير … بالكاف", had neither place (audit U66
ant-JA-localNews-3999)."""
from places_helpers import make_doc
from rasd.stages.places import PlacesStage


def _locs(gaz, text: str) -> set[str]:
    doc = PlacesStage(gaz, add_missing=True)(make_doc(text, []))
    return {m.text for e in doc.entities if e.label == "LOC" for m in e.mentions}


def test_two_provinces_after_a_glued_preposition(mem_gaz):
    text = "أغلقت الإدارة الجهوية للصحة بالمنستير مطعما، كما حجز أعوان المراقبة بالكاف مواد فاسدة."
    assert _locs(mem_gaz, text) == {"المنستير", "الكاف"}


def test_one_province_alone_is_not_enough(mem_gaz):  # must not fire
    assert _locs(mem_gaz, "أغلقت الإدارة الجهوية للصحة بالمنستير مطعما أمس.") == set()


def test_a_province_name_not_after_a_preposition_counts_not(mem_gaz):  # must not fire
    assert _locs(mem_gaz, "قال الكاف إن المنستير لاعب جيد في الفريق.") == set()
