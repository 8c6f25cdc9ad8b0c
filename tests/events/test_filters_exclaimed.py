"""A bare "إنها مجزرة" / "إنه هجوم" opening and closing its own clause is a cry over the act told
around it, not a second act; an "it is" with the act's own words after it stays."""
from filter_probes import dropped_and_kept, misread_types

test_dropped, test_kept = dropped_and_kept(misread_types, [
    ('وقالت شاهدة للصحيفة: "رأيت الجثث في كل مكان. إنها مجزرة".', "ASSAULT"),
    ("إنها مجزرة!", "ASSAULT"),
], [
    ("وقال الطبيب إنها مجزرة ارتكبتها القوات في القرية.", "ASSAULT"),
    ("ارتكبت القوات مجزرة في القرية.", "ASSAULT"),
])
