"""Talks named bare and indefinite after إطار/ضمن, with nothing after them, are the setting a
matter is put into, no meeting held (audit of unseen news U58); talks with a doer, a partner or
held by a verb stay CONSULT."""
from filter_probes import detected_types as _types, dropped_and_kept

NOT_CODED = [
    "وأدرجت المفوضية الأوروبية الملف في إطار مباحثات، بهدف إصدار قوانين جديدة.",
    "وبدأت الحكومة بإدخال القضية ضمن مشاورات بهدف وضع تشريع.",
    "وطرحت الوزارة الملف في إطار مفاوضات.",
]

CODED = [
    "وجاء ذلك في إطار مباحثات أجراها الوزير مع نظيره الفرنسي.",
    "وفي إطار محادثات بين البلدين، وقع الجانبان الاتفاق.",
    "وعقد الوزيران مباحثات، بهدف تعزيز العلاقات.",
]

test_framed_talks_not_coded, test_talks_held_coded = dropped_and_kept(_types, NOT_CODED, CODED, "CONSULT")
