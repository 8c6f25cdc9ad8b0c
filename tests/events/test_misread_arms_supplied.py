"""Arms supplied or sold are not fired: a weapon noun up to ten words after a supplying verb
(زوّد، يزوّد، باع، تبيع …, the arms its ب-object) in a clause where nothing is fired or falls
is no ASSAULT (SPEC 2.6); "زودت … بصواريخ أطلقوها" still is."""
from filter_probes import dropped_and_kept, read_types

test_supplied_dropped, test_fired_kept = dropped_and_kept(read_types, [
    ("وستزود الحكومة الجيش بقدرات مضادة للطائرات أي نحو 50 صاروخا متطورا.", "ASSAULT"),
    ("وباعت الشركة البحرية الملكية عشرات القذائف الموجهة العام الماضي.", "ASSAULT"),
], [
    ("وزودت الدولة الجماعة بصواريخ أطلقتها على المدينة أمس.", "ASSAULT"),
    ("وسقط صاروخ على سوق المدينة أمس بعد أن زودت الدولة الجماعة بالسلاح.", "ASSAULT"),
])
