"""A trigger noun right after a topic head (مسألة، موضوع) or an option (خيار) names a matter
discussed, no happening told (SPEC 2.6); a case file ("ملف <act>") names its act."""
from filter_probes import read_types


def test_topics_dropped():
    assert "DISPLACE" not in read_types("وقال إن بلاده عانت كثيرا جراء مسألة النزوح من الجارة.")
    assert "COERCE" not in read_types("وتم طرح موضوع ترحيل المهاجرين في اجتماع اللجنة.")
    assert "COERCE" not in read_types("ويبدو أن خيار ترحيل المهاجرين إلى بلدانهم يتقدم على غيره.")


def test_acts_kept():
    assert "ASSAULT" in read_types("واغتال مسلحون المعارض البارز أمام منزله في العاصمة.")
    assert "DISPLACE" in read_types("ونزح آلاف السكان من القرى الحدودية بسبب القصف.")
    assert "ASSAULT" in read_types("وستتوجه الحكومة إلى المحكمة في ملف إحراق منزل في غزة أمس.")
