""""اضرب بعضهم ببعض" (set them against each other) is no strike; "أضرب العمال عن العمل" is one."""
from filter_probes import dropped_and_kept, read_types

test_dropped, test_kept = dropped_and_kept(read_types, [
    ("كن مستقلا، واضرب بعضهم ببعض، حتى تظل مطلوبا.", "PROTEST"),
    ("وكان الحاكم يضرب بعضهم ببعض ليبقى في الحكم.", "PROTEST"),
], [
    ("واضرب العمال عن العمل في المصنع احتجاجا على الأجور.", "PROTEST"),
])
