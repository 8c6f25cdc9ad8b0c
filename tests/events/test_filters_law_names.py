"""An act noun right after a law word or a right names the law or the right ("قانون المصادرة",
"الحق في التظاهر"), not an act."""
from filter_probes import dropped_and_kept, read_types as _read_types


test_law_name_suppressed, test_act_under_a_law_kept = dropped_and_kept(_read_types, [
    ("وأضاف أن الحكومة وضعت قانونا لمقاومة التهريب وهو قانون المصادرة.", "COERCE"),
    ("وصادق المجلس على قانون الاعتقال الإداري.", "COERCE"),
    ("وأيد النواب قانون التظاهر الجديد.", "PROTEST"),
    ("وقال إن كفالة حقوق الإنسان والحق في التظاهر تؤدي إلى الاستقرار.", "PROTEST"),
    ("وأكد أن حق التظاهر السلمي مكفول.", "PROTEST"),
], [
    ("وصادرت الشرطة أسلحة بموجب القانون.", "COERCE"),
    ("واعتقلت الشرطة خمسة أشخاص بموجب قانون الطوارئ.", "COERCE"),
    ("وتظاهر المئات في الساحة للمطالبة بحق العودة.", "PROTEST"),
])
