"""Where an event happened (SPEC §2.6): which place mentions of its sentence are not its place —
origins, sides, statement holders, topics, people's homes, seats, borders, speakers' places,
destinations — the head of a place chain, and the article's dateline place.
"""
from __future__ import annotations

from typing import Sequence

from rasd.lang.words import PRONOUN_SUFFIXES
from rasd.model.document import Document
from rasd.model.record import Place
from rasd.model.span import Span
from rasd.stages.event_detect import Trigger, candidates, key
from rasd.stages.event_filters import CHARGES, DISCUSSING, TOPIC
from rasd.stages.event_filter_words import REFUSAL
from rasd.stages.event_mentions import (CLAUSE_BREAKS, SAYING, THAT, DESCRIPTORS, bare_word, clause_bounds,
                                        dateline_end, place_mentions)
from rasd.stages.name_mentions import Mention
from rasd.stages.numbers import parse_number
from rasd.stages.places import geo_precision
from rasd.text.conj import without_conjunction

_TOWARDS = frozenset({"نحو", "الي", "باتجاه", "صوب", "اتجاه"})
# "صواريخ قادمة من اليمن", "أطلقت من غزة": where the fire came from, not where it struck
_ORIGIN_CUES = ("قادم", "انطلق", "اطلق", "مصدر", "اتيه", "آتيه", "اقلع")
# "أقلعت من قاعدة في ديار بكر": the base the aircraft left, named after its head noun
_BASES = frozenset({"قاعده", "مطار"})
_BASE_ADJECTIVES = frozenset({"جويه", "عسكريه"})


def is_origin(doc: Document, tokens: Sequence, m: Mention) -> bool:
    before = [bare_word(t.norm) for t in [t for t in tokens if t.end <= m.start][-5:]]
    if before and before[-1] in ("في", "ب"):
        before = _base_origin(before[:-1])
    if before and candidates(before[-1])[-1] in _PLACE_CLASSES:
        before = before[:-1]  # "قادمة من محافظة إب": the class word names no other place
    before = before[-3:]
    if not before or before[-1] not in ("من", "ومن"):
        return False
    return any(w.startswith(_ORIGIN_CUES) for w in before[:-1])


_PLACE_CLASSES = frozenset({"محافظه", "مدينه", "منطقه", "بلده", "قريه", "مديريه", "ولايه", "اقليم",
                            "مخيم", "ناحيه", "قضاء"})


def _base_origin(before: list[str]) -> list[str]:
    """The words before "من" when `before` ends "من قاعدة [جوية] (في)", else nothing."""
    if before and candidates(before[-1])[-1] in _BASE_ADJECTIVES:
        before = before[:-1]
    if before and candidates(before[-1])[-1] in _BASES:
        return before[:-1]
    return []


# "الميليشيات الموالية لإيران", "المدعومة من تركيا", "التابعة لروسيا": whose side, not where
_SIDE = ("الموالي", "موالي", "المدعوم", "مدعوم", "التابع", "تابع", "مؤيد", "المؤيد", "المتحالف", "متحالف",
         "حليف", "حلفاء")  # ("الجماعة المتحالفة مع إيران")


# "قرب الحدود مع تركيا", "المحاذية لتركيا": the neighbour across a border, not where it happened
_BORDER_HEADS = ("الحدود", "حدود", "الحدودي")
_ADJOINING = ("المحاذي", "محاذي", "المتاخم", "متاخم")


def is_side(tokens: Sequence, m: Mention) -> bool:
    """The place names a side right after an adjective of allegiance ("الموالية لإيران"), or
    the country across a border ("قرب الحدود مع تركيا", "المحاذية لتركيا")."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    if any(bare_word(t.norm).startswith(_SIDE + _ADJOINING) for t in before[-1:]):
        return True
    if len(before) == 2 and bare_word(before[1].norm) == "مع" and bare_word(before[0].norm).startswith(_BORDER_HEADS):
        return True
    return any(bare_word(t.norm).startswith(_SIDE) for t in before) or _across_listed(tokens, m)


def _across_listed(tokens: Sequence, m: Mention) -> bool:
    """A place joined by و to the neighbour after "الحدود مع" ("تقع على الحدود مع الأردن
    ومرتفعات الجولان") lies across the border too."""
    back = [t for t in tokens if t.end <= m.start][-6:]
    own = next((t for t in tokens if t.start <= m.start < t.end), None)
    if own is not None and own.start < m.start:
        back.append(own)  # "ومرتفعات" holding the mention's start
    for i in range(len(back) - 2, 0, -1):
        if back[i].norm in CLAUSE_BREAKS:
            return False
        if bare_word(back[i].norm) == "مع" and bare_word(back[i - 1].norm).startswith(_BORDER_HEADS):
            return any(t.norm[:1] == "و" for t in back[i + 2:])
    return False


# Nouns whose genitive holds a stance, not a place: "غضب أنقرة", "ترحيب واشنطن"
_STANCES = frozenset({"غضب", "استياء", "قلق", "ترحيب", "ادانه", "رفض", "موقف", "تحذير", "احتجاج", "انتقاد",
                      "دعم", "تهديد", "مطالبه", "اتهام", "اتهامات", "رد", "انتقادات", "تهديدات", "مطالب",
                      "شروط",
                      # "يستشف منها تبرير موسكو", "سياسة طهران", "استعداد أنقرة": whose
                      # reasons, policy or readiness (ة kept by the normalised text: both
                      # spellings). Not "قرار الرياض طرد السفير": the decider's capital is
                      # where its own act of state took place
                      "تبرير", "مبررات", "استعداد", "ذريعة", "رواية", "سياسة", "رغبة",
                      "ذريعه", "روايه", "سياسه", "رغبه",
                      # "نتيجة لفشل روسيا", "مصالح إيران", "القمة التي تضم إيران وروسيا", "ولامت
                      # … روسيا", "حملت دمشق المسؤولية": whose failure, who takes part, who is blamed
                      "فشل", "مصالح", "تضم", "يضم", "لام", "لامت", "حمل", "حملت",
                      # "70 هدفا عسكريا تخص إيران داخل سوريا", "مواقع تابعة لإيران": owners
                      "تخص", "يخص", "تابعه", "التابعه", "تابع", "التابع", "المملوكه", "مملوكه"})


def is_holder(tokens: Sequence, m: Mention) -> bool:
    """The place is someone holding a view or doing something, not where it happened: the
    genitive of a stance noun ("أثار … غضب أنقرة") or the subject after an imperfect verb that
    carries its object ("الذي تصنفه القاهرة على قوائم الإرهاب", "تتهمها واشنطن")."""
    before = [t for t in tokens if t.end <= m.start][-1:]
    if not before:
        return False
    w = bare_word(before[0].norm)
    w = without_conjunction(w, 4)
    raw = without_conjunction(before[0].norm, 0)
    if w in _STANCES or raw in _STANCES:  # (the bare form: "لفشل روسيا" → فشل)
        return True
    two = [bare_word(t.norm) for t in [t for t in tokens if t.end <= m.start][-2:]]  # (only the two bared)
    if two == ["كل", "من"]:
        return True  # "ولامت كل من الولايات المتحدة وبريطانيا": each of them, not from there
    if said_by(before[0]):
        return True
    if w in REFUSAL:
        return True  # "بعد أن رفضت روما وفاليتا فتح موانئهما": the state refusing
    return len(w) >= 5 and w[0] in "يت" and w.endswith(PRONOUN_SUFFIXES) and not w.endswith("يه")


def said_by(verb) -> bool:
    """"وفي نفس السياق قالت واشنطن إن … الأسد شن الهجوم": a capital or country right after a
    reporting verb is the one who speaks, not where the act it reports happened."""
    forms = candidates(verb.norm)
    return forms[-1].lstrip("و") in SAYING or forms[0] in SAYING


def joined_by_and(text: str, end: int, start: int) -> bool:
    """Only و, commas and spaces between two names ("الولايات المتحدة وبريطانيا"): a list."""
    return not text[end:start].strip(" ،,و")


def holders(doc: Document, tokens: Sequence, places: Sequence[tuple[Mention, Place]]) -> set:
    """The mentions `is_holder` names, and the places joined to them by و ("ولامت كل من
    الولايات المتحدة وبريطانيا وفرنسا")."""
    out, last = set(), None
    for m, _p in sorted(places, key=lambda mp: mp[0].start):
        joined = last is not None and joined_by_and(doc.text, last.end, m.start)
        if is_holder(tokens, m) or (joined and last in out):
            out.add(m)
        last = m
    return out


_LOCATIVE = frozenset({"في", "قرب", "داخل", "خارج", "وسط", "عند", "من", "امام", "مقر", "لدي"})


def is_locative(doc: Document, tokens: Sequence, m: Mention) -> bool:
    """The name says where ("في القاهرة", "بالقاهرة"), not who ("اتهمت واشنطن")."""
    if doc.text[max(0, m.start - 1):m.start] == "ب":
        return True
    before = [t for t in tokens if t.end <= m.start and t.norm not in ('"', "«", "(")][-2:]
    if before and bare_word(before[-1].norm).lstrip("و").startswith(_WITNESSED):
        return True  # "شهدت إيران تظاهرات": the subject of شهد is the scene, never a doer
    after = [t for t in tokens if t.start >= m.end][:2]
    if after and (bare_word(after[0].norm).lstrip("و").startswith(_WITNESSED) or (
            len(after) > 1 and bare_word(after[0].norm) == "قد" and bare_word(after[1].norm).startswith(_WITNESSED))):
        return True  # "وكانت إيران قد شهدت تظاهرات"
    if len(before) == 2 and before[1].norm == "من" and bare_word(before[0].norm).startswith(_ASKING):
        return False  # "وطلبت من بكين التحقيق": who is asked, not where
    if sent_from(tokens, m):
        return False  # "رحب ببيان تصالحي من كوريا الشمالية": who sent it, not where
    for t in reversed(before):
        w = bare_word(t.norm)
        if w in _LOCATIVE or (w[:1] in "وف" and w[1:] in _LOCATIVE):  # "ومن واشنطن"
            return True
        if w not in DESCRIPTORS:
            return False
    return False


def sent_from(tokens: Sequence, m: Mention) -> bool:
    """"رحب ببيان تصالحي من كوريا الشمالية", "تلقى رسالة من طهران", "وصل وفد من القاهرة": the
    place after من that follows a message, offer or envoy noun (one adjective may stand between)
    is who sent it, not where the act happened."""
    before = [bare_word(t.norm).replace("ة", "ه") for t in tokens if t.end <= m.start][-3:]
    if not before or before[-1] != "من":
        return False
    return any(w in _SENDINGS or (w[:1] in "وف" and w[1:] in _SENDINGS) for w in before[-3:-1])


# what is sent or who is sent: a place after "X من" is its sender (ة folded)
_SENDINGS = frozenset({"بيان", "رساله", "رسائل", "دعوه", "دعوات", "مبادره", "عرض", "وفد", "مبعوث",
                       "اتصال", "مكالمه", "تهديدات", "تحذير", "تحذيرات", "اشارات", "طلب", "مقترح",
                       "مقترحات", "ضغوط", "مساعدات", "شحنه"})


_WITNESSED = ("شهد", "تشهد", "يشهد")
_ASKING = ("طلب", "يطلب", "تطلب", "نطلب")  # طلب من: the one asked follows من

# "بشأن الوضع الإنساني في اليمن", "بتهمة … إرسال نساء إلى الصين", "لبحث التسوية في سورية": the
# topic of a talk or a charge, not where the act is
_TOPIC_HEADS = TOPIC | DISCUSSING | CHARGES | {"ازاء", "حيال", "مساله", "قضيه", "ملف"}
_TOPIC_REACH = 6
# what a protest or a statement is for or against, and what it points to: a place named after
# them is the cause's, not the scene ("في إشارة إلى ما بين السعودية وإيران")
_STANCE_HEADS = frozenset({"رفضا", "احتجاجا", "تنديدا", "تاييدا", "مطالبه", "مطالبين", "مناسبه"})  # (and "في إشارة")
_STANCE_REACH = 12
_MAYBE_REACH = 4
_FOUNDING = frozenset({"قيام", "تاسيس", "استقلال", "اعلان", "احتلال"})
# homes: "هادي، الذي يعيش في المنفى في الرياض", "المقيم في لندن"
_HOMES = ("يعيش", "تعيش", "يقيم", "تقيم", "المقيم", "مقيم",
          "ينشط", "تنشط")  # where a group is active: "خلية تنشط بين تونس وسيدي بوزيد", not the scene
_HOME_PREPS = frozenset({"في", "بين"})
# where a named person is wanted, in apposition: "احتجزت الشرطة الألمانية بوجديمون، المطلوب في
# إسبانيا" (not "اعتقلت القوى الأمنية ثلاثة مطلوبين في القاهرة": where the wanted were held)
_WANTED = frozenset({"المطلوب", "المطلوبه"})


def in_topic(tokens: Sequence, m: Mention, trig=None) -> bool:
    """The place is named inside a topic or charge phrase, as a home, or in the anniversary a
    day falls on ("في يوم النكبة المصادف مع ذكرى قيام إسرائيل"), in its clause. A `trig` that
    the stance phrase itself names before the place owns it ("في إشارة إلى الهجوم الذي شهدته
    منطقة دوما": where the attack was)."""
    before = [t for t in tokens if t.end <= m.start][-_TOPIC_REACH:]
    keys = [candidates(t.norm)[-1] for t in before]
    if len(keys) >= 2 and keys[-2] == "ذكري" and keys[-1] in _FOUNDING:
        return True
    stance = [t for t in tokens if t.end <= m.start][-_STANCE_REACH:]
    for k in range(len(stance) - 1, -1, -1):
        if stance[k].text in CLAUSE_BREAKS:
            break
        forms = candidates(stance[k].norm)
        if _STANCE_HEADS.intersection(forms) or (forms[-1] == "اشاره" and k and stance[k - 1].norm == "في"):
            # "تظاهرات للمطالبة بانفصال الإقليم عن مدريد", "رفضا لافتتاح السفارة في القدس"
            return trig is None or not stance[k].end <= trig.start < m.start
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if tok.text in CLAUSE_BREAKS:
            return False
        forms = candidates(tok.norm)
        if _TOPIC_HEADS.intersection(forms) or (forms[-1] == "ربما" and len(before) - k <= _MAYBE_REACH):
            return True  # ("جولة ثانية ربما تكون في الصين": a place that may be, not the scene)
        # a home: "يعيش في المنفى في الرياض" (not "يقيم معسكرات في …": camps set up), or
        # where one is wanted ("المطلوب في إسبانيا": the arrest happened elsewhere)
        if (forms[-1].startswith(_HOMES) or forms[0] in _WANTED) and k + 1 < len(before) and before[k + 1].norm in _HOME_PREPS:
            return True
    return False


# people named by where they come from: "خطف مع 3 مواطنين من الفلبين", "فريقا فنيا من الإمارات"
_PEOPLE_FROM = ("مواطن", "عمال", "عامل", "مهندس", "فريق", "وفد", "خبراء", "خبير", "رعايا", "سياح",
                "لاجئ", "مهاجر", "طلاب", "طالب", "صحفي", "حجاج", "متسلق", "زوار", "مسافر", "ركاب",
                "مرتزق", "متطوع")  # ("متسلقون من فرنسا، وتايلاند")


def counted_from(tokens: Sequence, m: Mention) -> bool:
    """The country follows "من" right after a bare count ("خمسة من جنوب افريقيا", "3 من
    فرنسا"): whence those counted come, as after a people noun."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    if len(before) < 2 or bare_word(before[-1].norm) != "من":
        return False
    number = parse_number(before[0].norm)  # "تضم خمسة من جنوب افريقيا وثلاثة بريطانيين"
    return number is not None and not number[1]  # (an exact count: "عشرات من" is no head count)


def people_from(tokens: Sequence, m: Mention, *, troops: bool = False) -> bool:
    """The place follows "من" after a people noun (a nationality or a team's origin), with at
    most one adjective between ("فريقا فنيا من الإمارات"); with `troops`, also after a soldiers
    noun ("دورية عسكرية مشتركة لجنود من مالي")."""
    before = [t for t in tokens if t.end <= m.start][-3:]
    if not before or bare_word(before[-1].norm) != "من":
        return False
    heads = _PEOPLE_FROM + _TROOPS_FROM if troops else _PEOPLE_FROM
    return any(c.lstrip("ل").startswith(heads) or c.startswith(heads)
               for t in before[:-1] for c in candidates(t.norm))


# "لجنود من مالي وفرنسا": the soldiers' countries, not where they were hit (for acts that do not
# move people: "سحب 2000 جندي من سوريا" is where a withdrawal happened)
_TROOPS_FROM = ("جنود", "جندي", "عسكريين", "عسكريون")


def people_from_all(doc: Document, tokens: Sequence, places: Sequence[tuple[Mention, Place]], *,
                    troops: bool = False) -> set:
    """The mentions `people_from` names, and the places joined to them by و ("لجنود من مالي
    وفرنسا")."""
    out, last = set(), None
    for m, _p in sorted(places, key=lambda mp: mp[0].start):
        joined = last is not None and joined_by_and(doc.text, last.end, m.start)
        if people_from(tokens, m, troops=troops) or (joined and last in out):
            out.add(m)
        last = m
    return out


# "منظمة هيومن رايتس ووتش ومقرها نيويورك", "المرصد، ومقره لندن": where a body is based, an
# aside on its name, not where the act happened ("اقتحموا مقرها في طرابلس" has no و: it stays)
_SEATS = frozenset({"ومقره", "ومقرها"})


def seat_of(tokens: Sequence, m: Mention) -> bool:
    """The place right after "ومقره/ومقرها" (or "ومقرها في")."""
    before = [t.norm for t in tokens if t.end <= m.start][-2:]
    if before and before[-1] == "في":
        before = before[:-1]
    return bool(before) and before[-1] in _SEATS


def owns_area(doc: Document, places: Sequence[tuple[Mention, Place]], m: Mention) -> bool:
    """"الغوطة الشرقية لدمشق", "الضاحية الجنوبية لبيروت": a place right after لـ on the heels of
    another place's name says whose area that one is, not another place where it happened (the
    city, more precise by its feature, had won over the area it names)."""
    return any(o.end < m.start and doc.text[o.end:m.start] in (" ل", " لـ") for o, _p in places)


# "في دوما، الواقعة قرب العاصمة السورية، دمشق": the words that place a town by another one
_LOCATED = frozenset({"الواقعه", "الواقع", "القريبه", "القريب"})


def locates(tokens: Sequence, town: Mention, m: Mention) -> bool:
    """`m` only says where `town` lies: a "الواقعة/القريبة" phrase runs between them (after at
    most a comma), so it goes wherever `town` goes."""
    gap = [key(t.norm) for t in tokens if town.end <= t.start and t.end <= m.start]
    if gap[:1] in ([","], ["،"]):
        gap = gap[1:]
    return bool(gap) and gap[0] in _LOCATED and len(gap) <= 6


def border_partner(tokens: Sequence, m: Mention) -> bool:
    """"على حدود القطاع مع إسرائيل", "قرب الحدود مع سوريا": the place after "مع", up to two
    words after حدود, is the other side of the border, not where the act happened."""
    before = [t for t in tokens if t.end <= m.start][-_BORDER_REACH:]
    if not before or bare_word(before[-1].norm) != "مع":
        return False
    return any(candidates(t.norm)[-1] in _BORDERS for t in before[:-1])


def partner(tokens: Sequence, m: Mention) -> bool:
    """"اتصالات أجراها مع روسيا", "محادثات مع بيونغيانغ", "بالتنسيق مع الأردن": a place right after
    مع is the other party (or, "على الحدود مع سوريا", the border's other side), not where it
    happened; so is one joined to it by و ("مع أمريكا وبريطانيا")."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    if before and bare_word(before[-1].norm) == "مع":
        return True
    # "هاجمت مواقع النظام مع أمريكا وبريطانيا": joined by و to the party right after مع
    tok = next((t for t in tokens if t.start <= m.start < t.end), None)
    return len(before) == 2 and bare_word(before[0].norm) == "مع" and tok is not None \
        and tok.norm.startswith("و") and m.start == tok.start + 1


_BORDERS = frozenset({"حدود", "حدودها", "حدوده"})
_BORDER_REACH = 4  # حدود, up to two words (its owner, an adjective), مع


def speaker_place(tokens: Sequence, m: Mention) -> bool:
    """"وفق ما أفادت المتحدثة باسم اللجنة الدولية للصليب الأحمر في دمشق", "متحدثا عبر دائرة
    تلفزيونية من جنيف": the place after في/من in a spokesman's phrase (up to six words after
    متحدث/ناطق, no break nor أن between) is where the speaker is, not where the act happened."""
    before = [t for t in tokens if t.end <= m.start][-_SPEAKER_REACH:]
    if not before or bare_word(before[-1].norm) not in ("في", "من"):
        return False
    for t in reversed(before[:-1]):
        forms = candidates(t.norm)
        if t.text in CLAUSE_BREAKS or t.norm in ('"', "«", "»", ":") or forms[0].lstrip("و") in THAT:
            return False
        if any(f.startswith(_SPEAKERS) for f in forms):
            return True
    return False


_SPEAKERS = ("متحدث", "المتحدث", "ناطق", "الناطق")
_SPEAKER_REACH = 7  # the speaker word, up to five words (باسم + an organisation), في/من


def during_meeting(tokens: Sequence, trig: Trigger) -> bool:
    """"وثمن هادي خلال اللقاء", "وأكد أثناء المحادثات": the act is told as said at a meeting
    the story has named (a definite meeting noun after خلال/أثناء/في, in the trigger's clause,
    with no name of its own after it)."""
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return any(bare_word(tokens[k - 1].norm) in _DURING and tokens[k].norm.replace("ة", "ه") in _MEETINGS
               for k in range(max(lo, 1), hi))


_DURING = frozenset({"خلال", "اثناء", "في"})
_MEETINGS = frozenset({"اللقاء", "الاجتماع", "المحادثات", "المباحثات", "الزياره", "القمه", "اللقاءات"})


def close_to(tokens: Sequence, m: Mention) -> bool:
    """"منظمة بدر، المقربة من إيران", "الحزب المقرب من دمشق": a side the actor leans to, not a
    place ("القريبة من دوما" is nearness: a place)."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    return (len(before) == 2 and bare_word(before[-1].norm) == "من"
            and any(c.lstrip("و").startswith(_CLOSE_TO) for c in candidates(before[0].norm)))


_CLOSE_TO = ("المقرب", "مقرب")


def is_destination(doc: Document, tokens: Sequence, m: Mention) -> bool:
    """A place after نحو / إلى / باتجاه (within two words) is where people went."""
    before = [t for t in tokens if t.end <= m.start][-4:]
    return any(bare_word(t.norm) in _TOWARDS and not (k and bare_word(before[k - 1].norm) == "من")
               and not _about(before[k + 1:])
               for k, t in enumerate(before) if k)  # ("من اتجاه محافظة تعز": from there)


def for_cause(tokens: Sequence, trig: Trigger, m: Mention) -> bool:
    """"اتفق البلدان على القمة بعد أعوام من التوتر بسبب برنامج كوريا الشمالية": a place after a
    cause word that follows the trigger belongs to the cause, not to where the act was done."""
    return any(t.norm.replace("ة", "ه").removeprefix("و") in _CAUSES
               for t in tokens if trig.end <= t.start and t.end <= m.start)


_CAUSES = frozenset({"بسبب", "جراء", "نتيجه", "بفعل"})


def wanted_move(tokens: Sequence, m: Mention) -> bool:
    """"أمرهم بالتوجه إلى ليبيا", "طالبهم بالعودة إلى تونس", "يستعد للسفر إلى روما": a destination
    after a verbal noun of going behind ب or لل is where someone is told or means to go — a
    wish or a plan, not a place where anything happened (unlike "وصل إلى تونس")."""
    before = [t for t in tokens if t.end <= m.start][-6:]  # (and the next name: "إلى ليبيا أو مالطا")
    for k, t in enumerate(before):
        if k < len(before) - 3 or bare_word(t.norm) not in _TOWARDS or _about(before[k + 1:]):
            continue
        if any(_going(w.norm) for w in before[max(0, k - 2):k]):
            return True
    return False


def _going(word: str) -> bool:
    word = word.replace("ة", "ه")
    if word.startswith("بال"):
        return word[1:] in _GOING
    return word.startswith("لل") and "ال" + word[2:] in _GOING


_GOING = frozenset({"التوجه", "الذهاب", "العوده", "السفر", "الانتقال", "الرحيل", "التحرك", "الابحار",
                    "المضي", "الاتجاه", "الانسحاب"})


def _about(after: Sequence) -> bool:
    """"نزوح 70 ألفا خلال نحو أسبوع من الغوطة": نحو before a number or a span of time is
    "about", not "towards"."""
    if not after:
        return False
    word = candidates(after[0].norm)[-1]
    return parse_number(after[0].norm) is not None or word.removeprefix("ال") in _TIME_SPANS


_TIME_SPANS = frozenset({"اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "يوم", "يومين", "ايام",
                         "ساعه", "ساعتين", "ساعات", "سنه", "سنتين", "سنوات", "عام", "عامين", "اعوام"})


def came_back_from(tokens: Sequence, m: Mention) -> bool:
    """"بعد عودته من زيارة للندن", "أثناء عودته من اليمن", "الإمدادات القادمة من سوريا": where a
    person or load came from — what befell them there is told of the place they reached."""
    before = [t for t in tokens if t.end <= m.start][-4:]
    for k in range(len(before) - 1):
        if bare_word(before[k + 1].norm) != "من":
            continue
        if not any(c.startswith(_COMING) for c in candidates(before[k].norm)):
            continue
        between = before[k + 2:]  # nothing, or the trip itself ("من زيارة للندن")
        return all(any(c in _TRIPS for c in candidates(t.norm)) for t in between) and len(between) <= 1
    return False


_COMING = ("عوده", "عودت", "قادم")
_TRIPS = frozenset({"زياره", "رحله", "جوله"})


def most_specific(group: Sequence[tuple[Mention, Place]]) -> tuple[Mention, Place]:
    return min(group, key=lambda mp: (geo_precision(mp[1]) or 5, mp[1].lat is None))


def head_place(group: Sequence[tuple[Mention, Place]]) -> tuple[Mention, Place]:
    """The first place of a chain ("منطقة الثرثار شمال شرق الفلوجة" → الثرثار): what follows a
    direction or descriptor word only locates it. The container stands in when the head has
    no coordinates, and a finer place when the head is a country ("في سوريا قرب الرقة")."""
    head = group[0]
    if head[1].lat is None or head[1].feature == "country":
        return most_specific(group)  # "في سوريا قرب الرقة": a town near which, inside the country
    return head


def dateline_place(doc: Document) -> Place | None:
    """The place named in a dateline ("إدلب - …") at the head of the article."""
    head = doc.text[:40]
    long_cut = dateline_end(doc)
    for sep in (" - ", " – ", "-", ":", "(", "ـ"):
        cut = head.find(sep)
        if long_cut and not 0 < cut <= 30:
            cut = long_cut
        if 0 < cut <= 30 or cut == long_cut:
            for m, p in place_mentions(doc, doc.tokens, Span(0, cut, doc.text[:cut])):
                return None if _bureau(doc, p, cut, agency=bool(long_cut) and cut == long_cut) else p
    return None


def _bureau(doc: Document, dateline: Place, cut: int, *, agency: bool = False) -> bool:
    """"اتلانتا، الولايات المتحدة (CNN)-- أعلنت السعودية …": a dateline whose country no other
    place of the article shares is the outlet's bureau, not where the news happened. An
    agency dateline ("دبي، الإمارات العربية المتحدة (CNN)--") is the bureau also when the
    article names no other place: the outlet writes every story from there."""
    by_entity = {p.entity: p for p in doc.places if p.entity}
    others = [by_entity[e.id] for e in doc.entities if e.id in by_entity
              and any(m.start > cut + 25 for m in e.mentions)]
    return (bool(others) or agency) and all(p.country != dateline.country for p in others)
