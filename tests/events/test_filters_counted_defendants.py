""""متهما" after a number is the noun, defendants counted, not the participle of accusing
(SPEC 2.6: trials are no events)."""
from filter_probes import read_types


def test_defendants_dropped():
    assert "ACCUSE" not in read_types("وأحال النائب العام 41 متهمًا إلى محكمة الجنايات.")
    assert "ACCUSE" not in read_types("وقررت المحكمة إدراج المعارض و15 متهما آخرين في القوائم.")
    assert "ACCUSE" not in read_types("وأحالت النيابة ثلاثة عشر متهما إلى المحاكمة.")


def test_accusing_participle_kept():
    assert "ACCUSE" in read_types("وانتقد الوزير المعارضة بشدة، متهما إياها بالتحريض على العنف.")
