"""Who speaks: the subject after the cue (VSO), before it (SVO), or the antecedent.

SPEC §2.5: the speaker is the closest *name* span; without a name, the nominal
description ("مصدر أمني"); with only "وأضاف", a pronoun or a title ("الرئيس
اليمني", "معاليه"), the previous speaker's span.
"""
from __future__ import annotations

import bisect
import re

from rasd.model.span import ArgSpan
from rasd.stages.quotes_ctx import Ctx, addressee, nominal, np_stop, span_arg
from rasd.stages.quotes_lex import but_clause, cue_of, is_word, phrase_heads, strip_conj, word_is
from rasd.text.normalize import norm_key

BACK_MAX = 6
NAME_MAX = 4
OWNER_MAX = 8  # words of a statement's owner: "مكتب العلاقات العامة للقوات المسلحة الباكستانية"


def _addressee_run(ctx: Ctx, a: int, limit: int) -> int:
    """'لقناة "كيك" التلفزيونية', 'لصحفيين في موسكو': skip an addressee (ل + media noun, ل +
    a plural noun) up to punctuation."""
    n = ctx.norms[a]
    if not (n.startswith("لل") or (n.startswith("ل") and is_word(n[1:], "media")) or _told_plural(ctx, a)):
        return a
    a += 1
    while a < limit and not (ctx.norms[a] in (",", ":", ";") or is_word(ctx.norms[a], "comp")):
        a += 1
    return a


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


def _skip_fillers(ctx: Ctx, a: int, limit: int) -> int:
    """Skip adverbs, commas, times, "في بيان", address participles and addressees between
    the cue and the subject."""
    while a < limit:
        n = ctx.norms[a]
        if is_word(n, "adv") or n in (",", ";") or timed(ctx, a):
            a += 1
        elif n == "من" and a + 1 < limit and ctx.norms[a + 1].startswith(("جهت", "جانب")) \
                and ctx.norms[a + 1] not in _AGENT_NOUNS:
            a += 2  # "نقلت من جهتها", "وقال من جانبه": "for its part"
        elif n in _BEFORE_WHOM or ctx.toks[a].text == "أمام":  # (not "إمام", an imam: both fold to امام)
            # "وأضاف أمام لجنة القوات المسلحة بمجلس النواب": before whom, not who — up to
            # punctuation or a title or person that starts the subject ("أمام البرلمان رئيس الوزراء")
            a += 1
            while a < limit and not ctx.is_punct(a) and not ctx.is_mark(a) and not is_word(ctx.norms[a], "comp") \
                    and not word_is(strip_conj(ctx.norms[a]), "title") \
                    and not (ctx.mention_of[a] is not None and ctx.mention_of[a].label == "PER"):
                a += 1
        elif n in ("وهو", "وهي", "وهم") and a + 1 < limit and not word_is(ctx.norms[a + 1], "title"):
            # "وتابع وهو يفخر أنه": a circumstantial clause, up to punctuation
            a += 1
            while a < limit and not ctx.is_punct(a) and not is_word(ctx.norms[a], "comp"):
                a += 1
        elif strip_conj(n) in _ADDRESSING:
            # "وأضاف مخاطبا الصحافيين:", "متحدثا للصحفيين": the participle and whom it
            # addresses, up to punctuation — the speaker is the cue's own (or the previous) one
            a += 1
            while a < limit and not ctx.is_punct(a) and not is_word(ctx.norms[a], "comp"):
                a += 1
        elif (n == "في" and a + 1 < limit and is_word(ctx.norms[a + 1], "stmt")) or n in _REPLYING:
            # "في مؤتمر صحفي عقد اليوم في واشنطن،", "ردا على سؤال آخر": the whole adverbial, up
            # to punctuation — a place named in it ("في واشنطن") is no speaker
            a += 2 if n == "في" else 1
            while a < limit and not ctx.is_punct(a) and not is_word(ctx.norms[a], "comp") \
                    and (ctx.mention_of[a] is None or _placed(ctx, a) or _platform(ctx, a) or _relayed(ctx, a)):
                a += 1
        elif (b := _addressee_run(ctx, a, limit)) > a:
            a = b
        else:
            break
    return a


# a verb with the statement as its object: "في تصريحات نقلتها وكالة …" (normalised)
_RELAYING = frozenset({"نقلتها", "نقلته", "نقلها", "نشرتها", "نشرته", "نشرها", "بثتها", "بثته", "بثها",
                       "اوردتها", "اوردته", "اوردها"})


def _relayed(ctx: Ctx, k: int) -> bool:
    """'وأضاف في تصريحات نقلتها وكالة الأنباء الفلسطينية "…"' (held-out U42): the name after the
    verb relaying the statement is the outlet, not who speaks."""
    first = ctx.token_index_at(ctx.mention_of[k].start)
    return first > 0 and ctx.norms[first - 1] in _RELAYING


# prepositions of the audience or occasion: "أمام لجنة …", "لدى وصوله"
_BEFORE_WHOM = frozenset({"لدي", "لدى", "عند", "اثناء", "أثناء"})

# "من جانب/من قبل/من طرف X" after a (passive) cue names its agent
_AGENT_NOUNS = frozenset({"جانب", "قبل", "طرف"})

# accusative verbal nouns that open an adverbial of the speech: "وأضاف ردا على سؤال أن"
_REPLYING = frozenset({"ردا", "تعقيبا", "تعليقا", "جوابا", "ردها", "رده"})
# accusative participles of address (a ḥāl): "وأضاف مخاطبا الصحافيين", "موجها حديثه إلى"
_ADDRESSING = frozenset({"مخاطبا", "متحدثا", "موجها"})  # (not متحدثة: also "a spokeswoman")


def _in_time(ctx: Ctx, m) -> bool:
    """"صباح الخميس": a word of a time expression the tagger took for a name is no speaker."""
    return _within_time(ctx, m.start, m.end)


def _placed(ctx: Ctx, k: int) -> bool:
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


def _platform(ctx: Ctx, k: int) -> bool:
    """A name after على/عبر/موقع/حسابه ("تغريدة على تويتر", "عبر حسابه بتويتر"): where it
    was posted."""
    m = ctx.mention_of[k]
    while k > 0 and ctx.mention_of[k - 1] is m:
        k -= 1
    w = strip_conj(ctx.norms[k - 1]) if k > 0 else ""
    return w in _POSTED_ON or w.startswith(("حساب", "صفحت"))


_POSTED_ON = frozenset({"علي", "عبر", "موقع", "بموقع", "منصة"})


def _poster(ctx: Ctx, k: int, i: int) -> ArgSpan | None:
    """"وقبيل انقضاء المهلة، نشرت السفارة الروسية عدة تغريدات بموقع تويتر تقول": the subject
    of the verb of posting before the platform at token k, in cue i's sentence."""
    for j in range(k - 1, -1, -1):
        if not ctx.same_sentence(j, i):
            return None
        if strip_conj(ctx.norms[j]) not in _POSTING:
            continue
        m = ctx.mention_of[j + 1]
        if m is not None:
            return ctx.mention_arg(m) if m.label in ("PER", "ORG") and not _platform(ctx, j + 1) else None
        rng = nominal(ctx, j + 1, k)
        first = strip_conj(ctx.norms[j + 1])
        subject_like = first.startswith("ال") or any(word_is(first, c) for c in ("source", "title", "desc"))
        # ("نشر عدة تغريدات": no subject written, the post itself follows)
        return span_arg(ctx, *rng) if rng is not None and subject_like else None
    return None


_POSTING = frozenset({"نشر", "نشرت", "نشروا", "كتب", "كتبت", "كتبوا", "غرد", "غردت", "بث", "بثت"})


def _is_title_only(ctx: Ctx, a: int, b: int) -> bool:
    """"الرئيس اليمني", "معاليه": a title (plus a nisba adjective) and no name."""
    if not word_is(ctx.norms[a], "title"):
        return False
    rest = [strip_conj(ctx.norms[k]) for k in range(a + 1, b)]
    return all(is_word(w, "title") or w.endswith(("ي", "يه", "ية")) for w in rest)


def _antecedent_org(ctx: Ctx, head: str, before: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """"الوكالة" → the latest entity mention or speaker whose first word is "وكالة"."""
    bare = head[2:] if head.startswith("ال") else head
    best = None
    for key in dict.fromkeys((bare, head)):
        got = ctx.latest_mention(key, before)
        if got is not None and (best is None or got[:2] > best[:2]):
            best = got
    if best is None:
        for sp in reversed(prev):
            if sp.start < before and sp.text.split() and bare in sp.text.split()[0]:
                return sp
        return None
    _, _, m, entity = best
    return ArgSpan(m.start, m.end, m.text, entity)


def _previous(prev: list[ArgSpan], *, prefer_entity: bool = False) -> ArgSpan | None:
    if prefer_entity:
        for sp in reversed(prev):
            if sp.entity:
                return sp
    return prev[-1] if prev else None


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


def _titled_before(ctx: Ctx, i: int, title: str) -> ArgSpan | None:
    """"وأكد الرئيس اليمني" → the latest person named with the same title ("الرئيس هادي")."""
    at = ctx.titled_index().get(title, ())
    pos = bisect.bisect_left(at, i)
    return ctx.mention_arg(ctx.mention_of[at[pos - 1]]) if pos > 0 else None


def _person_antecedent(ctx: Ctx, i: int, prev: list[ArgSpan], title: str = "",
                       words: tuple = ()) -> ArgSpan | None:
    """"الرئيس اليمني", "معاليه": the person last named with that title, else the previous
    named speaker, else the latest person named. `words`, the whole description, is tried
    first ("وزير الخارجية القطري" is not the American one); a description of one or two
    words also falls back to its title ("الرئيس")."""
    nisba = _nisba(words)
    if title and is_word(title, "title") and not is_word(title, "honor"):
        keys = [" ".join(words)] if words else []
        keys += [title] if len(words) <= 2 else []
        for key in keys:
            found = _titled_before(ctx, i, key)
            if found is not None and not _other_nisba(ctx, found, nisba) \
                    and not (key == title and _other_portfolio(ctx, found, title, words)):
                return found
        if nisba:
            found = _titled_with_nisba(ctx, i, title, nisba)
            if found is not None:
                return found
    for sp in reversed(prev):
        # "وقال المتحدث" after "قال الناطق باسم …": the earlier description
        if _other_portfolio(ctx, sp, title, words):
            continue  # "وأضاف وزير الداخلية" is not "فايز كاكار وزير صحة …" (held-out U42)
        if (sp.entity and not _other_nisba(ctx, sp, nisba)) or (title and _same_head(sp, title, words)):
            return sp
    named = nearest_name(ctx, i, same_sentence=False)
    if named is not None and (_other_nisba(ctx, named, nisba) or _other_portfolio(ctx, named, title, words)):
        return None  # "الوزير الألماني" is not the Turkish minister named last
    if named is not None and len(words) >= 2 and _bare(title) in _ROLES \
            and ctx.sent_of[i] - ctx.sent_of[ctx.token_index_at(named.start)] > 1:
        return None  # "المسؤول العسكري السعودي" far from the last name: a new speaker
    return named


def _other_portfolio(ctx: Ctx, sp: ArgSpan, title: str, words: tuple) -> bool:
    """The person was named with the same title but another office right before or after the
    name ("فايز كاكار وزير صحة ولاية بلوشستان", "وزير الصحة فايز كاكار") while the description
    names its own ("وزير الداخلية"): a different holder."""
    if len(words) < 2 or not title or sp.entity is None or _nisba_word(words[1]):
        return False
    office = _bare(words[1])
    k = ctx.token_index_at(sp.start)
    m = ctx.mention_of[k] if k < len(ctx.toks) else None
    if m is None:
        return False
    e = k
    while e < len(ctx.toks) and ctx.mention_of[e] is m:
        e += 1
    for t in (e, k - 2):  # the title after the name, or two words before it
        if 0 <= t and t + 1 < len(ctx.toks) and strip_conj(ctx.norms[t]) == title \
                and ctx.mention_of[t + 1] is None and _bare(ctx.norms[t + 1]) != office:
            return True
    return False


def _nisba(words: tuple) -> str:
    """The nisba of a generic description ("الوزير الالماني" → "الماني"), or ""."""
    return next((w[2:] for w in words[1:] if _nisba_word(w)), "")


def _nisba_word(w: str) -> bool:
    """A definite nisba that is no title ("الالماني", not "العام")."""
    return w.startswith("ال") and w.endswith("ي") and not is_word(w, "title") and len(w) > 4


def _title_nisbas(ctx: Ctx, k: int) -> set[str]:
    """The nisbas in the title written right before the name at token k ("وزير الخارجية
    التركي جاويش أوغلو" → {"تركي"})."""
    out = set()
    for key in ctx.title_keys(k):
        out |= {w[2:] for w in key.split()[1:] if _nisba_word(w)}
    return out


def _other_nisba(ctx: Ctx, sp: ArgSpan, nisba: str) -> bool:
    """The person sp was introduced with a title of another nationality than `nisba`."""
    if not nisba or sp.entity is None:
        return False
    seen = set()
    for m in ctx.mentions_of_entity(sp.entity):
        seen |= _title_nisbas(ctx, ctx.token_index_at(m.start))
    return bool(seen) and nisba not in seen


def _titled_with_nisba(ctx: Ctx, i: int, title: str, nisba: str) -> ArgSpan | None:
    """"الوزير الألماني" → the latest person before token i named with that title and nisba
    ("وزير الخارجية الألماني هايكو ماس"); only the last few holders are looked at."""
    at = ctx.titled_index().get(title[2:] if title.startswith("ال") else title, ())
    pos = bisect.bisect_left(at, i)
    for k in reversed(at[max(0, pos - 8):pos]):
        if nisba in _title_nisbas(ctx, k):
            return ctx.mention_arg(ctx.mention_of[k])
    return None


def _bare(w: str) -> str:
    """The head without ال, one word for the spokesman ("الناطقة" → متحدث)."""
    w = w[2:] if w.startswith("ال") else w
    return _SPOKESMAN.get(w, w)


_SPOKESMAN = {"ناطق": "متحدث", "ناطقة": "متحدث", "متحدثة": "متحدث"}


def _same_head(sp: ArgSpan, title: str, words: tuple) -> bool:
    """An unnamed speaker described by the same head noun, and by every word after it
    ("الوزير الأمريكي" is not "الوزير المصري")."""
    said = [_bare(strip_conj(norm_key(w))) for w in sp.text.split()]
    return sp.entity is None and bool(said) and said[0] == _bare(title) \
        and all(_bare(w) in said for w in words[1:])


# role nouns that many people hold at once: a new description with one is a new speaker
_ROLES = frozenset({"مسؤول", "قيادي", "ضابط", "مصدر", "قائد"})


def _head_antecedent(ctx: Ctx, head: str, i: int) -> ArgSpan | None:
    """"الوزارة" → the latest "وزارة …" phrase before token i (a generic institution).

    Looks up the tokens whose bare form is the head in a per-document index (built
    once) instead of scanning back over every earlier token: linear in the article."""
    bare = head[2:] if head.startswith("ال") else head
    at = ctx.bare_index().get(bare, ())
    for pos in range(bisect.bisect_left(at, i) - 1, -1, -1):
        k = _named_after_type(ctx, at[pos], len(ctx.toks))
        if k > at[pos] and ctx.mention_of[k] is not None:
            return ctx.mention_arg(ctx.mention_of[k])  # 'منظمة "هيومن رايتس ووتش"' → the name
        rng = nominal(ctx, at[pos], len(ctx.toks))
        if rng is not None:
            return span_arg(ctx, *rng)
    return None


def _name_after_prename(ctx: Ctx, a: int, limit: int) -> ArgSpan | None:
    """Without a PER mention: the words after a rank or honorific are a name
    ("… الدكتور سعود الشريم:", "العقيد الركن تركي المالكي، المتحدث …")."""
    for k in range(a, limit):
        if not word_is(ctx.norms[k], "prename"):
            continue
        s = k + 1
        while s < limit and word_is(ctx.norms[s], "prename"):
            s += 1
        if _lady_described(ctx, k, s, limit):
            return span_arg(ctx, k, k + 1)
        e = s
        while e < limit and e - s < NAME_MAX and not np_stop(ctx, e) and not word_is(ctx.norms[e], "title") \
                and ctx.mention_of[e] is None:
            e += 1
        if e > s and not word_is(ctx.norms[s], "nosubj"):
            return span_arg(ctx, s, e)
    return None


_MR_MRS = frozenset({"السيد", "السيدة", "السيده"})  # also "the man", "the lady"


def _lady_described(ctx: Ctx, k: int, s: int, limit: int) -> bool:
    """"وأضافت السيدة البالغة من العمر 35 عاما": السيد/السيدة before a definite adjective (no
    name, title or mention) is the noun itself — "the lady aged 35" (audit U37 BB-564), not
    the honorific of a name "البالغة"."""
    if strip_conj(ctx.norms[k]) not in _MR_MRS or s != k + 1 or s >= limit:
        return False
    n = ctx.norms[s]
    return n.startswith("ال") and ctx.mention_of[s] is None and not any(
        word_is(n, c) for c in ("title", "prename", "named", "desc", "source"))


def speaker_after(ctx: Ctx, i: int, limit: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """The subject between cue token i and token `limit` (the complementiser), or None."""
    a = i + 2 if i + 2 < limit and ctx.is_mark(i + 1) and ctx.mention_of[i + 2] else i + 1
    a = _skip_fillers(ctx, a, limit)  # ('وذكرت "سانا" أن': the mark before a quoted name)
    if a + 2 < limit and ctx.norms[a] == "من" and ctx.norms[a + 1] in _AGENT_NOUNS:
        a += 2  # a passive cue's agent: "فيما وصف من جانب جماعات حقوق النساء بأنها"
    while a < limit and (m := ctx.mention_of[a]) is not None and ctx.norms[a].startswith("ل") and addressee(ctx, a, m):
        # "وقال لرويترز": the name told is no speaker; the speaker is the one before
        while a < limit and ctx.mention_of[a] is m:
            a += 1
        a = _skip_fillers(ctx, a, limit)
    if a >= limit:
        return None
    kin = _kin_phrase(ctx, a, limit)
    if kin is not None:
        return kin  # "وقالت والدة نيكي فيرستابن": the relative speaks, not the one named
    if is_word(strip_conj(ctx.norms[a]), "stmt") and a + 1 < limit and ctx.norms[a + 1] == "من":
        owner = _statement_owner(ctx, a + 1, limit)
        if owner is not None:
            return owner  # (before any name later in the stretch: "… حيث اختفى الطفل نيكي")
    if _close_source(ctx, a, limit):
        return span_arg(ctx, a, a + 2)  # "مصدر مقرب من التحقيق في قضية فرار X": the source, not X
    office = next((j for k in range(a + 1, limit) if (j := _whose_office(ctx, a, k)) >= 0), -1)
    if office > a:
        limit = office  # "مسؤول كبير في إدارة الرئيس باراك أوباما": the subject ends before في
    # 1. a person's name anywhere in the subject stretch wins (titles stay outside it)
    for k in range(a, limit):
        m = ctx.mention_of[k]
        if m is not None and m.label == "PER" and not addressee(ctx, k, m) and not _in_time(ctx, m) \
                and not _title_holder(ctx, a, k):
            if any(ctx.norms[j] in _ALONGSIDE for j in range(a, k)):
                break  # "وقال في أنقرة قبيل محادثات مع نظيره سيرغي لافروف:": the one met, not who
            if _ally_of_named(ctx, a, k):
                break  # "ووصفت روسيا أقوى حلفاء الرئيس بشار الأسد": the ally's patron, not who speaks
            return ctx.mention_arg(m)
    named = _name_after_prename(ctx, a, limit)
    if named is not None:
        return named
    n = strip_conj(ctx.norms[a])
    # 2. "بيان الخارجية" → الخارجية; "البيان" alone → the previous speaker
    if is_word(n, "stmt") or n in _STATEMENTS:
        owner = _statement_owner(ctx, a + 1, limit)
        if owner is not None:
            return owner
    if is_word(n, "stmt") and a + 1 < limit and _owned_by_lam(ctx, a + 1):
        return _lam_owner(ctx, a + 1, i, limit, prev)
    if is_word(n, "stmt") or n == "البيان":
        if n == "البيان" or a + 1 >= limit:
            return (_previous(prev) or nearest_name(ctx, i, same_sentence=False, labels=("PER", "ORG"))
                    or span_arg(ctx, a, a + 1))
        return speaker_after(ctx, a, limit, prev)
    if is_word(n, "pron"):
        return _person_antecedent(ctx, i, prev)
    # 3. the subject starts with a name (ORG, or a country speaking: "اعتبرت فرنسا")
    k = _named_after_type(ctx, a, limit)
    m = ctx.mention_of[k]
    if m is not None and not addressee(ctx, k, m):
        return ctx.mention_arg(m)
    rng = nominal(ctx, a, limit)
    if rng is None or strip_conj(ctx.norms[rng[0]]) == "الله":
        return None  # "ودعا الله أن يرحم": a prayer's addressee is no speaker
    s, e = rng
    if strip_conj(ctx.norms[i]) in _TELLING:
        e = _before_told(ctx, s, e)
        if e <= s:
            return None  # "بيتس أبلغ عنصرا متخفيا": the one told; the subject stands before
    if _is_title_only(ctx, s, e) and (d := _described_end(ctx, s, e, limit)) > e:
        # never the previous speaker: a new description is a new speaker
        words = " ".join(strip_conj(ctx.norms[k]) for k in range(s, d))
        return _same_description(ctx, s, d) or _titled_before(ctx, i, words) or span_arg(ctx, s, d)
    if _is_title_only(ctx, s, e) or word_is(n, "honor"):
        words = tuple(strip_conj(ctx.norms[k]) for k in range(s, e))
        return _person_antecedent(ctx, i, prev, strip_conj(n), words) or span_arg(ctx, s, e)
    same = e < len(ctx.toks) and is_word(ctx.norms[e - 1], "same")
    if same or (e - s == 1 and is_word(n, "anaph")):
        # the latest of: a named organisation / earlier speaker with that head, or the phrase
        found = [c for c in (_antecedent_org(ctx, n, ctx.toks[i].start, prev), _head_antecedent(ctx, n, s))
                 if c is not None]
        if found:
            return max(found, key=lambda c: c.start)
        if same and prev:
            return _previous(prev)
    return span_arg(ctx, s, e)


_CLOSE_TO = frozenset({"مقرب", "مقربة", "مقربه", "مقربون", "مقربين", "قريب", "قريبة", "قريبه", "مطلع", "مطلعة",
                       "مطلعه", "مطلعون", "مطلعين"})  # (normalised)


def _close_source(ctx: Ctx, a: int, limit: int) -> bool:
    """'أعلن مصدر مقرب من التحقيق في قضية فرار رضوان فايد أن' (held-out U42): a source close to
    someone speaks, not the one it is close to (their name comes after من)."""
    return (a + 3 < limit and _source_word(ctx.norms[a]) and strip_conj(ctx.norms[a + 1]) in _CLOSE_TO
            and ctx.norms[a + 2] == "من" and ctx.mention_of[a] is None)


_STATEMENTS = frozenset({"البيان", "تقرير", "التقرير"})  # heads whose owner may follow (normalised)
_ISSUED = frozenset({"صادر", "الصادر", "صادره", "الصادره", "صادرة", "الصادرة"})
_MADE = frozenset({"اعدته", "اعدها", "نشره", "نشرته", "نشرها", "اصدره", "اصدرته", "اصدرها"})


def _statement_owner(ctx: Ctx, o: int, limit: int) -> ArgSpan | None:
    """Whose statement the words from token o say: "بيان صادر عن X", "تقرير أعدته X",
    "البيان الذي نشره X" → X; None when none of these follows. ("بيان للجيش" is
    `_lam_owner`'s.)"""
    j = o
    while j < min(limit, o + 2) and _statement_adjective(ctx, j):
        j += 1
    if j > o:
        # "بيان مقتضب نشره المركز الإعلامي", "بيان رسمي صادر عن الوزارة": the statement's
        # adjectives stand before who made it (audit U37 AL-569)
        return _statement_owner(ctx, j, limit)
    if o + 1 < limit and ctx.norms[o] in _ISSUED and ctx.norms[o + 1] == "عن":
        start = o + 2
    elif o < limit and is_word(ctx.norms[o], "rel") and o + 1 < limit and ctx.norms[o + 1] in _MADE:
        start = o + 2
    elif o < limit and ctx.norms[o] in _MADE:
        start = o + 1
    elif o + 1 < limit and ctx.norms[o] == "من" and ctx.norms[o + 1].startswith("ال"):
        start = o + 1  # "وقال بيان من الشرطة في إقليم ليمبورغ": the body it came from
    else:
        return None
    if start >= limit:
        return None
    m = ctx.mention_of[start]
    if m is not None and m.label in ("PER", "ORG", "LOC"):
        return ctx.mention_arg(m)
    rng = nominal(ctx, start, limit)
    if rng is None:
        return None
    e = rng[1]
    while e < limit and e - start < OWNER_MAX and ctx.norms[e].startswith(("ال", "لل")) and not ctx.is_punct(e) \
            and ctx.same_sentence(start, e) and cue_of(ctx.norms[e]) is None and not timed(ctx, e) \
            and not is_word(ctx.norms[e], "prep") and not is_word(ctx.norms[e], "adv"):
        e += 1  # "مكتب العلاقات العامة للقوات المسلحة الباكستانية": the owner's full name
    return span_arg(ctx, start, e)


def _statement_adjective(ctx: Ctx, k: int) -> bool:
    """An indefinite adjective of a statement noun ("مقتضب", "رسمي", "مشترك"): a bare word
    that is no name, preposition, relative, issuing or making word, nor punctuation."""
    n = ctx.norms[k]
    return not (ctx.is_punct(k) or ctx.is_mark(k) or ctx.mention_of[k] is not None or n.startswith(("ال", "لل"))
                or n in _ISSUED or n in _MADE or n in ("عن", "من") or is_word(n, "prep") or is_word(n, "rel")
                or cue_of(n) is not None or timed(ctx, k))


def _owned_by_lam(ctx: Ctx, o: int) -> bool:
    """"بيان للجيش", "بيان لخفر السواحل": the word after the statement is its owner, joined by ل."""
    n = ctx.norms[o]
    return n.startswith("ل") and len(n) > 3 and not ctx.is_punct(o) and not is_word(n, "prep") \
        and not is_word(n, "nosubj") and cue_of(n) is None and n not in _TO_PRESS


def _lam_owner(ctx: Ctx, o: int, i: int, limit: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """The owner X of "بيان لـX" (token o holds لـX). "لخفر السواحل التركي" keeps its words
    (the span starts after the ل); "للجيش" lost the article's alif, so the owner is the
    organisation named with that head elsewhere ("الجيش الإسرائيلي"), or a name inside the
    token; with neither the statement has no speaker (never the ل-word, nor a later name)."""
    n = ctx.norms[o]
    if not n.startswith("لل"):
        rng = nominal(ctx, o, limit)
        if rng is None:
            return None
        e = rng[1]
        return ctx.arg(ctx.toks[o].start + 1, ctx.toks[e - 1].end, None)
    head = "ال" + n[2:]
    found = [c for c in (_antecedent_org(ctx, head, ctx.toks[i].start, prev), _head_antecedent(ctx, head, o),
                         _definite_antecedent(ctx, head, o)) if c is not None]
    if found:
        return max(found, key=lambda c: c.start)
    m = ctx.mention_of[o]
    if m is not None and m.label in ("PER", "ORG"):
        return _whole_mention(ctx, m)
    return None


def _definite_antecedent(ctx: Ctx, head: str, o: int) -> ArgSpan | None:
    """"الجيش" → the latest phrase before token o opened by the definite head ("الجيش اللبناني")."""
    at = ctx.bare_index().get(head, ())
    for pos in range(bisect.bisect_left(at, o) - 1, -1, -1):
        rng = nominal(ctx, at[pos], len(ctx.toks))
        if rng is not None:
            return span_arg(ctx, *rng)
    return None


# "بيان للصحفيين": a statement to the press, whose ل-word is the addressee, not the owner
_TO_PRESS = frozenset({"للصحفيين", "للصحافيين", "للصحافه", "للاعلام", "لوسائل", "للمراسلين"})


def _whole_mention(ctx: Ctx, m) -> ArgSpan:
    """"لليونسكو" tagged ORG: another mention of the same entity that keeps its article
    ("اليونسكو"), else the tagged one."""
    for e in ctx.doc.entities:
        if e.id == m.entity:
            for other in e.mentions:
                said, tagged = norm_key(ctx.text[other.start:other.end]), norm_key(ctx.text[m.start:m.end])
                if said.startswith("ال") and said[2:] == tagged[1:]:
                    return ctx.arg(other.start, other.end, e.id)
    return ctx.mention_arg(m)


_ALONGSIDE = frozenset({"مع", "قبيل", "خلال", "اثناء", "بعد", "عقب", "نظيره", "نظيرته"})
# Nouns of alliance whose genitive is a third party ("حلفاء الرئيس X"), normalised.
_ALLY_NOUNS = frozenset({"حليف", "حليفه", "حليفة", "حلفاء", "داعم", "داعمي", "خصم", "خصوم", "عدو", "اعداء"})


def _ally_of_named(ctx: Ctx, a: int, k: int) -> bool:
    """A non-person name opens the subject and an alliance noun stands between it and the
    person at k: the person is the ally's genitive (an apposition to the speaker), not who speaks."""
    first = ctx.mention_of[a]
    if first is None or first.label == "PER":
        return False
    return any(strip_conj(ctx.norms[j]).removeprefix("ال") in _ALLY_NOUNS for j in range(a + 1, k))


_TELLING = frozenset({"ابلغ", "ابلغت", "ابلغوا", "اخبر", "اخبرت", "اخبروا"})  # (normalised)


def _before_told(ctx: Ctx, s: int, e: int) -> int:
    """End of the subject in tokens [s, e) after a verb of telling: the one told follows it
    unmarked, a named organisation or agency ("أبلغ مصدر مخابراتي رويترز") or an indefinite
    accusative noun ("أبلغ عنصرا متخفيا")."""
    for k in range(s, e):
        m = ctx.mention_of[k]
        n = ctx.norms[k]
        if k > s and m is not None and m.label == "ORG":
            return k
        if m is None and indefinite_accusative(n):
            return k
    return e


def _title_holder(ctx: Ctx, a: int, k: int) -> bool:
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
            return _office(ctx.norms[j + 1])
        if j > a and n.startswith("ل") and _office("ال" + n[2:] if n.startswith("لل") else n[1:]):
            return True
    return False


_HOLDER_GAP = 7  # words between باسم/لـ and the name: "رئيس مجلس الوزراء العراقي، الدكتور"


def _whose_office(ctx: Ctx, a: int, k: int) -> int:
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
    return _office(n) or (n.startswith("ال") and _office(n[2:])) or n in ("الوزراء", "الجمهورية", "الحكومة")


_SERVED = frozenset({"ادارة", "اداره", "حكومة", "حكومه", "مكتب", "حملة", "حمله", "فريق"})  # (normalised)


def _kin_phrase(ctx: Ctx, a: int, limit: int) -> ArgSpan | None:
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


def _office(n: str) -> bool:
    """A person's title, feminine too ("رئيسة", "المستشارة")."""
    return word_is(n, "title") or (n.endswith(("ة", "ه")) and word_is(n[:-1], "title"))


def _named_after_type(ctx: Ctx, a: int, limit: int) -> int:
    """Where the name starts when the subject opens with its type word: "وكالة رويترز", "حركة
    حماس", 'منظمة "إس أو إس المتوسط"' (a quoted name is the mention, the type word outside)."""
    if ctx.mention_of[a] is not None or not word_is(ctx.norms[a], "desc"):
        return a
    if a + 2 < limit and ctx.is_mark(a + 1) and ctx.mention_of[a + 2] is not None:
        return a + 2
    return a + 1 if a + 1 < limit else a


def _described_end(ctx: Ctx, s: int, e: int, limit: int) -> int:
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
    if n == "في" and d + 1 < limit and is_word(ctx.norms[d + 1], "stmt"):
        return True
    m = ctx.mention_of[d]
    return n in ("ل", "لـ") or (m is not None and addressee(ctx, d, m) and n.startswith("ل")) or (
        m is None and _addressee_run(ctx, d, limit) > d)


def _same_description(ctx: Ctx, s: int, d: int) -> ArgSpan | None:
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


_AUXILIARY = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})  # (no و: "وكانت" opens a sentence)


def speaker_before(ctx: Ctx, i: int) -> ArgSpan | None:
    """SVO: "وكانت وسائل إعلام قد نقلت", "مريم الفقيه التي أشارت", "دميرتاش صرح"."""
    k = i - 1
    # "الشرطة الفرنسية كانت (قد) أعلنت": the auxiliary and قد stand between the subject and the cue
    while k >= 0 and ctx.same_sentence(k, i) and (strip_conj(ctx.norms[k]) in ("قد", "لقد", "فقد")
                                                  or ctx.norms[k] in _AUXILIARY):
        k -= 1
    if k < 0 or not ctx.same_sentence(k, i):
        return None
    if _things_relative(ctx, k):
        # "وله تاريخ من السرقات التي يقول إنه": the sentence's subject
        return main_subject(ctx, i) or _surname_in_sentence(ctx, i)
    if ctx.norms[k] == "," and k > 0 and ctx.mention_of[k - 1] is not None and _platform(ctx, k - 1):
        # "بسبب رسالة نشرها على فيسبوك، قال فيها إنه": where it was posted, not who (audit U37
        # SK-669): the poster, else the sentence's subject
        return _poster(ctx, k - 1, i) or main_subject(ctx, i)
    if ctx.norms[k] == "," and k > 0 and ctx.mention_of[k - 1] is not None:
        j = k - 1
        while j > 0 and ctx.mention_of[j - 1] is ctx.mention_of[k - 1]:
            j -= 1
        if not _placed(ctx, j):
            return ctx.mention_arg(ctx.mention_of[k - 1])  # "رئيس الحزب، سمير جعجع، اعتبر أن"
        # "وفي القابون، قالوا": where, not who; "جيش الإسلام"، أحد الفصائل في الغوطة، أعلن": the
        # name before the apposition's opening comma
        r = j - 1
        while r > 0 and ctx.same_sentence(r, i) and ctx.norms[r] != ",":
            r -= 1
        q = r - 1
        while q > 0 and ctx.norms[q] in ('"', "»", "”"):
            q -= 1  # 'وكان "جيش الإسلام"، …'
        m = ctx.mention_of[q] if r > 0 and ctx.norms[r] == "," and ctx.same_sentence(r, i) else None
        return ctx.mention_arg(m) if m is not None and m.label != "LOC" else None
    if ctx.norms[k] == "," and (topic := _topic(ctx, k, i)) is not None:
        return topic  # "أما قناة الإخبارية السورية، فقد نقلت", "أما الوزارة، فقد قالت"
    if ctx.norms[k] == ",":
        # "الجيش الأميركي، الذي صعد …، قد قال": find "، الذي" and take the noun before it
        r = k - 1
        while r > 0 and ctx.same_sentence(r, i) and not (is_word(ctx.norms[r], "rel") and ctx.norms[r - 1] == ","):
            r -= 1
        if r <= 1 or not ctx.same_sentence(r, i):
            return None
        k = r - 2
    elif is_word(ctx.norms[k], "rel"):
        if (head := _relative_source(ctx, k, i)) is not None:
            return head  # "وتبنت الهجوم وكالة أعماق التي زعمت", "نفى التقارير، التي قالت"
        k -= 1
    elif is_word(ctx.norms[k], "stmt"):
        return main_subject(ctx, i)  # "أصدرت القيادة بيانا قالت فيه إن"
    elif word_is(ctx.norms[k], "clause") or is_word(ctx.norms[k], "clause"):
        return None
    elif but_clause(ctx.norms[k]):
        # "وقال مسؤولون إنهم … ولكنهم قالوا", "ويأمل آخرون …، لكنهم يقولون": the plural pronoun
        # on لكن is the sentence's subject (لكنه/لكنها are clause words, handled above)
        return _opening_subject(ctx, i) or main_subject(ctx, i)
    if k < 0 or not ctx.same_sentence(k, i):
        return None
    if ctx.mention_of[k] is not None:
        if _platform(ctx, k):
            # "نشرت الشرطة تغريدة على تويتر تقول", "أحمد السقا، الذي نشر تغريدة … قال": who posted
            return _relative_head(ctx, i) or _poster(ctx, k, i) or main_subject(ctx, i)
        if (owned := _owned_by(ctx, k, i)) is not None:
            return owned  # "مكتب حقوق الإنسان التابع للأمم المتحدة قال": the office, not the UN
        if not _governed(ctx, k):
            return ctx.mention_arg(ctx.mention_of[k])
        # "كان السيناتور البارز عن نيويورك قد أعلن": the name ends the subject's description
    b = k + 1
    a = k
    while a > 0 and b - a < BACK_MAX and ctx.same_sentence(a - 1, i) and not ctx.is_punct(a - 1) \
            and not is_word(ctx.norms[a - 1], "clause") and not is_word(ctx.norms[a - 1], "comp"):
        a -= 1
    if ctx.is_punct(k) or (a > 0 and ctx.same_sentence(a - 1, i) and not (
            is_word(ctx.norms[a - 1], "clause") or is_word(ctx.norms[a - 1], "comp") or ctx.is_punct(a - 1))):
        return None
    if _connective(ctx, a, b):
        return None  # "من جهتها نقلت", "من جهة أخرى قالت": a discourse connective, not who
    if not _noun_phrase(ctx, a, b) and not (ctx.is_mark(a - 1) and ctx.norms[a] == "من"):
        # ('"مصدر مقرب" من عائلته قد قال': the PP completes a quoted head)
        # "في حملة قالت إن", "إلا أنها أكدت", "نشر التنظيم أسماء … قال", "صورا قالت": the words
        # before the cue are no subject; the sentence's main subject said it
        return _opening_subject(ctx, i) or main_subject(ctx, i)
    return span_arg(ctx, a, b)


def _source_word(n: str) -> bool:
    n = strip_conj(n)
    return is_word(n, "source") or (n.startswith("ال") and is_word(n[2:], "source"))


def _relative_source(ctx: Ctx, r: int, i: int) -> ArgSpan | None:
    """The cue right after a relative pronoun at token r: its head is the noun phrase before
    the pronoun (and a comma) that opens with a source word ("وكالة أعماق التي زعمت" →
    وكالة أعماق, not the verb and object before it; "التقارير، التي قالت" → التقارير; audit
    U37; "بحسب الوكالة التي أشارت" → الوكالة, not "بحسب الوكالة"). None when that phrase is a
    name (the caller takes it) or has no source word."""
    k = r - 1
    if k > 0 and ctx.norms[k] == ",":
        k -= 1
    if k < 0 or not ctx.same_sentence(k, i) or ctx.is_punct(k) or ctx.mention_of[k] is not None:
        return None
    for j in range(k, max(-1, k - NAME_MAX), -1):
        if not ctx.same_sentence(j, i) or ctx.is_punct(j) or ctx.is_mark(j):
            return None
        if _source_word(ctx.norms[j]):
            # (a time ends the phrase: "وأصدرت المنظمة الثلاثاء بيانها التي قالت" → المنظمة)
            b = next((t for t in range(j + 1, k + 1) if timed(ctx, t)), k + 1)
            return span_arg(ctx, j, b)
    return None


def _opening_subject(ctx: Ctx, i: int) -> ArgSpan | None:
    """The subject right after the verb that opens token i's sentence (after "كما"/"و"):
    "كما نشر التنظيم …", "وأعلنت قيادة قوات التحالف، …"; None when the sentence opens
    otherwise or that subject runs into the cue."""
    s = ctx.sentence_first(i)
    while s < i and (is_word(ctx.norms[s], "clause") or ctx.norms[s] == ","):
        s += 1
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
    if rng is None or not _noun_phrase(ctx, *rng):
        return None
    return span_arg(ctx, *rng)


# words that cannot open a subject noun phrase: prepositions and particles ("في حملة قالت",
# "إلا أنها أكدت", "تم استبعاده … بعد مزاعم"); normalised
_NOT_OPENING = frozenset({"في", "علي", "على", "من", "عن", "بعد", "قبل", "مع", "الا", "غير", "تم", "وتم", "ثم",
                          "وهما", "وهو", "وهي", "وهم", "هما", "هو", "هي", "هم", "الي", "ب", "ل",
                          # "لكنهم قالوا": a particle carrying the subject as a pronoun, no name
                          "لكنهم", "لكنه", "لكنها", "لكنهما", "لكنني", "لكننا", "لكنهن"})
_VERBS = frozenset({"تم", "نشر", "نشرت", "نشروا", "بث", "بثت", "توفي", "توفيت", "وتوفي", "وتوفيت"})


def _noun_phrase(ctx: Ctx, a: int, b: int) -> bool:
    """Tokens a..b-1 can be a subject: not opened by a preposition or particle, no verb (a
    reporting cue, a verb of posting, تم) inside, and not a bare indefinite accusative
    ("صورا", "برغماتيا": the object of a relative or predicative clause)."""
    if strip_conj(ctx.norms[a]) in _NOT_OPENING or ctx.norms[a] in _NOT_OPENING:
        return False
    for k in range(a, b):
        n = strip_conj(ctx.norms[k])
        if ctx.mention_of[k] is None and (n in _VERBS or ctx.norms[k] in _VERBS or cue_of(ctx.norms[k]) is not None):
            return False
    last = ctx.norms[b - 1]
    return not (b - a == 1 and ctx.mention_of[b - 1] is None and indefinite_accusative(last))


def indefinite_accusative(n: str) -> bool:
    """A normalised word shaped as an indefinite accusative ("عنصرا", "صورا", "برغماتيا"): the
    object or predicate of a clause, never its subject."""
    return n.endswith("ا") and not n.startswith("ال") and len(n) > 3


def plural_before(ctx: Ctx, i: int) -> ArgSpan | None:
    """"بين الأوساط السياسية واعتبروا أن": a plural و-cue (…وا) right after a definite noun
    with its adjectives takes that noun, whose plural it agrees with. Not after a feminine
    singular head ("الحكومة السورية وأكدوا"), a name, a time word or punctuation."""
    n = strip_conj(ctx.norms[i])
    if not n.endswith("وا") or i < 1 or not ctx.same_sentence(i - 1, i):
        return None
    a = i
    while a > 0 and i - a < NAME_MAX and ctx.same_sentence(a - 1, i) and _definite_word(ctx, a - 1):
        a -= 1
    if a == i:
        return None
    head = ctx.norms[a]
    if head.endswith(("ة", "ه")) or timed(ctx, a) or not _adjectives_after(ctx, a, i):
        return None
    return span_arg(ctx, a, i)


def _definite_word(ctx: Ctx, k: int) -> bool:
    n = ctx.norms[k]
    # (len: not the particles "الا", "الي")
    return n.startswith("ال") and len(n) >= 5 and ctx.mention_of[k] is None and not ctx.is_punct(k) \
        and not is_word(n, "rel") and cue_of(n) is None


def _adjectives_after(ctx: Ctx, a: int, i: int) -> bool:
    """The words after the head are adjectives ("السياسية"), not a construct's second noun."""
    return all(ctx.norms[k].endswith(("ي", "ية", "يه", "يون", "يين")) for k in range(a + 1, i))


def _things_relative(ctx: Ctx, r: int) -> bool:
    """Token r is "التي" after a plural of things ("السرقات التي", "الغارات … والتي"): a
    feminine-singular relative on a sound feminine plural that names no person, group or
    source. Such a noun cannot speak, so the cue inside the relative clause is the main
    subject's. "والتي" may refer to a noun a few words back, over a prepositional phrase."""
    if strip_conj(ctx.norms[r]) != "التي":
        return False
    k = r - 2 if r > 1 and ctx.norms[r - 1] == "," else r - 1
    reach = 1 if ctx.norms[r] == "التي" else 10
    for j in range(k, max(-1, k - reach), -1):
        if not ctx.same_sentence(j, r) or ctx.is_punct(j):
            return False
        m = ctx.mention_of[j]
        if m is not None and m.label in ("PER", "ORG"):
            return False
        if _thing_plural(ctx.norms[j]):
            return True
    return False


def _surname_in_sentence(ctx: Ctx, i: int) -> ArgSpan | None:
    """The first word of token i's sentence that is the last name of a person named in full
    elsewhere ("رضوان فايد" … "ويعد فايد واحدا"), where the NER left it untagged."""
    surnames = ctx.surnames()
    s = ctx.sentence_first(i)
    for k in range(s, i):
        if ctx.mention_of[k] is None and strip_conj(ctx.norms[k]) in surnames and len(ctx.norms[k]) > 2:
            return span_arg(ctx, k, k + 1)
    return None


def _thing_plural(norm: str) -> bool:
    """"السرقات", "الغارات": a definite sound feminine plural that is no source, title or
    group word (not "السلطات", "المنظمات", "الجماعات")."""
    n = strip_conj(norm)
    if not (n.startswith("ال") and n.endswith("ات") and len(n) > 6):
        return False
    forms = (n, n[:-2] + "ة", n[:-2] + "ه", n[2:], n[2:-2] + "ة", n[2:-2] + "ه")
    return not any(is_word(w, c) for w in forms for c in ("source", "desc", "anaph", "title", "media", "named"))


def _owned_by(ctx: Ctx, k: int, i: int) -> ArgSpan | None:
    """"X التابع/التابعة لـ NAME" before SVO cue i, the name ending at token k: the body X of
    NAME speaks, so the span runs from X (back to a comma, clause word or complementiser)
    through the name; None when no التابع stands right before the name."""
    m = ctx.mention_of[k]
    j = k
    while j > 0 and ctx.mention_of[j - 1] is m:
        j -= 1
    if j < 2 or strip_conj(ctx.norms[j - 1]) not in _BELONGING:
        return None
    a = j - 1
    while a > 0 and j - a <= BACK_MAX and ctx.same_sentence(a - 1, i) and not ctx.is_punct(a - 1) \
            and not is_word(ctx.norms[a - 1], "clause") and not is_word(ctx.norms[a - 1], "comp"):
        a -= 1
    return span_arg(ctx, a, k + 1) if a < j - 1 else None


_BELONGING = frozenset({"التابع", "التابعة", "التابعه"})


def _connective(ctx: Ctx, a: int, b: int) -> bool:
    """"من جهته/جهتها/جانبه", "من جهة أخرى", "في المقابل", "إلى ذلك": a sentence-opening connective."""
    words = [strip_conj(ctx.norms[k]) for k in range(a, b)]
    if len(words) >= 2 and words[0] == "من" and words[1].startswith(("جهت", "جهة", "جانب")):
        return len(words) <= 3
    return words in (["في", "المقابل"], ["الي", "ذلك"], ["إلى", "ذلك"])


def according_before(ctx: Ctx, i: int) -> ArgSpan | None:
    """"وبحسب مصادر محلية، فإن … . وأكدت أن": the source of a بحسب/حسب/وفق phrase opening the
    sentence just before token i's is the antecedent of a subject-less cue."""
    before = _sentence_before(ctx, i)
    if before is None:
        return None
    p, s = before
    head = strip_conj(ctx.norms[p])
    head = head[1:] if head[:1] in "وف" and head[1:] in _ACCORDING else head
    if head not in _ACCORDING or p + 1 >= s:
        return None
    a = p + 1
    m = ctx.mention_of[a]
    if m is not None:
        return ctx.mention_arg(m)
    rng = nominal(ctx, a, s)
    return span_arg(ctx, *rng) if rng is not None and word_is(strip_conj(ctx.norms[a]), "source") else None


_ACCORDING = frozenset({"بحسب", "حسب", "وفق", "وفقا"})


def _sentence_before(ctx: Ctx, i: int) -> tuple[int, int] | None:
    """(first, end) tokens of the sentence just before token i's, or None at the start."""
    s = ctx.sentence_first(i)
    return (ctx.sentence_first(s - 1), s) if s > 0 else None


def statement_before(ctx: Ctx, i: int, cue_toks: tuple, prev: list[ArgSpan]) -> ArgSpan | None:
    """The antecedent of a subject-less و-cue when the sentence just before its own holds no
    quote but names who spoke there: the source of a trailing "كما قال والده" / "حسبما أفاد
    X", or the explicit subject of a speech act outside the cue list ("وكان التنسيقي اتهم في
    بيان …", "وندد الجيش بـ…"). A quote in that sentence keeps the ordinary chain."""
    got = _sentence_before(ctx, i)
    if got is None:
        return None
    p, s = got
    if any(p <= c < s for c in cue_toks):
        return None
    return _phrase_source_in(ctx, p, s, prev) or _speech_subject(ctx, p, s) or _opened_speech_subject(ctx, p, s, prev)


def _opened_speech_subject(ctx: Ctx, p: int, s: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """"ومن ناحيته، أعلن قائد الشرطة الفريق X مقتل …", "وفي محافظة ديالى …، حذر النائب X من …",
    "ومع ذلك، رفض رئيس التحالف X الزعم": a speech verb (or a cue that made no quote, or رفض)
    right after the comma closing an adverbial opening, or within a short opening phrase after
    في/من/مع, whose subject stretch (up to a comma or a preposition other than في) holds a
    person's name: who spoke in tokens [p, s)."""
    short = ctx.norms[p] in _OPENING_PREPOSITIONS or strip_conj(ctx.norms[p]) in _OPENING_PREPOSITIONS
    for v in range(p + 1, s - 1):
        if word_is(ctx.norms[v], "clause"):
            short = False  # "وفي ديالى وبينما أفادت مصادر …": a clause of its own opens
        if not (ctx.norms[v - 1] == "," or (short and v - p <= _OPENING_MAX)):
            continue
        n = strip_conj(ctx.norms[v])
        cue = cue_of(ctx.norms[v])
        if not (word_is(ctx.norms[v], "speech") or n in _REFUSING or (cue is not None and cue.kind == "v")):
            continue
        limit = v + 1
        while limit < s and not ctx.is_punct(limit) and strip_conj(ctx.norms[limit]) not in _STRETCH_STOPS:
            limit += 1
        sp = speaker_after(ctx, v, limit, prev)
        k = ctx.token_index_at(sp.start) if sp is not None else -1
        m = ctx.mention_of[k] if v < k < limit else None  # (named there, not an antecedent)
        if m is not None and m.label == "PER":
            return sp
    return None


_OPENING_PREPOSITIONS = frozenset({"في", "من", "مع", "وفي", "ومن", "ومع"})  # (short: no strip_conj)
_OPENING_MAX = 4  # tokens of an opening phrase with no comma: "وفي محافظة ديالى حذر"
_REFUSING = frozenset({"رفض", "رفضت", "رفضوا"})
# the subject stretch ends at a preposition that opens the verb's complement ("حذر X من …")
_STRETCH_STOPS = frozenset({"من", "عن", "علي", "الي", "ب", "بان", "ان"})  # (normalised)


def _phrase_source_in(ctx: Ctx, p: int, s: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """The source X of the last "كما/حسبما/بحسب ما + reporting verb + X" in tokens [p, s)."""
    for k in range(s - 2, p - 1, -1):
        n = strip_conj(ctx.norms[k])
        lead = n in ("كما", "حسبما") or (n == "ما" and k > p and strip_conj(ctx.norms[k - 1]) in _ACCORDING)
        cue = cue_of(ctx.norms[k + 1]) if lead else None
        if cue is None or cue.kind != "v":
            continue
        limit = k + 2
        while limit < s and (not ctx.is_punct(limit) or ctx.is_mark(limit)):
            limit += 1  # (a quoted source: 'نقلت "فرانس برس"')
        if limit <= k + 2:
            return None
        relay = next((r for r in range(k + 2, limit) if ctx.norms[r] == "عن"), -1) if cue.lemma == "نقل" else -1
        if relay > 0:
            # "بحسب ما نقلت "فرانس برس" عن "مصدر في طالبان"": the relayed source spoke
            after = relay + 1 if relay + 1 < s and ctx.is_mark(relay + 1) else relay
            return speaker_after(ctx, after, s, prev) or speaker_after(ctx, k + 1, relay, prev)
        return speaker_after(ctx, k + 1, limit, prev)
    return None


def _speech_subject(ctx: Ctx, p: int, s: int) -> ArgSpan | None:
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


def _relative_head(ctx: Ctx, i: int) -> ArgSpan | None:
    """The name right before "، الذي/التي" earlier in token i's sentence, or None."""
    r = i - 1
    while r > 1 and ctx.same_sentence(r, i) and not is_word(ctx.norms[r], "rel"):
        r -= 1
    if r <= 1 or not ctx.same_sentence(r, i) or not is_word(ctx.norms[r], "rel"):
        return None
    q = r - 2 if ctx.norms[r - 1] == "," else r - 1
    m = ctx.mention_of[q]
    return ctx.mention_arg(m) if m is not None and m.label in ("PER", "ORG") else None


def _topic(ctx: Ctx, k: int, i: int) -> ArgSpan | None:
    """"أما X، (ف)…": the topic X that the comma at token k closes, when the sentence opens with أما."""
    s = ctx.sentence_first(i)
    if strip_conj(ctx.norms[s]) not in ("اما", "أما") or s + 1 >= k:
        return None
    m = ctx.mention_of[s + 1]
    if m is not None and all(ctx.mention_of[j] is m for j in range(s + 1, k)):
        return ctx.mention_arg(m)
    return span_arg(ctx, s + 1, k) if k - s - 1 <= NAME_MAX + 1 else None


def _governed(ctx: Ctx, k: int) -> bool:
    """The name at token k sits after a preposition other than في/من/إلى ("عن نيويورك",
    "التابع للأمم المتحدة"): it completes a description rather than being the subject."""
    m = ctx.mention_of[k]
    if m is None or not addressee(ctx, k, m):
        return False
    j = k
    while j > 0 and ctx.mention_of[j - 1] is m:
        j -= 1
    return not _placed(ctx, j) and m.label != "PER"


def _vso_shape(ctx: Ctx, s: int, i: int) -> bool:
    """"واعرب المصابون …": an indefinite first word (the verb) then a definite noun."""
    if s + 1 >= i or ctx.is_punct(s) or ctx.is_mark(s):
        return False
    first = strip_conj(ctx.norms[s])
    second = ctx.norms[s + 1]
    subject_like = second.startswith("ال") or any(word_is(second, c) for c in ("desc", "source", "title"))
    return not first.startswith("ال") and subject_like \
        and not is_word(first, "prep") and not word_is(ctx.norms[s], "clause")


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
    k = _named_after_type(ctx, s + 1, i)
    m = ctx.mention_of[k]
    if m is not None:
        ok = m.label in ("PER", "ORG", "LOC") and not addressee(ctx, k, m)
        return ctx.mention_arg(m) if ok else None
    head = strip_conj(ctx.norms[s + 1])
    if not (word_is(head, "source") or is_word(head, "source")):
        return None
    e = s + 2
    while e < i and e - s <= NAME_MAX and _adjective_of(head, ctx.norms[e]):
        e += 1
    return span_arg(ctx, s + 1, e)


def _nearer_clause(ctx: Ctx, i: int) -> bool:
    """The cue joins a nearer clause, not the opening one: a relative verb just before it
    ("التي اعتذرت لاحقا وقالت") or a name right before it ("وهو ما تنفيه إثيوبيا، وتقول")."""
    k = i - 1
    if k > 0 and ctx.norms[k] == ",":
        k -= 1
    m = ctx.mention_of[k] if k >= 0 else None
    if m is not None and m.label in ("PER", "ORG", "LOC") and not addressee(ctx, k, m):
        return True
    return any(is_word(ctx.norms[j], "rel") for j in range(max(0, i - 4), i))


def _adjective_of(head: str, w: str) -> bool:
    """A nisba adjective agreeing in definiteness with the head ("مصادر أردنية رسمية")."""
    return w.startswith("ال") == head.startswith("ال") and w.endswith(("ي", "ية", "يه", "يون", "يين")) \
        or (head.startswith("ال") and w.startswith("ال") and word_is(w, "title"))


def _verb_like(ctx: Ctx, s: int) -> bool:
    """An opening word that can be a verb: indefinite; no name, preposition, title or
    description word ("وفي الوقت الذي", "رئيس الوزراء …")."""
    n = strip_conj(ctx.norms[s])
    bare = n[1:] if n[:1] in "وف" else n
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
            if m is not None and m.label in labels and not addressee(ctx, k, m) and not _platform(ctx, k) \
                    and not _dateline_credit(ctx, m):
                return ctx.mention_arg(m)
    if not _vso_shape(ctx, s, i):
        return None  # no "verb + definite subject" opening to read the subject from
    rng = nominal(ctx, s + 1, i)
    if rng is None:
        return None
    return span_arg(ctx, *rng)


__all__ = ["according_before", "clause_subject", "main_subject", "nearest_name", "plural_before", "speaker_after",
           "speaker_before", "statement_before", "timed"]
