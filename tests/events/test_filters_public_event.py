"""Maghrebi تظاهرة is also a public event (audit of unseen news U50): its adjective tells
("تظاهرات سياحية", "تظاهرة ترفيهية"); no protest."""
from filter_probes import read_types, dropped_and_kept

DROPPED = [
    "ودعا الوزير إلى تنظيم تظاهرات سياحية في الجهة هذا الصيف.",
    "وافتتحت البلدية أمس تظاهرة ترفيهية لفائدة الأطفال.",
]
KEPT = ["ونظم المعلمون تظاهرة حاشدة أمام الوزارة أمس."]

test_public_event_dropped, test_protest_kept = dropped_and_kept(read_types, DROPPED, KEPT, "PROTEST")
