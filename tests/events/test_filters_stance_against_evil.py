"""A refusal of terrorism, violence or extremism in general is a stance directed at no actor or
event; a refusal of someone's violence, or of an actor's act, is kept."""
from filter_probes import detected_types as _types


def test_general_stance_dropped():
    assert "REJECT" not in _types("وأكد وزير الخارجية رفض بلاده لأعمال الإرهاب بكل أشكالها.")
    assert "REJECT" not in _types("وجدد الحزب رفضه للعنف والتطرف.")


def test_directed_refusals_kept():
    assert "REJECT" in _types("وأكد وزير الخارجية رفض بلاده للعنف الذي تمارسه الشرطة ضد المتظاهرين.")
    assert "REJECT" in _types("ورفضت الحكومة مطالب المعارضة بإجراء انتخابات مبكرة.")
