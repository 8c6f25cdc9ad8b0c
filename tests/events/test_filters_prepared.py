"""A meeting or visit named as what is being prepared ("لبحث ترتيبات القمة", "التحضير للزيارة") is
still to come (SPEC 2.6: no plans or future happenings)."""
from filter_probes import dropped_and_kept, read_types

test_dropped, test_kept = dropped_and_kept(read_types, [
    ("وبحث الوفد الفني مع المسؤولين ترتيبات القمة الثلاثية.", "CONSULT"),
    ("وبدأت الحكومة التحضير للقمة العربية المقبلة.", "CONSULT"),
], [
    ("وعقدت القمة الثلاثية في العاصمة بحضور الزعماء.", "CONSULT"),
    ("وأجرى وزير الخارجية زيارة إلى العاصمة لبحث ترتيبات القمة.", "CONSULT"),
])
