"""Scopes of modals, avoidance and complementisers, and false friends (audit of unseen news U29)."""
from filter_probes import detected_types as _types, dropped_and_kept, misread_types as _misread_types


# (sentence, type that must NOT be detected)
SUPPRESSED = [
    # a shop closing its doors is no closure by force
    ("وأغلقت المحلات التجارية أبوابها في المدينة.", "COERCE"),
    # what يمنع/تمنع prevents has not happened
    ("وتواصلت جهود الأمم المتحدة للتوصل إلى حل سياسي يمنع شن هجوم على الميناء.", "ASSAULT"),
    ("وقال إن القانون يمنع اعتقال الصحفيين.", "COERCE"),
    ("وتتخذ الميليشيات من السكان دروعا وتمنع نزوحهم من المدينة.", "DISPLACE"),
    # an act asked of someone (طلب … من X) is asked for, not done
    ("وقال الكاتب إن الرئيس طلب من وزير الدفاع جيمس ماتيس اغتيال الزعيم.", "ASSAULT"),
    ("والكتاب يتضمن وثائق تؤكد طلبه من مساعدي الرئيس ترتيب لقاء بينهما.", "CONSULT"),
    # لقي meeting no مصرع within reach is no killing
    ("لقي القرار ترحيبا واسعا من الأحزاب والنقابات والجمعيات في البلاد.", "ASSAULT"),
    # a verb of avoiding governs its verbal noun past the subject and a day
    ("وتجنب البيت الأبيض الخميس انتقاد الحكومة.", "ACCUSE"),
    ("وامتنعت الحكومة الأردنية أمس عن إدانة الهجوم.", "ACCUSE"),
    # طالب with nothing demanded (no بـ, no أن after it) is a student
    ("وقال الوزير إن معرفته تعادل معرفة طالب في الصف الخامس.", "REQUEST"),
    # طالما/لطالما + a verb: a habit, no one act
    ("وقالت الصحيفة إن الوزيرة التي طالما انتقدته علانية ستحضر.", "ACCUSE"),
    ("ولطالما انتقد الوزير سياسة الحكومة.", "ACCUSE"),
    # a noun negator still negates what it governs directly (its complementiser rule below)
    ("وأكد عدم وقوع اشتباكات في المدينة.", "ASSAULT"),
    ("وأكد الجيش عدم صحة الأنباء عن اعتقال الصحفي.", "COERCE"),
    ("دهم الجنود المنازل لكن دون أن يبلغ عن اعتقالات في صفوفهم.", "COERCE"),
    ("ولم يؤكد المسؤول أن اشتباكات اندلعت في المدينة.", "ASSAULT"),
    # قد + imperfect reaches over a coordinated noun ("تشريد أو حصار")
    ("وقال المسؤول إن القصف قد يتسبب في تشريد أو حصار آلاف الأسر.", "COERCE"),
]

# (sentence, type that MUST be detected) — the must-not-fire cases
KEPT = [
    # gates shut by a force
    ("وأغلقت قوات الاحتلال بوابات المسجد أمام المصلين اليوم الجمعة.", "COERCE"),
    ("قصفت الطائرات المدينة التي يمنع فيها التجول.", "ASSAULT"),
    # the object of يمنع is no act prevented; nor is a subject that is no physical act
    ("وتحدثت عن المصاعب التي كادت أن تمنع قوافل الأمم المتحدة من إيصال المساعدات.", "AID"),
    # … not a verb of its own after it, nor an act done at the request
    ("وطلبت الشرطة من الرجل الخروج فاعتقلته على الفور.", "COERCE"),
    ("وانسحبت القوات من المدينة بطلب من الحكومة أمس.", "RETREAT"),
    # the one killed named at length between لقي and مصرعه; a counted force deployed
    ("لقي القيادي في الجماعة خالد حسن علي السالمي مصرعه على يد قوات الجيش أمس.", "ASSAULT"),
    ("وانتشر نحو 300 جندي من الجيش في المدينة أمس.", "MOBILIZE"),
    ("قصفت الطائرات البلدة التي طالما استهدفت بالصواريخ.", "ASSAULT"),
    ("وطالب الوزير الحكومة الإسرائيلية بالإفراج عن الأسرى.", "REQUEST"),
    ("طالبت الحكومة المجتمع الدولي أن يتحمل مسؤولياته.", "REQUEST"),
    ("وطالبوا برحيل الحكومة.", "REQUEST"),
    # the avoiding verb does not reach a verb of its own or an act before it
    ("تجنب الجيش وسط المدينة وقصف القرى المحيطة بها أمس.", "ASSAULT"),
    ("فر السكان من البلدة تجنبا للقصف.", "DISPLACE"),
    ("جاءت الدعوة لتفادي وقوع ضحايا مدنيين في الغارات التي شنها الجيش أمس.", "ASSAULT"),
    ("قصفت الطائرات البلدة التي تجنبت المعارك طويلا.", "ASSAULT"),
    # a noun negator does not reach past a complementiser ("طلب عدم نشر اسمه أن …", "غير أن")
    ("وأضاف الساكن الذي طلب عدم نشر اسمه أن اشتباكات ضارية اندلعت قرب الجامعة.", "ASSAULT"),
    ("غير أن اشتباكات اندلعت في المدينة أمس.", "ASSAULT"),
    ("لا شك أن اشتباكات اندلعت في المدينة أمس.", "ASSAULT"),
    ("وقصفت الطائرات المستشفى أو ما تبقى منه في البلدة.", "ASSAULT"),
    ("وقد قتل أو أصيب 20 شخصا في القصف على البلدة.", "ASSAULT"),
]


test_not_asserted, test_asserted = dropped_and_kept(_types, SUPPRESSED, KEPT)


# (sentence, type dropped as another sense of its word)
MISREAD = [
    # protesters called on are addressed, not protesting
    ("وتجنب البيت الأبيض الخميس انتقاد إسرائيل داعيا المتظاهرين إلى إبقاء تحركهم سلميا.", "PROTEST"),
    # a hospital takes in casualties: no meeting
    ("وقالت المنظمة إنها استقبلت 151 مصابا على مدى الأيام الماضية في مستشفى المدينة.", "CONSULT"),
    ("واستقبل المستشفى جثث القتلى مساء أمس.", "CONSULT"),
    # أدان X بـ + an offence: convicted (a verdict), not condemned
    ("وأدانت الحكومة الروسية الضابط بكشف أسرار للمخابرات الأجنبية.", "ACCUSE"),
    ("وأدانت المحكمة الصحفي بالتجسس لصالح دولة أجنبية.", "ACCUSE"),
    # snipers posted: no shot told
    ("وقبيل وصول الرئيس، تم نشر القناصة بالقرب من المواقع المطلة على الملعب.", "ASSAULT"),
    # احتجاجا set off by a comma after fighting: the fighting's motive, no gathering
    ("وقتل الجيش عشرات المسلحين في اشتباكات استمرت يومين في الشمال، احتجاجا على ترشح الرئيس.", "PROTEST"),
]

# (sentence, type that stays)
NOT_MISREAD = [
    ("وخرج المتظاهرون إلى الشوارع داعين إلى إسقاط الحكومة.", "PROTEST"),
    ("واستقبل الرئيس وفدا من المعارضة أمس.", "CONSULT"),
    ("واستقبل الملك 3 وزراء عرب في القصر أمس.", "CONSULT"),
    ("وأدانت الخارجية بشدة تسريب الوثائق.", "ACCUSE"),
    ("وأدان الوزير الهجوم بأشد العبارات.", "ACCUSE"),
    ("وقتل شاب برصاص قناص في حي الشيخ مقصود أمس.", "ASSAULT"),
    ("وانتشر قناصة على أسطح المباني وأطلقوا النار على المحتجين.", "ASSAULT"),
    ("واندلعت اشتباكات بين الشرطة وشبان خرجوا احتجاجا على اعتقال الناشط.", "PROTEST"),
    ("وأحرق شاب نفسه، احتجاجا على مصادرة عربته.", "PROTEST"),
    ("واعتقلت الشرطة عشرين شخصا، احتجاجا على غلاء الأسعار.", "PROTEST"),
]


test_misread, test_not_misread = dropped_and_kept(_misread_types, MISREAD, NOT_MISREAD)
