""""مصادرة" right before a word that only qualifies sources ("مصادرة عدة", "مصادرة مطلعة") is a
misspelt مصادر, no seizure; a confiscation of goods stays."""
from filter_probes import read_types, dropped_and_kept

DROPPED = [
    "وتصاعد التوتر على الحدود الشمالية بحسب ما أفادت مصادرة عدة في العاصمة.",
    "وقالت مصادرة مطلعة إن الوفد سيصل إلى القاهرة غدا.",
]

KEPT = [
    "وأعلنت الشرطة مصادرة عدة أطنان من المخدرات في الميناء.",
    "أعلنت السلطات مصادرة أسلحة وذخائر من مخزن في المدينة.",
]

test_sources_dropped, test_seizure_kept = dropped_and_kept(read_types, DROPPED, KEPT, "COERCE")
