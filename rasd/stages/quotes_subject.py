"""Clause and sentence subjects: the subject of the clause a cue sits in (`clause_subject`),
the sentence's main subject (`main_subject`, a dateline credit skipped), the subject after a
sentence-opening verb, and who performed a speech act outside the cue list ("واتهم الجيش …",
"ودانت وزارة الخارجية …").
"""
from __future__ import annotations

import re

from rasd.model.span import ArgSpan
from rasd.stages.quotes_ctx import Ctx, addressee, nominal, span_arg, title_word
from rasd.stages.quotes_lex import NEGATORS, cue_of, is_word, phrase_heads, strip_conj, word_is
from rasd.stages.quotes_near import NAME_MAX, named_after_type, is_platform, indefinite_accusative, told_title_before
from rasd.text.conj import without_conjunction


def opening_subject(ctx: Ctx, i: int, *, negated: bool = False) -> ArgSpan | None:
    """The subject right after the verb that opens token i's sentence (after "كما"/"و"):
    "كما نشر التنظيم …", "وأعلنت قيادة قوات التحالف، …"; None when the sentence opens
    otherwise or that subject runs into the cue. `negated`: a لم/لن before the verb is passed
    over ("ولم تكشف النيابة العامة …")."""
    s = opening_verb(ctx, i, negated=negated)
    if s + 1 >= i or not _verb_like(ctx, s) or cue_of(ctx.norms[s]) is not None and s + 1 < i \
            and ctx.norms[s + 1] in ("ان", "انه", "انها"):
        return None
    m = ctx.mention_of[s + 1]
    if m is not None and ctx.toks[s + 1].start == m.start:
        return ctx.mention_arg(m) if m.label in ("PER", "ORG") else None
    rng = nominal(ctx, s + 1, i)
    if rng is not None and rng[1] >= i:
        # "نشر التنظيم أسماء اثنين آخرين قال": the definite subject, not its object after it
        b = s + 2
        while b < i and ctx.norms[b].startswith("ال") and ctx.mention_of[b] is None:
            b += 1
        rng = (s + 1, b) if ctx.norms[s + 1].startswith("ال") and b < i else None
    if rng is None or not noun_phrase(ctx, *rng):
        return None
    head = strip_conj(ctx.norms[s + 1])
    if any(word_is(w, "title") for w in (head, head[:-1])) and (named := _titled_name(ctx, s + 1, i)) is not None:
        return named
    return span_arg(ctx, *rng)


def opening_verb(ctx: Ctx, i: int, *, negated: bool = False) -> int:
    """Token index of the word opening token i's sentence, after clause words and commas (and
    a negation particle when `negated`)."""
    s = ctx.sentence_first(i)
    while s < i and (is_word(ctx.norms[s], "clause") or ctx.norms[s] == ","
                     or (negated and ctx.norms[s] in NEGATORS)):
        s += 1
    return s


def _titled_name(ctx: Ctx, a: int, i: int) -> ArgSpan | None:
    """"وأحجمت المتحدثة باسم وزارة الخارجية كاتينا آدمز عن …، لكنها قالت": the person named
    after the title (a feminine one too) that opens the subject, before punctuation or a cue
    (SPEC §2.5: the closest name span; audit U48)."""
    for k in range(a + 1, min(i, a + NAME_MAX + 4)):
        if ctx.is_punct(k) or cue_of(ctx.norms[k]) is not None:
            return None
        m = ctx.mention_of[k]
        if m is not None and m.label == "PER":
            return ctx.mention_arg(m) if not addressee(ctx, k, m) else None
    return None


# words that cannot open a subject noun phrase: prepositions and particles ("في حملة قالت",
# "إلا أنها أكدت", "تم استبعاده … بعد مزاعم"); normalised
_NOT_OPENING = frozenset({"في", "علي", "على", "من", "عن", "بعد", "قبل", "مع", "الا", "غير", "تم", "وتم", "ثم",
                          # a fronted topic or setting: "وفيما يتعلق بحجم الخسائر قال", "وحول
                          # مستقبل العمال قال" (audit U48)
                          "فيما", "حول", "خلال", "بين", "منذ", "وسط", "رغم", "لدى", "عند", "امام",
                          "وهما", "وهو", "وهي", "وهم", "هما", "هو", "هي", "هم", "الي", "ب", "ل",
                          # "لكنهم قالوا": a particle carrying the subject as a pronoun, no name
                          "لكنهم", "لكنه", "لكنها", "لكنهما", "لكنني", "لكننا", "لكنهن"})
_VERBS = frozenset({"تم", "نشر", "نشرت", "نشروا", "بث", "بثت", "توفي", "توفيت", "وتوفي", "وتوفيت"})


def noun_phrase(ctx: Ctx, a: int, b: int) -> bool:
    """Tokens a..b-1 can be a subject: not opened by a preposition or particle, no verb (a
    reporting cue, a verb of posting, تم) inside, and not a bare indefinite accusative
    ("صورا", "برغماتيا": the object of a relative or predicative clause)."""
    first = ctx.norms[a]
    if strip_conj(first) in _NOT_OPENING or first in _NOT_OPENING \
            or first[:1] in "وف" and first[1:] in _NOT_OPENING:
        # ("وفي", "ومع", "وعن": strip_conj keeps short words whole; audit U48)
        return False
    for k in range(a, b):
        n = strip_conj(ctx.norms[k])
        if ctx.mention_of[k] is None and (n in _VERBS or ctx.norms[k] in _VERBS or cue_of(ctx.norms[k]) is not None):
            return False
    last = ctx.norms[b - 1]
    return not (b - a == 1 and ctx.mention_of[b - 1] is None and indefinite_accusative(last))


def speech_subject(ctx: Ctx, p: int, s: int) -> ArgSpan | None:
    """"واتهم الجيش …" (a name right after the verb), "وكان تنسيقي المقاومة اتهم …" (a short
    subject between كان and the verb): who performed the speech act opening tokens [p, s)."""
    a = p + 1 if strip_conj(ctx.norms[p]) in ("كان", "كانت") else p
    if a + 1 >= s:
        return None
    m = ctx.mention_of[a + 1]
    if word_is(ctx.norms[a], "speech"):
        if m is None:
            return _institution_after(ctx, a + 1, s)
        ok = m.label in ("PER", "ORG") and not addressee(ctx, a + 1, m)
        return ctx.mention_arg(m) if ok else None
    if a == p:
        return None  # SVO only after كان: a sentence's first noun is too often not the agent
    v = a + 1
    while v < min(s, a + NAME_MAX + 1) and not word_is(ctx.norms[v], "speech") and not ctx.is_punct(v):
        v += 1
    if v >= s or not word_is(ctx.norms[v], "speech") or ctx.is_punct(a) or is_word(ctx.norms[a], "prep"):
        return None
    e = v
    while e > a + 1 and strip_conj(ctx.norms[e - 1]) in ("قد", "لقد"):
        e -= 1  # "وكان الجيش قد اتهم"
    return span_arg(ctx, a, e)


def _institution_after(ctx: Ctx, a: int, s: int) -> ArgSpan | None:
    """"ودانت وزارة الخارجية الأميركية الأحداث": an institution that is no name (SPEC 2.1: a
    ministry, the government) as the subject right after a speech verb — its noun phrase, when
    its head is a source word that is not anaphoric ("الوزارة" points back: the chain decides)."""
    n = strip_conj(ctx.norms[a])
    if not word_is(n, "source") or word_is(n, "anaph") or ctx.mention_of[a] is not None:
        return None
    rng = nominal(ctx, a, s)
    return span_arg(ctx, *rng) if rng is not None and rng[1] - rng[0] >= 2 else None


# "وجدد عدد من المواطنين مطالبهم …، مؤكدين أنه": a quantifier and من open a subject too (U54)
_SOME_OF = frozenset({"عدد", "عشرات", "مئات", "الاف", "بعض", "مجموعة", "مجموعه"})  # (normalised: آلاف reads الاف)


def _vso_shape(ctx: Ctx, s: int, i: int) -> bool:
    """"واعرب المصابون …": an indefinite first word (the verb) then a definite noun."""
    if s + 1 >= i or ctx.is_punct(s) or ctx.is_mark(s):
        return False
    first = strip_conj(ctx.norms[s])
    second = ctx.norms[s + 1]
    subject_like = second.startswith("ال") or any(word_is(second, c) for c in ("desc", "source", "title")) \
        or (second in _SOME_OF and s + 2 < i and ctx.norms[s + 2] == "من")
    # ("وفي إحصائية حديثة …، مشددا": و on a short preposition stays on it — audit U48)
    return not first.startswith("ال") and subject_like \
        and not is_word(first, "prep") and not (first[:1] in "وف" and is_word(first[1:], "prep")) \
        and not word_is(ctx.norms[s], "clause")


def clause_subject(ctx: Ctx, i: int) -> ArgSpan | None:
    """"ينفي الكرملين أي ضلوع … ويقول إن": the subject of the verb that opens token i's
    sentence (after an opening connective "من جهته،"), which a coordinated cue shares: a name
    right after that verb, or a source noun with its adjectives ("وأكدت مصادر أردنية رسمية
    رفضها …، وقالت"; "الوكالة" without "أنباء"). None when the sentence does not open with verb
    + such a subject, or the cue opens it."""
    s = ctx.sentence_first(i)
    comma = next((k for k in range(s, min(s + 4, i)) if ctx.norms[k] == ","), None)
    if comma is not None:
        s = comma + 1  # "من جهته، ينفي", "في المقابل، قالت"
    if s + 1 >= i or not _verb_like(ctx, s) or _nearer_clause(ctx, i):
        return None
    k = named_after_type(ctx, s + 1, i)
    m = ctx.mention_of[k]
    if m is not None:
        ok = m.label in ("PER", "ORG", "LOC") and not addressee(ctx, k, m)
        return ctx.mention_arg(m) if ok else None
    if title_word(strip_conj(ctx.norms[k])) and (t := _name_after_title(ctx, k, i)) >= 0:
        mt = ctx.mention_of[t]  # "انتقد الرئيس الأميركي دونالد ترامب …، وقال" (U52)
        return ctx.mention_arg(mt) if mt.label == "PER" and not addressee(ctx, t, mt) else None
    head = strip_conj(ctx.norms[s + 1])
    if not (word_is(head, "source") or is_word(head, "source")):
        return None
    e = s + 2
    while e < i and e - s <= NAME_MAX and _adjective_of(head, ctx.norms[e]):
        e += 1
    return span_arg(ctx, s + 1, e)


def _name_after_title(ctx: Ctx, k: int, i: int) -> int:
    """The token of the name a title at token k introduces ("الرئيس الأميركي دونالد ترامب",
    "وزير الخارجية الأمريكي جون كيري": definite words between), before token i; -1 if none."""
    t = k + 1
    while t < i and t - k <= 3 and ctx.mention_of[t] is None and not ctx.is_punct(t) \
            and strip_conj(ctx.norms[t]).startswith("ال"):
        t += 1
    return t if t < i and ctx.mention_of[t] is not None else -1


def _nearer_clause(ctx: Ctx, i: int) -> bool:
    """The cue joins a nearer clause, not the opening one: a relative verb just before it
    ("التي اعتذرت لاحقا وقالت") or a name right before it ("وهو ما تنفيه إثيوبيا، وتقول")."""
    k = i - 1
    if k > 0 and ctx.norms[k] == ",":
        k -= 1
    m = ctx.mention_of[k] if k >= 0 else None
    if m is not None and m.label in ("PER", "ORG", "LOC") and not addressee(ctx, k, m) \
            and not told_title_before(ctx, ctx.token_index_at(m.start)):
        # ("رفع العلي التهاني لرئيس اللجنة المنصور، وقال": a name told to is no nearer clause)
        return True
    return any(is_word(ctx.norms[j], "rel") for j in range(max(0, i - 4), i))


def _adjective_of(head: str, w: str) -> bool:
    """A nisba adjective agreeing in definiteness with the head ("مصادر أردنية رسمية"); not
    في, which only looks like one ("هاجم مسؤولون في ميليشيات …": U54)."""
    return w.startswith("ال") == head.startswith("ال") and w.endswith(("ي", "ية", "يه", "يون", "يين")) \
        and not is_word(w, "prep") \
        or (head.startswith("ال") and w.startswith("ال") and word_is(w, "title"))


def _verb_like(ctx: Ctx, s: int) -> bool:
    """An opening word that can be a verb: indefinite; no name, preposition, title or
    description word ("وفي الوقت الذي", "رئيس الوزراء …")."""
    n = strip_conj(ctx.norms[s])
    bare = without_conjunction(n, 0)
    return not (n.startswith("ال") or ctx.mention_of[s] is not None or ctx.is_punct(s) or ctx.is_mark(s)
                or n in phrase_heads() or bare in phrase_heads()  # "وبحسب مصادر"
                or is_word(n, "prep") or is_word(bare, "prep") or n[:1].isdigit()
                or any(word_is(n, c) for c in ("title", "desc", "source", "named", "clause", "prename"))
                or word_is(ctx.norms[s], "clause") or is_word(n, "rel"))


_DATELINE_CLOSE = re.compile(r"\s*\)\s*[-–—]")


def _dateline_credit(ctx: Ctx, m) -> bool:
    """"دبي، الإمارات العربية المتحدة (CNN)-- كشف الجيش المصري …": the outlet in a dateline's
    parentheses before a dash credits the story; it is not the sentence's subject (audit U37
    CN-1442: three cues of the Egyptian army went to CNN)."""
    return bool(_DATELINE_CLOSE.match(ctx.text, m.end)) and "(" in ctx.text[max(0, m.start - 2):m.start]


def main_subject(ctx: Ctx, i: int) -> ArgSpan | None:
    """Subject of a participle's sentence: its first name, else the noun after its first verb."""
    s = ctx.sentence_first(i)
    credit = next((k for k in range(s, min(i, s + 12)) if ctx.mention_of[k] is not None
                   and _dateline_credit(ctx, ctx.mention_of[k])), None)
    if credit is not None:
        # the story opens after the dateline's dash: its verb's subject ("(CNN)-- نفت السلطات
        # الروسية … مضيفة")
        v = next((k for k in range(credit + 1, i) if ctx.toks[k].start > ctx.mention_of[credit].end + 1
                  and ctx.norms[k] not in (")", "-", "--", "–", "—")), None)
        if v is not None and _vso_shape(ctx, v, i) and (rng := nominal(ctx, v + 1, i)) is not None:
            m = ctx.mention_of[v + 1]
            return ctx.mention_arg(m) if m is not None and m.label in ("PER", "ORG") else span_arg(ctx, *rng)
    for labels in (("PER",), ("ORG",)):
        for k in range(s, i):
            m = ctx.mention_of[k]
            if m is not None and m.label in labels and not addressee(ctx, k, m) and not is_platform(ctx, k) \
                    and not _dateline_credit(ctx, m):
                return ctx.mention_arg(m)
    s = _past_opening_adverbial(ctx, s, i)
    m = ctx.mention_of[s + 1] if s + 1 < i else None
    if m is not None and m.label == "LOC" and ctx.toks[s + 1].start == m.start \
            and (_verb_like(ctx, s) or ctx.norms[s] in _AUXILIARY):
        return ctx.mention_arg(m)  # a country speaks: "كانت مصر قد أعلنت …، معتبرة"
    if not _vso_shape(ctx, s, i):
        return None  # no "verb + definite subject" opening to read the subject from
    rng = nominal(ctx, s + 1, i)
    if rng is None:
        return None
    return span_arg(ctx, *rng)


def titled_opening(ctx: Ctx, i: int) -> tuple[int, int] | None:
    """(verb, subject end) when token i's sentence opens with a verb whose subject is a title
    with no name of its own ("ونوه وزير الخارجية بالاجتماع الذي جمع بين الرئيس السيسي …،
    مؤكدا"), and the first person named in the sentence stands past that subject in the verb's
    object: the title, not that person, is who a participle goes on with (audit U60)."""
    s = _past_opening_adverbial(ctx, ctx.sentence_first(i), i)
    if not _vso_shape(ctx, s, i) or not title_word(strip_conj(ctx.norms[s + 1])):
        return None
    e = s + 2  # the title and its definite words ("وزير الخارجية", "المتحدث الأمني")
    while e < i and e - s <= 4 and ctx.mention_of[e] is None and not ctx.is_punct(e) \
            and strip_conj(ctx.norms[e]).startswith("ال"):
        e += 1
    if e >= i or ctx.mention_of[e] is not None or ctx.mention_of[s + 1] is not None or not _object_by_ba(ctx.norms[e]):
        # (a name, an apposition after a comma, a title's own complement — "رئيس وزراء اليابان",
        # "الوزيرة الفرنسية للشؤون الأوروبية ناتالي لوازو" — names the subject)
        return None
    if not any(ctx.mention_of[k] is not None and ctx.mention_of[k].label == "PER" for k in range(e, i)):
        return None
    return s, e


def _object_by_ba(n: str) -> bool:
    """A verb's object with بـ ("نوه بالاجتماع", "رحب بقرار"), not a preposition or a name's بن,
    nor the باسم of a spokesman's title ("وأكد المتحدث باسم الحركة خالد حسن …، مشددا": the
    named spokesman goes on, not the speaker before — audit U62)."""
    return n.startswith("ب") and len(n) > 3 and not is_word(n, "prep") and n not in ("بنت", "بين", "باسم")


def _past_opening_adverbial(ctx: Ctx, s: int, i: int) -> int:
    """"وفي حفل أقيم الإثنين بالمناسبة، حذر رئيس البلدية … قائلا": a sentence opening with a
    prepositional phrase closed by a comma has its verb after that comma."""
    n = ctx.norms[s]
    if not (is_word(n, "prep") or n[:1] in "وف" and is_word(n[1:], "prep")):  # ("وفي": too short for strip_conj)
        return s
    comma = next((k for k in range(s + 1, min(s + ADVERBIAL_MAX, i)) if ctx.norms[k] == ","), None)
    return comma + 1 if comma is not None else s


_AUXILIARY = frozenset({"كان", "كانت", "وكان", "وكانت"})
ADVERBIAL_MAX = 8  # tokens of an opening adverbial ("وفي حفل أقيم الإثنين بالمناسبة،")

__all__ = ["clause_subject", "main_subject", "titled_opening"]


def elaborated_subject(ctx: Ctx, i: int) -> ArgSpan | None:
    """"واستبق المتحدث باسم المتمردين، محمد عبد السلام، وصول غريفيث بتصريحات. فقد قال فيها:":
    a cue opening its sentence with ف (فقد، فقال) goes on with the sentence before, so the person
    named as that sentence's subject speaks — a title or description right after its opening
    verb, then (after a comma) a PER mention (audit U54: the quote had gone to an older speaker)."""
    s = ctx.sentence_first(i)
    n = ctx.norms[i]
    if s == 0 or not ((s == i and n.startswith("ف")) or (s == i - 1 and ctx.norms[s] in _SO_INDEED)):
        return None
    p = ctx.sentence_first(s - 1)
    if p + 2 >= s or not _verb_like(ctx, p) or not title_word(strip_conj(ctx.norms[p + 1])):
        return None
    for k in range(p + 2, min(s, p + 2 + _DESCRIPTION_MAX)):
        m = ctx.mention_of[k]
        if m is not None and m.label == "PER":
            return ctx.mention_arg(m) if ctx.norms[k - 1] == "," and not addressee(ctx, k, m) else None
        w = strip_conj(ctx.norms[k])
        if ctx.is_punct(k) and k + 1 < s and ctx.mention_of[k + 1] is None or (
                w.startswith("ال") and title_word(w) and not title_word(strip_conj(ctx.norms[k - 1]))):
            # "وانتقد المتحدث باسم الحركة الوزير، سامي العلي،": the name is the object's
            # (a title run, "المدير العام", is one description)
            return None
    return None


_SO_INDEED = frozenset({"فقد", "فلقد"})


def previous_person_subject(ctx: Ctx, i: int, cue_toks: tuple[int, ...]) -> ArgSpan | None:
    """"لكن وزير الداخلية ماتيو سالفيني … رفض الانتقادات. وقال «…»": a و-cue opening its sentence
    with no subject goes on with the person named (after at most a title) as the subject that opens
    the sentence before, before its verb, when that sentence holds no quote (audit U62: the quote
    went to the speaker before that sentence)."""
    s = ctx.sentence_first(i)
    if s != i or s == 0:
        return None
    p = ctx.sentence_first(s - 1)
    if any(p <= t < s for t in cue_toks):
        return None
    k = p + 1 if strip_conj(ctx.norms[p]) in _BUT_OPENERS else p
    for j in range(k, min(s, k + _TITLE_MAX + 1)):
        m = ctx.mention_of[j]
        if m is not None:
            e = j
            while e < s and ctx.mention_of[e] is m:
                e += 1
            if m.label != "PER" or addressee(ctx, j, m) or not any(_verb_like(ctx, v) for v in range(e, min(s, e + 6))):
                return None
            return ctx.mention_arg(m)
        if ctx.is_punct(j) or not (title_word(strip_conj(ctx.norms[j])) or strip_conj(ctx.norms[j]).startswith("ال")):
            return None  # a verb or a preposition opens it: VSO, read elsewhere
    return None


_BUT_OPENERS = frozenset({"لكن", "ولكن", "بينما", "اما"})  # (normalised)
_TITLE_MAX = 4
_DESCRIPTION_MAX = 8  # words of the title's description before the comma and the name
