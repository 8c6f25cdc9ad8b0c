"""Small tests the speaker finders share: whether a word lies inside a time, a place or a
platform ("على تويتر") or opens an addressee ("لصحفيين"); the nearest name before a token; where
a name starts after its type word ("وكالة رويترز"); source words and indefinite accusatives.
"""
from __future__ import annotations

import bisect

from rasd.model.span import ArgSpan
from rasd.stages.quotes_ctx import QUOTED_NAME_MAX, Ctx, addressee, expressed_verb
from rasd.stages.quotes_lex import is_word, strip_conj, word_is


NAME_MAX = 4


def addressee_run(ctx: Ctx, a: int, limit: int) -> int:
    """'لقناة "كيك" التلفزيونية', 'لصحفيين في موسكو': skip an addressee (ل + media noun, ل +
    a plural noun) up to punctuation."""
    n = ctx.norms[a]
    if (told := _told_quoted_outlet(ctx, a, limit)) > a:
        return told
    if not (n.startswith("لل") or (n.startswith("ل") and is_word(n[1:], "media")) or _told_plural(ctx, a)
            or _told_spelled_outlet(ctx, a, limit)):
        return a
    a += 1
    while a < limit and not (ctx.norms[a] in (",", ":", ";") or is_word(ctx.norms[a], "comp")):
        a += 1
    return a


def _told_quoted_outlet(ctx: Ctx, a: int, limit: int) -> int:
    """'قال لـ «الاقتصادية» مسؤول في الجوازات إن', 'وقال ل"الرياض" السفير': a lone لـ before a
    short quoted name is whom it was told (a paper); the subject comes after the closing mark
    (audit U60: the speaker was lost). The token after that mark, else a."""
    if ctx.norms[a] != "ل" or a + 1 >= limit or not ctx.is_mark(a + 1):
        return a
    q = ctx.opener_at.get(ctx.toks[a + 1].start)
    if q is None or not q.closed or len(ctx.text[q.inner_start:q.inner_end].split()) > QUOTED_NAME_MAX:
        return a
    b = ctx.token_index_at(q.close) + 1
    return b if a + 2 < b < limit else a


def _told_spelled_outlet(ctx: Ctx, a: int, limit: int) -> bool:
    """"وقال لبي بي سي الكورية:", "لسي إن إن": ل glued to the first letter-name of an outlet
    spelled out, the tagger's name starting after it — whom it was told (audit U48)."""
    n = ctx.norms[a]
    if not (n.startswith("ل") and 2 <= len(n) <= 4) or ctx.mention_of[a] is not None or a + 1 >= limit:
        return False
    m = ctx.mention_of[a + 1]
    return m is not None and m.label == "ORG" and ctx.toks[a + 1].start == m.start


def _told_plural(ctx: Ctx, a: int) -> bool:
    """"وقال لصحفيين إن": ل on a sound plural in the genitive (ـين) is whom it was told; a
    subject would be nominative (ـون). Not ل + ا ("لاجئين": ل is the root) nor a name."""
    n = ctx.norms[a]
    return (n.startswith("ل") and len(n) >= 6 and n.endswith("ين") and n[1] != "ا"
            and ctx.mention_of[a] is None)


def timed(ctx: Ctx, a: int) -> bool:
    """A word inside a time expression ("قال أول من أمس"): when, not who."""
    return _within_time(ctx, ctx.toks[a].start, ctx.toks[a].end)


def _within_time(ctx: Ctx, start: int, end: int) -> bool:
    return any(x.start <= start and end <= x.end for x in ctx.doc.times)


def in_time(ctx: Ctx, m) -> bool:
    """"صباح الخميس": a word of a time expression the tagger took for a name is no speaker."""
    return _within_time(ctx, m.start, m.end)


def placed(ctx: Ctx, k: int) -> bool:
    """A place mention right after في/من/إلى (or with بـ on it): where, not who."""
    m = ctx.mention_of[k]
    if m.label != "LOC":
        return False
    while k > 0 and ctx.mention_of[k - 1] is m:
        k -= 1  # the word before the place's first word ("في شانلي اورفة")
    if ctx.text[m.start - 1:m.start] == "ب" or k == 0:
        return ctx.text[m.start - 1:m.start] == "ب"
    w = ctx.norms[k - 1]
    return w in _WHERE or (w[:1] in "وف" and w[1:] in _WHERE)  # ("وفي القابون": و on a short word)


_WHERE = frozenset({"في", "من", "الي"})


def is_platform(ctx: Ctx, k: int) -> bool:
    """A name after على/عبر/موقع/حسابه ("تغريدة على تويتر", "عبر حسابه بتويتر"): where it
    was posted."""
    m = ctx.mention_of[k]
    while k > 0 and ctx.mention_of[k - 1] is m:
        k -= 1
    w = strip_conj(ctx.norms[k - 1]) if k > 0 else ""
    if w == "في" and k > 1 and strip_conj(ctx.norms[k - 2]).startswith(("حساب", "صفحت", "تغريد")):
        return True  # "عبر حسابه في تويتر", "تغريدة في تويتر" (audit U46)
    if w == "الاجتماعي" and k > 1 and ctx.norms[k - 2] == "التواصل":
        return True  # "على موقع التواصل الاجتماعي تويتر": the site named after its kind (audit U64)
    if w == "عبر" and expressed_verb(ctx, k - 1, m):
        return False  # "وعبر مروان عن سعادته": the verb, not "via"
    return w in _POSTED_ON or w.startswith(("حساب", "صفحت"))


_POSTED_ON = frozenset({"علي", "عبر", "موقع", "بموقع", "منصة"})


def told_title_before(ctx: Ctx, j: int) -> bool:
    """The name at token j stands in apposition to a title glued to لـ ("لرئيس اللجنة X",
    "للوزير X"), or to a title joined by و to such a conjunct ("لرئيس اللجنة X، ورئيس
    الأولمبياد الدكتور Y"): the addressee of the sentence's verb, not its subject."""
    k = j - 1
    while k >= 0 and j - k <= 12:
        n = ctx.norms[k]
        if ctx.is_punct(k) or ctx.mention_of[k] is not None:
            return False
        if n.startswith("لل") and word_is("ال" + n[2:], "title") or n.startswith("ل") and word_is(n[1:], "title"):
            return True
        if n.startswith("و") and word_is(n[1:], "title") and k > 1 and ctx.norms[k - 1] == "," \
                and ctx.mention_of[k - 2] is not None:
            m = ctx.mention_of[k - 2]
            j = k - 2
            while j > 0 and ctx.mention_of[j - 1] is m:
                j -= 1
            k = j - 1  # the conjunct before: "لرئيس اللجنة X، ورئيس …"
            continue
        if not (n.startswith("ال") or word_is(n, "title")):
            return False
        k -= 1
    return False


def _eponym(ctx: Ctx, k: int, m) -> bool:
    """"دوري عبداللطيف جميل", "جائزة الشيخ زايد", "مستشفى الملك فهد": a person's name that
    names a league, prize or building speaks for nobody (audit U46: every وأضاف of a player
    went to the league)."""
    while k > 0 and ctx.mention_of[k - 1] is m:
        k -= 1
    if k == 0 or ctx.text[m.start - 1:m.start].strip() == "":
        w = ctx.norms[k - 1] if k > 0 else ""
    else:
        return False
    if not is_word(w, "eponym") and not (len(w) > 3 and w[0] in "وفلب" and is_word(w[1:], "eponym")):
        return False
    return True


def nearest_name(ctx: Ctx, i: int, *, same_sentence: bool, labels=("PER",),
                 exclude: tuple = ()) -> ArgSpan | None:
    """The closest name mention before token i (in its sentence, or anywhere before it).

    Walks back over the tokens carrying a mention with one of `labels` (a per-document
    index) rather than over every token; sentences are in token order, so the first
    token outside i's sentence ends the search just as the plain scan did."""
    at = ctx.label_index(labels)
    for pos in range(bisect.bisect_left(at, i) - 1, -1, -1):
        k = at[pos]
        if same_sentence and not ctx.same_sentence(k, i):
            return None
        m = ctx.mention_of[k]
        if addressee(ctx, k, m):
            continue
        if any(s <= m.start < e for s, e in exclude) or _in_quoted_phrase(ctx, m, ctx.toks[i].start):
            continue
        if _eponym(ctx, k, m) or told_title_before(ctx, ctx.token_index_at(m.start)):
            continue  # (a league's eponym; "لرئيس اللجنة X": whom it was told)
        return ctx.mention_arg(m)
    return None


QUOTED_PHRASE_MAX = 12  # words of a quoted title or description; a longer quotation is speech


def _in_quoted_phrase(ctx: Ctx, m, before: int) -> bool:
    """The name is one word of a longer quoted phrase closed before the cue (a title: ترؤسه
    لـ"مسيرات … ضد هجمات عصابة الحوثي وإيران", held-out U42): named there, not speaking. A
    quotation that is the name itself ('وكانت منظمة "هيومن رايتس ووتش" قالت') still speaks, and
    so does a name inside quoted speech (a longer quotation, not a title)."""
    for q in ctx.quotations:
        if q.closed and q.close < before and q.inner_start <= m.start and m.end <= q.inner_end:
            words = len(ctx.text[q.inner_start:q.inner_end].split())
            return len(ctx.text[m.start:m.end].split()) + 1 < words <= QUOTED_PHRASE_MAX
    return False


def named_after_type(ctx: Ctx, a: int, limit: int) -> int:
    """Where the name starts when the subject opens with its type word: "وكالة رويترز", "حركة
    حماس", 'منظمة "إس أو إس المتوسط"' (a quoted name is the mention, the type word outside)."""
    if ctx.mention_of[a] is not None or not word_is(ctx.norms[a], "desc"):
        return a
    if a + 2 < limit and ctx.is_mark(a + 1) and ctx.mention_of[a + 2] is not None:
        return a + 2
    return a + 1 if a + 1 < limit else a


def source_word(n: str) -> bool:
    n = strip_conj(n)
    return is_word(n, "source") or (n.startswith("ال") and is_word(n[2:], "source"))


def indefinite_accusative(n: str) -> bool:
    """A normalised word shaped as an indefinite accusative ("عنصرا", "صورا", "برغماتيا"): the
    object or predicate of a clause, never its subject."""
    return n.endswith("ا") and not n.startswith("ال") and len(n) > 3


__all__ = ["indefinite_accusative", "nearest_name", "timed"]
