"""A tried ramming ("حاول سائق دهس") is an attack (ACLED: an attempted attack is an attack); a
traffic accident or an avoided ramming is not."""
from filter_probes import read_types as _types, dropped_and_kept

KEPT = [
    "وحاول سائق دهس عدد من المارة في الشارع أمس.",
    "وأعلن الجيش أن فلسطينيا حاول دهس جنود عند الحاجز.",
]

DROPPED = [
    "ووقع حادث دهس على الطريق السريع أمس.",
    "وحاول السائق تفادي دهس المشاة على الطريق.",
]

test_accident_or_avoided_ramming_no_act, test_tried_ramming_is_assault = dropped_and_kept(
    _types, DROPPED, KEPT, "ASSAULT")
