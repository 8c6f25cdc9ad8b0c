"""An act after أن/إن that is the subject of a future verb of consequence ("… سيجعل", "… ستؤدي")
is talked of, not done; a relative clause, a day or an object reading keeps it news."""
from filter_probes import detected_types as _types, dropped_and_kept

DROPPED = [
    "وحذر الرئيس من أن هجوم الجيش على المدينة سيجعل بلاده غاضبة جدا.",
    "وأضاف أن الهجوم على المدينة سيكون كارثيا على المدنيين.",
    "وقال المحلل إن القصف على المنشآت سيؤدي إلى حرب شاملة.",
]

KEPT = [
    "وقال إن الهجوم الذي شنته القوات على المدينة سيؤدي إلى تصعيد.",  # a relative clause
    "وقال إن قصف أمس على المدينة سيدفع السكان إلى النزوح.",  # a day
    "وشنت القوات هجوما واسعا على المدينة سيغير موازين القوى.",  # an object, no أن
]

test_act_with_a_consequence_to_come_suppressed, test_act_told_before_its_consequence_kept = dropped_and_kept(
    _types, DROPPED, KEPT, "ASSAULT")
