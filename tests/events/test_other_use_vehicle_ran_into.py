"""A vehicle or a force of nature as the subject of داهم ("فداهمتهم شاحنة", "داهمت السيول") is an
accident or a flood, no raid; a raid by a force stays."""
from filter_probes import read_types, dropped_and_kept

DROPPED = [
    "كان العمال يقفون على جانب الطريق فداهمتهم شاحنة مسرعة وأصابت اثنين منهم.",
    "داهمت السيول عشرات المنازل في القرية بعد أمطار غزيرة.",
]

KEPT = [
    "داهمت قوة أمنية منزلا في حي الزهور واعتقلت ثلاثة شبان.",
    "وداهمتهم دورية للشرطة في ساعة متأخرة من الليل.",
]

test_accident_dropped, test_raid_kept = dropped_and_kept(read_types, DROPPED, KEPT, "COERCE")
