"""Talks and meetings on a sport page (two different sport words: a club's officials over a
player's transfer) are no diplomacy (SPEC 2.6); one sport word is not enough."""
from filter_probes import dropped_and_kept, read_types

test_dropped, test_kept = dropped_and_kept(read_types, [
    ("وفتحت إدارة النادي مفاوضات مع وكيل اللاعب لتمديد عقده موسمين.", "CONSULT"),
    ("وعقد المدرب اجتماعا مع اللاعبين قبل المباراة.", "CONSULT"),
], [
    ("وبدأت الحكومة مفاوضات مع المعارضة في العاصمة.", "CONSULT"),
    ("والتقى وزير الخارجية نظيره الفرنسي على هامش افتتاح الملعب الجديد.", "CONSULT"),
])
