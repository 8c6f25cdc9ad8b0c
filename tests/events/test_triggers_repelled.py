"""Repelling forces as a clash (carried over from the last round): the trigger rows دحرت/دحروا."""
from filter_probes import detected_types as _detected


def test_repelled_is_a_clash():
    """"دحرت/دحروا" (perfects) repel forces; the verbal noun after a goal word is no act."""
    assert "ASSAULT" in _detected("ودحرت القوات الحكومية مسلحي التنظيم من القرية أمس.")
    assert "ASSAULT" in _detected("ودحروا المهاجمين من أطراف البلدة.")
    assert "ASSAULT" not in _detected("وحشدت المقاومة قواتها تمهيدا للهجوم الرامي إلى دحر المتمردين.")
