"""An undated sentence told from a past moment ("آنذاك", "حينذاك") is background; a day named
in the sentence keeps it news."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence,etype", [
    ("فظهرت شكوك حول رواية الحكومة الرسمية آنذاك والتي أكدت اختطاف وذبح الرهبان على يد الجماعة المسلحة.",
     "ASSAULT"),
    ("وتم آنذاك اعتقالها وسجنها أسبوعين.", "COERCE"),
    ("وهو ما دفع الرئيس، حينذاك، إلى التهديد بقصف السدود.", "THREATEN"),
])
def test_back_then_suppressed(sentence, etype):
    assert etype not in _types(sentence)


@pytest.mark.parametrize("sentence,etype", [
    ("وقتل خمسة في قصف على المدينة أمس، وكان الوزير آنذاك في زيارة لها.", "ASSAULT"),
    ("واعتقلت الشرطة ثلاثة أشخاص في المدينة.", "COERCE"),
])
def test_news_kept(sentence, etype):
    assert etype in _types(sentence)
