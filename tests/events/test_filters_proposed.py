"""A meeting or a deal right after a proposal word ("تقترح فيه زيارة", "مقترح هدنة") is put
forward, not held or made; one held while a proposal is discussed stays."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence,etype", [
    ("وأرسلت الوزارة رسالة تقترح فيه زيارة الوفد إلى العاصمة.", "CONSULT"),
    ("ورفض الوفد مقترح هدنة لمدة أسبوع.", "AGREE"),
    ("وطرح الوسيط اقتراحا بعقد اجتماع بين الطرفين.", "CONSULT"),
])
def test_proposed_suppressed(sentence, etype):
    assert etype not in _types(sentence)


@pytest.mark.parametrize("sentence,etype", [
    ("وناقش الوزيران المقترح خلال اجتماعهما أمس.", "CONSULT"),
    ("وعقد الطرفان اجتماعا لبحث الاقتراح.", "CONSULT"),
    ("ووقع الطرفان اتفاق هدنة في العاصمة أمس.", "AGREE"),
])
def test_held_or_made_kept(sentence, etype):
    assert etype in _types(sentence)
