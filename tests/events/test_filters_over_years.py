"""Acts told over a span of years ("خلال أكثر من 3 أعوام", "طوال ثلاث سنوات", "خلال سنوات
الحرب") are a series older than any news, however strong the act word, unless a day is named
in the sentence."""
from filter_probes import detected_types as _types, dropped_and_kept


test_acts_over_years_suppressed, test_dated_or_single_act_kept = dropped_and_kept(_types, [
    ("وخلال أكثر من 3 أعوام من سيطرته على المدينة، نفذ التنظيم عمليات قتل وإعدام جماعية.", "ASSAULT"),
    ("وطوال ثلاث سنوات شن التنظيم هجمات على القرى.", "ASSAULT"),
    ("ويؤوي البلد نحو مليون لاجئ فروا خلال سنوات الحرب من مناطقهم.", "DISPLACE"),
], [
    ("وقصفت الطائرات أمس البلدة التي تعرضت خلال السنوات الأخيرة لهجمات متكررة.", "ASSAULT"),
    ("وبعد حصار دام خمس سنوات، دخلت القوات المدينة واعتقلت المسلحين.", "COERCE"),
    ("واعتقلت الشرطة رجلا خلال الأسبوع الماضي.", "COERCE"),
])
