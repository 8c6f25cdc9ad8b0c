"""An act word right after كل ("بعد كل عملية تفجير") is a habit or a rule about every such act,
not one happening; كل after the act quantifies its object and leaves the act alone."""
from filter_probes import detected_types as _types, dropped_and_kept


test_every_act_suppressed, test_act_with_every_elsewhere_kept = dropped_and_kept(_types, [
    ("بعد كل عملية تفجير في مسجد ننتظر أياما قليلة ثم تخرج صورة المنفذ.", "ASSAULT"),
    ("ومع كل غارة على الحي يفر السكان إلى الملاجئ.", "ASSAULT"),
    ("وفي كل اشتباك بين الطرفين يسقط ضحايا من المدنيين.", "ASSAULT"),
], [
    ("وقصفت الطائرات كل المناطق الواقعة شرق المدينة أمس.", "ASSAULT"),  # كل after the act
    ("وقتل كل من كان على متن الحافلة في التفجير.", "ASSAULT"),
    ("وشنت الطائرات غارة على الحي بكل قوة أمس.", "ASSAULT"),
])
