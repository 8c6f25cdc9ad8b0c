""""ألا" (أن + لا) before an imperfect negates the act; "إلا" (except, however) does not."""
from filter_probes import detected_types as _types, dropped_and_kept


test_that_not_suppressed, test_except_kept = dropped_and_kept(_types, [
    ("وأضاف أن على الرئيس ألا يشن \"هجوما متهورا\" على المدينة.", "ASSAULT"),
    ("وطالب الوزير الجيش ألا يقصف المدينة.", "ASSAULT"),
    ("واتفقوا على ألا تشن القوات هجمات على المدنيين.", "ASSAULT"),
], [
    ("إلا أن القوات قصفت المدينة أمس.", "ASSAULT"),
    ("ولم يبق أمام السكان إلا النزوح من المدينة.", "DISPLACE"),
    ("وقصفت الطائرات المدينة، إلا يوم الجمعة.", "ASSAULT"),
    ("واتفقوا على ألا تشن القوات هجمات على المدنيين.", "AGREE"),
])
