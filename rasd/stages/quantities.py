"""The quantities stage (SPEC §2.4): counted people, with qualifier, unit and category.

One regex pass over the normalised view finds number phrases (with a qualifier
before them: أكثر من، نحو …); each is kept when the word after it is a person or
family noun (or "من" + people, or a bare number right after a casualty verb), and
its category comes from the noun itself (قتيلا → killed), the nearest cue before
it in the same clause, a conjunction with the previous count ("عشرة … وثلاثة
عاملين"), or a cue just after it ("ألفي شخص فروا"). Numbers inside time
expressions, money, percentages and measures are left out; people sentenced and
"قتلى وجرحى" totals are not quantities (SPEC §2.7).
"""
from __future__ import annotations

import re

from rasd.lang.lexicon import load_lexicon
from rasd.model.document import Document
from rasd.model.record import Quantity
from rasd.pipeline.registry import register_stage
from rasd.stages import quantities_lex as L
from rasd.stages.numbers import parse_number
from rasd.stages.times_scan import DUAL_WORDS, cached_scan
from rasd.text.normalize import normalize, normalize_text

_TEN = frozenset({"عشر", "عشرة", "عشره"})
_DIGIT_AND_DIGIT = re.compile(r"\d\s*و\s*\d")
_JOINED_BY_AND = re.compile(r"\s*و")
_JOINED = re.compile(r"^\s*و?\s*$")
# "، و" before a count with no cue of its own: the next item of the same toll
_LISTED = re.compile(r"^\s*[،,]\s*(?:و|وكذا|وكذلك)\s*$")  # (also "، وكذا ثمانية من المشتبه بهم")
# a comma and a conjunction open another clause: a cue before them is not this count's
# ("، وفق ناشطين،": وفق is "according to", an aside, not و opening a clause — held-out U42)
_NEW_CLAUSE = re.compile(r"[،,]\s*(?:و(?!فق)(?=\S)|كما\s|فيما\s|بينما\s|في\s+حين\s)")
# a subset of the count before ("36 قتيلا بينهم 20 طفلا", "أصيب 12، منهم 3 أطفال"): its category
# "قتلت 143 شخصا، يتوزعون إلى 19 مسلحا": a breakdown of the count before
_SUBSET = re.compile(r"^[\s،,]*(?:(?:و?من\s+)?(?:بين|من)(?:هم|هن|هما)|بينها"
                     r"|(?:يتوزعون|موزعين)(?:\s+(?:الي|علي))?|و?هم|:)[\s:]*$")
# ... after the first count's "من …" phrase and a comma
_SUBSET_AFTER_PHRASE = re.compile(r"[،,]\s*(?:و?من\s+)?(?:بين|من)(?:هم|هن|هما)[\s:]*$")
_BARE_FOLLOWERS = {"في", "اليوم", "امس", "خلال", "بعد", "قبل", "علي", "جراء", "اثر", "بينهم",
                   "منهم", "بجروح", ",", ".", "اخرين", "حتي", "الان",
                   # the other half of the toll: "مقتل 5 وجرح 10 آخرين"
                   "وجرح", "واصابه", "واصابة", "واصيب", "واصابات", "ومقتل", "وقتل",
                   # the cause or the agent: "وجرح أكثر من ألفين بنيران الجيش" (held-out U50)
                   "بنيران", "برصاص", "بالرصاص", "بقصف", "بسبب", "نتيجة", "عقب",
                   # who they are, by where they live: "بإجلاء أكثر من مليون يسكنون الساحل" (U62)
                   "يسكنون", "يقيمون", "يعيشون", "يقطنون"}


def _word_at(text: str, pos: int) -> re.Match | None:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return L.WORD_RE.match(text, pos)


def _prev_word(text: str, pos: int) -> str:
    words = text[max(0, pos - 30):pos].split()
    return words[-1] if words else ""


def _clause(text: str, lo: int, hi: int, *, before: bool) -> tuple[int, str]:
    """The window text cut at the nearest clause stop on the side away from the number."""
    chunk = text[lo:hi]
    if before:
        cut = max(chunk.rfind(c) for c in L.STOP_CHARS)
        return (lo + cut + 1, chunk[cut + 1:]) if cut >= 0 else (lo, chunk)
    cuts = [i for i in (chunk.find(c) for c in L.STOP_CHARS + ",") if i >= 0]
    return (lo, chunk[:min(cuts)]) if cuts else (lo, chunk)


def _noun(text: str, pos: int) -> tuple[tuple | None, int]:
    """(noun info (unit, own category, strong), end position) for the words after a number."""
    w = _word_at(text, pos)
    marked = w is not None and w.group() in _MARKS
    if marked:
        w = _word_at(text, w.end())  # 'اعتقال 3 "إرهابيين"': a quotation mark before the noun
    if w is None:
        return None, pos
    word = w.group()
    info = L.NOUNS.get(word) or (L.NOUNS.get(word[2:]) if word.startswith("ال") else None)
    if info:
        close = w.end() + 1 if marked and text[w.end():w.end() + 1] in '"»”' else w.end()
        return info, close
    if word == "من":
        m = L.MIN_RE.match(text, pos)
        if m:
            head = normalize_text(m.group("noun"), fold_taa=True)  # (the lists spell ة as ه: المقاومه)
            bare = head[2:] if head.startswith("ال") else head
            if _person_group(bare):
                return ("person", None, True), m.end("noun")
            # a definite head stands alone ("12 من الأهالي"); members were rejected as counts
            of_head = head in L.OF_HEADS or (bare != head and bare in L.OF_HEADS - {"اعضاء"})
            if of_head or bare in L.NOUNS or head in L.NOUNS:
                hinfo = L.NOUNS.get(head) or L.NOUNS.get(bare) or ("person", None, True)
                end = m.end() if head in L.OF_HEADS and m.group("gen") else m.end("noun")
                return hinfo, end
    if len(word) > 4 and word.endswith(("يا", "يين", "يون")) and word[0] not in "0123456789" \
            and word not in _SCALE_WORDS and word not in L.SCOPE_ADVERBS:
        return ("person", None, True), w.end()  # a demonym: "260 كرديا", "خمسة سوريين"
    return None, pos


# Number scales that look like a demonym plural (ـيون): "3.5 تريليون دينار" is money, not people
# (held-out U42); the number parser reads مليون/مليار, not these.
_SCALE_WORDS = frozenset({"تريليون", "ترليون", "بليون", "مليون", "كوادريليون"})


def _count_named(text: str, start: int) -> tuple | None:
    """(unit, category, strong) of a count whose people are named before it: "بلغ عدد
    المشاركين فيها بضعة آلاف" (the noun's category), "بلغ عدد الضحايا الذين قتلوا … 5"
    (else the first cue after the noun). Not "عدد المنازل" (no person noun)."""
    m = L.COUNT_OF_RE.search(text, max(0, start - 140), start)
    return _counted_person(m) if m else None


def _counted_person(m: re.Match) -> tuple | None:
    """The noun info of the person noun a toll counts (group "noun"), its category else the first
    cue in the words after it (group "rest"); None for a noun that counts no people."""
    noun = m.group("noun")
    info = L.NOUNS.get(noun) or L.NOUNS.get(noun.removeprefix("ال"))
    if info is None or info[0] != "person":
        return None
    if info[1] is None:
        cue = L.CUE_RE.search(m.group("rest"))
        return (info[0], L.cue_category(cue.group("stem")) if cue else None, True)
    return info


_TOLL_AFTER = re.compile(r"\s*عدد\s+(?P<noun>[^\W\d_]+)(?P<rest>[^.!?:;\n\d]{0,80})")


def _count_named_after(text: str, start: int, end: int) -> tuple | None:
    """"ليرتفع إلى 121 عدد الفلسطينيين الذين قتلوا": the toll before the noun it counts, after
    "إلى" (the noun's category, else the first cue after it)."""
    if _prev_word(text, start) not in ("الي", "إلى"):
        return None
    m = _TOLL_AFTER.match(text, end)
    return _counted_person(m) if m else None


def _range_low(num: str) -> str:
    """"ألف و1500" is a range's two ends, not 2500: a part after و as large as the part before
    starts a second number (a composite only adds a smaller part: "ألف وخمسمائة", or tens
    after units: "خمسة وعشرون")."""
    k = num.find(" و")
    if k < 0:
        return num
    left, right = parse_number(num[:k]), parse_number(num[k + 2:].strip())
    if left is None or right is None or left[1] or right[1] or right[0] < left[0]:
        return num
    if left[0] < 10 and right[0] in (20, 30, 40, 50, 60, 70, 80, 90):
        return num  # "خمسة وعشرون": units before tens make one number
    return num[:k]


def _cue_after(text: str, end: int, definite: bool = False) -> tuple[str, str] | None:
    """(category, cue) of the first cue after a count in its clause ("ألفي شخص فروا"), also past
    a comma-set apposition ("25 شخصا، معظمهم من المدنيين، قتلوا"). "غادروا" says displaced only
    of a new count ("150 ألفا غادروا المدينة"), not of people told before ("الثلاثة غادروا
    سوريا بناء على طلب من التنظيم")."""
    apposed = _APPOSITION.match(text, end) or _RELATIVE_AFTER_COMMA.match(text, end)
    if apposed:
        end = apposed.end()
    _, after = _clause(text, end, end + 45, before=False)
    for cue in L.CUE_RE.finditer(after):
        # "… جنازة مسعفة قتلها الجيش": a singular object pronoun points at someone else
        stem = cue.group("stem")
        if stem.startswith(("طعن", "يطعن")):
            continue  # "ثلاثة أشخاص … طعنوا شخصين": who stabbed, not who was stabbed
        if definite and stem in _LEFT:
            continue
        if stem in L.BODIES:
            continue  # "أنقذ ثلاثة صيادين وانتشلوا جثث اثنين": the bodies are the next count's
        if not stem.endswith(("ها", "ه")):
            return L.cue_category(stem), stem
    return None


_LEFT = frozenset({"غادروا"})


def _complement_cue(text: str, end: int) -> tuple[str, str] | None:
    """(category, cue) of a cue word right after the count ("1000 حالة اختناق")."""
    w = _word_at(text, end)
    if w is None or w.group()[:1] in "وف":
        return None  # ("وثلاثة عاملين وإصابة تسعة": the next count's cue)
    cue = L.CUE_RE.fullmatch(w.group())
    return (L.cue_category(cue.group("stem")), cue.group("stem")) if cue else None


_MULTIPLIERS = frozenset({"الف", "الفا", "الاف", "مليون", "ملايين", "مليونا"})


def _nisba_people(text: str, pos: int) -> tuple[tuple | None, int]:
    """After thousands or millions a singular nisba counts people ("مليون يمني", "ألف سوري")."""
    w = _word_at(text, pos)
    if w is not None and len(w.group()) >= 4 and w.group().endswith("ي") and not w.group()[0].isdigit():
        return ("person", None, True), w.end()
    return None, pos


def _singular_nisba(text: str, pos: int) -> tuple[tuple | None, int]:
    """After a number of 11 or more the counted noun is singular: a person nisba of the noun
    list ("500 فلسطيني", "20 عسكري")."""
    w = _word_at(text, pos)
    if w is not None and w.group() in L.NISBA_SINGULARS:
        return ("person", None, True), w.end()
    return None, pos


def _person_group(bare: str) -> bool:
    """A group of people after "من" that the noun list lacks: an armed group (المقاومة،
    ميليشيا), a nisba plural ("الحوثيين", "السوريين"), a person head with a possessive
    ending ("جنوده", "قادتها")."""
    if bare in L.OF_GROUPS or (len(bare) > 5 and bare.endswith(("يين", "يون"))):
        return True
    for suffix in L.OF_SUFFIXES:
        stem = bare[:-len(suffix)] if bare.endswith(suffix) and len(bare) > len(suffix) + 2 else ""
        stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # قادتها → قاده
        if stem and (stem in L.OF_HEADS or L.NOUNS.get(stem, ("", None, False))[0] == "person"):
            return True
    return False


# a rate: a number right after لكل is its denominator; a number a few words before لكل + number
# is the rate itself ("111.33 جريمة قتل لكل 100 ألف شخص")
# "من/عن/على/لكل المريض الواحد": a price or share per one, no count (normalised)
_PER_PREPOSITIONS = frozenset({"من", "عن", "علي", "لكل"})
_RATE_BEFORE = re.compile(r"(?<![^\W\d_])لكل\s*$")
_RATE_AFTER = re.compile(r"(?:\s+[^\s\d.،,]+){0,3}\s+لكل\s+[0-9٠-٩]")
# after a count ending in its own "من …", a few more words of that PP and و before the next count
_PP_JOINED = re.compile(r"^(?:\s+و?[^\s\d.،,!?:;]+){0,4}\s*[،,]?\s+(?:و|وكذا|وكذلك)\s*$")
# after a count, one or two words of its own noun phrase and و before the next (a comma may
# close the phrase: "بينهم 75 طفلا قاصرا، و16 امرأة", the next item of the same list — audit U56)
_NP_JOINED = re.compile(r"^(?:\s+[^\s\d.،,!?:;\"«»“”()]+){1,2}(?:\s*[،,])?\s+و\s*$")
# population: "يبلغ عدد سكانها 328 ألف نسمة"
_POPULATION = re.compile(r"(?<![^\W\d_])(?:عدد\s+)?سكان(?:ها|ه|هم)?\s+(?:[^\s\d]+\s+){0,2}$")
# still at large: "ولا يزال المهاجمون الثلاثة فارين"
_AT_LARGE = re.compile(r"(?<![^\W\d_])(?:[وف]?لا\s+[يت]زال|[وف]?ما\s+[يت]زال|[وف]?ما\s+زال)(?:\s+\S+){0,3}\s*$")
# a crowd reaching a size: "وصلت الحشود … إلى نحو 8 آلاف شخص"
_CROWD = re.compile(r"(?<![^\W\d_])(?:ال)?(?:حشود|حشد|محتجون|محتجين|متظاهرون|متظاهرين)(?![^\W\d_])")
_REACHED = re.compile(r"(?<![^\W\d_])[وف]?(?:وصل|وصلت|بلغ|بلغت|يصل|تصل|يبلغ|تبلغ)(?![^\W\d_])")
# forced out after the count: "مئات الأسر اضطرت لترك ديارها", "300 عائلة اضطرت إلى النزوح"
_FORCED_OUT_AFTER = re.compile(r"\s+(?:قد\s+)?[وف]?(?:اضطر|يضطر)[^\W\d_]*\s+(?:(?:الي|علي)\s+(?:ال)?|لل?)"
                               r"(?:نزوح|فرار|هرب|هروب|خروج\s+من|(?:مغادر[هة]|ترك)\s+(?:منازل|بيوت|ديار))")
_PARENT_OF = frozenset({"اب", "ام", "والد", "والدة", "والده"})


def _context_fix(text: str, start: int, end: int, category: str) -> str:
    """The category the words around a count override: a population is no casualty count, people
    still at large (فارين) are not displaced, a crowd that reached a size are participants."""
    before = text[max(0, start - 40):start]
    if _POPULATION.search(before) or text[end - 4:end] in ("نسمة", "نسمه"):
        return "other"
    if category == "displaced" and _AT_LARGE.search(before):
        return "other"
    if category == "injured" and (sick := _SICK_WITH.match(text, end)) and _DISEASE.match(text, sick.end()):
        return "other"  # "10 ملايين شخص في العالم مصابون بمرض الشلل": ill, not hurt (U60)
    if category == "other" and "ضطر" in text[end:end + 12] and _FORCED_OUT_AFTER.match(text, end):
        return "displaced"  # "وإن مئات الأسر اضطرت لترك ديارها" (U62)
    if category == "other":
        clause = _clause(text, max(0, start - 80), start, before=True)[1]
        if _CROWD.search(clause) and _REACHED.search(clause):
            return "participants"
        if (m := _CROWD_COUNT.search(clause)) and (m.group("who") != "مشاركين"
                                                   or L.PROTEST_RE.search(text, max(0, start - 100), end + 100)):
            return "participants"
    return category


# "قدرت الحركة عدد المشاركين بالمظاهرة بنحو 160 ألف شخص", "قال إن عدد المتظاهرين نحو 40 ألف
# شخص" (held-out U42): the count is the crowd's size; مشاركين only around a protest
_CROWD_COUNT = re.compile(r"(?<![^\W\d_])عدد\s+(?:ال)?(?P<who>مشاركين|متظاهرين|محتجين)(?![^\W\d_])")


_MARKS = frozenset('"«“')
# "ضحايا الاغتصاب/العنف الجنسي/الاتجار بالبشر/التعذيب": the victims' noun names a harm that is no death
_HARM_NOT_DEATH = re.compile(r"\s+(?:لل|ال|ل)?(?:اغتصاب|عنف\s+(?:ال)?جنسي|تحرش|اتجار|تعذيب|تمييز|احتيال|اعتداءات?\s+(?:ال)?جنسي)")
# an attempt right before the cue ("بمحاولة قتل", "الشروع في قتل"): the act did not happen
# A court's order "باعتقال/بتوقيف/باحتجاز/بالقبض على" right before the count: those people are to be
# arrested, not sentenced ("أمرت محكمة باعتقال 12 شخصا"); "قضت بسجن 5" keeps its sentence
_ARREST_ORDER = re.compile(r"(?<![^\W\d_])ب(?:ال)?(?P<stem>اعتقال|توقيف|احتجاز|قبض\s+علي)\s*$")
_ATTEMPTED = re.compile(r"(?:محاول[ةه]|محاولات|الشروع\s+في)\s*$")
# "لعشرات الآلاف من الأسر، التي فرت من …": a relative clause after a comma still describes the count
_RELATIVE_AFTER_COMMA = re.compile(r"\s*[،,]\s*(?=(?:التي|الذين|اللاتي|اللواتي|اللذين|اللتين)\s)")
_APPOSITION = re.compile(r"\s*[،,]\s*(?:معظمهم|بينهم|غالبيتهم|اغلبهم|منهم|جلهم)\s+[^.،,!?:;]{1,40}[،,]\s*")


class QuantitiesStage:
    name = "quantities"
    requires = ("text", "norm")
    assigns = ("quantities",)

    def __call__(self, doc: Document) -> Document:
        view = doc.norm if doc.norm is not None else normalize(doc.text)
        text = view.text
        time_spans = [(t.start, t.end) for t in doc.times]
        found: list[tuple[int, int, dict]] = []
        consumed = -1
        _, numbers, duals = cached_scan(doc, text)
        for pos in numbers:
            if pos < consumed:
                continue
            m = L.NUM_CORE.match(text, pos)
            if m is None:
                continue
            q = self._one(text, m, found)
            if q is not None and not self._in_time(view, q, time_spans):
                found.append(q)
                consumed = q[1]
            else:
                consumed = m.end("num")
        for s, e in duals:
            q = self._dual(text, s, e, found)
            if q is not None:
                found.append(q)
        found.sort(key=lambda q: q[0])
        doc.quantities = [self._record(doc, view, i, q) for i, q in enumerate(found, start=1)]
        return doc

    @staticmethod
    def _in_time(view, q, time_spans) -> bool:
        s, e = view.map.to_orig(q[0], q[1])
        return any(s < te and ts < e for ts, te in time_spans)

    @staticmethod
    def _prefix(text: str, pos: int) -> re.Match | None:
        """Qualifier or range opener right before the number ("اكثر من", "حوالي400", "بين")."""
        if text[max(0, pos - 3):pos] == " ال" and pos < len(text) and text[pos].isdigit():
            pos -= 2  # "قرابة الـ250 ألف", "نحو الـ30 شخصا": the article glued to digits (U50)
        j = text.rfind(" ", 0, max(0, pos - 1))
        prev = text[j + 1:pos].strip()
        if prev[1:] in L.PREFIX_LAST or prev in L.PREFIX_LAST:
            pm = L.QTY_PREFIX.search(text, max(0, pos - 30), pos)
            if pm is not None and pm.group("px"):
                return pm
        return None

    def _one(self, text: str, m: re.Match, found: list) -> tuple | None:
        num = m.group("num")
        num_start = m.start("num")
        cut = _DIGIT_AND_DIGIT.search(num)  # "10 و15" is two numbers, not 25
        if cut:
            num = num[:cut.start() + 1]
        num = _range_low(num)
        if num in ("المئة", "المائة"):
            return None  # "بالمائة", "في المئة": a percentage
        if num in _TEN and _prev_word(text, num_start) in L.ORDINAL_UNITS:
            return None  # "المركز الثالث عشر": the tens of an ordinal
        parsed = parse_number(num)
        if parsed is None:
            return None
        value, vague = parsed
        if value < 1:
            return None  # "أكثر من نصف السكان": a share of a group, no count of people (audit U64)
        end = num_start + len(num)
        if _RATE_BEFORE.search(text, max(0, num_start - 8), num_start) or _RATE_AFTER.match(text, end):
            return None  # "111.33 جريمة قتل لكل 100 ألف شخص": a rate and its denominator
        # The counted noun first (cheap, and most numbers have none); the qualifier after.
        info, nend = _noun(text, end)
        if info is not None and 3 <= value <= 10 and text[end:nend].split() == ["اخر"]:
            return None  # "وثانيا في أربع أخر": أُخَر, "other" things — persons after 3–10 are آخرين
        hi = hp = None
        if info is None:
            hi = L.RANGE_HIGH_RE.match(text, end)
            hp = parse_number(hi.group("hi")) if hi else None
            if hp is not None:
                info, nend = _noun(text, hi.end())
        if info is None and num.split()[-1] in _MULTIPLIERS:
            info, nend = _nisba_people(text, end)  # "1,3 مليون يمني": a nisba after thousands/millions
        elif info is None and not vague and value >= 11:
            info, nend = _singular_nisba(text, end)  # "حوالي 500 فلسطيني"
        noun_first = None
        bare = None
        if info is not None and num.startswith("ال") and not text[end:].lstrip().startswith("ال"):
            # "ومن بين القتلى الثمانية قيادات عسكرية": a definite number after a definite noun is its
            # adjective; the indefinite noun after it starts the predicate, it is not counted
            before = self._noun_before(text, num_start, num)
            if before is not None:
                info, noun_first = before
                nend = end
                hi = hp = None
        if info is None:
            hi = hp = None
            before = self._noun_before(text, num_start, num)
            if before is not None:
                info, noun_first = before
                nend = end
            elif (named := _count_named(text, num_start) or _count_named_after(text, num_start, end)) is not None:
                info = named
            else:
                info, nend = self._bare(text, num_start, end, value, num if vague else "")
                bare = info
            if info is None:
                return None
        pm = self._prefix(text, num_start)
        qual_text = pm.group("qual") if pm is not None else None
        start = pm.start("px") if pm is not None else num_start
        high = None
        if hp is not None:
            if not (pm is not None and pm.group("rng")) and _JOINED_BY_AND.match(text, end):
                return None  # "10 و15 شخصا" with no بين: the second number counts on its own
            # ("15 إلى 30 شخصا", "20-30 شخصا": إلى/حتى/a dash join the ends of one range)
            high = hp[0]
            value = _scaled_low(value, high)
        elif pm is not None and pm.group("rng"):
            start = pm.start("qual") if qual_text else num_start
        if noun_first is not None:
            start = noun_first  # the noun stands before the number ("الحالات الاربع")
        end = max(end, nend)
        if L.COMBINED_RE.match(text[end:end + 12]) or L.COMBINED_BEFORE_RE.search(text[max(0, start - 25):start]):
            return None
        if L.BETWEEN_TOLL_RE.search(_clause(text, end, end + 40, before=False)[1]):
            return None
        qual = L.QUALIFIERS_BEFORE.get(" ".join((qual_text or "").split()), "exact")
        after = L.AFTER_QUAL_RE.match(text, end)
        if after:
            end = after.end()
            if qual == "exact":
                qual = L.QUALIFIERS_AFTER[after.group("q")]
        if vague:
            qual = "vague"
        elif high is not None:
            qual = "range"
        category = _context_fix(text, start, end, self._categorise(text, start, end, found, info[1]))
        told = text.startswith("ال", start)  # "الثلاثة": people told before
        if info is bare and (verb := _verb_after(text, nend, told)) is not None:
            category = verb  # "قتلوا ومئات جرحوا": the bare number's own verb, not the cue before it
        elif info[1] not in ("killed", "injured") and _opens_clause(text, start) \
                and (verb := _verb_after(text, end, told)) is not None:
            category = verb  # "إن خمسة قتلوا وإن ستة آخرين اصيبوا": the count's own verb
        if not info[2] and category == "other":
            return None
        return (start, end, {"value": value, "qualifier": qual, "unit": info[0],
                             "category": category, "high": high})

    def _categorise(self, text: str, start: int, end: int, found: list, own: str | None) -> str:
        """A casualty noun (قتيلا، جريحا) fixes the category; a status noun (لاجئين، متظاهرين)
        yields to what the context says happened to them ("لقي 7 لاجئين مصرعهم" counts the
        killed, "احتجزت الشرطة 12 متظاهرا" the arrested)."""
        if own == "killed" and _HARM_NOT_DEATH.match(text, end):
            own = None  # "علاج عشرات الآلاف من ضحايا الاغتصاب": victims of a harm that does not kill
        if own in ("killed", "injured"):
            return own
        ctx = self._category(text, start, end, found)
        if ctx == "other" and _hospital_cases(text, start, end):
            return "injured"
        return own if ctx == "other" and own else ctx

    @staticmethod
    def _noun_before(text: str, start: int, num: str):
        """The counted noun before its number: a definite one ("الحالات الاربع", not "اسر
        العشرات"), or any before "two", which follows its noun as an adjective ("ناشطين
        اثنين")."""
        two = num in _TWO or num in _ONE  # "شخص واحد" = 1 (not "أحد", §2.7)
        if not num.startswith("ال") and not two:
            return None
        words = text[max(0, start - 20):start].split()
        if num in ("الواحد", "الواحدة") and len(words) > 1 and (
                words[-2] in _PER_PREPOSITIONS or words[-2][:1] in "وف" and words[-2][1:] in _PER_PREPOSITIONS):
            return None  # "مبلغ 100 ألف دولار من المريض الواحد": per patient, no count (U52)
        if num in _ONE and len(words) > 1 and words[-2] == "من":
            return None  # "أربعة أشخاص من عائلة واحدة": whose they are, no count of its own (U54)
        if words and (two or words[-1].startswith("ال")):
            noun = words[-1][2:] if words[-1].startswith("ال") else words[-1]
            if noun in L.NOUNS:
                unit, own, strong = L.NOUNS[noun]
                # "هيكل قيادي واحد", "نحن أسرة واحدة": "one" alone counts only with a category
                return (unit, own, strong and num not in _ONE), text.rfind(words[-1], 0, start)
        return None

    @staticmethod
    def _bare(text: str, start: int, end: int, value, vague_num: str = "") -> tuple:
        """A bare number counts people right after a casualty verb ("وأصاب 16 اليوم"). A
        definite vague number ("العشرات", "عشرات الآلاف") heads no construct, so after the verb
        it counts whatever word follows ("نزح العشرات عن منازلهم")."""
        pm = QuantitiesStage._prefix(text, start)
        prev = _prev_word(text, pm.start("px") if pm is not None else start)  # "وشرد نحو 3.5 مليون"
        if prev in _IN_IT:  # "قتل فيها اثنان": the verb stands before "in it / of them"
            prev = _prev_word(text, text.rfind(prev, 0, start))
        w = _word_at(text, end)
        nxt = w.group() if w else "."
        if isinstance(value, int) and 1900 <= value <= 2100 and text[start:end].strip().isdigit():
            return None, end  # a year; "ألفين" (2000) written in words is a number
        # (not after أسر, also "families": "أسر العشرات" is the families of dozens)
        definite = bool(vague_num) and vague_num.split()[-1].startswith("ال") and prev != "اسر"
        if definite and nxt == "من" and prev.lstrip("وف").startswith("حصد"):
            return None, end  # "وحصدت الآلاف من المشاركات": what was reaped is no person (U52)
        if L.CUE_RE.fullmatch(prev) and (nxt in _BARE_FOLLOWERS or definite):
            return ("person", None, True), end
        if _verb_after(text, end, text.startswith("ال", start)) is not None:
            return ("person", None, True), end  # "و79 جرحوا": a plural casualty verb after the number
        if definite and L.DRIVEN_OUT_RE.match(text, end) and any(
                w.lstrip("وف").startswith(L.DRIVE_VERBS) for w in text[max(0, start - 40):start].split()[-3:]):
            # "مما دفع عشرات الآلاف إلى الخروج من المدينة", "أجبرت المعارك الآلاف على النزوح"
            return ("person", "displaced", True), end
        return None, end

    def _category(self, text: str, start: int, end: int, found: list) -> str:
        category, stem = self._cue(text, start, end, found)
        if (category == "participants" and stem.startswith(L.PARTICIPATE_STEMS)
                and not L.PROTEST_RE.search(text, max(0, start - 100), end + 100)):
            return "other"
        return category

    @staticmethod
    def _cue(text: str, start: int, end: int, found: list) -> tuple[str, str]:
        """(category, cue word) from the nearest cue around the number, or ("other", "")."""
        prev_end = found[-1][1] if found else 0
        lo, before = _clause(text, max(prev_end, start - 60), start, before=True)
        joins = list(_NEW_CLAUSE.finditer(before))
        if joins:  # "… بعد أن قتلوا، كما تعرض نحو 31 شخصا": the cue of another clause
            before = before[joins[-1].end():]
        window = _clause(text, max(0, start - 60), start, before=True)[1]  # (the count's own sentence)
        if L.SENTENCED_RE.search(window) and not L.EXECUTED_RE.search(window):
            if (order := _ARREST_ORDER.search(before)) is not None:
                return "arrested", order.group("stem")  # "أمرت محكمة باعتقال 12 شخصا": an arrest
            return "other", ""  # people sentenced are not arrested (§2.7)
        cues = [c for c in L.CUE_RE.finditer(before)
                if not c.group("stem").startswith(L.ADJACENT_CUES) or _adjacent(before[c.end():])]
        if cues:
            stem = cues[-1].group("stem")
            if _ATTEMPTED.search(before, 0, cues[-1].start()):
                return "other", stem  # "تهمة محاولة قتل 3 أشخاص": nobody was killed
            return L.cue_category(stem), stem
        own = _complement_cue(text, end)
        if own:  # "100 قتيل و1000 حالة اختناق": the cases' own complement, not the joined count
            return own
        if found and start - prev_end < 8 and _JOINED.match(text[prev_end:start]):
            return found[-1][2]["category"], ""
        if found and start - prev_end < 8 and _LISTED.match(text[prev_end:start]) and not _cue_after(text, end):
            return found[-1][2]["category"], ""  # "قتل 39 فلسطينيا على الأقل، و5 إسرائيليين"
        if found and start - prev_end < 60 and " من " in text[found[-1][0]:prev_end] \
                and _PP_JOINED.match(text[prev_end:start]) and not _cue_after(text, end):
            # "إصابة 43 من الحوثيين وقوات صالح و7 من عناصر المقاومة": only the first count's
            # "من …" between — the second shares its cue
            return found[-1][2]["category"], ""
        if found and start - prev_end < 30 and _NP_JOINED.match(text[prev_end:start]) \
                and not L.CUE_RE.search(text[prev_end:start]) and not _cue_after(text, end):
            # "قتل فيها 16 مسلحا حوثيا و9 من رجال المقاومة", "أربعة رجال إطفاء وخمسة عناصر":
            # the first count's adjective or genitive, then و — the second shares its cue
            return found[-1][2]["category"], ""
        if found and start - prev_end < 20 and _SUBSET.match(text[prev_end:start]):
            return found[-1][2]["category"], ""
        if found and start - prev_end < 80 and _SUBSET_AFTER_PHRASE.search(text[prev_end:start]) \
                and not any(c in text[prev_end:start] for c in L.STOP_CHARS) \
                and not L.CUE_RE.search(text[prev_end:start]):
            # "قتل 15 متمردا من الحوثيين وميليشيات صالح، من بينهم ثلاثة قياديين": the first
            # count's genitive, then the subset (audit U48)
            return found[-1][2]["category"], ""
        return (_cue_after(text, end, text.startswith("ال", start)) or _part_of(text, start, end, found)
                or ("other", ""))

    def _dual(self, text: str, s: int, e: int, found: list) -> tuple | None:
        if any(s < fe and fs < e for fs, fe, _ in found):
            return None
        if _prev_word(text, s) in DUAL_WORDS:
            return None  # "صحافيان فلسطينيان": an adjective of the dual before, the same two
        if text[s - 1:s] == "ل" and _prev_word(text, s - 1) in _PARENT_OF:
            return None  # "وهو أب لطفلين": kinship, not two counted people
        after = L.AFTER_QUAL_RE.match(text, e)
        qual = "exact"
        if after:
            e, qual = after.end(), L.QUALIFIERS_AFTER[after.group("q")]
        category = _dual_category(text[s:e].split()[0]) or self._category(
            text, s, e, [q for q in found if q[1] <= s])
        if category == "other" and _hospital_cases(text, s, e):
            category = "injured"
        if category == "other":
            return None
        return (s, e, {"value": 2, "qualifier": qual, "unit": "person", "category": category,
                       "high": None})

    @staticmethod
    def _record(doc: Document, view, i: int, q: tuple) -> Quantity:
        start, end = view.map.to_orig(q[0], q[1])
        return Quantity(id=f"q{i}", start=start, end=end, text=doc.text[start:end], **q[2])


def _verb_after(text: str, end: int, told: bool = False) -> str | None:
    """The category of a plural casualty verb right after a number ("و79 جرحوا"), or None
    ("غادروا" not after people told before: see `_cue_after`)."""
    w = _word_at(text, end)
    cue = L.CUE_RE.fullmatch(w.group()) if w is not None and w.group().endswith("وا") else None
    if cue and told and cue.group("stem") in _LEFT:
        return None
    return L.cue_category(cue.group("stem")) if cue else None


# words after which a count is the subject of its clause: "إن/أن/بأن" (also with و/ف)
_COMPLEMENTISERS = frozenset({"ان", "وان", "فان", "بان", "لان"})


def _opens_clause(text: str, start: int) -> bool:
    """The count opens its clause, right after إن/أن (U37 «قال سكان إن 27 شخصا على الأقل
    قتلوا»): a plural casualty verb right after it is its own predicate. After a verb or a
    noun ("اعتقلت الشرطة 3 أشخاص قتلوا شرطيا") the count is an object and the verb after it
    may be active — no."""
    return _prev_word(text, start) in _COMPLEMENTISERS


def _part_of(text: str, start: int, end: int, found: list) -> tuple[str, str] | None:
    """"36 منهم" (a part of the earlier count in the same sentence): that count's category."""
    words = text[start:end].split()
    if not found or len(words) < 2 or words[-1] not in ("منهم", "منهن"):
        return None
    if any(c in text[found[-1][1]:end] for c in ".!?\n"):
        return None
    return found[-1][2]["category"], ""


def _adjacent(between: str) -> bool:
    """Nothing, or only "فيها/منهم", between a cue and its count ("تجمع فيها الآلاف")."""
    return not between.strip() or between.strip() in _IN_IT


_TWO = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})
_ONE = frozenset({"واحد", "واحدة"})


def _scaled_low(low, high):
    """"بين 12 و16 ألف شخص", "بين 5 و7 آلاف": the scale word after the high end scales the low
    one too, when the scaled low still lies below the high (audit U54); "بين 10 و1000" stays."""
    if not isinstance(low, (int, float)) or not isinstance(high, (int, float)) or low >= 1000 or high < 1000:
        return low
    scale = 1_000_000 if high >= 1_000_000 else 1000
    # a low end with a fraction ("بين 20.7 و27.5 مليون نسمة") counts no people unscaled, so a
    # high end that is itself a fraction of the scale scales it too (audit U56)
    whole = high % scale == 0 or (low != int(low) and high % (scale // 10) == 0)
    if not whole or low * scale >= high:
        return low
    scaled = round(low * scale, 3)
    return int(scaled) if scaled == int(scaled) else scaled
_IN_IT = frozenset({"فيها", "فيه", "منهم", "منها", "منهما"})
# "استقبال الحالات الأربع الأكثر خطورة", "منها حالتان في العناية المركزة": cases a hospital
# received are the injured — not cases of a disease
_CASES = re.compile(r"(?<![^\W\d_])(?:ال)?حال(?:ة|ه|ات|تين|تان|اتان)(?![^\W\d_])")
# (also the care given: "المرافق الصحية عالجت 16 حالة", audit U48 N6)
_HOSPITAL = re.compile(r"مستشف|العناي[ةه]|طوارئ|الاخلاء الطبي|اسعاف|(?<![^\W\d_])(?:[وف]?(?:عالج|عالجت|يعالج|تعالج)"
                       r"|المرافق\s+(?:ال)?(?:صحي|طبي)[ةه]|المراكز\s+(?:ال)?(?:صحي|طبي)[ةه])(?![^\W\d_])")
# illness words (rasd/lang/ar/illness_words.tsv; bare: ال and بـ/لـ may stand before them)
_DISEASE = re.compile(r"(?<![^\W\d_])[بل]?(?:ال)?(?:" + "|".join(sorted(
    load_lexicon("illness_words.tsv", fold_taa=True) | {"وباء"}, key=len, reverse=True))
                      + r")(?![^\W\d_])")
# the injured word after a count, within its clause, that a disease may follow ("مصابون بمرض")
_SICK_WITH = re.compile(r"[^.،,!?:;\n\d]{0,40}?(?<![^\W\d_])(?:ال)?مصاب(?:ون|ين|ا|ه|ة|ات)?\s+")
_CASE_REACH = 300  # characters around the count where the hospital is named


def _hospital_cases(text: str, start: int, end: int) -> bool:
    # (the cases noun may stand before the number: "الحالات الأربع الأخرى")
    if not _CASES.search(text, max(0, start - 12), end):
        return False
    window = text[max(0, start - _CASE_REACH):end + _CASE_REACH // 2]
    return bool(_HOSPITAL.search(window)) and not _DISEASE.search(window)


def _dual_category(word: str) -> str | None:
    """The own category of a dual's singular in the noun table ("قتيلين" → قتيل → killed):
    "سقوط قتيلين" is two killed, whatever the verb."""
    word = word.removeprefix("ال")
    info = L.NOUNS.get(word[:-2]) if word.endswith(("ين", "ان")) else None
    return info[1] if info else None


@register_stage("quantities")
def make_quantities(config: dict, resources=None) -> QuantitiesStage:
    return QuantitiesStage()
