"""A wish in any person ("أرغب في لقائه", "ترغب في زيارة") is no happening (SPEC 2.6)."""
from filter_probes import dropped_and_kept, read_types

test_dropped, test_kept = dropped_and_kept(read_types, [
    ("وقال الزوج: أرغب في لقائه للسؤال عن مصير زوجتي.", "CONSULT"),
    ("وقالت الوزيرة إنها ترغب في زيارة المخيمات.", "CONSULT"),
], [
    ("وقالت الوزيرة إنها زارت المخيمات أمس.", "CONSULT"),
])
