"""An act named right after a noun of lack (نقص، غياب، قلة، انعدام) did not happen."""
from filter_probes import detected_types as _types, dropped_and_kept


test_lacking_act_suppressed, test_act_beside_a_lack_kept = dropped_and_kept(_types, [
    ("وتندد العائلات بنقص تعاون السلطات من أجل إظهار الحقيقة.", "COOPERATE"),
    ("واشتكى السكان من غياب التعاون بين الأجهزة.", "COOPERATE"),
    ("وحذرت المنظمة من نقص المساعدات الإنسانية في المخيمات.", "AID"),
    ("وأشار إلى قلة المساعدات الإنسانية.", "AID"),
], [
    ("وأرسلت الحكومة مساعدات إلى المخيمات بسبب نقص الغذاء.", "AID"),  # the lack is of food
    ("وقتل خمسة في هجوم وسط غياب الأمن.", "ASSAULT"),
    ("وتندد العائلات بنقص تعاون السلطات من أجل إظهار الحقيقة.", "ACCUSE"),
])
