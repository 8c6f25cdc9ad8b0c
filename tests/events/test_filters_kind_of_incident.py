"""Plural حوادث + an act + a frequency word (نادرة، تتكرر): a kind of act described, none told
(audit of unseen news U39b/U40)."""
from filter_probes import dropped_and_kept, read_types as _read_types

DROPPED = [
    ("وحوادث إطلاق النار نادرة الحدوث في اليابان.", "ASSAULT"),
    ("وقال إن حوادث الطعن تتكرر في المدينة.", "ASSAULT"),
]

KEPT = [
    ("وقتل ثلاثة أشخاص في حوادث إطلاق النار أمس في المدينة.", "ASSAULT"),
    ("وقالت الشرطة إن حوادث إطلاق النار في المدينة أسفرت أمس عن مقتل شخصين.", "ASSAULT"),
]


test_kind_dropped, test_act_kept = dropped_and_kept(_read_types, DROPPED, KEPT)
