"""تعرض (past/passive) + a victim of up to four words + ل on the act (audit of unseen news U42; للضرب, U58):
an assault; the present تعرض 'presents' (no ل on the act) stays no act."""
from filter_probes import detected_types as _types, dropped_and_kept

CODED = [
    "وتعرض مدير تحرير صحيفة الأيام للاعتداء أمس في عدن.",
    "وتعرض مدير الصحيفة أمس للاعتداء.",
    # a beating, the victim named with a reflexive or a counted group (audit of unseen news U58)
    "وفي التسجيل تعرض المعتقل نفسه للضرب على رأسه.",
    "وتعرض عدد من السجناء أمس للضرب داخل الزنزانة.",
]

NOT_CODED = [
    "وتعرض القناة غدا فيلما وثائقيا عن الاعتداء على الصحفيين.",
    "وتعرض القناة اليوم فيلم الاعتداء الأخير.",
    "وتعرض الشركة منتجاتها الجديدة للبيع في المعرض.",
    "وتعرض القناة الليلة برنامجا عن الضرب في المدارس.",
]

test_presents_not_coded, test_assault_coded = dropped_and_kept(_types, NOT_CODED, CODED, "ASSAULT")
