"""Aid stolen or looted ("وسرقت المساعدات", "نهب ما فيها من مساعدات", "الاستيلاء على المساعدات")
was not delivered: no AID event (SPEC 2.6); aid sent stays."""
from filter_probes import dropped_and_kept, read_types

test_taken_aid_dropped, test_aid_kept = dropped_and_kept(read_types, [
    ("واقتحم المسلحون المخازن وسرقوا المساعدات الغذائية.", "AID"),
    ("وأوقفت العصابة الشاحنات ونهبت ما فيها من مساعدات طبية.", "AID"),
    ("واتهم المسؤول الميليشيا بالاستيلاء على المساعدات الإنسانية.", "AID"),
], [
    ("ووزعت المنظمة مساعدات غذائية على الأسر في المخيم أمس.", "AID"),
    ("وأرسلت الحكومة مساعدات إلى العائلات التي تعرضت منازلها للسرقة.", "AID"),
])
