"""Whether the name after a titled or described subject is the speaker's own: not when it
holds the office spoken for ("الناطق باسم رئيسة الوزراء …"), heads the administration
served ("في إدارة الرئيس …") or is an ally's genitive; kin phrases ("والدة X"); where a
title's description ends, and the name an earlier identical description gave.
"""
from __future__ import annotations

import bisect

from rasd.model.span import ArgSpan
from rasd.stages.quotes_ctx import Ctx, addressee, span_arg, title_word
from rasd.stages.quotes_lex import cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_near import addressee_run


# Nouns of alliance whose genitive is a third party ("حلفاء الرئيس X"), normalised.
_ALLY_NOUNS = frozenset({"حليف", "حليفه", "حليفة", "حلفاء", "داعم", "داعمي", "خصم", "خصوم", "عدو", "اعداء"})


def ally_of_named(ctx: Ctx, a: int, k: int) -> bool:
    """A non-person name opens the subject and an alliance noun stands between it and the
    person at k: the person is the ally's genitive (an apposition to the speaker), not who speaks."""
    first = ctx.mention_of[a]
    if first is None or first.label == "PER":
        return False
    return any(strip_conj(ctx.norms[j]).removeprefix("ال") in _ALLY_NOUNS for j in range(a + 1, k))


def title_holder(ctx: Ctx, a: int, k: int) -> bool:
    """"الناطق باسم رئيسة الوزراء البريطانية تيريزا ماي", "المكتب الإعلامي لرئيس الوزراء،
    الدكتور حيدر العبادي": the name at k holds the office that the subject speaks *for* (the
    object of باسم or of لـ is a person's title), so it is not the speaker. A name after an
    institution ("باسم الجيش المقدم جوناثن") is the spokesman's own, and so is a name the
    article gives once ("المتحدثة باسم رئيس الوزراء جوانا كوبشينسكا"): officeholders are
    named again. A statement of the officeholder ("بيان للرئيس") is the officeholder's."""
    if is_word(strip_conj(ctx.norms[a]), "stmt") or not _named_again(ctx, ctx.mention_of[k]):
        return False
    for j in range(k - 1, max(a, k - _HOLDER_GAP) - 1, -1):
        n = ctx.norms[j]
        if ctx.is_punct(j) and n != ",":
            return False
        if n == "باسم" and j + 1 < k:
            return title_word(ctx.norms[j + 1])
        if j > a and n.startswith("ل") and title_word("ال" + n[2:] if n.startswith("لل") else n[1:]):
            return True
    return False


_HOLDER_GAP = 7  # words between باسم/لـ and the name: "رئيس مجلس الوزراء العراقي، الدكتور"


def whose_office(ctx: Ctx, a: int, k: int) -> int:
    """"مسؤول كبير في إدارة الرئيس باراك أوباما": when the person's name at token k heads the
    administration the subject serves in (في/من + إدارة/حكومة/مكتب/حملة/فريق, then at most two
    title words, right before it), the index of that في/من; else -1. ("وزير الصحة في حكومة
    الحوثيين طه المتوكل": a word that is no title between — the name is the minister's own.)"""
    m = ctx.mention_of[k]
    if m is None or m.label != "PER" or ctx.toks[k].start != m.start:
        return -1
    for j in range(max(a + 1, k - 4), k - 1):
        if strip_conj(ctx.norms[j]) in ("في", "من") and ctx.norms[j + 1] in _SERVED \
                and all(_title_word(ctx.norms[t]) for t in range(j + 2, k)):
            return j
    return -1


def _title_word(n: str) -> bool:
    """"الرئيس", "رئيس الوزراء": a title word, with ال or not, or the body of a head title."""
    return title_word(n) or (n.startswith("ال") and title_word(n[2:])) or n in ("الوزراء", "الجمهورية", "الحكومة")


_SERVED = frozenset({"ادارة", "اداره", "حكومة", "حكومه", "مكتب", "حملة", "حمله", "فريق"})  # (normalised)


def kin_phrase(ctx: Ctx, a: int, limit: int) -> ArgSpan | None:
    """"والدة نيكي فيرستابن", "شقيق الضحية أحمد سالم": a subject opening with a kinship noun
    before a person's name (at most one definite word between) is that relative, who has no name
    of their own here: the whole phrase, the name included, with no entity."""
    if not (ctx.norms[a] in _KIN or strip_conj(ctx.norms[a]) in _KIN):  # (strip_conj: والدة → الدة)
        return None
    k = a + 2 if a + 2 < limit and ctx.norms[a + 1].startswith("ال") and ctx.mention_of[a + 1] is None else a + 1
    m = ctx.mention_of[k] if k < limit else None
    if m is None or m.label != "PER" or ctx.toks[k].start != m.start:
        return None
    e = k
    while e < limit and ctx.mention_of[e] is m:
        e += 1
    return span_arg(ctx, a, e)


_KIN = frozenset({"والد", "والدة", "والده", "ابن", "ابنة", "ابنه", "نجل", "نجلة", "نجله", "شقيق", "شقيقة",
                  "شقيقه", "زوج", "زوجة", "زوجه", "ارملة", "ارمله", "عائلة", "عائله", "اسرة", "اسره", "ام",
                  "اب", "اخ", "اخت", "جد", "جدة", "عم", "خال", "اقارب", "محامي", "اصدقاء", "صديق"})  # (normalised)


def _named_again(ctx: Ctx, m) -> bool:
    return m.entity is not None and len(ctx.mentions_of_entity(m.entity)) > 1


def described_end(ctx: Ctx, s: int, e: int, limit: int) -> int:
    """End of a title's description that goes on past a preposition ("المتحدث باسم طالبان
    ذبيح الله مجاهد", "المسؤول عن الطوارئ نشوان الحسام", "القيادي في حزب النهضة علي العريض"):
    up to a comma, an addressee (لـ…), a statement word ("في بيان", قوله) or the complementiser;
    `e` when the title is not followed by one."""
    prep = ctx.norms[e] if e + 1 < limit else ""
    if not (prep in _DESCRIBING or (prep == "في" and strip_conj(ctx.norms[s]) in _MEMBERS)):
        return e
    d = e + 1
    while d < limit and ctx.same_sentence(e, d) and not _ends_description(ctx, d, limit):
        d += 1
    return d if d - e >= 2 else e


# prepositions that continue a title's description (the spokesman *of*, the official *for*);
# في continues only a member's ("a leader *in* the party"), else it opens an adverbial
_DESCRIBING = frozenset({"باسم", "عن"})
_MEMBERS = frozenset({"القيادي", "قيادي", "المسؤول", "مسؤول", "عضو"})


def _ends_description(ctx: Ctx, d: int, limit: int) -> bool:
    n = ctx.norms[d]
    if ctx.is_punct(d) or is_word(n, "adv") or is_word(n, "stmt") or cue_of(n) is not None:
        return True  # "…، " "في بيان" "قوله"
    if is_word(n, "object"):
        return True  # "أكد متحدث باسم جهاز الإطفاء عدم اندلاع حرائق": the verb's object (U50)
    if n == "في" and d + 1 < limit and is_word(ctx.norms[d + 1], "stmt"):
        return True
    m = ctx.mention_of[d]
    return n in ("ل", "لـ") or (m is not None and addressee(ctx, d, m) and n.startswith("ل")) or (
        m is None and addressee_run(ctx, d, limit) > d)


def same_description(ctx: Ctx, s: int, d: int) -> ArgSpan | None:
    """The person named right after the same description earlier in the article ("المتحدث
    الرسمي باسم الجيش، العقيد أحمد المسماري" … "وأضاف المتحدث باسم الجيش"): the description
    stands for that name (الرسمي aside; a comma and title words may stand between). Earlier
    descriptions are found through the index of their first word, not by a scan."""
    words = [w for w in (strip_conj(ctx.norms[k]) for k in range(s, d)) if w not in _OFFICIAL]
    at = ctx.bare_index().get(words[0], ())
    for pos in range(bisect.bisect_left(at, s) - 1, -1, -1):
        j, matched = at[pos], 0
        while j < s and matched < len(words):
            w = strip_conj(ctx.norms[j])
            if w != words[matched] and w not in _OFFICIAL:
                break
            matched += w == words[matched]
            j += 1
        if matched < len(words):
            continue
        stop = min(s, j + 3)
        while j < stop and ctx.mention_of[j] is None and (
                ctx.norms[j] == "," or word_is(ctx.norms[j], "title") or strip_conj(ctx.norms[j]) in _OFFICIAL):
            j += 1
        m = ctx.mention_of[j] if j < s else None
        if m is not None and m.label == "PER":
            return ctx.mention_arg(m)
    return None


_OFFICIAL = frozenset({"الرسمي", "رسمي"})


# a bare source noun: alone it names no one, so a في/بال phrase after it is its description
_BARE_SOURCES = frozenset({"مسؤول", "مسؤولون", "مسؤولين", "مسؤولان", "مصدر", "مصادر", "ضابط"})
BARE_PP_MAX = 4  # "مسؤول في وزارة الخارجية الأمريكية"
_NEXT_PREP = frozenset({"في", "من", "على", "علي", "عن", "الى", "الي", "حول", "مع"})  # (normalised)


# "مسؤول من قبيلة تبو", "مصدر من حركة فتح": a group the source belongs to (audit U56)
_GROUP_HEADS = frozenset({"قبيلة", "القبيلة", "حركة", "الحركة", "جماعة", "الجماعة", "حزب", "الحزب",
                          "عشيرة", "العشيرة", "فصيل", "الفصيل", "تنظيم", "التنظيم", "عائلة", "العائلة"})


def _from_group(ctx: Ctx, d: int, limit: int) -> bool:
    """من + an organisation's name or a group noun says whose the source is ("مسؤول من حماس");
    من + anything else is the verb's ("وحذر مسؤولون من أن", "مسؤول من غزة": a place)."""
    if d >= limit:
        return False
    m = ctx.mention_of[d]
    return (m is not None and m.label == "ORG") or ctx.norms[d] in _GROUP_HEADS


def bare_source_end(ctx: Ctx, s: int, e: int, limit: int) -> int:
    """End of "مسؤول في قصر الرئاسة", "مسؤول بالبحرية الأمريكية" (audit U52; gold-dev "مصدر في
    المقاومة الشعبية اليمنية"): a one-word source noun with no adjective takes the في/بال phrase
    after it, up to where a title's description would end (a comma, لـ, في بيان, the
    complementiser); `e` otherwise. With an adjective ("مصدر عسكري رفيع") the phrase stays out."""
    if e - s != 1 or e >= limit or strip_conj(ctx.norms[s]) not in _BARE_SOURCES:
        return e
    n = ctx.norms[e]
    if n == "في" or (n == "من" and _from_group(ctx, e + 1, limit)):
        d = e + 1
    elif n.startswith("بال") and len(n) > 4:
        d = e
    else:
        return e
    first = d
    while d < limit and d - e < BARE_PP_MAX + 1 and ctx.same_sentence(e, d) and ctx.norms[d] not in _NEXT_PREP \
            and not ((m := ctx.mention_of[d]) is not None and m.label == "LOC") \
            and not _ends_description(ctx, d, limit):
        # (a second preposition opens the verb's own phrase: "من أن", "على تويتر"; a place says
        # where, not who — gold-dev stops "مجلس المقاومة الشعبية" before "في عدن")
        d += 1
    return d if d > first else e
