"""Acts told as a daily or repeated habit (false positives of the OEDA GSR, session 28): what
the filters drop and keep."""
from filter_probes import detected_types as _types, dropped_and_kept


# (sentence, type that must NOT be detected)
SUPPRESSED = [
    # acts told as a daily or repeated habit
    ("وقالت القوات إنها تعلن بشكل يومي تقريبا تعرضها إلى قصف بصواريخ الكاتيوشا.", "ASSAULT"),
    ("وتتعرض القرى الحدودية بصورة متكررة لقصف مدفعي.", "ASSAULT"),
]

# (sentence, type that must still be detected)
KEPT = [
    # a day named, no habit word: news
    ("وتعرضت القرية صباح اليوم لقصف مدفعي عنيف.", "ASSAULT"),
    ("وقالت القوات إنها تعرضت أمس لقصف بصواريخ الكاتيوشا.", "ASSAULT"),
]


test_suppressed, test_kept = dropped_and_kept(_types, SUPPRESSED, KEPT)
