"""A trigger that names the setting of something else is no happening: an area named after
fighting ("مناطق الاشتباك"), a press briefing ("اللقاء الصحفي"), the phone call through which
words were said ("قال في اتصال هاتفي إن"). A call or meeting between parties, and fighting in
areas, stay events."""
from filter_probes import detected_types as _types, dropped_and_kept


test_setting_suppressed, test_events_kept = dropped_and_kept(_types, [
    ("وأرسل الجيش تعزيزات جديدة إلى مناطق الاشتباك في ريف المدينة.", "ASSAULT"),
    ("وانسحب المقاتلون من خطوط المواجهة الأمامية ليلا.", "ASSAULT"),
    ("وقال المتحدث في اللقاء الصحفي الأسبوعي إن بلاده ترفض الاتهامات.", "CONSULT"),
    ("وقال ضابط في الشرطة في اتصال هاتفي إن الوضع هادئ.", "CONSULT"),
    ("وأكد المسؤول في اتصال هاتفي مع وكالة الأنباء أن الطريق مفتوح.", "CONSULT"),
], [
    ("وبحث الرئيس في اتصال هاتفي مع نظيره الأوضاع في المنطقة.", "CONSULT"),
    ("وعقد الوزير لقاء مع نظيره في العاصمة أمس.", "CONSULT"),
    ("واندلعت اشتباكات عنيفة في مناطق شمال المدينة بين الجيش والمسلحين.", "ASSAULT"),
])
