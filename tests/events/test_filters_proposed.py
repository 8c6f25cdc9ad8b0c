"""A meeting or a deal right after a proposal word ("تقترح فيه زيارة", "مقترح هدنة") is put
forward, not held or made; one held while a proposal is discussed stays."""
from filter_probes import dropped_and_kept, read_types as _types


test_proposed_suppressed, test_held_or_made_kept = dropped_and_kept(_types, [
    ("وأرسلت الوزارة رسالة تقترح فيه زيارة الوفد إلى العاصمة.", "CONSULT"),
    ("ورفض الوفد مقترح هدنة لمدة أسبوع.", "AGREE"),
    ("وطرح الوسيط اقتراحا بعقد اجتماع بين الطرفين.", "CONSULT"),
], [
    ("وناقش الوزيران المقترح خلال اجتماعهما أمس.", "CONSULT"),
    ("وعقد الطرفان اجتماعا لبحث الاقتراح.", "CONSULT"),
    ("ووقع الطرفان اتفاق هدنة في العاصمة أمس.", "AGREE"),
])
