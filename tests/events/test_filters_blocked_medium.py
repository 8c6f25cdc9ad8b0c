"""حجب is censorship only when a medium is blocked (audit of unseen news U50): a site, an
account, a broadcast, access within four words after it; else it is keeping from or hiding."""
from filter_probes import read_types, dropped_and_kept

DROPPED = [
    "وقال الخبير إن غلاء الأسعار حجب كثيرا من الأسر عن شراء المساكن.",
    "ورفع المسلحون السواتر لحجبها رؤية الجنود عن الطريق.",
]
KEPT = [
    "وحجبت السلطات موقع يوتيوب يوم الأحد.",
    "وحجب مزودو الخدمة الدخول إلى موقع الصحيفة أمس.",
]

test_no_medium_dropped, test_censorship_kept = dropped_and_kept(read_types, DROPPED, KEPT, "COERCE")
