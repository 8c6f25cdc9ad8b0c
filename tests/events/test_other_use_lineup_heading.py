"""A position heading of a team line-up ("الهجوم: <name> (<club>)") names the forwards, no
attack; an attack told after a speaker's colon stays."""
from filter_probes import read_types, dropped_and_kept

DROPPED = [
    "الهجوم: كريم بنزيمة (ريال مدريد)، أنطوان غريزمان (أتلتيكو مدريد).",
]

KEPT = [
    "وقال الناطق: الهجوم على الثكنة أسفر عن مقتل ثلاثة جنود.",
]

test_lineup_dropped, test_attack_kept = dropped_and_kept(read_types, DROPPED, KEPT, "ASSAULT")
