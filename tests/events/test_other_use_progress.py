"""التقدم with نحو/في and a process after it is progress ("التقدم نحو نزع السلاح", "التقدم في
المحادثات"), no force advancing; an advance towards a place stays MOBILIZE."""
from filter_probes import read_types, dropped_and_kept

DROPPED = [
    "وأكد المبعوث أهمية مواصلة التقدم نحو نزع الأسلحة الكيميائية.",
    "وتحدث الرئيس عن التقدم نحو الحل السياسي للنزاع.",
]

KEPT = [
    "وواصلت وحدات الجيش التقدم نحو البلدة من الجهة الشرقية.",
]

test_progress_dropped, test_advance_kept = dropped_and_kept(read_types, DROPPED, KEPT, "MOBILIZE")
