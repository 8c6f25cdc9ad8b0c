"""Control held by a mood or an interest, the control verb's subject (past a resumptive pronoun),
is no fighting: "سيطر الهدوء على المدينة", "سيطرت حالة من الذعر", "سيطرت عليه المصالح"; forces
taking a town stay a clash."""
from filter_probes import read_types, dropped_and_kept

DROPPED = [
    "وسيطر الهدوء الحذر على البلدة بعد ليلة متوترة.",
    "وسيطرت حالة من الذعر على ركاب القطار.",
    "وقال إن المنظمة الدولية سيطرت عليها المصالح والأطماع منذ نشأتها.",
]

KEPT = [
    "وسيطرت القوات الحكومية على البلدة صباح اليوم.",
    "والقرية سيطرت عليها الفصائل أمس بعد معارك عنيفة.",
]

test_mood_holds_no_clash, test_forces_taking_control_kept = dropped_and_kept(
    read_types, DROPPED, KEPT, "ASSAULT")
