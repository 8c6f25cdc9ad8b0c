"""Other senses of trigger words, read from the words around them (SPEC §2.6): ideas that "call",
pretending, a state "seized", giving in, slogans, treated wounded, match reports, terms of
engagement, festivals, kinds of incident, names of bodies and cases, mourners, verbal attacks,
verdicts (`other_sense`; the people named beside the word are read in `event_sense_people`).
"""
from __future__ import annotations

from functools import lru_cache

from rasd.gazetteer.countries import country_extra_names
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_filters import ASKING, ATTACK_STEMS, DAY_WORDS, PHYSICAL
from rasd.stages.event_mentions import RELATIVES, clause_bounds
from rasd.stages.event_sense_people import (PROTESTERS, AIRCRAFT, DISPERSING, NOT_EXPLOSIVE, RIOT_POLICE, STATUS,
                                            TROOPS, career_sense, detainees_near, force_after, runaway_subject,
                                            troops_relative)
from rasd.text import norm_key

_CAMPAIGNED = frozenset({"ناخبين", "مؤيدين", "انصار", "جماهير", "تاييد", "دعم", "اصوات", "راي"})
# a trigger noun right after these heads names the body ("هيئة الإغاثة"), no happening
_BODY_HEADS = frozenset({"جمعيه", "منظمه", "هيئه", "مؤسسه", "اتحاد", "رابطه", "وكاله", "خليه", "لجنه", "غرفه",
                         "وحده", "فريق"})  # ("خلية الإجلاء والعمليات الإنسانية")
# construct heads of an office whose portfolio a definite conjunct may name: "وزير حقوق الإنسان
# والإغاثة", "وزارة الهجرة والمهجرين" (bare forms, like _BODY_HEADS)
_OFFICE_HEADS = _BODY_HEADS | {"وزير", "وزيره", "وزاره", "مفوضيه"}
_PORTFOLIO_REACH = 3  # words of the portfolio before the conjunct ("حقوق الإنسان")
# the alarm that إنذار names after a device word or before a kind word (bare forms)
_ALARM_HEADS = frozenset({"نظام", "انظمه", "منظومه", "جهاز", "اجهزه", "صفارات", "صافرات", "صفاره", "صافره",
                          "اجراس", "جرس"})
_ALARM_KINDS = frozenset({"مبكر", "كاذب"})
_NOT_SEIZED = ("حريق", "الحريق", "النيران", "نيران", "الوضع", "الاوضاع", "الاسعار", "التسرب",
               # the mind or the senses held: "سيطرت تلك النغمات على أذن فهد" (bare forms)
               "اذن", "اذان", "عقل", "عقول", "قلب", "قلوب", "ذهن", "اذهان", "مشاعر", "افكار", "تفكير", "وجدان")
# what holds without arms, as the verb's subject (past a resumptive pronoun): "سيطر الهدوء على
# المدينة", "سيطرت حالة من الذعر", "مجلس الأمن سيطرت عليه المصالح والأطماع" (bare forms)
_HOLDING_MOODS = frozenset({"هدوء", "الهدوء", "حاله", "ذعر", "خوف", "قلق", "ترقب", "صمت", "حزن", "غضب", "فوضي",
                            "مصالح", "اطماع", "يأس", "ياس", "توتر", "ارتباك", "تشاؤم", "تفاؤل"})


def _abstract_holder(obj: list) -> bool:
    """The bare forms after the control verb: its subject (past عليه/عليها) names a mood or an
    interest."""
    first = 1 if obj[:1] and obj[0] in ("عليه", "عليها", "عليهم") else 0
    return len(obj) > first and obj[first] in _HOLDING_MOODS


# sand and desert creeping: "مشروع زحف الرمال", "زحف الكثبان الرملية" — no troops advancing
_SANDS = frozenset({"رمال", "رمل", "كثبان", "تصحر", "صحراء"})


# "تجمهر الآلاف لتشييع ضحايا الهجوم": mourners, not protesters, unless they chant or protest
_FUNERAL = ("تشييع", "لتشييع", "جنازه", "جنازات", "لتوديع", "توديع", "مراسم دفن")
_CHANTING = ("هتف", "يهتف", "يهتفون", "هتاف", "شعار", "الشعارات", "ردد", "يرددون", "لافت", "اللافتات")
_PROTESTING = _CHANTING + ("تظاهر", "احتج", "منددين")


def _mourners(tokens: list) -> bool:
    words = [f for tok in tokens for f in candidates(tok.norm)]
    return any(f.startswith(_FUNERAL) for f in words) and not any(f.startswith(_PROTESTING) for f in words)


# the wounded moved or treated: "وصل مائة جريح إلى عمان لتلقي العلاج", "نقل المصابون إلى المستشفى"
_MOVED = ("وصل", "نقل", "استقبل", "اجلاء", "اجلي", "اجلت", "يتلقي", "يتلقون", "تلقي")
_TREATMENT = ("لتلقي", "للعلاج", "العلاج", "لعلاج", "علاج")


def _treated(tokens: list, t: Trigger) -> bool:
    """An outcome word for the wounded being moved or treated (the attack is told elsewhere)."""
    lo, hi = clause_bounds(tokens, t.first, t.last)
    words = [f for tok in tokens[lo:hi] for f in candidates(tok.norm)]
    near = [f for tok in tokens[max(lo, t.first - 3):t.first] for f in candidates(tok.norm)]
    return any(f.startswith(_TREATMENT) for f in words) or any(f.startswith(_MOVED) for f in near)


# a match report: "الهجوم النصراوي", "خط الهجوم" are a team's attackers
_SPORT = ("لاعب", "اللاعب", "المدرب", "مدرب", "المنتخب", "منتخب", "الدوري", "مباراه", "المباراه", "مباريات",
          "المباريات", "البطوله", "بطوله")


def _match_report(tokens: list) -> bool:
    return any(candidates(tok.norm)[0].startswith(_SPORT) for tok in tokens)


# ideas and rules that "call for" something: no one's request ("القوانين الدولية التي تدعو إلى
# احترام سيادة الدول", "الأساليب القتالية … وهي تدعو إلى")
_IDEAS = ("قوانين", "القوانين", "مبادئ", "المبادئ", "اساليب", "الاساليب", "فكر", "الفكر", "عقيده", "العقيده",
          "ايديولوجي", "الايديولوجي", "استراتيجي", "الاستراتيجي", "افكار", "الافكار", "تعاليم", "التعاليم",
          "نصوص", "النصوص", "الشريعه", "الديانه", "الاديان", "المواثيق", "مواثيق", "الاعراف")
_WHICH = frozenset({"التي", "الذي", "وهي", "وهو", "فهي"})


_ENGAGEMENT_TERMS = frozenset({"فك", "فض", "قواعد", "خطوط", "خط"})
# "حوادث إطلاق النار نادرة الحدوث", "حوادث الطعن تتكرر": the plural incident noun and a word of
# frequency after the act describe a kind of act, not one that happened
_INCIDENTS_PLURAL = frozenset({"حوادث", "الحوادث", "وحوادث", "فحوادث"})
_FREQUENCY = frozenset({"نادره", "نادرة", "نادر", "نادرا", "تتكرر", "متكرره", "متكررة", "تكثر", "شائعه",
                        "شائعة", "تتزايد", "نادرو"})
_FREQUENCY_REACH = 4  # words after the act to its frequency word ("إطلاق النار في البلاد نادرة")


def _kind_of_incident(tokens: list, t: Trigger) -> bool:
    if not t.first or tokens[t.first - 1].norm not in _INCIDENTS_PLURAL:
        return False
    return any(tok.norm in _FREQUENCY for tok in tokens[t.last + 1:t.last + 1 + _FREQUENCY_REACH])


_POINTING = frozenset({"اشاره", "الاشاره", "بالاشاره", "اشارة", "الاشارة", "بالاشارة"})
_TO = frozenset({"الي", "الى"})


def _referred_to(tokens: list, t: Trigger) -> bool:
    """"في إشارة إلى المحتجين": the people a remark points at."""
    return t.first >= 2 and tokens[t.first - 1].norm in _TO and tokens[t.first - 2].norm.lstrip("وف") in _POINTING


# "إضرابات نفسية": a common misspelling of اضطرابات (disorders), told by its adjective
_STRIKES = ("اضراب", "الاضراب")
_DISORDERS = frozenset({"نفسيه", "النفسيه", "عصبيه", "العصبيه", "سلوكيه", "السلوكيه", "هضميه", "الهضميه",
                        "عقليه", "العقليه", "نفسي", "النفسي", "هرمونيه", "الهرمونيه", "معويه", "المعويه"})
_FESTIVE = frozenset({"ثقافيه", "فنيه", "رياضيه", "احتفاليه", "غنائيه", "كرويه", "سينمائيه", "علميه",
                      # (Maghrebi تظاهرة = a public event: "تظاهرات سياحية", "تظاهرة ترفيهية")
                      "سياحيه", "ترفيهيه", "تراثيه", "ادبيه", "موسيقيه", "مسرحيه", "تنشيطيه", "تجاريه"})
# what is blocked in censorship (prefixes of bare forms): a site, an account, a broadcast …;
# "حجب كثيرا من السيارات على التأمين", "لحجبها رؤية القوات" block no medium
_MEDIA = ("موقع", "مواقع", "شبك", "تطبيق", "صفح", "حساب", "قنا", "صحيف", "صحف", "بث", "انترنت", "انترنيت",
          "فيسبوك", "فايسبوك", "تويتر", "يوتيوب", "منص", "خدم", "اتصال", "رسائل", "محتوي", "صور", "فيديو",
          "مقال", "اخبار", "كتاب", "كتب", "فيلم", "افلام", "برنامج", "دخول", "وصول", "اعلام", "تلفزيون",
          "اذاع", "جريد", "مجل", "تغريد", "تيليغرام", "تلغرام", "واتساب", "سكايب", "انستغرام", "انستجرام",
          "بوابه", "روابط", "رابط", "الكتروني", "معلومات")
_MEDIA_REACH = 4  # words after حجب that may name what is blocked ("حجبوا الدخول لموقع تويتر")
# (and a deal, talks or a coalition left: "إعلان ترامب الانسحاب من الاتفاق النووي")
# "ساحات المعارك", "ميدان القتال": the battlefield named as a place, no battle told (bare forms)
_FIELDS = frozenset({"ساحه", "ساحات", "ميدان", "ميادين"})
# "قوة المداهمات", "قوات المداهمة", "وحدة مداهمة": a unit named after its task, no raid told
_UNIT_HEADS = frozenset({"قوه", "قوات", "وحده", "وحدات", "فرقه", "فرق", "فريق", "عناصر"})
_CONTESTS = ("محاكمه", "جلسه", "انتخابات", "سباق", "مباراه", "بطوله", "مسابقه",
             "اتفاق", "معاهده", "مفاوضات", "محادثات", "ائتلاف", "حوار")
_NATURAL_BODIES = ("صخور", "صخره", "شهاب", "نيزك", "نيازك", "كويكب", "بركان")


# Maghrebi تظاهرة is also a cultural showcase: in a sentence about a festival or films with no
# word of dissent it is no demonstration (bare-form prefixes)
_SHOWCASE = ("مهرجان", "سينما", "سينمائي", "فيلم", "افلام", "معرض", "عروض")
_DISSENT = ("احتجاج", "ضد", "تنديد", "منددين", "شعار", "هتف", "رافض", "رفض", "متظاهر", "محتج", "غضب", "اعتصام",
            "تضامن", "مسير")


def _film_showcase(tokens: list) -> bool:
    bare = [candidates(tok.norm)[-1] for tok in tokens]
    return (any(w.startswith(_SHOWCASE) for w in bare)
            and not any(w.startswith(_DISSENT) for w in bare))


def _struck_protester(tokens: list, t: Trigger, trigs: list[Trigger]) -> bool:
    """A protester noun up to six words after a word of killing, wounding or arresting, in a
    sentence with no other protest word ("قتل متظاهران خلال مظاهرة" keeps its protest)."""
    hit = any(candidates(tok.norm)[-1].startswith(_STRUCK) for tok in tokens[max(0, t.first - 6):t.first])
    gathered = any(f.startswith(_GATHERING) for tok in tokens for f in candidates(tok.norm))
    return hit and not gathered and not any(o.type == "PROTEST" and o is not t and not candidates(
        tokens[o.first].norm)[-1].startswith(PROTESTERS) for o in trigs)


_STRUCK = ("قتل", "مقتل", "اصيب", "اصابه", "جرح", "اعتقل", "اعتقال", "اصاب", "قتلت", "استشهد")
# a gathering told beside the casualty: "بعدما وصل المحتجون للتجمع أمام مبنى المحافظ"
_GATHERING = _PROTESTING + ("تجمع", "مظاهر", "اعتصام", "مسير", "تجمهر")


def _left_a_contest(tokens: list, t: Trigger) -> bool:
    """"انسحب (محاميه) من المحاكمة/السباق/الاتفاق": what was left, after a من (or عن) up to three
    words on, is a trial, a race, a match, a deal or talks."""
    after = [candidates(tok.norm)[-1] for tok in tokens[t.last + 1:t.last + 5]]
    k = next((i for i, w in enumerate(after[:3]) if w in ("من", "عن")), -1)  # ("انسحاب الأندية عن مفاوضاتها")
    return 0 <= k < len(after) - 1 and after[k + 1].startswith(_CONTESTS)


# forces that حشد may gather (bare-form stems; the crowd senses' troop words and irregulars)
_FORCES = TROOPS + ("ميليشي", "مليشي", "عناصر", "وحدات", "كتائب", "الويه", "مرتزق")


def _force_in_clause(tokens: list, t: Trigger) -> bool:
    lo, hi = clause_bounds(tokens, t.first, t.last)
    return any(f.startswith(_FORCES) for tok in tokens[lo:hi] for f in candidates(tok.norm))


def _portfolio(tokens: list, t: Trigger) -> bool:
    """A definite conjunct ("والإغاثة") up to three words, no punctuation, after an office's
    construct head (وزير، وزارة، هيئة … without ال)."""
    if not tokens[t.first].norm.startswith("وال"):
        return False
    for j in range(t.first - 1, max(-1, t.first - 1 - _PORTFOLIO_REACH), -1):
        word = tokens[j].norm
        if not word[:1].isalpha():
            return False
        if _OFFICE_HEADS.intersection(candidates(word)) and not word.lstrip("وف").startswith("ال"):
            return True
    return False


def _ideas_call(tokens: list, t: Trigger) -> bool:
    """A call verb right after a relative or a pronoun whose antecedent (up to four words
    back) is an idea or a rule."""
    if t.first < 2 or candidates(tokens[t.first - 1].norm)[0] not in _WHICH:
        return False
    back = tokens[max(0, t.first - 6):t.first - 1]
    return any(f.startswith(_IDEAS) for tok in back for f in candidates(tok.norm))


# a slogan's imperative: "وهتف المحتجون شعارات "أطلقوا سراح أطفالنا""
_IMPERATIVES = frozenset({"اطلقوا", "اوقفوا", "ارحلوا", "افرجوا", "اسقطوا", "انسحبوا"})


def _slogan(tokens: list, t: Trigger) -> bool:
    return (tokens[t.first].norm.lstrip("و") in _IMPERATIVES
            and any(f.startswith(_CHANTING) for tok in tokens for f in candidates(tok.norm)))


def _cases_counted(tokens: list, t: Trigger) -> bool:
    """"412 حالة تجنيد أطفال", "1513 حالة خطف": a tally of cases, not one happening."""
    if t.first < 2 or candidates(tokens[t.first - 1].norm)[-1] not in ("حاله", "حالات"):
        return False
    before = tokens[t.first - 2].norm
    return before.isdigit() or before in ("عشرات", "مئات", "الاف")


# "أحياء سيطرت عليها الفصائل لسنوات", "داعش الذين سيطروا على مناطق شاسعة": a relative clause
# that states who holds a place, not a seizure — unless the clause names its own day ("القوات
# التي سيطرت أمس على المطار")
_RESUMPTIVES = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
_CONTROL_CLAUSE = 10  # words of the relative clause read for a day of its own


_MEANS = ("وسائل", "وسيله", "اداه", "ادوات", "اداتها", "اداته")


def _control_stated(tokens: list, t: Trigger, prev: str, nxt: str) -> bool:
    before = tokens[t.first - 1].norm if t.first else ""
    after = tokens[t.last + 1].norm if t.last + 1 < len(tokens) else ""
    relative = before in RELATIVES or (
        after in _RESUMPTIVES and bool(before) and not before.startswith(("ال", "وال")) and before[:1] not in "،,")
    if not relative:
        return False
    day = False
    for tok in tokens[t.last + 1:t.last + 1 + _CONTROL_CLAUSE]:
        if tok.norm in ("،", ",", ".", ";", ":"):
            break
        if tok.norm in _HELD_SPANS:
            return True  # "لسنوات": how long it was held, whatever day the sentence names
        day = day or not DAY_WORDS.isdisjoint(candidates(tok.norm))
    return not day


_HELD_SPANS = frozenset({"لسنوات", "لاعوام", "لعقود", "لسنين", "منذ", "طوال", "طيله", "لاشهر", "لشهور"})


# "التظاهر بالفرح", "تظاهر المتآمرين باتخاذ مواقف", "يتظاهر بأنه مريض": تظاهر + بـ + a state
# or a verbal noun is pretending (not "تظاهر المئات ببغداد / بمدينة / بالقرب من", a place)
_PRETENDED = frozenset({"فرح", "حزن", "موت", "مرض", "جنون", "نوم", "براءه", "اغماء", "جهل", "غباء", "قوه",
                        "ضعف", "سعاده", "صمم", "عمي", "اسلام", "تدين", "ان", "انه", "انها", "انهم", "انهما"})
_PRETEND_REACH = 3  # words from تظاهر to its بـ-complement ("تظاهر المتآمرين باتخاذ")


def _derived_masdar(w: str) -> bool:
    """The verbal noun of a derived verb by its shape: افتعال/انفعال (اتخاذ، انتظار), استفعال."""
    return ((len(w) == 6 and w[0] == "ا" and w[2] in "تن" and w[4] == "ا")
            or (len(w) == 5 and w.startswith("ات") and w[3] == "ا")
            or (len(w) == 7 and w.startswith("است") and w[5] == "ا"))


def _pretending(tokens: list, t: Trigger) -> bool:
    for tok in tokens[t.last + 1:t.last + 1 + _PRETEND_REACH]:
        w = tok.norm.replace("ة", "ه")
        if w in ("،", ",", ".", ":"):
            return False
        if w.startswith("ب") and len(w) > 2:
            rest = w[3:] if w.startswith("بال") else w[1:]
            return rest in _PRETENDED or _derived_masdar(rest)
    return False


# "لاستعادة اليمن من الميليشيات التي اختطفته", "اختطفت الجماعة الدولة": a country or the state
# taken is a figure of speech (not "اختطفته جماعة مسلحة" of a child, nor "اختطف مسلحون ثلاثة أجانب")
_STATE_NOUNS = frozenset({"الدوله", "البلد", "البلاد", "القرار", "الثوره", "الوطن"})
_SEIZED_REACH = 5


@lru_cache(maxsize=1)
def _country_names() -> frozenset:
    return frozenset(norm_key(n).replace("ة", "ه") for names in country_extra_names().values() for n in names if " " not in n)


def _state_seized(tokens: list, t: Trigger) -> bool:
    figure = _STATE_NOUNS | _country_names()
    if t.last + 1 < len(tokens) and tokens[t.last + 1].norm.replace("ة", "ه") in figure:
        return True  # "اختطفت الجماعة الدولة" (object right after) / "اختطف اليمن"
    if not tokens[t.last].norm.endswith(("ته", "تها", "وه", "ها")):
        return False  # no pronoun object to look back for
    for tok in reversed(tokens[max(0, t.first - _SEIZED_REACH):t.first]):
        if tok.norm in ("،", ",", ".", ":"):
            return False
        if tok.norm.replace("ة", "ه") in figure:
            return True
    return False


# "الاستسلام لحياة البؤس", "الاستسلام للأمر الواقع": giving in to a state, not a surrender
_GIVEN_IN_TO = ("حياه", "الامر", "اليأس", "الياس", "القدر", "الضغوط", "الواقع", "الحزن", "المرض", "الاحباط")


def _gave_in(tokens: list, t: Trigger) -> bool:
    if t.last + 1 >= len(tokens):
        return False
    w = tokens[t.last + 1].norm.replace("ة", "ه")
    if not w.startswith("ل"):
        return False
    rest = "ال" + w[2:] if w.startswith("لل") else w[1:]
    return rest.startswith(_GIVEN_IN_TO)


def _discussed(tokens: list, t: Trigger) -> bool:
    """"وبحثت الشرطة عنها", "بحث الوزيران الأزمة": the verb بحث (discussed, searched), not ب + حث
    (a preposition never stands on a perfect verb, so "حثت" is no reading of "بحثت")."""
    norm = tokens[t.first].norm
    return norm.lstrip("وف").startswith("بحث") and candidates(norm)[-1] in _URGED


_URGED = frozenset({"حث", "حثت", "حثوا", "حثا", "حثتا"})


def other_sense(tokens: list, t: Trigger, word: str, prev: str, nxt: str, trigs: list[Trigger]) -> bool:
    if t.type == "REQUEST" and _ideas_call(tokens, t):
        return True
    if t.type == "REQUEST" and _discussed(tokens, t):
        return True
    if t.type == "PROTEST" and word.startswith(("تظاهر", "يتظاهر", "تتظاهر")) and _pretending(tokens, t):
        return True
    if t.type == "ASSAULT" and t.mode == "abduction" and _state_seized(tokens, t):
        return True
    if t.type == "RETREAT" and word.startswith(("استسلام", "استسلم")) and _gave_in(tokens, t):
        return True
    if t.type in PHYSICAL and _cases_counted(tokens, t):
        return True
    if _slogan(tokens, t):
        return True
    if t.type == "ASSAULT" and t.strength < 2 and _treated(tokens, t):
        return True
    if t.type == "ASSAULT" and word.startswith(("هجوم", "الهجوم", "هجمات")) and _match_report(tokens):
        return True  # "خط الهجوم", "الهجوم النصراوي" in a match report
    if t.type == "ASSAULT" and word.startswith("اشتباك") and prev in _ENGAGEMENT_TERMS:
        return True  # "اتفاقية فك الاشتباك", "قواعد الاشتباك": terms of engagement, no clash
    if t.type == "ASSAULT" and word.startswith(("معارك", "معركه")) and prev in ("ام", "وام"):
        return True  # "أم المعارك": an idiom
    if t.type == "COERCE" and word.startswith("مداهم") and t.first and _UNIT_HEADS.intersection(
            candidates(tokens[t.first - 1].norm)):  # (all forms: وحدات is not و + حدات)
        return True  # "اشتبك المسلحون مع قوة المداهمات": the unit, not a raid
    if t.type == "ASSAULT" and word.startswith(("معارك", "معركه", "قتال")) and prev in _FIELDS:
        return True  # "يفرون من ساحات المعارك", "دفعوا بهم إلى ميادين القتال": a place word
    after = set(candidates(tokens[t.last + 1].norm)) if t.last + 1 < len(tokens) else set()
    if t.type == "PROTEST" and (nxt in _FESTIVE or after & _FESTIVE):
        return True  # "التظاهرة الثقافية", "تظاهرة فنية" (ف read as a conjunction): a festival
    if t.type == "PROTEST" and word.startswith(("تظاهره", "تظاهرات")) and _film_showcase(tokens):
        return True  # "إدارة المهرجان … إقامة تظاهرة إسرائيلية": a festival's showcase
    if t.type in PHYSICAL and _kind_of_incident(tokens, t):
        return True  # "حوادث إطلاق النار نادرة الحدوث": how often such acts happen, none told
    if t.mode == "censorship" and word.startswith(("حجب", "يحجب", "تحجب")) and not any(
            f.startswith(_MEDIA) for tok in tokens[t.last + 1:t.last + 1 + _MEDIA_REACH] for f in candidates(tok.norm)):
        return True  # "حجب كثيرا من السيارات على التأمين": kept from, no medium blocked
    if t.type == "PROTEST" and word.startswith(PROTESTERS) and _referred_to(tokens, t):
        return True  # "قال في إشارة إلى المحتجين": who is meant by a remark, no protest told
    if t.type == "PROTEST" and word.startswith(_STRIKES) and after & _DISORDERS:
        return True  # "إضرابات نفسية": اضطرابات (disorders) misspelt, no strike
    if t.type == "PROTEST" and word.startswith(PROTESTERS) and _struck_protester(tokens, t, trigs):
        return True  # "قتل أحد أفراد الأمن ومتظاهر خلال اشتباكات": a casualty, no protest told
    if t.type == "RETREAT" and word.startswith("انسح") and _left_a_contest(tokens, t):
        return True  # "انسحب محاميه من المحاكمة", "انسحب من السباق": no troops pulled back
    if t.type == "ASSAULT" and word.startswith("انفجر") and any(
            f.startswith(_NATURAL_BODIES) for tok in tokens[max(0, t.first - 3):t.last + 3] for f in candidates(tok.norm)):
        return True  # "صخور أكبر انفجرت على ارتفاع أقل": meteors, no attack
    if t.type == "DISPLACE" and word.startswith("اجلي") and prev in ("من", "لاجل"):
        return True  # "من أجلي": for my sake
    if t.type == "THREATEN" and word == "انذار" and (prev in _ALARM_HEADS or nxt in _ALARM_KINDS):
        return True  # "إخفاق نظام الإنذار", "دوت صفارات الإنذار", "إنذار مبكر": an alarm, no ultimatum
    if t.type == "PROTEST" and word == "شغب":
        return prev in RIOT_POLICE
    if t.type == "MOBILIZE" and word.startswith("زحف") and (after & _SANDS):
        return True  # "مشروع زحف الرمال": sand encroaching, no advance
    if t.type == "MOBILIZE" and word in ("حشود", "الحشود"):
        # "تفريق الحشود"; "حشود من النساء والأطفال": a crowd, not troops
        return prev.startswith(DISPERSING) or (nxt == "من" and not force_after(tokens, t))
    if t.type == "PROTEST" and word.startswith("مسير"):
        return (word not in ("مسيره", "مسيرات", "المسيره", "المسيرات") or career_sense(tokens, t)
                or any(f.startswith(AIRCRAFT) for tok in tokens[max(0, t.first - 3):t.first]
                       for f in candidates(tok.norm)))  # "طائرة استطلاع أمريكية مسيرة": a drone
    if t.type == "ASSAULT" and word.startswith(("انفجر", "انفجار")) and nxt in NOT_EXPLOSIVE:
        return True  # "انفجرت موجة الاحتجاجات": an outburst
    if t.type == "PROTEST" and word.startswith(("اضرب", "يضرب", "تضرب")) and word.endswith(("ه", "ها", "هم")):
        return True  # "اضربه بعشرات الصفحات": multiply it
    if (t.type == "PROTEST" and word.startswith(("اضرب", "يضرب", "تضرب")) and t.last + 1 < len(tokens)
            and tokens[t.last + 1].norm.startswith("بعض")):  # (read whole: بـ is no preposition here)
        return True  # "واضرب بعضهم ببعض": set them against each other, no strike
    if (t.type == "ASSAULT" and word == "حرق" and t.last > t.first and tokens[t.first + 1].norm.startswith("ال")
            and candidates(tokens[t.first + 1].norm)[-1] != "عمد"):  # ("تعرض للحرق العمد": arson told)
        return True  # "كان آخرها حرق الطفل الفلسطيني": the burning already told, named again
    if t.type == "ASSAULT" and word.startswith("سيطر"):
        obj = [candidates(tok.norm)[-1] for tok in tokens[t.last + 1:t.last + 8]]
        k = obj.index("علي") if "علي" in obj else len(obj)
        return ((k + 1 < len(obj) and obj[k + 1] in _NOT_SEIZED) or _control_stated(tokens, t, prev, nxt)
                or _abstract_holder(obj))
    if t.type == "PROTEST" and word.startswith(("احتشد", "يحتشد", "تجمهر", "يتجمهر", "تجمع", "يتجمع")):
        return (any(f.startswith(TROOPS) for tok in tokens[t.last + 1:t.last + 4] for f in candidates(tok.norm))
                or _mourners(tokens) or troops_relative(tokens, t))
    if t.type == "COERCE" and word.startswith(("حظر", "الحظر")):
        return any(f.startswith(("رفع", "الغاء", "انهاء", "برفع", "الغت", "الغي")) for tok in
                   tokens[max(0, t.first - 3):t.first] for f in candidates(tok.norm))  # "رفعت المحكمة حظر البث"
    if t.type == "MOBILIZE" and word.startswith("حشد") and t.first and \
            tokens[t.first - 1].norm.replace("ة", "ه").endswith(_MEANS):
        return True  # "كأداة حشد للقتال", "وسائل حشد": a means of rallying, no troops moved
    if t.type == "MOBILIZE" and word.startswith("حشد"):
        # "حشد الناخبين": a campaign; "تجمع حشد من الناس": a crowd, not troops; and with no force
        # in its clause: "حشد عشرات الآلاف من مؤيديه" (a rally), "كلمة أمام حشد" (a crowd)
        return nxt in _CAMPAIGNED or (nxt == "من" and not force_after(tokens, t)) or not _force_in_clause(tokens, t)
    if t.type == "DISPLACE" and (prev in STATUS or detainees_near(tokens, t) or runaway_subject(tokens, t)):
        return True  # "7 بحالة فرار" (a fugitive's status), "هرب 400 معتقل من السجن": no flight
    if prev == "قضيه" or (prev in ('"', "«") and t.first >= 2
                          and candidates(tokens[t.first - 2].norm)[-1] == "قضيه"):
        return True  # 'قضية "اغتصاب كاثوا"': a case's name
    if prev in _BODY_HEADS and not tokens[t.first - 1].norm.lstrip("وف").startswith("ال"):
        return True  # "جمعية الإغاثة الطبية", "منظمة حظر الأسلحة": a body's name (a construct
        # head has no ال: "تعقد اللجنة اجتماعا" is the committee's meeting)
    if _portfolio(tokens, t):
        return True  # "وزير حقوق الإنسان والإغاثة": a conjunct of an office's portfolio, no aid told
    if t.type == "COOPERATE" and tokens[t.first].norm.lstrip("وف").startswith("بال"):
        return True  # "بالتعاون مع الجيش": how something was done, not a pact
    if t.type == "ASSAULT" and word.startswith(("هجوم", "هجمات")):
        after = [candidates(tok.norm) for tok in tokens[t.last + 1:t.last + 5]]
        k = next((i for i, forms in enumerate(after[:3]) if "علي" in forms), -1)
        obj = after[k + 1] if 0 <= k < len(after) - 1 else ()
        harm = any(o.type == "ASSAULT" and o is not t and not candidates(tokens[o.first].norm)[-1].startswith(
            ATTACK_STEMS) for o in trigs)  # (a killing, a bomb, shots; not another "هاجم")
        return bool(_WORDS_ATTACKED.intersection(obj)) and not harm  # "هجومه على الصحافة": words, not blows
    if t.type == "PROTEST" and _addressed_protesters(tokens, t):
        return True  # "داعيا المتظاهرين إلى إبقاء تحركهم سلميا": the protesters are called on
    if t.type == "CONSULT" and word.startswith(_RECEIVING) and _received_casualties(tokens, t):
        return True  # "إنها استقبلت 151 مصابا": patients or bodies taken in, no visitor
    if t.type == "ASSAULT" and word.startswith("قناص") and any(f.startswith(_POSTED) for tok in tokens[
            max(0, t.first - 3):t.first] for f in candidates(tok.norm)):
        return True  # "تم نشر القناصة بالقرب من ملعب الغولف": snipers posted, no shot told
    if t.type == "ACCUSE" and word.startswith(("ادان", "دان")) and _convicted_of(tokens, t):
        return True  # "أدانت الحكومة الروسية سكريبل بكشف أسرار": a verdict (SPEC: not an event)
    return False


# posting words before a sniper noun ("نشر القناصة", "تمركز قناصة")
_POSTED = ("نشر", "انتشار", "ينتشر", "انتشر", "تمركز", "يتمركز", "اعتلي")


# what a court convicts of (بـ + the offence): "أدان X بالتجسس", "بتهمة", "بكشف أسرار"
_OFFENCES = ("تجسس", "تهم", "خيان", "تسريب", "كشف", "انتماء", "انضمام", "تهريب", "اختلاس", "رشو", "تزوير",
             "فساد")


def _convicted_of(tokens: list, t: Trigger) -> bool:
    """أدان with its object, then بـ + an offence within four words: "convicted of", not
    "condemned" (whose بـ is a manner: "بشدة", "بأشد العبارات")."""
    for tok in tokens[t.last + 2:t.last + 6]:
        norm = tok.norm.replace("ة", "ه")
        if norm[:1] == "ب" and any(f.startswith(_OFFENCES) for f in candidates(norm)[1:]):
            return True
    return False


def _addressed_protesters(tokens: list, t: Trigger) -> bool:
    """A protester noun in the object form (-ين) right after a word of calling or urging: whom
    an appeal addresses; what they did is told, if at all, by its own words."""
    word = tokens[t.first].norm.replace("ة", "ه")
    if t.last > t.first or not word.endswith("ين") or not word.lstrip("وف").startswith(PROTESTERS):
        return False
    return t.first > 0 and not ASKING.isdisjoint(candidates(tokens[t.first - 1].norm))


_RECEIVING = ("استقبل", "يستقبل", "تستقبل")
# who a hospital or a camp takes in ("استقبلت 151 مصابا", "استقبل المستشفى جثث القتلى")
_TAKEN_IN = ("مصاب", "جريح", "جرحي", "جث", "قتيل", "قتلي", "مريض", "مرضي", "لاجئ", "نازح", "حالات", "حاله",
             "مصابين", "ضحايا")


def _received_casualties(tokens: list, t: Trigger) -> bool:
    """A casualty, patient or refugee noun within three words after it (a number may stand
    before it: "151 مصابا"; "3 وزراء" are visitors)."""
    return any(f.startswith(_TAKEN_IN) for tok in tokens[t.last + 1:t.last + 4]
               for f in candidates(tok.norm.replace("ة", "ه")))


# what a verbal attack is aimed at: the press, a policy (bare forms: candidates()[-1])
_WORDS_ATTACKED = frozenset({"صحافه", "اعلام", "وسائل", "صحفيين", "سياسه", "قرار", "قانون", "معارضه",
                             "ديمقراطيين", "جمهوريين"})
