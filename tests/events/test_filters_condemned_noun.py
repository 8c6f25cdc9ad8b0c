"""A condemned act named in construct (ندد/أدان/استنكر + [ب]verbal noun): someone else's act, the
reason for the statement, not the condemner's (audit of unseen news U41)."""
from filter_probes import dropped_and_kept, read_types as _read_types

DROPPED = [
    ("وقال المسؤول إن الحكومة نددت باعتقال الصحفيين والإعلاميين.", "COERCE"),
    ("وأدان الاتحاد اعتقال ثلاثة صحفيين في العاصمة.", "COERCE"),
    ("واستنكر الحزب بشدة اغتيال القيادي في المدينة.", "ASSAULT"),
    ("ويشجب القرار إطلاق الصواريخ من القطاع.", "ASSAULT"),
]

KEPT = [
    # the act comes with its own day: reported here too
    ("وقالت المنظمة إنها نددت باعتقال السلطات الثلاثاء عشرة ناشطين.", "COERCE"),
    # a verb of its own, after the condemnation's clause
    ("ونددت المعارضة بالقرار، واعتقلت الشرطة عشرة ناشطين.", "COERCE"),
    ("وندد المتظاهرون بالحكومة واعتقلت الشرطة خمسة منهم.", "COERCE"),
    # the act as the setting of the condemnation, after a preposition
    ("وندد المحتجون بالفساد خلال تظاهرة أمام البرلمان أمس.", "PROTEST"),
]


test_condemned_noun_dropped, test_act_kept = dropped_and_kept(_read_types, DROPPED, KEPT)
