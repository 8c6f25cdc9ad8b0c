"""Protest words in another sense (audits of unseen news U39/U40): a misspelt disorder, an art
show, the people a remark points at."""
import pytest

from filter_probes import read_types as _read_types

DROPPED = [
    ("ويعاني الأطفال من إضرابات نفسية حادة بعد الحرب.", "PROTEST"),
    ("وتسبب القصف في إضرابات سلوكية لدى الأطفال.", "PROTEST"),
    ("وأقيمت تظاهرة فنية في المدينة أمس.", "PROTEST"),
    ("وقال المتحدث في إشارة إلى المحتجين إن الحكومة لن تتراجع.", "PROTEST"),
]

KEPT = [
    ("ونفذ المعلمون إضرابات واسعة في المدارس أمس.", "PROTEST"),
    ("وخرجت تظاهرة حاشدة في المدينة أمس.", "PROTEST"),
    ("وتجمع مئات المحتجين أمام البرلمان أمس.", "PROTEST"),
]


@pytest.mark.parametrize("sentence,etype", DROPPED)
def test_other_sense_dropped(sentence, etype):
    assert etype not in _read_types(sentence)


@pytest.mark.parametrize("sentence,etype", KEPT)
def test_protest_kept(sentence, etype):
    assert etype in _read_types(sentence)
