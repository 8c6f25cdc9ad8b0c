"""War tolls and tolls since a year (audit of unseen news U34): what the filters drop and keep."""
from filter_probes import detected_types as _types, dropped_and_kept


# (sentence, type that must NOT be detected)
SUPPRESSED = [
    # a war or an insurgency as the subject of an outcome verb: its toll, not a happening
    ("وأسفرت الحرب الأهلية عن مقتل نحو مئة ألف شخص ونزوح مليونين.", "ASSAULT"),
    ("وأسفرت الحرب الأهلية عن مقتل نحو مئة ألف شخص ونزوح مليونين.", "DISPLACE"),
    ("وأسفر التمرد في الإقليم عن سقوط آلاف القتلى وفرار عشرات الآلاف.", "DISPLACE"),
    ("وقد أدت الحرب حتى الآن إلى قتل أكثر من عشرة آلاف شخص.", "ASSAULT"),
    # the fighting as a whole, a second outcome after "كما", a relative clause after the war
    ("وقد خلفت الحرب نحو مئتي ألف قتيل، كما تسببت في تهجير ثلاثة ملايين آخرين.", "DISPLACE"),
    ("وتعثرت جهود التهدئة في البلاد خلال النزاع الطويل، الذي أدى لمقتل عشرات الآلاف.", "ASSAULT"),
    ("وتسببت الأزمة في نزوح مليوني شخص.", "DISPLACE"),
    # a campaign's running total ("حتى الآن")
    ("وأدت العمليات العسكرية في الشمال إلى نزوح نحو مئة ألف شخص حتى الآن.", "DISPLACE"),
    ("وأسفرت الحملة حتى الآن عن مقتل أكثر من 300 مسلح.", "ASSAULT"),
    # منذ a year after the act, in its clause: a toll over years
    ("وقالت المنظمة إن الجماعة خطفت أكثر من 500 امرأة في الإقليم منذ عام 2014.", "ASSAULT"),
    ("وقالت المنظمة إن الجماعة خطفت أكثر من 500 امرأة في الإقليم منذ 2014.", "ASSAULT"),
]

# (sentence, type that must still be detected)
KEPT = [
    ("وأسفرت الغارة عن مقتل خمسة مدنيين ونزوح عشرات العائلات.", "ASSAULT"),
    ("وأسفرت الغارة عن مقتل خمسة مدنيين ونزوح عشرات العائلات.", "DISPLACE"),
    # a day named: that day's news, whatever the noun
    ("وأسفر النزاع القبلي، الأحد، عن مقتل خمسة أشخاص.", "ASSAULT"),
    # a war named with no outcome verb before the act
    ("وقال إن الحرب لن تتوقف، وقتل خمسة في قصف على المدينة.", "ASSAULT"),
    # a campaign's outcome with no running total, and a running total of one attack
    ("وأسفرت العمليات العسكرية عن مقتل 20 مسلحا في القرية.", "ASSAULT"),
    ("وأسفر الهجوم حتى الآن عن مقتل 12 شخصا.", "ASSAULT"),
    # a caused outcome with no war for subject
    ("وتسبب القصف في نزوح مئات العائلات من القرية.", "DISPLACE"),
    # a war named after the outcome verb's clause, a sentence apart
    ("وقال الجيش إن الحرب طويلة. وقتل خمسة في غارة على البلدة.", "ASSAULT"),
    # a first since a year measures the act
    ("وشنت الطائرات غارات على المدينة هي الأولى منذ عام 2014.", "ASSAULT"),
]


test_suppressed, test_kept = dropped_and_kept(_types, SUPPRESSED, KEPT)
