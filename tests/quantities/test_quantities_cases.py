"""Hand-written counts of people (SPEC §2.4, §2.7), one sentence each.

Case: (text, span, value, qualifier, high, unit, category).
"""
from __future__ import annotations

import pytest

CASES = [
    # the acceptance sentences and the SPEC example
    ("فر أكثر من 30 ألف شخص من المدينة", "أكثر من 30 ألف شخص", 30000, "more_than", None, "person", "displaced"),
    # pupils, boys and sects are people
    ("وأودى الهجوم بحياة 17 تلميذا في المدرسة", "17 تلميذا", 17, "exact", None, "person", "killed"),
    ("وألقت قوات الأمن القبض على ثلاثة صبية", "ثلاثة صبية", 3, "exact", None, "person", "arrested"),
    ("وقام المسلحون بخطف 170 سنيا من القرية", "170 سنيا", 170, "exact", None, "person", "abducted"),
    ("أكثر من ألفي شخص فروا من باغوز الثلاثاء 12 مارس/آذار", "أكثر من ألفي شخص", 2000, "more_than", None,
     "person", "displaced"),
    ("إدلب - قُتل ثلاثة مدنيين وأصيب سبعة آخرون، الأحد", "ثلاثة مدنيين", 3, "exact", None, "person", "killed"),
    ("إدلب - قُتل ثلاثة مدنيين وأصيب سبعة آخرون، الأحد", "سبعة آخرون", 7, "exact", None, "person", "injured"),
    ("فرّت أكثر من مئتي عائلة نحو المخيمات", "أكثر من مئتي عائلة", 200, "more_than", None, "family",
     "displaced"),
    # killed
    ("جاء بعد مقتل 14 شخصا على الأقل وإصابة 10 آخرين", "14 شخصا على الأقل", 14, "at_least", None, "person",
     "killed"),
    ("أسفر تفجير شاحنة عن مقتل 512 شخصا في الهجوم", "512 شخصا", 512, "exact", None, "person", "killed"),
    ("الهجوم الذي وقع وسبب وفاة نحو 40 قتيلا بحسب الدفاع المدني", "نحو 40 قتيلا", 40, "about", None, "person",
     "killed"),
    ("الهجوم الذي خلف 12 قتيلا و 16 جريحا في العاصمة", "12 قتيلا", 12, "exact", None, "person", "killed"),
    ("أعدم التنظيم أربعة سائقين في المدينة", "أربعة سائقين", 4, "exact", None, "person", "killed"),
    ("التفجيران تسببا في قتل 21 من عناصر الجيش", "21 من عناصر الجيش", 21, "exact", None, "person", "killed"),
    ("نتج عنه استشهاد عشرة من رجال الأمن وثلاثة عاملين", "عشرة من رجال الأمن", 10, "exact", None, "person",
     "killed"),
    ("نتج عنه استشهاد عشرة من رجال الأمن وثلاثة عاملين", "ثلاثة عاملين", 3, "exact", None, "person", "killed"),
    ("ما أسفر عن مقتل شخصين على الأقل إلى جانب السائق", "شخصين على الأقل", 2, "at_least", None, "person",
     "killed"),
    ("لقي شخصان مصرعهما في الحادث", "شخصان", 2, "exact", None, "person", "killed"),
    ("لقي 7 لاجئين مصرعهم قبالة الساحل", "7 لاجئين", 7, "exact", None, "person", "killed"),
    ("أدت الغارات لمقتل 260 كرديا في الجبال", "260 كرديا", 260, "exact", None, "person", "killed"),
    ("نفذ التنظيم حكم الإعدام رميا بالرصاص في أربعة سائقين", "أربعة سائقين", 4, "exact", None, "person",
     "killed"),
    ("قتلت الهجمات العشرات من المدنيين", "العشرات من المدنيين", 10, "vague", None, "person", "killed"),
    ("أسفرت المعارك عن سقوط عشرات القتلى", "عشرات القتلى", 10, "vague", None, "person", "killed"),
    ("قتل ستين شخصا في القصف", "ستين شخصا", 60, "exact", None, "person", "killed"),
    ("سقوط أحد عشر قتيلاً في صفوف القوات", "أحد عشر قتيلاً", 11, "exact", None, "person", "killed"),
    ("سقط خمسة وعشرون قتيلا في الهجوم", "خمسة وعشرون قتيلا", 25, "exact", None, "person", "killed"),
    ("قتل ١٢ مدنيا في القصف", "١٢ مدنيا", 12, "exact", None, "person", "killed"),
    ("ارتفع عدد القتلى إلى 1,200 قتيل", "1,200 قتيل", 1200, "exact", None, "person", "killed"),
    ("قتل أكثر من 240 ألف شخص منذ بدء الحرب", "أكثر من 240 ألف شخص", 240000, "more_than", None, "person",
     "killed"),
    ("أودى الانفجار بحياة 32 شخصًا", "32 شخصًا", 32, "exact", None, "person", "killed"),
    ("استشهد 15 فلسطينيا برصاص الاحتلال", "15 فلسطينيا", 15, "exact", None, "person", "killed"),
    ("قتل 8 أطفال في الغارة", "8 أطفال", 8, "exact", None, "person", "killed"),
    ("أسفر الهجوم عن مقتل ثلاثة جنود", "ثلاثة جنود", 3, "exact", None, "person", "killed"),
    ("قتل ما لا يقل عن 50 شخصا في الانفجار", "ما لا يقل عن 50 شخصا", 50, "at_least", None, "person", "killed"),
    ("قتل ما يزيد على 100 مدني في القصف", "ما يزيد على 100 مدني", 100, "more_than", None, "person", "killed"),
    ("قتل قرابة 300 شخص في المجزرة", "قرابة 300 شخص", 300, "about", None, "person", "killed"),
    ("قتل حوالي 70 شخصا في الانفجار", "حوالي 70 شخصا", 70, "about", None, "person", "killed"),
    ("قتل ما يصل إلى 60 شخصا في الهجوم", "ما يصل إلى 60 شخصا", 60, "up_to", None, "person", "killed"),
    ("قتل أقل من 10 أشخاص في الحادث", "أقل من 10 أشخاص", 10, "less_than", None, "person", "killed"),
    ("قتل بين 10 و15 شخصا في الهجوم", "بين 10 و15 شخصا", 10, "range", 15, "person", "killed"),
    ("سقط ما بين 20 و30 قتيلا في الاشتباكات", "بين 20 و30 قتيلا", 20, "range", 30, "person", "killed"),
    ("قتل ألف مسلح في المعارك", "ألف مسلح", 1000, "exact", None, "person", "killed"),
    # injured
    ("جاء بعد مقتل 14 شخصا على الأقل وإصابة 10 آخرين", "10 آخرين", 10, "exact", None, "person", "injured"),
    ("خلف 12 قتيلا و 16 جريحا في العاصمة", "16 جريحا", 16, "exact", None, "person", "injured"),
    ("قتل 21 من عناصر الجيش والحشد وجرح 24 آخرين", "24 آخرين", 24, "exact", None, "person", "injured"),
    ("قتل 260 مقاتلا وأصيب حوالى400 آخرين خلال أسبوع", "حوالى400 آخرين", 400, "about", None, "person",
     "injured"),
    ("الهجوم الانتحاري قتل خمسة أشخاص وأصاب 16 اليوم في منطقة", "16", 16, "exact", None, "person", "injured"),
    ("الهجوم الانتحاري قتل خمسة أشخاص وأصاب 16 اليوم في منطقة", "خمسة أشخاص", 5, "exact", None, "person",
     "killed"),
    ("وأصابت المئات غيرهم في الهجمات", "المئات غيرهم", 100, "vague", None, "person", "injured"),
    ("استشهاد عشرة وثلاثة عاملين وإصابة تسعة آخرين أثناء الصلاة", "تسعة آخرين", 9, "exact", None, "person",
     "injured"),
    ("أصيب أكثر من 23 شخصا في ثلاثة حوادث مرور", "أكثر من 23 شخصا", 23, "more_than", None, "person", "injured"),
    ("أسفر عن وقوع 6 جرحى في الحادث", "6 جرحى", 6, "exact", None, "person", "injured"),
    ("أصيب التفجير على الأقل 40 جريحا في المسجد", "على الأقل 40 جريحا", 40, "at_least", None, "person",
     "injured"),
    ("ما أدى إلى إصابة شابين بالرصاص الحي", "شابين", 2, "exact", None, "person", "injured"),
    ("يحتاج أكثر من عشرة آلاف مصاب للعناية الطبية", "أكثر من عشرة آلاف مصاب", 10000, "more_than", None,
     "person", "injured"),
    ("أصيب مئات الأشخاص بجروح", "مئات الأشخاص", 100, "vague", None, "person", "injured"),
    ("أصيب زهاء 50 شخصا بجروح", "زهاء 50 شخصا", 50, "about", None, "person", "injured"),
    ("أصيب من 10 إلى 15 شخصا بجروح", "من 10 إلى 15 شخصا", 10, "range", 15, "person", "injured"),
    # displaced
    ("نزح أكثر من 100 ألف شخص من القرى", "أكثر من 100 ألف شخص", 100000, "more_than", None, "person",
     "displaced"),
    ("أعلنت السلطات عودة 500 عائلة إلى المدينة", "500 عائلة", 500, "exact", None, "family", "displaced"),
    ("تم إجلاء 300 مدني من الحي", "300 مدني", 300, "exact", None, "person", "displaced"),
    ("لجأ إليها نحو 166 ألف مدني", "نحو 166 ألف مدني", 166000, "about", None, "person", "displaced"),
    ("تستضيف البلاد 3.6 ملايين لاجئ", "3.6 ملايين لاجئ", 3600000, "exact", None, "person", "displaced"),
    ("يعيش في المخيمات 2.5 مليون نازح", "2.5 مليون نازح", 2500000, "exact", None, "person", "displaced"),
    ("تستقبل البلاد نصف مليون لاجئ", "نصف مليون لاجئ", 500000, "exact", None, "person", "displaced"),
    ("وصل ثلاثة آلاف وخمسمائة نازح إلى المخيم", "ثلاثة آلاف وخمسمائة نازح", 3500, "exact", None, "person",
     "displaced"),
    ("يقيم في المخيم ألفا نازح", "ألفا نازح", 2000, "exact", None, "person", "displaced"),
    ("تستضيف تركيا مليونا لاجئ", "مليونا لاجئ", 2000000, "exact", None, "person", "displaced"),
    ("وجود آلاف النازحين في البلدتين", "آلاف النازحين", 1000, "vague", None, "person", "displaced"),
    ("تستضيف مئات الآلاف من اللاجئين", "مئات الآلاف من اللاجئين", 100000, "vague", None, "person",
     "displaced"),
    ("عودة عشرات الأسر النازحة إلى مناطق سكنها", "عشرات الأسر", 10, "vague", None, "family", "displaced"),
    ("نحو 200 أسرة فرت من القتال", "نحو 200 أسرة", 200, "about", None, "family", "displaced"),
    ("تقديم الطعام إلى ما يقرب من مليون نازح في العراق", "ما يقرب من مليون نازح", 1000000, "about", None,
     "person", "displaced"),
    ("1.200 نازح وصلوا إلى المدينة", "1.200 نازح", 1200, "exact", None, "person", "displaced"),
    ("تشريد أكثر من مليون شخص", "أكثر من مليون شخص", 1000000, "more_than", None, "person", "displaced"),
    ("هرب 40 شخصا من القرية", "40 شخصا", 40, "exact", None, "person", "displaced"),
    # arrested
    ("فتحت المقاومة أماكن احتجاز لعشرات الحوثيين", "عشرات الحوثيين", 10, "vague", None, "person", "arrested"),
    ("لا يزال عشرات منهم محتجزين لدى المقاومة", "عشرات منهم", 10, "vague", None, "person", "arrested"),
    ("واعتقلت الشرطة ثلاثة مشتبهين في الهجوم", "ثلاثة مشتبهين", 3, "exact", None, "person", "arrested"),
    # duals count two; a casualty dual carries its category
    ("ومقتل فردين إرهابيين كانا على متنها", "فردين", 2, "exact", None, "person", "killed"),
    ("وذكر المكتب أن قتيلين على الأقل سقطا", "قتيلين على الأقل", 2, "at_least", None, "person", "killed"),
    # a sound plural's dual in the nominative; "two" after its noun as an adjective
    ("قتل مسلحان في اشتباك مع الشرطة", "مسلحان", 2, "exact", None, "person", "killed"),
    ("أصيب مدنيان بجروح في القصف", "مدنيان", 2, "exact", None, "person", "injured"),
    ("اعتقلت الشرطة ناشطين اثنين في المدينة", "ناشطين اثنين", 2, "exact", None, "person", "arrested"),
    ("وأودت الغارات بحياة 6 مدنيين في القرية", "6 مدنيين", 6, "exact", None, "person", "killed"),
    ("وقال الطلاب إن حوالي 700 طالب تجمعوا في ساحة القصبة", "حوالي 700 طالب", 700, "about", None, "person",
     "participants"),
    ("وقال المسؤول لقد أخرجنا 5000 شخص من المدينة المحاصرة", "5000 شخص", 5000, "exact", None, "person",
     "displaced"),
    # cases a hospital received are the injured
    ("وقال مدير المستشفى إنه تم استقبال الحالات الأربع الأكثر خطورة مساء الخميس", "الحالات الأربع", 4,
     "exact", None, "person", "injured"),
    ("وأوضح أن الحالات مستقرة، منها حالتان في العناية المركزة", "حالتان", 2, "exact", None, "person",
     "injured"),
    ("دخل حوالي 41 شابا في اعتصام سلمي أمام الولاية", "حوالي 41 شابا", 41, "about", None, "person",
     "participants"),
    # "القضاء على" with a count of people is killing; "تصفية" likewise
    ("أعلن الجيش القضاء على 25 مسلحا في المدينة", "25 مسلحا", 25, "exact", None, "person", "killed"),
    ("تمكنت القوات من تصفية ثلاثة إرهابيين في الجبل", "ثلاثة إرهابيين", 3, "exact", None, "person", "killed"),
    ("اعتقلت قوات الأمن 851 شخصا مشتبها به", "851 شخصا", 851, "exact", None, "person", "arrested"),
    ("أوقفت الشرطة 251 شخصا في إطار حملة", "251 شخصا", 251, "exact", None, "person", "arrested"),
    ("ألقت السلطات القبض على 17 شخصاً", "17 شخصاً", 17, "exact", None, "person", "arrested"),
    ("اعتقلت قوات الاحتلال أكثر من 30 فلسطينياً", "أكثر من 30 فلسطينياً", 30, "more_than", None, "person",
     "arrested"),
    ("احتجزت الشرطة 12 متظاهرا", "12 متظاهرا", 12, "exact", None, "person", "arrested"),
    ("تم توقيف 9 أشخاص", "9 أشخاص", 9, "exact", None, "person", "arrested"),
    ("يوجد 1320 أسيراً لدى الميليشيات", "1320 أسيراً", 1320, "exact", None, "person", "other"),
    # abducted / missing
    ("اختطف مسلحون 12 شخصا من الحافلة", "12 شخصا", 12, "exact", None, "person", "abducted"),
    ("خطف 5 صحفيين في المدينة", "5 صحفيين", 5, "exact", None, "person", "abducted"),
    ("لا يزال مصير 20 مختطفا مجهولا", "20 مختطفا", 20, "exact", None, "person", "abducted"),
    ("وهناك 15 مفقودا تحت الأنقاض", "15 مفقودا", 15, "exact", None, "person", "missing"),
    ("ما زال 30 شخصا في عداد المفقودين", "30 شخصا", 30, "exact", None, "person", "missing"),
    # participants
    ("شارك آلاف المتظاهرين في المسيرة", "آلاف المتظاهرين", 1000, "vague", None, "person", "participants"),
    ("تظاهر نحو 5 آلاف شخص في الساحة", "نحو 5 آلاف شخص", 5000, "about", None, "person", "participants"),
    ("احتشد عشرات الآلاف من المحتجين", "عشرات الآلاف من المحتجين", 10000, "vague", None, "person",
     "participants"),
    ("خرج 300 متظاهر إلى الشوارع", "300 متظاهر", 300, "exact", None, "person", "participants"),
    ("أصيب في تلك الاحتجاجات 11 شخصا بعد إطلاق النار", "11 شخصا", 11, "exact", None, "person", "injured"),
    ("نصبوا كمينا محكما قتل خلاله 13 عنصرا من الميليشيات", "13 عنصرا", 13, "exact", None, "person",
     "killed"),
    ("لقي 22 من رجال الأمن مصرعهم", "22 من رجال الأمن", 22, "exact", None, "person", "killed"),
    ("التفجير الذي راح ضحيته 10 أفراد من القوات", "10 أفراد", 10, "exact", None, "person", "killed"),
    ("تنظيم تظاهرات حاشدة يشارك فيها المئات من الناشطين", "المئات من الناشطين", 100, "vague", None,
     "person", "participants"),
    # people with no category cue: listed, not scored
    ("قال المصدر إن 3 مسؤولين حوثيين يشاركون في المحادثات", "3 مسؤولين", 3, "exact", None, "person",
     "other"),
    ("شيع آلاف الفلسطينيين جنازة مسعفة قتلها الجيش", "آلاف الفلسطينيين", 1000, "vague", None, "person",
     "other"),
    ("أكدت المصادر مشاركة عشرة آلاف من رجال الشرطة في توفير الأمن", "عشرة آلاف من رجال الشرطة", 10000, "exact",
     None, "person", "other"),
    ("يعيش 5 آلاف شخص في المخيم", "5 آلاف شخص", 5000, "exact", None, "person", "other"),
    ("وصل 20 صحفيا إلى المدينة", "20 صحفيا", 20, "exact", None, "person", "other"),
    ("تستهدف الحملة 5050 عائلة في المنطقة", "5050 عائلة", 5050, "exact", None, "family", "other"),
    # sentenced people are not arrested (§2.7)
    ("قضت المحكمة بسجن 14 شخصا بينهم شرطيان", "14 شخصا", 14, "exact", None, "person", "other"),
    ("أصدرت المحكمة أحكاما بالسجن على 10 أشخاص", "10 أشخاص", 10, "exact", None, "person", "other"),
    # span conventions
    ("وثلاثة مدنيين قتلوا في الغارة", "ثلاثة مدنيين", 3, "exact", None, "person", "killed"),
    ("قتل 13 شخصا على الأقل من الجانبين", "13 شخصا على الأقل", 13, "at_least", None, "person", "killed"),
    ("قتل اثنين من رجال الشرطة في الهجوم", "اثنين من رجال الشرطة", 2, "exact", None, "person", "killed"),
    ("أصيبت الحالات الأربع بحروق بالغة", "الحالات الأربع", 4, "exact", None, "person", "injured"),
    ("تبين وفاة 4 حالات نتيجة الإصابات", "4 حالات", 4, "exact", None, "person", "killed"),
    # groups after من the noun list lacks: armed groups, nisba plurals, possessed heads
    ("وكان 23 من الحوثيين قتلوا في المعارك", "23 من الحوثيين", 23, "exact", None, "person", "killed"),
    ("وقتل 15 من ميليشيا الحوثي في الغارة", "15 من ميليشيا", 15, "exact", None, "person", "killed"),
    ("نتج عنه استشهاد عشرة من منسوبي القوات", "عشرة من منسوبي القوات", 10, "exact", None, "person", "killed"),
    ("أدى الانفجار إلى جرح أربعة من جنوده", "أربعة من جنوده", 4, "exact", None, "person", "injured"),
    ("ردا على مقتل عشرات من قادتها", "عشرات من قادتها", 10, "vague", None, "person", "killed"),
    ("فيما قتل ثمانية مهاجمين في الاشتباك", "ثمانية مهاجمين", 8, "exact", None, "person", "killed"),
    # إيقاف names arrests only right before its count; a bare count before the other half of a toll
    ("وتمكنت الوحدات من إيقاف 6 عناصر في المدينة", "6 عناصر", 6, "exact", None, "person", "arrested"),
    ("وأسفر الهجوم عن مقتل 5 وجرح 10 آخرين", "5", 5, "exact", None, "person", "killed"),
    # tourists and attackers; cases of choking are injured, whatever count they are joined to
    ("وقتل 38 سائحا في الهجوم", "38 سائحا", 38, "exact", None, "person", "killed"),
    ("إن ثلاثة من منفذي الهجوم قتلوا", "ثلاثة من منفذي", 3, "exact", None, "person", "killed"),
    ("وصلت الحصيلة إلى قرابة 100 قتيل و1000 حالة اختناق", "1000 حالة", 1000, "exact", None, "person", "injured"),
    ("استشهاد عشرة من رجال الأمن وثلاثة عاملين وإصابة تسعة آخرين", "ثلاثة عاملين", 3, "exact", None, "person",
     "killed"),
    # counted people: a singular nisba after 11 or more, a nisba dual, a bare number word after
    # "قتل فيها", "شخص واحد" (audit U15 P6)
    ("قتل شابان وأصيب حوالي 500 فلسطيني في المواجهات", "حوالي 500 فلسطيني", 500, "about", None, "person",
     "injured"),
    ("وقتل فلسطينيان في القصف", "فلسطينيان", 2, "exact", None, "person", "killed"),
    ("وقتل مدنيان في الغارة", "مدنيان", 2, "exact", None, "person", "killed"),
    ("خرجت مسيرات قتل فيها اثنان وأصيب آخرون", "اثنان", 2, "exact", None, "person", "killed"),
    ("وأسفر الانفجار عن جرح شخص واحد في السوق", "شخص واحد", 1, "exact", None, "person", "injured"),
    # a protest verb before its subject count: participants
    ("تظاهرت عشرات الآلاف من النساء في العاصمة", "عشرات الآلاف من النساء", 10000, "vague", None, "person",
     "participants"),
    # two numbers: two counts, not a combined total
    ("قتل 5 وأصيب 10 في الهجوم", "10", 10, "exact", None, "person", "injured"),
    ("وقال إن 25 جنديا قتلوا وأصيب 35 آخرون", "35 آخرون", 35, "exact", None, "person", "injured"),
    ("قتل فيها متظاهر واحد وأصيب 25 آخرون", "متظاهر واحد", 1, "exact", None, "person", "killed"),
]


@pytest.mark.parametrize("text,span,value,qualifier,high,unit,category", CASES)
def test_quantity(run_quantities, text, span, value, qualifier, high, unit, category):
    found = [q for q in run_quantities(text) if q.text == span]
    assert found, f"{span!r} not found in {[q.text for q in run_quantities(text)]}"
    q = found[0]
    assert (q.value, q.qualifier, q.high, q.unit, q.category) == (value, qualifier, high, unit, category)


NOT_QUANTITIES = [
    "قتل عدة أشخاص في الهجوم",
    "قتل أحد المتظاهرين في الهجوم",  # أحد is not a number (§2.7)
    "قتل وأصيب العشرات في هجمات انتحارية",  # combined totals (§2.7)
    "كبدت المعارك الميليشيا عشرات القتلى والجرحى",
    "قتل أحد الجنود في الهجوم",
    "قتل جنود في الهجوم",
    "أسفر القصف عن سقوط 30 قتيلا وجريحا",
    "خلف الانفجار 45 قتيلا وجريحا",
    "بلغت الخسائر 5 ملايين دولار",
    "ارتفعت النسبة 30% هذا العام",
    "بلغت البطالة 17 بالمئة",
    "بلغت البطالة 17 في المئة",
    "وقع ذلك عام 2015 في المدينة",
    "استمر القصف 3 أيام",
    "تقع القرية على بعد 20 كلم من المدينة",
    "يبلغ من العمر 25 عاما",
    "أطلق المسلحون 16 صاروخا",
    "سقط قتلى وجرحى في الهجوم",
    "نحو 30 طنا من المساعدات",
    "فقد 17 بالمائة منهم البصر",
    "انعقد الاجتماع في 12 مارس",
    "قتل 2015 في",
    "قتل مسلحين في الهجوم",  # a plural, not the dual
    "أكد الوزير ضرورة القضاء على الإرهاب",
    "سجل المستشفى 12 حالة جديدة بفيروس كورونا",  # cases of a disease
    "صرح ضابط عن مقتل وجرح 45 من الجيش والحشد",  # a combined total named before its number
    "وقرر المجلس إيقاف العمل بالمصنع الذي يعمل فيه 300 عامل",  # إيقاف of work, not of workers
]


@pytest.mark.parametrize("text", [
    "اتفقت الأحزاب على هيكل قيادي واحد",  # "one" as an adjective, no category
    "قال إن الأمر كله بيد شخص واحد",
    "أكد الجانب الفلسطيني رفضه للقرار",  # a definite adjective, no number
    "نددت حركة طالبان بالهجوم",  # not a dual of طالب
])
def test_no_count_at_all(run_quantities, text):
    assert [q.text for q in run_quantities(text)] == []


def test_a_dual_adjective_of_a_dual_is_the_same_two(run_quantities):
    assert [(q.text, q.value) for q in run_quantities("قتل صحافيان فلسطينيان خلال التغطية")] == [("صحافيان", 2)]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_scored_quantity(run_quantities, text):
    scored = [q for q in run_quantities(text) if q.category != "other"]
    assert scored == [], [(q.text, q.category) for q in scored]


def test_several_counts_in_order_with_ids(run_quantities):
    text = "قتل ثلاثة مدنيين وأصيب سبعة آخرون واعتقل 12 شخصا وفرت 200 عائلة"
    qs = run_quantities(text)
    assert [q.id for q in qs] == ["q1", "q2", "q3", "q4"]
    assert [q.category for q in qs] == ["killed", "injured", "arrested", "displaced"]
    assert [q.unit for q in qs] == ["person", "person", "person", "family"]


def test_range_to_dict_has_high(run_quantities):
    (q,) = run_quantities("قتل بين 10 و15 شخصا")
    assert q.to_dict()["high"] == 15 and "high" not in run_quantities("قتل 10 أشخاص")[0].to_dict()


def test_numbers_inside_times_are_not_counts(run_quantities):
    qs = run_quantities("قتل 5 أشخاص في 12 مارس 2019 بعد ثلاثة أيام من الهجوم")
    assert [q.text for q in qs] == ["5 أشخاص"]


def test_without_published_date(run_quantities):
    qs = run_quantities("فر أكثر من 30 ألف شخص من المدينة", published=None)
    assert [(q.value, q.qualifier, q.category) for q in qs] == [(30000, "more_than", "displaced")]


def test_stage_wiring():
    from rasd.pipeline.registry import get_factory

    stage = get_factory("quantities")({}, None)
    assert stage.name == "quantities" and stage.assigns == ("quantities",)


@pytest.mark.parametrize("text,categories", [
    ("وقتل 36 شخصا بينهم نحو 20 طفلا في الغارة.", ["killed", "killed"]),
    ("وأصيب 12 شخصا، منهم 3 أطفال، في الانفجار.", ["injured", "injured"]),
    ("واعتقلت الشرطة 15 شخصا من بينهم 4 نساء.", ["arrested", "arrested"]),
])
def test_a_subset_after_binahum_takes_the_category_of_its_count(run_quantities, text, categories):
    assert [q.category for q in run_quantities(text)] == categories


@pytest.mark.parametrize("text,categories", [
    ("ولقي 17 شخصا مصرعهم، فيما تعرض 36 آخرين لإصابات.", ["killed", "injured"]),
    ("وقال إن 84 أسرة لجأت إلى المخيم، بعد أن قتلوا، كما تعرض نحو 31 شخصا لإصابات.", ["injured"]),
])
def test_a_cue_before_a_comma_and_a_conjunction_belongs_to_its_own_clause(run_quantities, text, categories):
    got = [q.category for q in run_quantities(text)]
    assert got[-len(categories):] == categories


def test_a_nisba_after_thousands_or_millions_counts_people(run_quantities):
    (q,) = run_quantities("وقالت المنظمة إن 1,3 مليون يمني أجبروا على النزوح.")
    assert (q.value, q.unit, q.category) == (1300000, "person", "displaced")
    assert run_quantities("وبلغت الخسائر خمسة ملايين دولار.") == []


@pytest.mark.parametrize("text,categories", [
    ("وقتل 39 فلسطينيا على الأقل، و5 إسرائيليين في المواجهات.", ["killed", "killed"]),
    ("واعتقل 5 أشخاص، و10 آخرون أصيبوا.", ["arrested", "injured"]),  # its own cue wins
])
def test_a_count_listed_after_a_comma_and_wa_takes_the_tolls_category(run_quantities, text, categories):
    assert [q.category for q in run_quantities(text)] == categories
