"""Trigger typing and modes, one invented sentence per case."""
import pytest

from filter_probes import detected_modes, detected_types
from rasd.stages.event_detect import detect, find_triggers
from rasd.text.tokenize import tokenize

TYPED = [
    ("قصفت المدفعية قرية في الريف الشمالي.", "ASSAULT", "shelling"),
    ("وقصف الجيش مواقع المسلحين فجرا.", "ASSAULT", "shelling"),
    ("شنت الطائرات غارة على مخزن للسلاح.", "ASSAULT", "airstrike"),
    ("أسفرت غارات ليلية عن دمار واسع.", "ASSAULT", "airstrike"),
    ("نفذت المقاتلات ضربات جوية على معسكر.", "ASSAULT", "airstrike"),
    ("سقطت قذائف هاون على السوق.", "ASSAULT", "shelling"),
    ("اندلعت اشتباكات عنيفة بين الطرفين.", "ASSAULT", "clash"),
    ("واشتبك مقاتلون مع دورية للجيش.", "ASSAULT", "clash"),
    ("دارت معارك في محيط المطار.", "ASSAULT", "clash"),
    ("هز انفجار سوقا شعبية.", "ASSAULT", "bombing"),
    ("انفجرت عبوة ناسفة بدورية.", "ASSAULT", "bombing"),
    ("وقع تفجير قرب مركز للشرطة.", "ASSAULT", "bombing"),
    ("فجر انتحاري نفسه وسط حشد.", "ASSAULT", "bombing"),
    ("انفجرت سيارة مفخخة قرب الفندق.", "ASSAULT", "bombing"),
    ("نجا الوزير من محاولة اغتيال.", "ASSAULT", "killing"),
    ("اغتال مجهولون قاضيا أمام منزله.", "ASSAULT", "killing"),
    ("أعدم التنظيم ثلاثة رهائن.", "ASSAULT", "killing"),
    ("ارتكبت الميليشيا مجزرة في القرية.", "ASSAULT", "killing"),
    ("أطلق مسلحون النار على حافلة.", "ASSAULT", "shooting"),
    ("أصيب شرطي في إطلاق نار عند الحاجز.", "ASSAULT", "shooting"),
    ("اختطف مسلحون صحفيا أجنبيا.", "ASSAULT", "abduction"),
    ("أعلنت الشرطة اختطاف طفلين.", "ASSAULT", "abduction"),
    ("هاجم مسلحون نقطة تفتيش.", "ASSAULT", "other"),
    ("استهدف هجوم قافلة عسكرية.", "ASSAULT", "other"),
    ("أحرق محتجون غاضبون مبنى البلدية.", "ASSAULT", "other"),
    ("تظاهر مئات الطلاب أمام الوزارة.", "PROTEST", "demonstration"),
    ("خرجت مظاهرات في عدة مدن.", "PROTEST", "demonstration"),
    ("نظم العمال وقفة احتجاجية أمام المصنع.", "PROTEST", "demonstration"),
    ("احتج السكان على انقطاع الكهرباء.", "PROTEST", "demonstration"),
    ("بدأ المعلمون اعتصاما مفتوحا.", "PROTEST", "sit-in"),
    ("أعلن الأطباء إضرابا عاما.", "PROTEST", "strike"),
    ("دخل المعتقلون في إضراب عن الطعام.", "PROTEST", "hunger-strike"),
    ("شهدت العاصمة أعمال شغب ليلية.", "PROTEST", "riot"),
    ("ووقعت مواجهات عنيفة في وسط المدينة.", "ASSAULT", "clash"),  # no count needed
    ("قتل أربعة مسلحين في كمين نصبته القوات.", "ASSAULT", "clash"),
    ("وتمكنت الشرطة من إيقافه في المدينة.", "COERCE", "arrest"),
    ("اعتقلت قوات الأمن خمسة ناشطين.", "COERCE", "arrest"),
    ("ألقت الشرطة القبض على المشتبه به.", "COERCE", "arrest"),
    ("أعلنت السلطات اعتقال مدون.", "COERCE", "arrest"),
    ("داهمت قوة أمنية منزل القيادي.", "COERCE", "raid"),
    ("نفذت الشرطة حملة مداهمات واسعة.", "COERCE", "raid"),
    ("فرضت السلطات حظر التجول في المدينة.", "COERCE", "restriction"),
    ("فرضت السلطات حظر التجوال في المدينة.", "COERCE", "restriction"),
    ("هدمت الجرافات منازل في الحي.", "COERCE", "demolition"),
    ("قررت السلطات ترحيل عشرات المهاجرين.", "COERCE", "deportation"),
    ("صادرت الشرطة أجهزة اتصال.", "COERCE", "seizure"),
    ("نزح آلاف السكان من القرى.", "DISPLACE", "displacement"),
    ("تسبب القتال في نزوح عائلات كثيرة.", "DISPLACE", "displacement"),
    ("فر مئات المدنيين من البلدة.", "DISPLACE", "flight"),
    ("وفروا من منازلهم تحت القصف الليلي.", "DISPLACE", "flight"),
    ("بدأت عملية إجلاء الجرحى من الحي.", "DISPLACE", "evacuation"),
    ("تواصلت عودة اللاجئين إلى قراهم.", "DISPLACE", "return"),
    ("وصلت تعزيزات عسكرية إلى الجبهة.", "MOBILIZE", "deployment"),
    ("أعلن الجيش الاستنفار في صفوفه.", "MOBILIZE", "alert"),
    ("انسحبت القوات من المدينة.", "RETREAT", "withdrawal"),
    ("وسحبت روسيا قواتها من سوريا.", "RETREAT", "withdrawal"),
    ("ورفعت السلطات السبت حظر التجوال في المدينة.", "RETREAT", "easing"),
    ("وأطلقت القوات الإسرائيلية الرصاص على المتظاهرين.", "ASSAULT", "shooting"),
    ("ووافقت الفصائل على وقف إطلاق الصواريخ.", "AGREE", "ceasefire"),
    ("وطعن رجل امرأتين حتى الموت في منزلهما.", "ASSAULT", "killing"),
    ("وقتلت الشابة طعنا في منزلها.", "ASSAULT", "killing"),
    ("وأعلنت أنها أرسلت سفينة حربية إلى ليبيا.", "MOBILIZE", "deployment"),
    ("وبحث الرئيسان في مكالمة هاتفية الأوضاع في المنطقة.", "CONSULT", "call"),
    ("وقدمت الإمارات مساعدات غذائية لسكان عدن.", "AID", "humanitarian"),
    ("وسحبت الميليشيات أسلحة ثقيلة من المدينة.", "RETREAT", "withdrawal"),
    ("أكمل الجيش انسحابه من المنطقة.", "RETREAT", "withdrawal"),
    ("أفرجت السلطات عن عشرين معتقلا.", "RETREAT", "release"),
    ("تم إطلاق سراح الرهائن.", "RETREAT", "release"),
    ("استسلم عشرات المقاتلين للجيش.", "RETREAT", "surrender"),
    ("هدد الوزير بالرد على الهجمات.", "THREATEN", "other"),
    ("توعد القائد خصومه بالعقاب.", "THREATEN", "other"),
    ("اتهمت الحكومة المعارضة بالتحريض.", "ACCUSE", None),
    ("أدانت الوزارة الاعتداء على السفارة.", "ACCUSE", None),
    ("ندد البرلمان بالقرار الأخير.", "ACCUSE", None),
    ("حملت الحكومة الميليشيا مسؤولية التصعيد.", "ACCUSE", None),
    ("دعا الرئيس إلى الحوار الوطني.", "REQUEST", None),
    ("طالبت الحكومة المجتمع الدولي بالتدخل.", "REQUEST", None),
    ("ناشدت الوزارة المنظمات تقديم العون.", "REQUEST", None),
    ("رفضت الحكومة المبادرة الجديدة.", "REJECT", None),
    ("وقع الطرفان اتفاق وقف إطلاق النار.", "AGREE", "ceasefire"),
    ("أعلنت الأطراف هدنة إنسانية.", "AGREE", "ceasefire"),
    ("اجتمع الرئيس مع وفد أجنبي.", "CONSULT", "meeting"),
    ("استقبل الملك الوزير الزائر.", "CONSULT", "meeting"),
    ("بدأ الوزير زيارة رسمية إلى البلاد.", "CONSULT", "visit"),
    ("استؤنفت محادثات السلام اليوم.", "CONSULT", "negotiation"),
    ("جرى اتصال هاتفي بين الزعيمين.", "CONSULT", "call"),
    ("تباحث الوزيران في ملف اللاجئين.", "CONSULT", "meeting"),
    ("هاجم الرئيس بشدة سياسات الحكومة.", "ACCUSE", None),  # an attack in words
    ("شنت المندوبة هجوما لاذعا على الحركة.", "ACCUSE", None),
    ("أغلقت إسرائيل معبر كرم أبو سالم.", "COERCE", "restriction"),
    ("أعلن الجيش إغلاق معبر رفح.", "COERCE", "restriction"),
    ("أشاد الرئيس بجهود الوسطاء.", "SUPPORT", None),
    ("رحبت الوزارة بالقرار الأممي.", "SUPPORT", None),
    ("وصلت مساعدات إلى المخيم.", "AID", "humanitarian"),
    ("فرضت الحكومة عقوبات على شركات.", "SANCTION", None),
    ("وزادت تركيا الأربعاء الرسوم الجمركية على السلع الأميركية.", "SANCTION", None),
    ("فرضت واشنطن رسوما جمركية على الصلب.", "SANCTION", None),
    ("وعبرت الحكومة اليمنية عن تقديرها لجهود الأشقاء.", "SUPPORT", None),
    ("وبعث الوزير رسالة احتجاج إلى نظيره.", "ACCUSE", None),
    ("وطلبت الاستخبارات المصرية من الحركة العودة إلى الهدنة.", "REQUEST", None),
    ("قدم الوزير استقالته أمس.", "CONCEDE", None),
    # seventh pass: arrests written إيقاف (Maghreb news), calls, civil disobedience, requests and
    # accusations in other verb forms, a ceasefire with tanwin, restrictions on entry
    ("وتمكنت الوحدات الأمنية من إيقاف 6 عناصر في تونس.", "COERCE", "arrest"),
    ("وتم إيقاف عدد من المحتجين أمس.", "COERCE", "arrest"),
    ("وبحث الرئيسان في مكالمة هاتفية الأوضاع.", "CONSULT", "call"),
    ("وأعلن الأهالي دخولهم في عصيان مدني.", "PROTEST", "strike"),
    ("وطلبت السفارة من الشرطة حماية الدبلوماسيين.", "REQUEST", None),
    ("ويطلب المسؤول الأممي من السعودية إذنا.", "REQUEST", None),
    ("وحض الاتحاد الأوروبي الأطراف على ضبط النفس.", "REQUEST", None),
    ("وأعلنت الحركة مساء الثلاثاء وقفا لإطلاق النار.", "AGREE", "ceasefire"),
    ("وقال إن الحكومة لن تتراجع، متهما الحركة بالتحريض.", "ACCUSE", None),
    ("ومنعت القوات دخول الشاحنات إلى القطاع.", "COERCE", "restriction"),
    ("وفرضت السلطات قيودا على السفر.", "COERCE", "restriction"),
    ("وحرر الجيش منطقة البلاد وسط درنة.", "ASSAULT", "clash"),
    ("دكت مدفعية التحالف تحصينات الميليشيات في مديرية الجراحي.", "ASSAULT", "shelling"),
    ("كما تقدمت المقاومة اليمنية نحو مركز المديرية.", "MOBILIZE", "advance"),
    ("ووقع الطرفان المتحاربان الشهر الماضي اتفاقا.", "AGREE", "deal"),
    ("وبارك الرئيس تحرير مطار الحديدة.", "SUPPORT", None),
    ("وقال الوزير: ندعو الأطراف كافة إلى استئناف المفاوضات.", "REQUEST", None),
    ("وقال البيان: ندين هذا العمل الإرهابي.", "ACCUSE", None),
    ("فجرا عبوة ناسفة قرب الحاجز.", "ASSAULT", "bombing"),
]


@pytest.mark.parametrize("sentence,etype,mode", TYPED)
def test_trigger_type_and_mode(sentence, etype, mode):
    found = detected_modes(sentence)
    assert (etype, mode) in found


NOT_TRIGGERS = [
    "وصوت البرلمان على سحب الثقة من الحكومة.",   # no forces or arms withdrawn
    "ويحق له الطعن على الحكم أمام المحكمة.",      # an appeal
    "وصل الوفد مع الفجر إلى المدينة.",          # فجر = dawn
    "صدر التقويم الهجري الجديد.",                 # هجري is not displacement
    "وفرت الحكومة الدعم للمزارعين.",              # وفرت = provided
    "قال القنصل إن الأوضاع هادئة.",               # قنصل is not sniping
    "الطالب المتفوق حصل على جائزة.",               # no event word at all
    "ازدهرت الصادرات الزراعية هذا العام.",         # صادرات is not seizure
    "قال إن المدينة في قبضة المسلحين.",            # قبضة is not arrest
    "وقرر المجلس إيقاف العمل بالقرار.",             # إيقاف of a thing is no arrest
    "وقال إن المتهمين مثلوا أمام المحكمة.",          # defendants, not an accusation
    "ووقع الزلزال في الساعة الثالثة فجرا.",           # فجراً: at dawn
    "وتقدم الوزير بطلب إلى البرلمان.",               # submitted a request, no advance
]


@pytest.mark.parametrize("sentence", NOT_TRIGGERS)
def test_lookalikes_are_not_triggers(sentence):
    found = [t.type for t in detect(tokenize(sentence)) if t.type in ("ASSAULT", "DISPLACE", "COERCE")]
    assert found == []


def test_longest_entry_wins():
    trigs = find_triggers(tokenize("جرى احتجاز المتهمين في مركز الشرطة."))
    assert [(t.type, t.mode) for t in trigs] == [("COERCE", "arrest")]


def test_multiword_trigger_span_covers_all_words():
    text = "أعلنت الأطراف وقف إطلاق النار في الجنوب."
    (trig,) = [t for t in find_triggers(tokenize(text)) if t.type == "AGREE"]
    assert text[trig.start:trig.end] == "وقف إطلاق النار"


def test_proclitic_is_outside_trigger_span():
    text = "وقصفت الطائرات المدينة."
    (trig,) = find_triggers(tokenize(text))
    assert text[trig.start:trig.end] == "قصفت"


def test_needs_column_requires_context_word():
    assert not [t for t in find_triggers(tokenize("حملت الحقيبة إلى البيت.")) if t.type == "ACCUSE"]
    assert [t for t in find_triggers(tokenize("حملت الحكومة الجماعة مسؤولية الهجوم."))
            if t.type == "ACCUSE"]


def test_blocked_spans_are_skipped():
    text = "قال قائد الحشد الشعبي إن الوضع هادئ."
    start = text.find("الحشد")
    assert not find_triggers(tokenize(text), blocked=[(start, start + len("الحشد الشعبي"))])
    assert find_triggers(tokenize(text))  # without blocking, الحشد looks like a trigger


@pytest.mark.parametrize("text,span", [
    ("وَقَصَفَت الطائرات", "قَصَفَت"),
    ("عن قيام الحوثيين بإعدامهم", "إعدامهم"),
    ("أقرت الميليشيا بإطلاقها صواريخ", "إطلاقها صواريخ"),
    ("بالقصف المدفعي", "القصف"),
])
def test_trigger_span_drops_proclitics_and_their_marks(text, span):
    (trig,) = find_triggers(tokenize(text))
    assert text[trig.start:trig.end] == span


@pytest.mark.parametrize("sentence,agree", [
    ("توصلت الحكومة إلى اتفاق مع المعارضة لتبادل الأسرى.", True),
    ("وقعت الحكومة اتفاقية للتعاون الأمني مع الجيران.", True),
    ("قامت الحكومة بتنفيذ اتفاقية قديمة مع الجيران.", False),
    ("تحدث الوزير عن الاتفاق النووي.", False),
])
def test_agreement_needs_a_concluding_verb(ev, sentence, agree):
    assert ("AGREE" in ev.types(sentence)) is agree


@pytest.mark.parametrize("sentence,mode", [
    ("استهدف هجوم بطائرات مسيرة مخزنا للسلاح.", "airstrike"),
    ("قتل ثلاثة في هجوم بسيارة مفخخة.", "bombing"),
    ("سقط قتلى في هجوم بقذائف الهاون على السوق.", "shelling"),
    ("قصفت الطائرات الحربية مواقع المسلحين.", "airstrike"),
    ("قصفت المدفعية مواقع المسلحين.", "shelling"),
])
def test_weapon_decides_assault_mode(ev, sentence, mode):
    (e,) = [x for x in ev.run(ev.make_doc(sentence)) if x.type == "ASSAULT"]
    assert e.mode == mode


@pytest.mark.parametrize("text,kind", [
    ("واستخدمت روسيا حق النقض ضد مشروع القرار.", "REJECT"),  # a veto cast: the verb is the trigger
    ("وصدت القوات المشتركة محاولة تسلل للمسلحين.", "ASSAULT"),
    ("وتصدت القوات لمحاولة اقتحام المدينة.", "ASSAULT"),
    ("وغادرت عشرات العائلات منازلها إلى مراكز الإيواء.", "DISPLACE"),
])
def test_veto_repelled_attempt_and_leaving_homes(text, kind):
    assert kind in detected_types(text)


@pytest.mark.parametrize("text", [
    "وتملك روسيا حق النقض في مجلس الأمن.",  # a power held, not used
    "واستخدمت القوات الأسلحة الخفيفة.",  # the verb alone is no veto
])
def test_a_veto_held_or_a_plain_use_is_no_rejection(text):
    assert "REJECT" not in detected_types(text)


def test_li_comes_off_a_three_letter_verbal_noun():
    from rasd.stages.event_detect import candidates
    assert "وقف" in candidates("لوقف") and "قصف" in candidates("لقصف")
    assert candidates("لو") == ("لو",)  # the conditional stays whole


@pytest.mark.parametrize("text,kind", [
    ("وعبرت وزارة الدفاع عن شكرها وامتنانها لقيادة التحالف.", "SUPPORT"),  # thanks expressed
    ("تعرضت مناطق في مدينة داريا لقصف من قبل قوات النظام.", "ASSAULT"),  # لـ on قصف
])
def test_thanks_and_li_on_a_short_verbal_noun(text, kind):
    assert kind in detected_types(text)


@pytest.mark.parametrize("text", [
    "وشن ترامب هجومه حتى قبل بدء أعمال القمة بالقول إن ألمانيا خاضعة لروسيا.",  # what was said follows
    "وهاجم الرئيس أعضاء الحلف بشكل عام قائلا إنهم مدينون.",
])
def test_an_attack_followed_by_what_was_said_is_verbal(text):
    types = detected_types(text)
    assert "ASSAULT" not in types


@pytest.mark.parametrize("text,kind", [
    ("وبادر 80 مقاتلا آخرين إلى إعلان استسلامهم.", "RETREAT"),  # a suffix on استسلام
    ("وأسرت المقاومة أفراد الدورية العسكرية.", "ASSAULT"),  # fighters captured
])
def test_surrender_with_a_suffix_and_fighters_captured(text, kind):
    assert kind in detected_types(text)


def test_families_are_no_captives():
    assert "ASSAULT" not in detected_types("وزار الوزير أسر الضحايا في المستشفى.")


@pytest.mark.parametrize("text,kind", [
    ("فتح مسلحون النار على مركز للشرطة في إسطنبول أمس.", "ASSAULT"),  # فتح النار
    ("ويحشد الجيش السوري قواته على حدود المنطقة.", "MOBILIZE"),
    ("وأرسلت الحكومة تعزيزات إلى المدينة.", "MOBILIZE"),
])
def test_opening_fire_and_forces_sent(text, kind):
    assert kind in detected_types(text)


@pytest.mark.parametrize("text", ["وقررت النيابة فتح تحقيق في الحادث.", "وأعادت السلطات فتح الطريق."])
def test_opening_an_inquiry_or_a_road_is_no_shooting(text):
    assert "ASSAULT" not in detected_types(text)


def test_fighting_with_named_sides_is_a_clash():
    trigs = detect(tokenize("وقتل خمسة جنود في مواجهات مع المسلحين في الحديدة الأحد."))
    assert ("ASSAULT", "clash") in [(t.type, t.mode) for t in trigs]


@pytest.mark.parametrize("text,kind", [
    ("وقالت الحكومة إنها قررت طرد دبلوماسيين روسيين اثنين.", "SANCTION"),  # diplomats expelled
    ("وأعلنت السعودية طرد السفير الكندي.", "SANCTION"),
    ("تم إيقاف عنصر ينتمي إلى تنظيم إرهابي.", "COERCE"),  # one man held
])
def test_diplomats_expelled_and_one_man_held(text, kind):
    assert kind in detected_types(text)


@pytest.mark.parametrize("text", [
    "وتقدمت القوات باتجاه جبال المنطقة الشمالية.",  # needs "باتجاه": every lookup form is read
    "وقال إن المقاومة تتقدم باتجاه المدينة.",
])
def test_advance_needs_a_heading_word_read_in_any_form(text):
    assert ("MOBILIZE", "advance") in detected_modes(text)


def test_advance_without_a_heading_word_is_no_trigger():
    assert "MOBILIZE" not in detected_types("وتقدمت الحكومة بطلب إلى المحكمة.")


@pytest.mark.parametrize("text,kind,mode", [
    ("وشهدت المدينة صدامات بين قوات الأمن وناشطين.", "ASSAULT", "clash"),
    ("واندلعت اصطدامات عنيفة بين الشرطة والمحتجين.", "ASSAULT", "clash"),
    ("أسقطت الدفاعات الجوية الإسرائيلية طائرة سورية فوق الهضبة.", "ASSAULT", "airstrike"),
    ("وأسقط الجيش مروحية للمتمردين.", "ASSAULT", "airstrike"),
    ("أطلقت السلطات الفنزويلية سراح 40 معتقلا.", "RETREAT", "release"),  # the subject between
    ("وأطلق الجيش سراح عشرة أسرى.", "RETREAT", "release"),
    ("وكانت المحكمة قد أخلت سبيل الصحفي.", "RETREAT", "release"),
    ("وأخلى القاضي سبيل المتهمين.", "RETREAT", "release"),
    ("وتم إخلاء سبيل المعتقلين.", "RETREAT", "release"),
    ("وقال إن العشرات من المسلحين سلموا أنفسهم للقوات.", "RETREAT", "surrender"),
])
def test_clashes_shootdowns_releases_and_surrenders(text, kind, mode):
    assert (kind, mode) in detected_modes(text)


@pytest.mark.parametrize("text,kind", [
    ("وقتل سائق في اصطدام سيارة بشاحنة.", "ASSAULT"),  # an accident
    ("وطالب الطرفين بضمان ألا تصطدم قواتهما.", "ASSAULT"),  # hypothetical
    ("وأسقطت المحكمة التهم عن المتهمين.", "ASSAULT"),
    ("وأسقط الطيران منشورات على المدينة.", "ASSAULT"),
    ("وبرر القائد الحصار برفضهم تسليم أنفسهم.", "RETREAT"),  # refused, no surrender
    ("وسلم المتهم نفسه للشرطة.", "RETREAT"),  # a suspect, not fighters
])
def test_accidents_charges_leaflets_and_refused_surrender_are_no_such_triggers(text, kind):
    assert kind not in detected_types(text)


@pytest.mark.parametrize("text,kinds", [
    ("وردت الخارجية رافضة القرار ومنددة به.", {"REJECT", "ACCUSE"}),
    ("وأشاد الوزير بالاتفاق، مطالبا بتنفيذه فورا.", {"REQUEST"}),
    ("أطلقت المنظمة نداء مطالبة إياهم بالوفاء بتعهداتهم.", {"REQUEST"}),
])
def test_circumstantial_participles_of_verbal_acts(text, kinds):
    assert kinds <= {t.type for t in detect(tokenize(text))}


@pytest.mark.parametrize("text", [
    "وتسعى الجماعة إلى الاختراق تحت مسمى المطالبة بالانفصال.",  # the definite noun
    "وسلم المحامون عريضة لمطالبة الحكومة برفع القيود.",  # a preposition on it
    "ونشبت أزمة إثر مطالبة الوزارة عمالها بالمغادرة.",  # a noun after إثر
])
def test_the_demand_noun_is_no_participle(text):
    assert "REQUEST" not in detected_types(text)


def test_a_participle_continuing_an_act_of_its_type_is_dropped():
    from rasd.stages.event_misread import drop_participles
    tokens = tokenize("ورفضت الحكومة المقترح، رافضة أي تدخل في شؤونها.")
    trigs = drop_participles(tokens, detect(tokens))
    assert [t.type for t in trigs].count("REJECT") == 1


@pytest.mark.parametrize("text,etype,present", [
    # destroying a force's positions or vehicles is an attack; the reinforcements hit are no deployment
    ("ودمرت المقاتلات تعزيزات وتحصينات ميليشيات الحوثي في مديرية الدريهمي.", "ASSAULT", True),
    ("ودمرت المقاتلات تعزيزات وتحصينات ميليشيات الحوثي في مديرية الدريهمي.", "MOBILIZE", False),
    ("ودمرت القوات آليات للمسلحين قرب المدينة.", "ASSAULT", True),
    ("ودمرت السيول المنازل في القرية.", "ASSAULT", False),
    ("وأرسلت الحكومة تعزيزات إلى الحديدة.", "MOBILIZE", True),
])
def test_destroyed_positions_and_vehicles_are_an_attack(text, etype, present):
    from rasd.stages.event_misread import drop_misread
    toks = tokenize(text)
    assert (etype in [t.type for t in drop_misread(toks, detect(toks))]) is present


@pytest.mark.parametrize("text,present", [
    ("وألقت بريطانيا باللوم على روسيا في الهجوم.", True),   # blame laid on someone
    ("وألقى الرئيس الأمريكي باللائمة على إيران.", True),
    ("وألقت الشرطة القبض على ثلاثة أشخاص.", False),
])
def test_blame_laid_is_an_accusation(text, present):
    assert ("ACCUSE" in detected_types(text)) is present


@pytest.mark.parametrize("text,etype,present", [
    # a crowd going out in a place is a protest; going out of a town is flight, out of a
    # hospital no crowd
    ("وخرج الآلاف، الجمعة، في مدن الجنوب.", "PROTEST", True),
    ("وخرجت حشود إلى الشوارع مساء السبت.", "PROTEST", True),
    ("خرج آلاف المدنيين من البلدة عبر ممر آمن في المساء.", "PROTEST", False),
    ("وخرج الجريح من المستشفى في المساء.", "PROTEST", False),
    # gatherings organised; a populated area is no gathering
    ("ونظمت تجمعات أخرى الأحد في العاصمة.", "PROTEST", True),
    ("ونظم الطلاب وقفة أمام الجامعة.", "PROTEST", True),
    ("سقطت قذيفة على تجمعات سكانية في المدينة.", "PROTEST", False),
])
def test_a_crowd_going_out_and_gatherings_organised_are_protests(text, etype, present):
    assert (etype in [t.type for t in find_triggers(tokenize(text))]) is present


@pytest.mark.parametrize("text,etype,mode,present", [
    ("وأطلقت القوات أعيرة نارية على المحتجين.", "ASSAULT", "shooting", True),
    ("وشنت الدول الثلاث ضربة عسكرية ضد مواقع الجيش.", "ASSAULT", "airstrike", True),
    ("وكانت الخسارة ضربة موجعة للاقتصاد.", "ASSAULT", "airstrike", False),
    ("وقنصت الميليشيات طفلا في الحي.", "ASSAULT", "shooting", True),
    ("وزار القنصل المدينة.", "ASSAULT", "shooting", False),
    # a number of soldiers deployed; a photograph of a soldier published is none
    ("وقال إن فرنسا نشرت 50 جنديا في المدينة.", "MOBILIZE", "deployment", True),
    ("ونشرت الصحيفة صورة جندي في المدينة.", "MOBILIZE", "deployment", False),
    ("وقدمت الحكومة طلبا لتسليم المتهم.", "REQUEST", None, True),
    # a present visit; an occasion told about ("التي يزور فيها") is none
    ("ويزور وزير الخارجية العاصمة اليوم.", "CONSULT", "visit", True),
    ("وهي المرة الأولى التي يزور فيها الوزير العاصمة.", "CONSULT", "visit", False),
])
def test_one_off_rows_of_the_eleventh_pass(text, etype, mode, present):
    found = [(t.type, t.mode) for t in find_triggers(tokenize(text))]
    assert ((etype, mode) in found) is present


@pytest.mark.parametrize("text,present", [
    # aid carried by a ship, a plane or trucks, after a verb of arrival
    ("ووصلت امس سفينة أجنبية محملة بنحو 2000 طن من المساعدات إلى الميناء.", True),
    ("ورست في الميناء سفينة تابعة للبرنامج تحمل 4700 طن من المساعدات.", True),
    # cargo stopped, not delivered
    ("وأعلنت البحرية توقيف 17 سفينة تحمل مساعدات.", False),
])
def test_aid_carried_by_a_vehicle_that_arrived(text, present):
    spans = [t for t in find_triggers(tokenize(text)) if t.type == "AID" and t.last > t.first]
    assert bool(spans) is present


@pytest.mark.parametrize("text,present", [
    # a long subject before "إلى اتفاق" is one trigger; a preposition in the gap is no subject
    ("وتوصلت روسيا وفصائل المعارضة المسلحة إلى اتفاق.", True),
    ("وقال إنه تم التوصل الى تسويات للوصول إلى اتفاق.", False),
])
def test_a_deal_reached_by_a_long_subject(text, present):
    spans = [t for t in find_triggers(tokenize(text)) if t.type == "AGREE" and t.last - t.first >= 4]
    assert bool(spans) is present


@pytest.mark.parametrize("text,present", [
    # a relative clause that states who holds a place, with no day of its own (or a span)
    ("رفع العلم فوق أحياء سيطرت عليها الفصائل لسنوات في المدينة الخميس.", False),
    ("وقدمت دعما لمقاتلي التنظيم الذين سيطروا على مناطق شاسعة من البلدين.", False),
    # a main clause, or a relative clause with its own day, is a seizure
    ("وقال اليوم الأربعاء إن القوات سيطرت على المطار.", True),
    ("وقال إن القوات التي سيطرت أمس على المطار تواصل تقدمها.", True),
    # the masculine verb is a row too
    ("وسيطر مقاتلو التنظيم الخميس على البلدة.", True),
])
def test_control_stated_in_a_relative_clause(text, present):
    from rasd.stages.event_misread import drop_misread
    toks = tokenize(text)
    assert ("ASSAULT" in [t.type for t in drop_misread(toks, detect(toks))]) is present


@pytest.mark.parametrize("text,present", [
    # fighters, their leaders or the rest of them getting away: no displacement
    ("وقال إن معظم القيادات الأجنبية للتنظيم هربت من المدينة باتجاه الحدود.", False),
    ("قتل عشرات المتمردين فيما فر آخرون من الموقع.", False),
    ("إذ تمكن أصدقاء الشاب من الهرب.", False),
    # people fleeing in numbers, or forced to flee, are displaced
    ("فر آلاف المدنيين من مناطق سيطرة التنظيم في المدينة.", True),
    ("أجبرت الميليشيات الأهالي على الفرار من القرية.", True),
    ("تمكن آلاف المدنيين من الفرار من البلدة.", True),
])
def test_fighters_and_escapees_fleeing_are_not_displaced(text, present):
    from rasd.stages.event_misread import drop_misread
    toks = tokenize(text)
    assert ("DISPLACE" in [t.type for t in drop_misread(toks, detect(toks))]) is present


@pytest.mark.parametrize("text,etype,present", [
    # burning a person is an attack
    ("أدى حرق رضيع بمنزله في القرية إلى موجة غضب.", "ASSAULT", True),
    # solidarity expressed is support; the noun alone is not
    ("واعربت الحكومة عن تضامنها الكامل مع الجارة.", "SUPPORT", True),
    ("وخرج الآلاف للتضامن مع احتجاجات المعلمين.", "SUPPORT", False),
    ("وأعلنت الحكومة دعمها لجهود المبعوث.", "SUPPORT", True),
    ("واتهمت الحكومة الحركة بدعم الإرهاب.", "SUPPORT", False),
])
def test_burning_and_solidarity_rows(text, etype, present):
    assert (etype in [t.type for t in find_triggers(tokenize(text))]) is present


def test_the_burning_named_again_is_a_reference():
    from rasd.stages.event_misread import drop_misread
    toks = tokenize("والجرائم التي كان آخرها حرق الطفل الرضيع في القرية.")
    assert "ASSAULT" not in [t.type for t in drop_misread(toks, detect(toks))]


@pytest.mark.parametrize("text,etype,present", [
    # what a resolution condemns is its subject matter
    ("وسعت الحكومة لاستصدار قرار يدين هجمات المستوطنين في المنطقة.", "ASSAULT", False),
    ("قتل 5 في هجمات للمسلحين أمس على القرية.", "ASSAULT", True),
    # a means of rallying is no deployment
    ("ودعا التنظيم إلى استخدام الإنترنت كأداة حشد للقتال.", "MOBILIZE", False),
    ("يرى أن الإنترنت من وسائل حشد المقاتلين.", "MOBILIZE", False),
    ("حشد الجيش قواته على الحدود أمس.", "MOBILIZE", True),
])
def test_a_resolution_s_subject_and_a_means_of_rallying(text, etype, present):
    from rasd.stages.event_misread import drop_condemned, drop_misread
    toks = tokenize(text)
    assert (etype in [t.type for t in drop_condemned(toks, drop_misread(toks, detect(toks)))]) is present


@pytest.mark.parametrize("text,present", [
    # an official or a delegation arriving somewhere is a visit
    ("وصل وزير الدفاع الأجنبي الخميس الى العاصمة.", True),
    ("ووصل رئيس الوزراء الأجنبي إلى المدينة أمس.", True),
    # cargo or a toll reaching a figure is not
    ("وصلت شحنة الأسلحة إلى الميناء أمس.", False),
    ("وصل عدد القتلى إلى 50.", False),
])
def test_an_official_arriving_is_a_visit(text, present):
    assert ("CONSULT" in [t.type for t in find_triggers(tokenize(text))]) is present


def _misread_types(text):
    from rasd.stages.event_misread import drop_misread
    toks = tokenize(text)
    return [t.type for t in drop_misread(toks, detect(toks))]


@pytest.mark.parametrize("text,present", [
    # تظاهر + بـ + a state or a derived verbal noun is pretending
    ("وحاول أنصار الجماعة التظاهر بالفرح أمام الناس.", False),
    ("رغم تظاهر المسؤولين باتخاذ إجراءات صارمة.", False),
    # تظاهر + بـ + a place, a place word or a crowd stays a protest
    ("تظاهر المئات ببغداد الجمعة.", True),
    ("تظاهر الآلاف بمدينة البصرة الجمعة.", True),
    ("تظاهر العشرات بالقرب من السفارة الجمعة.", True),
    ("تظاهروا بالآلاف في الساحة الجمعة.", True),
])
def test_pretending_is_no_protest(text, present):
    assert ("PROTEST" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # a country or the state "abducted" is a figure of speech
    ("نعمل لاستعادة العراق من الجماعات التي اختطفته.", False),
    ("وقال إن الميليشيات اختطفت الدولة منذ سنوات.", False),
    # people abducted stay an abduction
    ("اختطف مسلحون ثلاثة أجانب في الصحراء أمس.", True),
    ("عثرت الشرطة على الطفل بعد أن اختطفته جماعة مسلحة أمس.", True),
])
def test_a_country_abducted_is_a_figure(text, present):
    assert ("ASSAULT" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # giving in to a state is no surrender
    ("قال إن الموت أفضل من الاستسلام لحياة الذل.", False),
    ("رفض الاستسلام للأمر الواقع.", False),
    # fighters giving in to a force are
    ("أعلن الجيش استسلام عشرات المسلحين للجيش أمس.", True),
])
def test_giving_in_to_a_state_is_no_surrender(text, present):
    assert ("RETREAT" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # refugees or a nationality plural coming back are a return
    ("عاد عشرات اللاجئين من البلد المجاور إلى المدينة أمس.", True),
    ("وصلت طائرة تقل عشرات السوريين العائدين من الخارج أمس.", True),
    # a leader, pilgrims or calm coming back are not; nor a habit
    ("عاد الرئيس من جولته الخارجية أمس.", False),
    ("استقبل المطار الحجاج العائدين من الحج أمس.", False),
    ("عاد الهدوء إلى المدينة أمس.", False),
    ("كانت عادة اللاجئين أن يجتمعوا في الساحة.", False),
])
def test_people_coming_back_are_a_return(text, present):
    assert (("DISPLACE", "return") in [(t.type, t.mode) for t in find_triggers(tokenize(text))]) is present


@pytest.mark.parametrize("text,present", [
    # a stabbing with its victim right after the verb, or an attack named as a stabbing or a
    # ramming, is an attack of its own
    ("طعن شاب حارسا في السوق أمس.", True),
    ("وكان مهاجم قد طعن جنديا عند الحاجز.", True),
    ("قال الجيش إن منفذ عملية الطعن اعتقل.", True),
    ("أصيب ثلاثة جنود في عملية دهس قرب المدينة.", True),
    # an appeal takes في or بـ, never a person: no attack
    ("قالت الوزارة إنها ستطعن في الحكم.", False),
    ("يمكن للمتضررين الطعن بالقانون أمام المحاكم.", False),
    ("رفضت المحكمة طعنا قدمه السكان.", False),
])
def test_a_stabbing_or_ramming_is_an_attack(text, present):
    assert any(t.type == "ASSAULT" and t.strength >= 3 for t in find_triggers(tokenize(text))) is present


@pytest.mark.parametrize("text,present", [
    # a release whose سراح carries the released person's pronoun
    ("استقبل الأهالي الشاب بعد إطلاق سراحه من السجن.", True),
    ("أطلقت السلطات سراحها صباح اليوم.", True),
    ("أطلقت الشرطة سراح المعتقلين أمس.", True),
    # a release asked for stays unasserted
    ("طالبت المنظمة بإطلاق سراحهم فورا.", False),
])
def test_a_release_with_a_pronoun_is_a_release(text, present):
    assert ("RETREAT" in detected_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # leaving a deal, talks or a coalition is no troop withdrawal
    ("جاءت الضربة بعد إعلان البيت الأبيض الانسحاب من الاتفاق النووي.", False),
    ("أعلن الحزب انسحابه من الائتلاف الحاكم أمس.", False),
    ("انسحب الوفد الحكومي من المحادثات أمس.", False),
    # troops leaving a place stay a withdrawal, a deal named later or not
    ("انسحبت القوات من المدينة بموجب الاتفاق.", True),
    ("بدأ انسحاب المسلحين من الحي أمس.", True),
])
def test_leaving_a_deal_is_no_withdrawal(text, present):
    assert ("RETREAT" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # "فروا" (also read ف + روا) with fighters or their leaders as subject is a rout
    ("وقال إن قيادات التنظيم فروا من المدينة.", False),
    ("وأكد أن مسلحي الجماعة فروا من الجبهة.", False),
    # people who flee in numbers stay displaced
    ("وقال إن آلاف السكان فروا من القرية.", True),
    ("وأكد أن عشرات العائلات فروا من الحي.", True),
])
def test_fighters_who_fled_are_no_displacement(text, present):
    assert ("DISPLACE" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # the battlefield named as a place tells no battle
    ("وقال إن المسلحين يتركون ساحات المعارك ويعودون إلى قراهم.", False),
    ("دفعت الجماعة بالأطفال إلى ميادين القتال.", False),
    # a battle told stays
    ("اندلعت معارك عنيفة في ساحة البلدة أمس.", True),
    ("دارت معارك عنيفة قرب المطار أمس.", True),
])
def test_the_battlefield_named_as_a_place_is_no_battle(text, present):
    assert ("ASSAULT" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # a number that counts fighters makes them no people fleeing in numbers
    ("وذكرت المصادر أن العشرات من مسلحي الجماعة فروا من القاعدة.", False),
    ("وقال إن عشرات المسلحين فروا من المعسكر.", False),
    # a number of civilians, or people under the fighters' siege, stay displaced
    ("وقال إن آلاف الأشخاص فروا من مناطق سيطرة المسلحين.", True),
    ("وذكرت المصادر أن العشرات من العائلات فروا من القرية.", True),
])
def test_counted_fighters_who_fled_are_no_displacement(text, present):
    assert ("DISPLACE" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # a share of the fighters or their leaders named right after the flight noun: a rout
    ("بدت شوارع المدينة خاوية بعد فرار معظم قيادات الجماعة.", False),
    ("وأكد فرار بعض المسلحين من الجبهة أمس.", False),
    # a share of the residents stays displaced
    ("بدت شوارع المدينة خاوية بعد فرار معظم السكان.", True),
    ("وأكد فرار بعض العائلات من القرية أمس.", True),
])
def test_a_share_of_fighters_fleeing_is_no_displacement(text, present):
    assert ("DISPLACE" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # a culprit leaving the scene is no displacement
    ("ضرب شاب جاره بعصا، قبل أن يفر من الموقع بسيارته.", False),
    ("وقال الشهود إن رجلين فروا من مسرح الحادث بعد الشجار.", False),
    # people leaving an area stay displaced
    ("وقال إن آلاف السكان فروا من المنطقة أمس.", True),
])
def test_leaving_the_scene_is_no_displacement(text, present):
    assert ("DISPLACE" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # a convoy named military carries troops, not aid
    ("وفتح مسلحون النار على قافلة عسكرية في المنطقة.", False),
    ("وهاجمت المعارضة قوافل عسكرية تحمل تعزيزات.", False),
    # a convoy of aid, or a convoy named alone, stays aid
    ("دخلت قافلة مساعدات إلى البلدة المحاصرة.", True),
    ("ووصلت قافلة تضم 13 شاحنة إلى المدينة.", True),
])
def test_a_military_convoy_is_no_aid(text, present):
    assert ("AID" in detected_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # a launcher ("منصة إطلاق صواريخ") destroyed or hit is no launch
    ("وأعلن الجيش تدمير منصة إطلاق صواريخ في المنطقة.", False),
    ("ودمرت الطائرات منصتي إطلاق صواريخ قرب المدينة.", False),
    # a launch stays, from a launcher or not
    ("وأطلق المسلحون صواريخ من منصة متنقلة على المدينة.", True),
    ("وأعلن الجيش إطلاق صواريخ على مواقع المسلحين.", True),
])
def test_a_launcher_is_no_launch(text, present):
    assert ("ASSAULT" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # an assault by beating
    ("واعتدت الشرطة بالضرب على المتظاهرين في الساحة.", True),
    ("وقامت قوات الأمن بالاعتداء عليهم بالضرب أمس.", True),
    ("واعتدت قوات الاحتلال بالضرب والدفع على الحراس.", True),
    # an assault named without beating is no physical act; beating named far away is not its means
    ("وقال الوزير إن القرار اعتداء على السيادة.", False),
    ("واعتدى المستوطنون على أراضي القرية، وقالت الشرطة إنها تحقق في ضرب راع.", False),
])
def test_an_assault_by_beating_is_an_assault(text, present):
    assert ("ASSAULT" in detected_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # intruders breaking into websites: a hack, no raid
    ("وقالت المنظمة إن متسللين اقتحموا مواقعها الإلكترونية أمس.", False),
    ("واقتحم قراصنة الموقع الإلكتروني للوزارة.", False),
    # armed infiltrators storming a post, or the police raiding a news site's office, stay raids
    ("واقتحم متسللون مسلحون مقر البلدية أمس.", True),
    ("واقتحمت الشرطة مقر الصحيفة الإلكترونية أمس.", True),
])
def test_hackers_breaking_in_is_no_raid(text, present):
    assert ("COERCE" in _misread_types(text)) is present


@pytest.mark.parametrize("text,present", [
    # a stabbing named as an incident or a crime
    ("وقتل رجل في حادثة طعن وقعت الأحد في وسط المدينة.", True),
    ("وتحقق الشرطة في جريمة طعن وقعت أمس قرب المحطة.", True),
    # a traffic accident, or an appeal, is no stabbing
    ("ولقي رجل حتفه في حادث دهس على الطريق السريع.", False),
    ("وقال المحامي إن الطعن في الحكم حق للمتهم.", False),
])
def test_a_stabbing_incident_is_an_assault(text, present):
    assert ("ASSAULT" in [t.type for t in detect(tokenize(text)) if t.strength >= 2]) is present


def test_the_stabbing_incident_named_again_is_no_new_trigger():
    toks = tokenize("وتحقق الشرطة في خلفية منفذ حادثة الطعن في المدينة.")
    assert not [t for t in drop_misread_types(toks) if t == "ASSAULT"]


def drop_misread_types(toks):
    from rasd.stages.event_misread import drop_misread
    return [t.type for t in drop_misread(toks, detect(toks)) if t.strength >= 2]
