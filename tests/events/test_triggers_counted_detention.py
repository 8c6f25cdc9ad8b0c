""""إيقاف" with a count right after it detains people ("تم إيقاف أربعة عراقيين", "إيقاف 12
مشتبها"), the count spelt out or in digits; a count of matches or of time after the number is a
suspension ("إيقاف 4 مباريات"). Spelt cardinals up to ten also stand for "#" in other rows
("نشرت فرنسا خمسة جنود")."""
import pytest

from filter_probes import read_types


@pytest.mark.parametrize("sentence, etype", [
    ("وأوضحت الوزارة أنه تم إيقاف خمسة سوريين في حي التضامن.", "COERCE"),
    ("وأعلن الحرس الوطني إيقاف 12 شخصا بعد المداهمة.", "COERCE"),
    ("ونشرت بريطانيا ثلاثة جنود إضافيين على الحدود.", "MOBILIZE"),
])
def test_counted_people(sentence, etype):
    assert etype in read_types(sentence)


@pytest.mark.parametrize("sentence", [
    "وقررت لجنة الانضباط إيقاف 4 مباريات بحق المدافع.",
    "وقضت الجامعة بإيقاف ثلاثة أشهر للمدرب.",
    # with the suspended one's pronoun, the span right after: a ban, no detention
    "وثبت تناول اللاعب منشطات ما أدى إلى إيقافه عاما كاملا.",
    "وقرر الاتحاد إيقافها موسما بسبب المخالفة.",
])
def test_suspension_is_no_arrest(sentence):
    assert "COERCE" not in read_types(sentence)
