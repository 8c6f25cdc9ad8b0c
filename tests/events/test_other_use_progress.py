"""التقدم with نحو/في and a process after it is progress ("التقدم نحو نزع السلاح", "التقدم في
المحادثات"), no force advancing; an advance towards a place stays MOBILIZE."""
import pytest

from filter_probes import read_types


@pytest.mark.parametrize("sentence", [
    "وأكد المبعوث أهمية مواصلة التقدم نحو نزع الأسلحة الكيميائية.",
    "وتحدث الرئيس عن التقدم نحو الحل السياسي للنزاع.",
])
def test_progress_dropped(sentence):
    assert "MOBILIZE" not in read_types(sentence)


@pytest.mark.parametrize("sentence", [
    "وواصلت وحدات الجيش التقدم نحو البلدة من الجهة الشرقية.",
])
def test_advance_kept(sentence):
    assert "MOBILIZE" in read_types(sentence)
