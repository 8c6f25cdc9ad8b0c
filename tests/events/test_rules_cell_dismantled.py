"""A militant cell broken up ("تفكيك خلية إرهابية", "فككت الشرطة خلية تابعة لتنظيم") is its members
arrested: COERCE/arrest. Cells of other kinds (fuel, solar) are no arrest."""
from filter_probes import dropped_and_kept, read_types

test_dropped, test_kept = dropped_and_kept(read_types, [
    ("ويجري تفكيك خلايا الوقود القديمة في المصنع.", "COERCE"),
    ("وقال الطبيب إن العلاج يساعد على تفكيك خلايا الدهون.", "COERCE"),
], [
    ("تمكنت وحدات الحرس الوطني من تفكيك خلية إرهابية بمدينة سوسة تتكون من 6 عناصر.", "COERCE"),
    ("وفككت الأجهزة الأمنية خلية تابعة لتنظيم متطرف في العاصمة.", "COERCE"),
    ("وأعلنت الوزارة تفكيك خلية تكفيرية تنشط في الجهة.", "COERCE"),
])
