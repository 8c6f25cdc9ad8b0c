"""A sniper named without any word of firing or harm in the sentence is an actor placed or
blamed, no shooting ("ينشر المتمردون القناصة على الأسطح"); with one, the shooting stays."""
from filter_probes import detected_types as _types, dropped_and_kept

DROPPED = [
    "وينشر المتمردون القناصة على أسطح المباني.",
    "وقال إن قناصة الجيش يمنعون السكان من الخروج.",
]

KEPT = [
    "وقتل شاب برصاص قناص في حي الوعر.",
    "وأصيب مدنيان بنيران القناصة في وسط المدينة.",
    "وأطلق قناص النار على طفل في الحي.",
]

test_no_shooting, test_shooting_kept = dropped_and_kept(_types, DROPPED, KEPT, "ASSAULT")
