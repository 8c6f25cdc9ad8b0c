"""False friends, plans, goals and general states (audits of unseen news U29 and U30): what the filters drop and keep."""
from filter_probes import detected_types as _types, dropped_and_kept, read_types as _read_types


# (sentence, type that must NOT be detected)
SUPPRESSED = [
    # a storm, an eruption, a shark: no human agent, its dead are no attack (SPEC 2.7)
    ("وأسفر الإعصار عن مقتل سبعة أشخاص في الجزيرة.", "ASSAULT"),
    ("وقالت السلطات إن العاصفة أسفرت عن مقتل أربعة صيادين.", "ASSAULT"),
    ("وقتل عشرة قرويين جراء ثوران بركان في الجزيرة.", "ASSAULT"),
    ("وقتل سباح بعد أن عضته سمكة قرش قبالة الشاطئ.", "ASSAULT"),
    # a possible act, described right after its noun, has not happened
    ("وتواصل القوات الاستعدادات لهجوم محتمل على المدينة.", "ASSAULT"),
    ("وحذر المسؤول من الهجوم المحتمل على الميناء.", "ASSAULT"),
    # the march a call asks people to join (للمشاركة في / إلى المشاركة في) has not happened
    ("ووجهت الفصائل دعوات شعبية للمشاركة في مسيرات جماهيرية يوم الجمعة.", "PROTEST"),
    ("ودعا الناشطون إلى المشاركة في مسيرات يوم الجمعة.", "PROTEST"),
    ("ودعت الحركة أنصارها للمشاركة في مسيرات يوم الجمعة.", "PROTEST"),
    # getting ready, its subject between, for a ل-prefixed act: prepared, not done
    ("وفي غضون ذلك، استعدت القوات الأمنية الخاصة لاقتحام الحي الغربي.", "COERCE"),
    ("ووجهت الشرطة نداءات للسكان بالخروج من الحي استعدادا لاقتحامه من قبل قواتها.", "COERCE"),
    # an act named as what a level or a rate measures is a general state
    ("وحذرت المنظمة من ارتفاع مستوى الهجمات ضد المدارس في البلاد.", "ASSAULT"),
    ("وقال التقرير إن معدل الاعتقالات ارتفع في البلاد.", "COERCE"),
    # the work or the contribution a return is the goal of (للعمل على / المساهمة في)
    ("وشكلت الحكومة لجنة خاصة للعمل على عودة النازحين إلى القرى.", "DISPLACE"),
    ("ودعا الوزير المنظمات الدولية إلى العمل على عودة المهجرين.", "DISPLACE"),
    ("وناشد المبعوث الدول المانحة المساهمة في عودة النازحين إلى مدنهم.", "DISPLACE"),
    ("وخصصت الوزارة مبلغا للمساهمة في عودة العائلات.", "DISPLACE"),
    # arrangements to complete a return (لإكمال)
    ("وقال المسؤول إن هناك ترتيبات لإكمال عودة العالقين في الخارج.", "DISPLACE"),
]

# (sentence, type that must still be detected)
KEPT = [
    # "عاصفة الحزم" is the name of an armed operation, a bare "بركان" a missile's name
    ("وقتل خمسة مسلحين في غارة لطائرات عاصفة الحزم على المدينة.", "ASSAULT"),
    ("وقتل جندي بصاروخ بركان أطلقه المسلحون على القاعدة.", "ASSAULT"),
    # a real attack word in a storm's sentence still stands
    ("وشن الجيش غارات على مواقع المسلحين رغم الإعصار.", "ASSAULT"),
    # "يحتمل" of the victim is no hedge on the act
    ("وقتل شخص يحتمل أنه مسلح في هجوم على حاجز للشرطة.", "ASSAULT"),
    # joining a march with no call before it: the march happened
    ("وخرج الآلاف للمشاركة في مسيرة يوم الجمعة.", "PROTEST"),
    ("وشارك الآلاف في مسيرة يوم الجمعة بعد دعوات من الحركة.", "PROTEST"),
    ("وجاء الشبان بذريعة المشاركة في مسيرة الأول من مايو.", "PROTEST"),
    # a clause opener ends the reach of the preparing verb; يعد "is deemed" prepares nothing
    ("واستعدت القوات بعد أن قصف المسلحون الحي لاقتحام المدينة.", "ASSAULT"),
    ("ويعد الهجوم الأعنف لقصف المدينة منذ أشهر.", "ASSAULT"),
    # a toll's count of one act: no statistic
    ("وارتفع عدد قتلى الغارة على السوق إلى 12.", "ASSAULT"),
    # a dated return, no effort word before it
    ("وشهدت البلدة عودة 300 عائلة نازحة يوم الأحد.", "DISPLACE"),
    # work or a contribution away from the act (a word between) does not govern it
    ("وعاد العمال إلى العمل بعد عودة النازحين إلى البلدة.", "DISPLACE"),
    # على / في right before the act with no effort word: a place or a target
    ("وقتل جندي في هجوم على حاجز للشرطة.", "ASSAULT"),
]


test_suppressed, test_kept = dropped_and_kept(_types, SUPPRESSED, KEPT)


# (sentence, type that the sense checks must drop)
MISREAD = [
    # a career or a process, not a march: a span of years, a process noun with ال or a proclitic
    ("وهذه شهادة واحدة من مسيرة أربع سنوات أمضاها الوزير في المنصب.", "PROTEST"),
    ("وأنهى اللاعب مسيرة 20 عاما مع النادي.", "PROTEST"),
    ("وأكد الوزير دعم بلاده لمسيرة الحوار الوطني.", "PROTEST"),
    ("وتسعى الدول الثلاث إلى الانطلاق بمسيرة التعاون في مجال الطاقة.", "PROTEST"),
    ("وقال البيان إن الراحل أضاء مسيرة العمل العربي المشترك.", "PROTEST"),
    ("ويعد الفوز محطة مهمة في مسيرة الرياضة الوطنية.", "PROTEST"),
    # بحثت is "searched / discussed", not ب + حثت
    ("وبحثت الشرطة عنها طوال أسبوعين.", "REQUEST"),
    ("وبحثت الوزيرة مع نظيرها الأزمة في المنطقة.", "REQUEST"),
    # a vessel named by its role, not an attack
    ("وأعلنت البحرية عن غواصة هجوم نووي جديدة في الميناء.", "ASSAULT"),
    ("واشترت البحرية زوارق هجوم سريعة.", "ASSAULT"),
    # a crisis as the doer: a metaphor
    ("وتحدث الكاتب عن التاجر الذي أحرقته الأزمة الاقتصادية.", "ASSAULT"),
]

# (sentence, type that the sense checks must keep)
READ_KEPT = [
    ("وخرجت مسيرة حاشدة في شوارع المدينة.", "PROTEST"),
    ("وانطلقت مسيرة العودة الكبرى قرب السياج.", "PROTEST"),
    ("وجابت مسيرة شوارع المدينة لمدة ثلاث ساعات.", "PROTEST"),
    ("وانطلقت مسيرة العمال من وسط المدينة باتجاه البرلمان.", "PROTEST"),
    ("وحثت الوزيرة الحكومة على الإسراع في الإصلاحات.", "REQUEST"),
    # the vessel as a doer or a target: a real attack
    ("وشنت الغواصة هجوما صاروخيا على الميناء.", "ASSAULT"),
    ("وقتل بحار في هجوم على غواصة في الميناء.", "ASSAULT"),
    # a person or a group burning: a real act; the crisis after an object is no doer
    ("وأحرقه المسلحون داخل منزله.", "ASSAULT"),
    ("وأحرق المحتجون مقر الحزب خلال الأزمة السياسية.", "ASSAULT"),
]


test_misread, test_read_kept = dropped_and_kept(_read_types, MISREAD, READ_KEPT)


def test_joined_goal():
    """An act joined by و to a goal act (لإكمال / للعمل على) is a goal too; a joined act with
    no goal phrase before it stands."""
    assert _types("وقال إن هناك ترتيبات لإكمال عودة العالقين في الخارج وعودة النازحين.").count("DISPLACE") == 0
    assert _types("وشكلت الحكومة لجنة للعمل على عودة اللاجئين وعودة النازحين.").count("DISPLACE") == 0
    assert "DISPLACE" in _types("وشهدت البلدة عودة العالقين في الخارج وعودة النازحين.")
