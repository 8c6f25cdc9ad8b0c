"""Refuted acts, arms carried or deployed, landslides, two acts counted over the year, سوف
before a light verb, support taken back, a festival's showcase and relief teams (audit of unseen
news U58): what the filters drop and keep."""
from filter_probes import detected_types as _types, dropped_and_kept, read_types as _read_types


# (sentence, type that must NOT be detected)
SUPPRESSED = [
    # refuting is denying: what is refuted was not done
    ("لكن الوزيرة فندت فرض عقوبات جديدة على البلاد.", "SANCTION"),
    ("وفند المتحدث باسم الجيش شن غارات على القرية.", "ASSAULT"),
    # landslides and mudslides: no human agent, their dead are no attack (SPEC 2.7)
    ("وقتل 20 شخصا جراء انزلاق التربة في القرية.", "ASSAULT"),
    ("وأسفرت انزلاقات التربة عن مقتل 30 شخصا وإصابة 12 آخرين في المدينة.", "ASSAULT"),
    ("وقتل 40 شخصا وأصيب 70 بسبب الانهيارات الطينية في الإقليم.", "ASSAULT"),
    # سوف and the light verb it governs, past the verb's subject: a happening to come
    ("وسوف يجري الوزير الروسي محادثات مع نظيره.", "CONSULT"),
    ("وسوف تشن القوات الحكومية الجديدة هجوما على المدينة.", "ASSAULT"),
    # support taken back is no support given
    ("وأعلن الرئيس في تغريدة التراجع عن تأييده للبيان.", "SUPPORT"),
    ("وأعلن الحزب سحب تأييده للحكومة.", "SUPPORT"),
    # two acts counted by a dual over the year so far: a tally, no happening
    ("وتضرر قطاع السياحة جراء هجومين كبيرين شنهما متشددون هذا العام.", "ASSAULT"),
    ("وتراجعت الحجوزات بسبب تفجيرين استهدفا الفنادق هذا العام.", "ASSAULT"),
]

# (sentence, type that must still be detected)
KEPT = [
    # a refutation in its own clause leaves the next act standing
    ("وفندت الوزارة الاتهامات، وفرضت الحكومة عقوبات على الشركة.", "SANCTION"),
    # an attack word in a landslide's sentence still stands
    ("وقتل خمسة في هجوم على القرية رغم انزلاق التربة.", "ASSAULT"),
    # the light verb in the past, or سوف in another clause
    ("وأجرى الوزير الروسي محادثات مع نظيره.", "CONSULT"),
    ("وقال إنه سوف يرد، وأجرى الوزير الروسي محادثات مع نظيره.", "CONSULT"),
    # support given; a backing-out word that governs no support
    ("وأعلن الحزب تأييده للحكومة.", "SUPPORT"),
    ("وتراجعت الأسعار، وأعرب الوزير عن تأييده للخطة.", "SUPPORT"),
    # a dual with a day named, or with no year phrase: news
    ("وشن المسلحون هجومين على الثكنة اليوم.", "ASSAULT"),
    ("وقتل 12 شخصا في هجومين على السوق أمس.", "ASSAULT"),
]


test_suppressed, test_kept = dropped_and_kept(_types, SUPPRESSED, KEPT)


# (sentence, type that the sense checks must drop)
MISREAD = [
    # arms carried or deployed, nothing fired in the clause
    ("وتعقبت البحرية سفينة كانت تحمل صواريخ كروز قرب الساحل.", "ASSAULT"),
    ("ورغم ذلك كانت السفينة تحمل ما يقرب من 20 صاروخ كروز.", "ASSAULT"),
    ("وتحدث الوزير عن مسؤولية إيران في نشر الصواريخ الباليستية في المنطقة.", "ASSAULT"),
    # a festival's showcase (Maghrebi تظاهرة), no word of dissent in the sentence
    ("وانتقد الكتاب إصرار إدارة المهرجان على إقامة تظاهرة إسرائيلية هذا العام.", "PROTEST"),
    ("وقررت إدارة المهرجان إيقاف التظاهرة التي تضم عشرة أفلام.", "PROTEST"),
    # relief teams and tasks name who works in aid, no aid delivered
    ("وضمت خلية الأزمة فرقا من الشرطة والإغاثة لتنظيم البحث عن المفقودين.", "AID"),
    ("ووصلت فرق الإغاثة إلى القرية.", "AID"),
    ("وأكد أن المنظمة لعبت دورا هاما في مهام الإغاثة الإنسانية.", "AID"),
]

# (sentence, type that the sense checks must keep)
READ_KEPT = [
    # carried and fired; a responsibility borne is no carrying
    ("وكانت الطائرات تحمل صواريخ أطلقتها على المدينة.", "ASSAULT"),
    ("وكانت السفينة تحمل نحو 30 صاروخا أطلقت منها عشرة على القاعدة.", "ASSAULT"),
    ("وتحمل الوزارة المسلحين مسؤولية الصواريخ التي أصابت الحي.", "ASSAULT"),
    ("وسقطت صواريخ على الحي أمس.", "ASSAULT"),
    # a demonstration at a festival, with its dissent named
    ("ونظم ناشطون تظاهرة أمام مقر المهرجان احتجاجا على مشاركة أفلام إسرائيلية.", "PROTEST"),
    ("ونظم ناشطون تظاهرة أمام مقر المهرجان ضد مشاركة الأفلام.", "PROTEST"),
    ("وشارك الآلاف في تظاهرة وسط العاصمة.", "PROTEST"),
    # relief goods delivered
    ("ووزعت الجمعية مواد الإغاثة على الأسر.", "AID"),
]


test_misread, test_read_kept = dropped_and_kept(_read_types, MISREAD, READ_KEPT)
