"""Protest words in another sense (audits of unseen news U39/U40): a misspelt disorder, an art
show, the people a remark points at."""
from filter_probes import dropped_and_kept, read_types as _read_types

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


test_other_sense_dropped, test_protest_kept = dropped_and_kept(_read_types, DROPPED, KEPT)
