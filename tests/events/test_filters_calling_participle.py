"""What a resolution or a body "calling for" (الداعي، الداعية، الداعين) asks has not happened
(SPEC 2.6: a call is REQUEST, its object no event)."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "واستمرت المعارك في الضواحي رغم القرار الأممي الداعي لوقف إطلاق النار.",
    "وتبنى المجلس القرار الداعي إلى انسحاب القوات الأجنبية من البلاد.",
])
def test_called_for_dropped(sentence):
    assert "AGREE" not in _types(sentence) and "RETREAT" not in _types(sentence)


def test_ceasefire_reached_kept():
    assert "AGREE" in _types("وتوصل الطرفان إلى وقف إطلاق النار في المدينة مساء أمس.")
