"""خطف with a prize or attention as its object is snatching ("خطف الضيوف الفوز", "خطفت الأضواء"),
no abduction; a person taken, or a prize behind a preposition, stays an abduction."""
import pytest

from filter_probes import read_types


@pytest.mark.parametrize("sentence", [
    "خطف الفريق الزائر الفوز في الوقت بدل الضائع من المباراة.",
    "واستطاع المهاجم الشاب خطف هدف التعادل قبل صافرة النهاية.",
    "خطفت المغنية الأضواء في افتتاح المهرجان مساء السبت.",
    "ونجح النادي في خطف اللقب من غريمه التقليدي.",
])
def test_prize_snatched_dropped(sentence):
    assert "ASSAULT" not in read_types(sentence)


@pytest.mark.parametrize("sentence", [
    "خطف مسلحون طبيبا في ضواحي المدينة يوم الثلاثاء.",
    "خطف مجهولون الفائز بالمسابقة من أمام منزله.",
])
def test_person_abducted_kept(sentence):
    assert "ASSAULT" in read_types(sentence)
