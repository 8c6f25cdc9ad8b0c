"""An act that is feared ("مخاوفهم من الاعتقال"), needed ("بحاجة إلى إجلاء"), owed by someone
("بأن عليهم الانسحاب") or urged by persuasion ("لإقناع الحوثيين بالانسحاب") is named, not done."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence, etype", [
    ("وعبر السكان عن مخاوفهم من الاعتقال بعد عودتهم إلى قراهم.", "COERCE"),
    ("وأكد أن ثلاثة آلاف مريض في حاجة ماسة إلى إجلاء طبي عاجل.", "DISPLACE"),
    ("وقال الوزير إن على المسلحين الانسحاب من المدينة فورا.", "RETREAT"),
    ("وأبلغهم المبعوث بأن عليهم الانسحاب الكامل من الميناء.", "RETREAT"),
    ("وسعى المبعوث لإقناع الحوثيين بالانسحاب من الميناء.", "RETREAT"),
])
def test_not_done(sentence, etype):
    assert etype not in _types(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("وفر السكان من القصف إلى القرى المجاورة.", "ASSAULT"),
    ("واعتقلت الشرطة عشرة أشخاص أمس في وسط المدينة.", "COERCE"),
    ("وقال إن على الحدود اشتباكات عنيفة اندلعت أمس.", "ASSAULT"),
    ("وانسحب المسلحون من المدينة أمس بعد معارك عنيفة.", "RETREAT"),
])
def test_done_kept(sentence, etype):
    assert etype in _types(sentence)
