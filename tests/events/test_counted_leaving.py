"""A plural verb of leaving after a count of people is displacement (event_counted)."""
import pytest

from filter_probes import detected_types


@pytest.mark.parametrize("text", [
    "وقال المرصد إن أكثر من 80 ألفا غادروا البلدة خلال يومين.",
    "وأفادت اللجنة بأن نحو 400 شخص غادروا الحي المحاصر منذ فتح الممر.",
    "وذكرت المنظمة أن آلاف المدنيين غادروا القرى الحدودية.",
    "وقالت الأمم المتحدة إن ما بين 5 و7 آلاف شخص غادروا المنطقة بالفعل.",
])
def test_a_count_of_people_leaving_is_displacement(text):
    assert "DISPLACE" in detected_types(text)


@pytest.mark.parametrize("text", [
    "وأضاف المصدر أن الثلاثة غادروا تونس قبل أسبوع.",  # known people
    "وغادر الوفد العاصمة مساء الأحد.",  # a delegation
    "وقال المنظمون إن مئات الأشخاص غادروا القاعة احتجاجا على الكلمة.",  # a hall left
    "وأكد أن اللاعبين غادروا الفندق صباحا.",  # no count
])
def test_leaving_without_a_count_of_people_is_none(text):
    assert "DISPLACE" not in detected_types(text)
