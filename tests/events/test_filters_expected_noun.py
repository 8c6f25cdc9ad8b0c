""""من المنتظر/المرتقب/المفترض" right before an act's verbal noun (no أن between) is an act
expected, not told (SPEC 2.6): "ومن المنتظر ترحيل مئات المهاجرين غدا"."""
from filter_probes import detected_types as _types, dropped_and_kept

test_expected_act_dropped, test_act_kept = dropped_and_kept(_types, [
    ("ومن المنتظر ترحيل مئات المهاجرين من الجزيرة غدا.", "COERCE"),
    ("ومن المرتقب إجلاء آلاف السكان من القرى الساحلية قبل وصول العاصفة.", "DISPLACE"),
    ("وكان من المفترض انسحاب القوات من البلدة أمس.", "RETREAT"),
], [
    ("ونزح آلاف السكان من القرى الساحلية أمس.", "DISPLACE"),
    ("ومن المنتظر أن يعلن الجيش نتائج التحقيق بعد اعتقال المشتبه بهم أمس.", "COERCE"),
])
