"""Explosive materials, drills, labels and march names (audit of unseen news U34): what the sense checks drop and keep."""
from filter_probes import dropped_and_kept, read_types as _read_types


# (sentence, type that must NOT be read)
SUPPRESSED = [
    # an explosive adjective after a material or device noun: explosives, no blast
    ("وقال إن المتهمين أعدوا الأسلحة والمواد التفجيرية اللازمة لتنفيذ أعمالهم الإرهابية.", "ASSAULT"),
    ("وضبطت الشرطة أحزمة تفجيرية في المنزل.", "ASSAULT"),
    # the act a drill trains in
    ("وأجرى الجنود تدريبات على إطلاق النار في القاعدة.", "ASSAULT"),
    ("ونفذت القوات تمرينا على اقتحام المباني.", "COERCE"),
    # the label a describing verb gives what is already told
    ("ونددت الوزارة بالحادث ووصفته بأنه هجوم جبان.", "ASSAULT"),
    ("ونددت الحكومة بالحادث ووصفته بأنه \"هجوم إرهابي وحشي\".", "ASSAULT"),
    ("وأدان الوزير ما جرى معتبرا أنه هجوم على السيادة.", "ASSAULT"),
    # a process named مسيرة, no marchers on the move
    ("ويهدف اللقاء إلى دفع مسيرة السلام في المنطقة.", "PROTEST"),
]

# (sentence, type that must still be read)
KEPT = [
    ("ونفذ المسلحون عملية تفجيرية في السوق.", "ASSAULT"),
    ("وقتل جندي بعد إطلاق النار عليه خلال تدريبات عسكرية.", "ASSAULT"),
    ("وقالت الشرطة إنه هجوم إرهابي أسفر عن مقتل ثلاثة.", "ASSAULT"),
    ("ووصف الوزير الهجوم على القرية بأنه جبان.", "ASSAULT"),
    # a march named for peace, on the move
    ("وانطلقت مسيرة السلام من وسط المدينة باتجاه البرلمان.", "PROTEST"),
    ("وجابت مسيرة المصالحة شوارع المدينة أمس.", "PROTEST"),
]


test_suppressed, test_kept = dropped_and_kept(_read_types, SUPPRESSED, KEPT)

