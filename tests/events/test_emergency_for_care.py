"""A state of emergency declared for a health need or a disaster is no coercion: care named
next to it ("في المستشفيات", "الصحية"), a care body declaring it, a hazard in its sentence or in
the story's lead; an emergency against unrest stays a restriction."""
import pytest

from filter_probes import read_types


@pytest.mark.parametrize("sentence", [
    "وأعلنت مديرية الصحة حالة الطوارئ في مستشفيات المحافظة لاستقبال المصابين.",
    "أعلنت الحكومة حالة الطوارئ الصحية في ثلاث ولايات.",
    "وأعلن المحافظ حالة الطوارئ بعد أن ضربت عاصفة قوية الساحل.",
])
def test_care_emergency_dropped(sentence):
    assert "COERCE" not in read_types(sentence)


@pytest.mark.parametrize("sentence", [
    "أعلنت الحكومة حالة الطوارئ في العاصمة بعد أعمال شغب واسعة.",
    "وقرر البرلمان تمديد حالة الطوارئ في البلاد ثلاثة أشهر أخرى.",
])
def test_restriction_kept(sentence):
    assert "COERCE" in read_types(sentence)


def test_emergency_in_a_hazard_story_dropped(ev):
    text = ("قال خبراء الأرصاد إن الإعصار سيضرب السواحل الجنوبية خلال يومين. "
            "وكان الحاكم قد أعلن حالة الطوارئ في عشر مقاطعات ووضع قوات الإنقاذ في حالة تأهب.")
    assert "COERCE" not in ev.types(text)


def test_emergency_in_an_unrest_story_kept(ev):
    text = ("قال شهود إن المحتجين أحرقوا مقرات حكومية في المدينة. "
            "وكان الحاكم قد أعلن حالة الطوارئ في عشر مقاطعات.")
    assert "COERCE" in ev.types(text)
