"""خطف with a prize or attention as its object is snatching ("خطف الضيوف الفوز", "خطفت الأضواء"),
no abduction; a person taken, or a prize behind a preposition, stays an abduction."""
from filter_probes import read_types, dropped_and_kept

DROPPED = [
    "خطف الفريق الزائر الفوز في الوقت بدل الضائع من المباراة.",
    "واستطاع المهاجم الشاب خطف هدف التعادل قبل صافرة النهاية.",
    "خطفت المغنية الأضواء في افتتاح المهرجان مساء السبت.",
    "ونجح النادي في خطف اللقب من غريمه التقليدي.",
]

KEPT = [
    "خطف مسلحون طبيبا في ضواحي المدينة يوم الثلاثاء.",
    "خطف مجهولون الفائز بالمسابقة من أمام منزله.",
]

test_prize_snatched_dropped, test_person_abducted_kept = dropped_and_kept(
    read_types, DROPPED, KEPT, "ASSAULT")
