"""أن + the passive auxiliary يتم/تتم right before an act names it as wished, feared or due, not
as done ("وأن يتم استهداف الأطفال", "بأن يتم الإفراج عنهم"); after قبل it was done ("قبل أن يتم
اعتقاله"), and the perfect تم reports it ("أنه تم اعتقال")."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence, etype", [
    ("ومن المؤسف أن نرى الأسواق مدمرة، وأن يتم استهداف المدارس بلا رحمة.", "ASSAULT"),
    ("ودعت اللجنة الحكومة إلى الحوار، واقترحت أن يتم الإفراج عن الموقوفين.", "RETREAT"),
])
def test_wished_or_due_dropped(sentence, etype):
    assert etype not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "وعمل المصور أسبوعين في المدينة قبل أن يتم اعتقاله مساء الخميس.",
    "وأكدت الشرطة أنه تم اعتقال ثلاثة متهمين.",
])
def test_done_kept(sentence):
    assert "COERCE" in _types(sentence)
