"""More uses of trigger words that tell no happening (SPEC §2.6), read from the words around them
(`other_use`, asked by `event_misread.drop_misread` beside `event_other_senses`): a trigger noun
that an extent word heads ("مدى الصاروخ": a missile's range); support or rejection counted in a
poll ("51 في المائة من تأييد الديمقراطيين"); the definite noun of cooperation, a relation ("أوجه
التعاون بين البلدين"); missiles that defences are meant to intercept ("أجهزة رادار لاعتراض
الصواريخ"); a field of activity ("في مجال نشر القوات"); conscription ("التجنيد"); animals killed
("رأى الأفعى فقطع رأسها"); a visit with a possessive told outside its frame ("بالسماح للعائلة
بزيارته"); penalties of a law ("قانون العقوبات"); a topic named ("مسألة النزوح السوري"); the
adjective رحب, wide ("ميداناً رحباً"); defendants counted ("أحال 41 متهماً إلى المحكمة"); things
moved away ("ترحيل النفايات"); aid workers and agencies ("عمال إغاثة"); work halted ("توقيف هذا
العمل"); aid stolen ("وسرقت المساعدات"); money released ("الإفراج عن الأرصدة المجمدة"); those who fled, a class of people ("اللاجئين
الفارين من الحرب").
"""
from __future__ import annotations

from rasd.lang.words import DEMONSTRATIVES, WHICH
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_emergency import for_care
from rasd.stages.event_mentions import clause_bounds
from rasd.stages.event_other_meanings import (lineup_heading, progress_made, snatched_prize, sources_misspelt,
                                              vehicle_ran_into, weather_alert)
from rasd.stages.event_told import definite

# heads whose next noun is a measure or a quality, not a happening: "يبلغ مدى الصاروخ 2000 كلم"
# (its range), "يعكس مدى التعاون بين البلدين" (how far it goes) (bare forms)
_EXTENT = frozenset({"مدي"})
# a share of opinion: "حصلت على 51 في المائة من تأييد الناخبين", "أظهر استطلاع رفض 60% للقرار":
# what a poll counts, no one's act of support or refusal (lookup forms)
_SHARES = frozenset({"المائه", "مائه", "المئه", "مئه", "%", "استطلاع", "الاستطلاع", "استطلاعات",
                     "المستطلعين", "مستطلعين"})
_OPINION_TYPES = frozenset({"SUPPORT", "REJECT"})
# The definite verbal noun of cooperation names a relation between parties — its aspects, its
# agreements, its state ("بحثا أوجه التعاون", "اتفاقية التعاون المشترك", "أن التعاون العسكري
# مع روسيا مستمر") — not a joint act told; the verb ("وتعاون الجيشان في تأمين الحدود") and an
# act begun ("بدء تعاون ميداني") stay COOPERATE
_RELATION = "تعاون"
# A weapon noun after a purpose ل + a verbal noun of intercepting or countering: what defences
# are for ("إرسال إشارات لاعتراض الصواريخ إذا دعت الحاجة", "منظومات للتصدي للصواريخ"), no launch,
# unless something is fired in the clause ("لاعتراض الصواريخ التي أطلقها المسلحون")
_COUNTERING = frozenset({"اعتراض", "تصدي", "صد", "مواجهه", "اسقاط", "رصد", "تتبع"})
_MISSILES = ("صاروخ", "صواريخ", "قذائف", "قذيفه")
_FIRED = ("اطلق", "يطلق", "تطلق", "سقط", "سقوط", "تساقط", "استهدف", "قصف")
# a field of activity: "الاتفاقات المعمول بها في مجال نشر القوات", "سمعة طيبة في مجال تقديم
# المساعدات" — the kind of thing done, no happening (bare forms)
_FIELDS = frozenset({"مجال", "مجالات"})
# "يتحدثون عن التجنيد في سن الخامسة عشرة", "التجنيد الإجباري": the definite noun names the
# practice (conscription); recruiting told names whom ("تجنيد الأطفال", "جندت الجماعة 50 شابا")
_PRACTICE = "تجنيد"
# animals: "رأى الأفعى … فقطع رأسها", "أطلق الشرطي النار على كلب مسعور" hurt no person (bare
# forms, exact: not the names أسد or نمر). An object pronoun agrees: ـه with a masculine animal,
# ـها with a feminine one or any plural of animals (ـهم stands for people only)
_ANIMALS_M = frozenset({"خروف", "خروفا", "ذئب", "ذئبا", "ثعبان", "ثعبانا", "كلب", "كلبا", "حيوان", "حيوانا",
                        "تمساح", "تمساحا", "قرد", "قردا", "خنزير"})
_ANIMALS_F = frozenset({"افعي", "قطه", "بقره", "خراف", "اغنام", "غنم", "ماشيه", "مواشي", "ابقار", "ذئاب",
                        "ثعابين", "افاعي", "كلاب", "قطط", "حيوانات", "قرود", "خنازير", "دجاج", "طيور"})
_ANIMALS = _ANIMALS_M | _ANIMALS_F
_PEOPLE = ("شخص", "اشخاص", "رجل", "امراه", "طفل", "اطفال", "مواطن", "مدني", "جندي", "جنود", "شرطي", "عامل",
           "شاب", "فتاه", "صبي")
_ANIMAL_REACH = 10  # words back to the animal an object pronoun stands for
# "زيارته", "زيارتها" (a visit with its owner's pronoun) tell the owner's visit in its frame:
# "خلال زيارته إلى القاهرة", "في ختام زيارتها", "على هامش زيارته"; elsewhere the pronoun is often
# whom a visit is for ("نطالب السلطات بالسماح للعائلة بزيارته") or the visit is to come ("سيرافق
# الرئيس في زيارته", "خلال زيارته المرتقبة") (bare forms)
_VISIT_FRAMES = frozenset({"خلال", "اثناء", "ختام", "مستهل", "لدي", "عقب", "بعد", "هامش", "بدايه", "نهايه"})
_TO_COME = frozenset({"المرتقبه", "المقبله", "المقرره", "المزمعه", "القادمه", "المنتظره", "المرتقب"})
# "عقوبات" as a law's penalties, no sanction imposed on an actor: "بحسب قانون العقوبات" (the penal
# code), "و21 عقوبات" (an article of it), "يفرض عقوبات على المتحرش قد تصل إلى السجن … وغرامة"
# (a fine or jail in the clause) (bare forms)
_PENAL = frozenset({"قانون", "مجله"})
_FINES = frozenset({"غرامه", "غرامات", "حبس"})
# a topic or an option: "عانت جراء مسألة النزوح السوري", "طرح موضوع ترحيل النفايات", "خيار ترحيل
# النفايات إلى دول أخرى يتقدم" name a matter discussed, no happening told (bare forms; "قضية" is
# `event_other_senses`'s, a case's name; "ملف <act>" is a case file that names its act and its
# victim, `event_actors_speakers.case_of`)
_TOPICS = frozenset({"مساله", "مسائل", "موضوع", "خيار", "خيارات"})
# "رحبا", "رحبه" with no بـ after them are the adjective (wide) or the noun (a courtyard), not the
# verb of welcoming, which takes بـ: "لا نرى هذا الموضوع إلا ميداناً رحباً للنظام" (written forms)
_WIDE = frozenset({"رحبا", "رحبه"})
# "متهما" after a number is the noun (defendants: "أحال النائب العام 41 متهمًا إلى محكمة الجنايات",
# "إدراج أبو الفتوح و15 متهما آخرين"), not the participle of accusing ("متهما قائد الجيش بتسييس")
_COUNT_WORDS = frozenset({"عشرات", "مئات", "الاف", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه",
                          "عشره", "عشر", "عشرين", "ثلاثين", "اربعين", "خمسين"})
# deportation and eviction move people: "نبحث بترحيل نفايات بيروت", "ترحيل الأنقاض" move things
# (bare forms of the word after the trigger)
_THINGS = frozenset({"نفايات", "قمامه", "ازبال", "مخلفات", "انقاض", "ركام", "بضائع", "حاويات", "سيارات"})
# the people and bodies of relief work: "حسبما أفاد عمال إغاثة والمرصد السوري", "منظمات الإغاثة"
# name who works in aid, no aid delivered (bare forms of the word before; the singular heads are
# `event_other_senses._BODY_HEADS`)
_AID_WORKERS = frozenset({"عمال", "عاملو", "عاملي", "عاملين", "موظفو", "موظفي", "منظمات", "وكالات", "هيئات",
                          "جمعيات",
                          # teams and tasks: "فرق الإغاثة", "مهام الإغاثة الإنسانية"
                          "فرق", "فرقا", "فريق", "طواقم", "مهام", "مهمات"})
# "توقيف" (arrest, or halting) with work, a project or a broadcast after it (past a demonstrative)
# halts an activity, no one detained: "بـ«توقيف هذا العمل الخطير فورا»", "توقيف العمل في المشروع"
# (bare forms)
_HALTED = frozenset({"عمل", "اعمال", "اشغال", "مشروع", "بث", "دراسه", "نشاط", "انتاج", "تصدير", "ضخ"})
# a release whose object is money frees funds, no person: "الإفراج عن الأرصدة الإيرانية المجمدة",
# "أفرجت الحكومة عن أموال المساعدات" (bare forms of the word after عن)
_FUNDS = frozenset({"ارصده", "رصيد", "اموال", "مال", "مبالغ", "مبلغ", "ودائع", "مستحقات", "ميزانيه",
                    "اعتمادات", "مليارات", "ملايين", "مليار", "مليون", "دفعه", "شحنه", "شحنات", "قرض"})
_RELEASE_REACH = 4  # words after the trigger to عن (the subject may stand between: "أفرجت الحكومة عن")

# the definite participle of fleeing names a class of people, those who fled at some time:
# "منح الجنسية لآلاف اللاجئين الفارين من الحرب", "سعي غالبية الفارين من الحرب"; the indefinite
# one tells a flight seen ("دهست مدنيين فارين", "بنقل مواطنين هاربين") (bare forms)
_FLEEING = frozenset({"فارين", "هاربين"})


def _funds_released(tokens: list, t: Trigger) -> bool:
    after = [candidates(tok.norm)[-1] for tok in tokens[t.last + 1:t.last + 2 + _RELEASE_REACH]]
    if "عن" not in after:
        return False
    k = after.index("عن") + 1
    return k < len(after) and after[k] in _FUNDS


def _joined_team(tokens: list, t: Trigger) -> bool:
    """"فرقا من الشرطة والإغاثة": the relief word joined by و to another team's trade, after
    a team head and من."""
    if t.first < 3 or not tokens[t.first].norm.startswith("و") or tokens[t.first - 2].norm != "من":
        return False
    return not _AID_WORKERS.isdisjoint(candidates(tokens[t.first - 3].norm))


def other_use(tokens: list, t: Trigger, word: str, prev: str, nxt: str, trigs: list[Trigger]) -> bool:
    """`word`, `prev`, `nxt`: the bare lookup forms of the trigger's first word and of the
    words before and after it."""
    if prev in _EXTENT:
        return True
    if t.type in _OPINION_TYPES and _polled(tokens, t):
        return True
    if t.type == "COOPERATE" and word == _RELATION and "ال" + _RELATION in candidates(tokens[t.first].norm):
        return True
    if t.type == "ASSAULT" and word.startswith(_MISSILES) and _countered(tokens, t):
        return True
    if prev in _FIELDS:
        return True
    if t.type == "MOBILIZE" and word == _PRACTICE and "ال" + _PRACTICE in candidates(tokens[t.first].norm):
        return True
    if t.type == "ASSAULT" and _animal_hurt(tokens, t):
        return True
    if t.type == "CONSULT" and word.startswith("زيارت") and _visit_not_told(t, prev, nxt, trigs):
        return True
    if t.type == "SANCTION" and word == "عقوبات" and (prev in _PENAL or prev[:1].isdigit() or _fined(tokens, t)):
        return True
    if prev in _TOPICS:
        return True
    if t.type == "SUPPORT" and tokens[t.first].norm.replace("ة", "ه") in _WIDE and not _with_ba(tokens, t):
        return True
    if t.type == "ACCUSE" and word == "متهما" and t.first and _a_count(tokens[t.first - 1].norm):
        return True
    if t.type == "COERCE" and t.mode == "deportation" and nxt in _THINGS:
        return True
    if t.type == "AID" and (prev in _AID_WORKERS or _joined_team(tokens, t) or _aid_taken(tokens, t)):
        return True
    if t.type == "COERCE" and word == "توقيف" and _halted(tokens, t):
        return True
    if _named_by_year(tokens, t):
        return True
    if t.mode == "release" and _funds_released(tokens, t):
        return True
    if t.type == "DISPLACE" and word in _FLEEING and definite(tokens[t.first]):
        return True
    if t.type == "COERCE" and word in _SUSPENDING and _suspension(tokens, t):
        return True
    if snatched_prize(tokens, t, word):
        return True  # "خطف الفريق الفوز", "خطفت الأضواء": snatched, no abduction
    if progress_made(tokens, t, word):
        return True  # "التقدم نحو نزع السلاح": progress, no troops advancing
    if lineup_heading(tokens, t, word):
        return True  # "الهجوم: محمد صلاح (ليفربول)": the forwards of a line-up
    if sources_misspelt(tokens, t, word):
        return True  # "ذكرته مصادرة عدة": sources, no confiscation
    if vehicle_ran_into(tokens, t, word):
        return True  # "فداهمتهم سيارة": a car ran into them, no raid
    if weather_alert(tokens, t, word):
        return True  # "ارتفع منسوب النهر ما دفع السلطات إلى توجيه إنذار": an alert, no ultimatum
    if t.type == "COERCE" and for_care(tokens, t):
        return True  # "أعلنت الصحة حالة الطوارئ في المستشفيات": hospitals on alert, no coercion
    return False


# aid stolen or looted is not aid delivered: "وسرقت المساعدات", "نهب ما بها من مساعدات
# غذائية", "الاستيلاء على المساعدات" (stems of the lookup forms; up to four words back, its clause)
_TAKING = ("سرق", "يسرق", "تسرق", "نهب", "ينهب", "تنهب", "استولي", "يستولي", "تستولي", "الاستيلاء",
           "استيلاء")
_TAKEN_REACH = 4


def _aid_taken(tokens: list, t: Trigger) -> bool:
    for i in range(t.first - 1, max(-1, t.first - 1 - _TAKEN_REACH), -1):
        cands = candidates(tokens[i].norm)
        if cands[0] in (".", "،", ",", "؛", ":"):
            return False
        if any(c.startswith(_TAKING) for c in cands):
            return True
    return False


# the suspension noun, with the suspended one's pronoun: "ما أدى إلى إيقافه عاما" (bare forms)
_SUSPENDING = frozenset({"ايقاف", "ايقافه", "ايقافها", "ايقافهم", "ايقافهما"})
# what a counted suspension lasts: "إيقاف 4 مباريات", "إيقاف ثلاثة أشهر" (bare forms)
_SPANS = frozenset({"مباريات", "مباراه", "مباراتين", "ايام", "يوما", "اسابيع", "اسبوعا", "اشهر", "شهور", "شهرا",
                    "سنوات", "اعوام", "عاما", "ساعات", "ساعه", "دقائق", "جولات", "مواسم", "موسما"})


def _suspension(tokens: list, t: Trigger) -> bool:
    """"إيقاف 4 مباريات": a count of matches or of time after the number is how long a ban
    lasts, no one detained."""
    nxt = tokens[t.last + 1].norm if t.last + 1 < len(tokens) else ""
    return bool(nxt) and candidates(nxt)[-1] in _SPANS


def _named_by_year(tokens: list, t: Trigger) -> bool:
    """"المشتبه به في هجمات باريس 2015", "منذ حرب 2006": a happening named by its year (right
    after the trigger or after one name) is a past one called by its name, not news. The year
    ends the phrase (a mark, a relative or the sentence's end after it), so "اعتقال 2000 شخص" is
    a count."""
    for k in (t.last + 1, t.last + 2):
        if k >= len(tokens):
            return False
        w = tokens[k].norm
        if len(w) == 4 and w.isdigit():
            return w[:2] in ("19", "20") and (k + 1 == len(tokens) or not tokens[k + 1].norm[:1].isalnum()
                                              or tokens[k + 1].norm in WHICH)
        if not w[:1].isalpha() or w in _PREPS:
            return False
    return False


_PREPS = frozenset({"في", "علي", "من", "الي", "ضد", "عن", "منذ", "بين", "خلال"})


def _polled(tokens: list, t: Trigger) -> bool:
    """A percentage or a poll in the trigger's clause."""
    lo, hi = clause_bounds(tokens, t.first, t.last)
    return any(not _SHARES.isdisjoint(candidates(tok.norm)) for tok in tokens[lo:hi])


def _countered(tokens: list, t: Trigger) -> bool:
    """Right after ل (و at most before it) + a verbal noun of countering, nothing fired in the clause."""
    if not t.first:
        return False
    written = candidates(tokens[t.first - 1].norm)
    if written[0].lstrip("و")[:1] != "ل" or _COUNTERING.isdisjoint(written[1:]):
        return False
    lo, hi = clause_bounds(tokens, t.first, t.last)
    return not any(f.startswith(_FIRED) for tok in tokens[lo:hi] for f in candidates(tok.norm))


def _animal_hurt(tokens: list, t: Trigger) -> bool:
    """An animal within two words after the trigger (past على), or an object pronoun on its
    last word agreeing with the nearest animal before it, no person named there."""
    after = [candidates(tok.norm)[-1] for tok in tokens[t.last + 1:t.last + 4]]
    if after[:1] == ["علي"]:
        after = after[1:]
    if _ANIMALS.intersection(after[:2]):
        return True
    last = tokens[t.last].norm
    kind = _ANIMALS_F if last.endswith("ها") else _ANIMALS_M if last.endswith("ه") and not last.endswith("هه") else None
    if kind is None:
        return False
    back = [candidates(tok.norm)[-1] for tok in tokens[max(0, t.first - _ANIMAL_REACH):t.first]]
    if any(w.startswith(_PEOPLE) for w in back):
        return False  # ("خطف المسلحون الفتاة التي كانت ترعى الأغنام وقتلوها": the girl)
    nearest = next((w for w in reversed(back) if w in _ANIMALS), None)
    return nearest in kind


def _visit_not_told(t: Trigger, prev: str, nxt: str, trigs: list[Trigger]) -> bool:
    """Outside its frame, to come, or the visit a trigger before it in the sentence tells
    ("قام نائب الوزير بزيارة تفقدية …، والتقى خلال زيارته قيادات الصحة": one visit)."""
    return (prev not in _VISIT_FRAMES or nxt in _TO_COME
            or any(o.type == "CONSULT" and o.mode == "visit" and o.last < t.first for o in trigs))


def _fined(tokens: list, t: Trigger) -> bool:
    lo, hi = clause_bounds(tokens, t.first, t.last)
    return any(not _FINES.isdisjoint(candidates(tok.norm)) for tok in tokens[lo:hi])


def _with_ba(tokens: list, t: Trigger) -> bool:
    """The next word as written takes بـ (the welcomed: "رحبا بالاتفاق")."""
    return t.last + 1 < len(tokens) and tokens[t.last + 1].norm.lstrip("و")[:1] == "ب"


def _a_count(norm: str) -> bool:
    word = norm.lstrip("و").replace("ة", "ه")
    return word[:1].isdigit() or word in _COUNT_WORDS


def _halted(tokens: list, t: Trigger) -> bool:
    after = [candidates(tok.norm)[-1] for tok in tokens[t.last + 1:t.last + 3]]
    if after[:1] and after[0] in DEMONSTRATIVES:
        after = after[1:]
    return bool(after) and after[0] in _HALTED
