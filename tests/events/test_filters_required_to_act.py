""""الحكومة مطالبة بأن …": the passive participle as a predicate says who is required to act — a
duty, no call made; the active participle after a verb and the verbal noun before its subject
are calls (REQUEST)."""
from filter_probes import detected_types as _types, dropped_and_kept

DROPPED = [
    "وقال الخبير إن الوزارة مطالبة بأن تراجع خطتها في أسرع وقت.",
    "معتبرا أن الحكومة مطالبة بأن توقف الاعتقالات العشوائية فورا.",
    "وأكد أنها مطالبة بأن تتحمل مسؤولياتها.",
]

KEPT = [
    "وتظاهر المئات أمام البرلمان مطالبين بإقالة الوزير.",
    "وجددت النقابة مطالبة الحكومة بزيادة الأجور.",
    "ووجهت الجمعية رسالة مطالبة بأن تفرج السلطات عن الموقوفين.",
]

test_duty_is_no_request, test_calls_kept = dropped_and_kept(_types, DROPPED, KEPT, "REQUEST")
