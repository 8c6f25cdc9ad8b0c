"""A few people who fled an armed group itself ("هربت فتاتان من تنظيم داعش") got away from their
captors: no DISPLACE (SPEC: people fleeing a place); people in numbers fleeing it are displaced."""
from filter_probes import read_types as _types, dropped_and_kept

DROPPED = [
    "وتحدثت امرأتان هربتا من تنظيم داعش عن ظروف احتجازهما.",
    "وقالت فتاة فرت من التنظيم إنها بيعت مرتين.",
]

KEPT = [
    "وهرب مئات المدنيين من تنظيم داعش إلى المخيمات.",
    "وهرب سكان القرية من التنظيم إلى الجبال.",
]

test_escape_from_group_no_event, test_people_in_numbers_kept = dropped_and_kept(
    _types, DROPPED, KEPT, "DISPLACE")
