"""A verbal act in the periphrastic passive ("تم/يتم/جرى + verbal noun") with no one named who
made it is no event (SPEC 2.6: verbal acts need a named political actor); named after "من قبل",
"من جانب" or "على يد", it is kept."""
from filter_probes import dropped_and_kept, read_types

test_dropped, test_kept = dropped_and_kept(read_types, [
    ("وكان يدير الشركة قبل أن يتم اتهامه بالتزوير.", "ACCUSE"),
    ("وتم اتهام ثلاثة موظفين بالاختلاس.", "ACCUSE"),
], [
    ("وتم اتهام الحكومة من قبل المعارضة بتزوير الانتخابات.", "ACCUSE"),
    ("واتهمت وزارة الخارجية الحكومة المجاورة بدعم المتمردين.", "ACCUSE"),
    ("وتمت الإشادة من قبل الأمم المتحدة بنجاح الانتخابات.", "SUPPORT"),
])
