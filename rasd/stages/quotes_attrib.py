"""Attribution regions: who reports what is said in a stretch of text.

Two kinds (rasd.model.Attribution.kind):
- "quote": the content of a quote, owned by its speaker;
- "phrase": a sentence governed by an attributive phrase (حسبما أفاد المرصد، بحسب
  ناشطين، وفقاً لـ، نقلاً عن) or by a reporting verb with a noun object ("أعلنت
  الوزارة مقتل 5"), owned by the phrase's source. "ما وصفه X بـ…" marks a hedged
  region. Other stages ask `attribute(doc, start, end)`.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.model.record import Attribution
from rasd.model.span import ArgSpan
from rasd.stages.quotes_after import speaker_after
from rasd.stages.quotes_ctx import Ctx, nominal, span_arg
from rasd.stages.quotes_find import NARROW_CONTINUING, NARROW_MENTIONING, Found, find_complement, relay_end
from rasd.stages.quotes_lex import cue_of, is_word, phrase_heads, phrases, strip_conj, word_is
from rasd.stages.quotes_near import timed
from rasd.stages.quotes_subject import main_subject
from rasd.text.normalize import norm_key

# reporting verbs that, with a noun object instead of a complement, still source the news
SOURCE_LEMMAS = frozenset({"اعلن", "افاد", "ذكر", "اكد", "احصي", "وثق", "رصد", "نقل", "قال",
                           "اورد", "اشار", "كشف", "قدر", "اوضح", "صرح"})
DESCRIBE = frozenset({"وصفه", "وصفها", "وصفته", "وصفوه", "وصفتها", "وصفوها", "يصفه", "تصفه",
                      "يصفها", "تصفها", "يصفونه", "تصف", "يصف", "وصف", "وصفت", "وصفوا"})
NAMING = frozenset({"يسميه", "تسميه", "يسميها", "تسميها", "اسماه", "اسمته", "اسماها", "سماه",
                    "يسمونه", "تسمي", "يسمي", "اسمته"})
HEDGE_LEMMAS = frozenset({"زعم", "ادعي"})
HEDGE_SPAN_MAX = 8
NEGATIONS = frozenset({"لم", "لن", "لا", "ما"})


def _sentence_bounds(ctx: Ctx, k: int) -> tuple[int, int]:
    s = ctx.doc.sentences[ctx.sent_of[k]] if ctx.doc.sentences else None
    return (s.start, s.end) if s is not None else (0, len(ctx.text))


def _region(ctx: Ctx, i: int, src_end: int, *, verb_phrase: bool) -> tuple[int, int]:
    """The stretch an attributive phrase at token i governs.

    A leading phrase ("وبحسب المرصد، قتل …") or a reporting verb governs its sentence. A
    trailing phrase governs what precedes it up to the next comma ("… الذي أوقع 40 قتيلا
    بحسب الدفاع المدني، كان قد دعا …"), starting at a relative clause right before it;
    commas before it are no boundary ("قتل 3، الأحد، في قصف …، حسبما أفاد المرصد")."""
    s, e = _sentence_bounds(ctx, i)
    if verb_phrase or i == 0 or ctx.toks[i - 1].start < s:
        return s, e
    k = ctx.token_index_at(src_end)
    while k < len(ctx.toks) and ctx.toks[k].start < e:
        if ctx.norms[k] in (",", ";"):
            e = ctx.toks[k].start
            break
        k += 1
    if ctx.norms[i - 1] in (",", ";"):
        return s, e
    for k in range(i - 1, -1, -1):
        if ctx.toks[k].start < s:
            break
        if is_word(ctx.norms[k], "rel"):
            return ctx.toks[k].start, e
    return s, e


def _source_at(ctx: Ctx, a: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """The source named from token a on: a name at the start, a person's name close by, or a noun."""
    if a >= len(ctx.toks):
        return None
    limit = a
    while limit < len(ctx.toks) and limit - a < 8 and not ctx.is_punct(limit) and ctx.same_sentence(a, limit):
        limit += 1
    m = ctx.mention_of[a]
    if m is not None:
        return ctx.mention_arg(m)
    limit = _before_told(ctx, a, limit)
    sp = speaker_after(ctx, a - 1, limit, prev)
    if sp is not None:
        return sp
    rng = nominal(ctx, a, limit)
    if rng is None and ctx.norms[a].startswith("لل") and len(ctx.norms[a]) > 4:
        # "وفقاً للمرصد السوري": ل + ال contracted, the name starts at the second ل (SPEC §2.1)
        b = a + 1
        while b < limit and b - a < 4 and not ctx.is_punct(b):
            b += 1
        tok = ctx.toks[a]
        start = tok.segments[1].start if len(tok.segments) > 1 else tok.start + 1
        return ctx.arg(start, ctx.toks[b - 1].end)
    return span_arg(ctx, *rng) if rng else None


def _before_told(ctx: Ctx, a: int, limit: int) -> int:
    """"أفادت مصادر بخرق الحوثيين وقوات صالح الهدنة": after a bare source noun a word glued to
    بـ opens what is told (أفاد بـ), so the names after it are no source (audit U48 S1)."""
    if not word_is(strip_conj(ctx.norms[a]), "source"):
        return limit
    for k in range(a + 1, limit):
        n = ctx.norms[k]
        if n.startswith("ب") and not n.startswith("باسم") and len(n) > 3 and ctx.mention_of[k] is None:
            return k
    return limit


def _phrase_at(ctx: Ctx, i: int) -> int | None:
    """Token index where the source of an attributive phrase starting at token i begins."""
    n = strip_conj(ctx.norms[i]) if ctx.norms[i] not in phrases() else ctx.norms[i]
    nxt = ctx.norms[i + 1] if i + 1 < len(ctx.norms) else ""
    two = f"{n} {nxt}"
    table = phrases()
    if two in table or (n in ("وفقا", "طبقا", "وفق") and nxt in ("لما", "ما")):
        return i + 3 if table.get(two, "cue") == "cue" else i + 2
    if n in table:
        if table[n] == "cue":
            return i + 2
        if n in ("وفقا", "طبقا") and nxt.startswith("ل") and len(nxt) > 2:
            return i + 1  # "وفقاً للمرصد": the source is glued to ل
        return i + 1
    return None


def _negated(ctx: Ctx, i: int) -> bool:
    if i == 0:
        return False
    p = ctx.norms[i - 1]
    return p in NEGATIONS or (p[:1] in ("و", "ف") and p[1:] in NEGATIONS)


def _two_word_src(ctx: Ctx, i: int) -> bool:
    nxt = ctx.norms[i + 1] if i + 1 < len(ctx.norms) else ""
    return phrases().get(f"{strip_conj(ctx.norms[i])} {nxt}") == "src"


def _looks_like_source(ctx: Ctx, src: ArgSpan, a: int) -> bool:
    """"بحسب المرصد" names a source; "وفق قواعد الاشتباك" does not. After a bare
    preposition-like phrase only names, reporting nouns, titles and earlier speakers count."""
    while a < len(ctx.toks) and ctx.toks[a].end <= src.start and timed(ctx, a):
        a += 1  # "أعلنت الشهر الماضي تنفيذ": the words of a time are not the source
    if src.entity is not None or not (ctx.toks[a].start <= src.start < ctx.toks[a].end):
        return True  # an entity, or an antecedent found elsewhere
    first = src.text.split()[0] if src.text.split() else ""
    key = norm_key(first)
    bare = key[2:] if key.startswith("ال") else key
    forms = (key, bare, "ال" + key[1:]) if key.startswith("ل") else (key, bare)  # "لمرصد" of "للمرصد"
    return any(word_is(w, c) for w in forms for c in ("source", "title", "honor"))


def _verb_source(ctx: Ctx, i: int, quoted: set[int], prev: list[ArgSpan]):
    """"أعلنت الوزارة مقتل 5", "نقلت رويترز عن مصدر مقتل 4": (source start, hedged, relay) or None."""
    cue = cue_of(ctx.norms[i])
    if cue is None or i in quoted or cue.kind != "v" or cue.lemma not in SOURCE_LEMMAS | HEDGE_LEMMAS \
            or strip_conj(ctx.norms[i]) in NARROW_CONTINUING | NARROW_MENTIONING:
        return None  # (present يذكر/تتابع speak only as quotes: "يذكر التقرير" may be 'mentions')
    if find_complement(ctx, i, cue) is not None or _negated(ctx, i) or _claims_responsibility(ctx, i):
        return None
    a, relay = i + 1, None
    if cue.lemma == "نقل":
        an = relay_end(ctx, i + 1, i + 8)
        if an > 0:
            relay, a = _source_at(ctx, i + 1, prev), an + 1
    return a, cue.hedged, relay


CLAIM_REACH = 8  # tokens after the verb: "أعلن تنظيم الدولة الإسلامية في العراق مسؤوليته"


def _claims_responsibility(ctx: Ctx, i: int) -> bool:
    """"أعلن تنظيم داعش مسؤوليته عن الهجوم": a claim of responsibility names the doer, not
    someone who reports the news (audit U25, ev25 A7). The object مسؤولية (with a pronoun or
    ال) within the verb's clause; "أعلنت الوزارة مقتل 5" and "حمّل الجيش المسؤولية" (not a
    reporting verb) are left."""
    for k in range(i + 1, min(i + 1 + CLAIM_REACH, len(ctx.norms))):
        if ctx.is_punct(k) or not ctx.same_sentence(i, k):
            return False
        n = strip_conj(ctx.norms[k]).replace("ئ", "ؤ")
        if n.startswith("مسؤوليت") or n in ("المسؤولية", "المسؤوليه"):
            return True
    return False


def _phrase_source(ctx: Ctx, i: int, quoted: set[int]):
    """"حسبما أفاد X", "بحسب X", "وفقاً لما نقلته X": (source start, hedged, kind) or None."""
    a = _phrase_at(ctx, i)
    if a is None or a >= len(ctx.norms):
        return None
    kind = "src" if a == i + 1 or (a == i + 2 and _two_word_src(ctx, i)) else "cue"
    verb = cue_of(ctx.norms[a - 1]) if kind == "cue" else None
    if kind == "cue" and strip_conj(ctx.norms[i]) == "كما" and verb is None:
        return None  # "كما اتهمت": كما + any verb is "also"; only كما + a reporting verb sources
    if verb is not None and a - 1 in quoted:
        return None  # "كما قال الملك إن …" is a quote, attributed as such
    return a, bool(verb and verb.hedged), kind


@lru_cache(maxsize=1 << 16)
def _may_phrase(norm: str) -> bool:
    """False when _phrase_at cannot start at a token reading `norm`: a phrase's first word
    is a phrase head (or وفقا/طبقا/وفق). With no cue there either (`_verb_source` needs
    one), most tokens are skipped with one cached look-up."""
    n = strip_conj(norm) if norm not in phrases() else norm
    return n in phrase_heads() or n in ("وفقا", "طبقا", "وفق")


def phrase_attributions(ctx: Ctx, found: list[Found]) -> list[Attribution]:
    out: list[Attribution] = []
    spoken = sorted(((f.cue.start if f.cue else f.start, f.speaker) for f in found if f.speaker is not None),
                    key=lambda pair: pair[0])
    quoted = {f.cue_tok for f in found}
    prev: list[ArgSpan] = []  # speakers whose cue comes before token i; grows with i (read-only below)
    # only tokens where an attributive phrase or a reporting verb may start are visited
    cues = ctx.cues()
    for i in [i for i, n in enumerate(ctx.norms) if cues[i] is not None or _may_phrase(n)]:
        while len(prev) < len(spoken) and spoken[len(prev)][0] < ctx.toks[i].start:
            prev.append(spoken[len(prev)][1])
        relay = None
        got = _phrase_source(ctx, i, quoted)
        from_verb = got is None
        if got is not None:
            a, hedged, kind = got
        else:
            got = _verb_source(ctx, i, quoted, prev)
            if got is None:
                continue
            (a, hedged, relay), kind = got, "src"  # the subject must look like a source
        if a >= len(ctx.toks) or not ctx.same_sentence(i, a):
            continue
        noun = cue_of(ctx.norms[a])
        if noun is not None and noun.kind == "n":
            hedged, a = hedged or noun.hedged, a + 1  # "بحسب مزاعم المعارضة"
        src = _source_at(ctx, a, prev) if a < len(ctx.toks) else None
        if src is None or (kind == "src" and not _looks_like_source(ctx, src, a)):
            continue
        s, e = _region(ctx, i, src.end, verb_phrase=from_verb)
        out.append(Attribution(s, e, src, relay, hedged, "phrase"))
    out.extend(_described(ctx, spoken))
    seen, unique = set(), []
    for att in out:  # "كما يقول ضباط": the phrase and its verb name one source once
        key = (att.start, att.end, att.source.start, att.source.end)
        if key not in seen:
            seen.add(key)
            unique.append(att)
    return unique


def _before(spoken: list[tuple[int, ArgSpan]], pos: int) -> list[ArgSpan]:
    """Speakers of the quotes whose cue comes before `pos` (the antecedents available there)."""
    return [sp for at, sp in spoken if at < pos]


def _described(ctx: Ctx, spoken: list[tuple[int, ArgSpan]]) -> list[Attribution]:
    """"قصف ما وصفه النظام بـ«أوكار الإرهابيين»", "ما يسميه الإسلام المعتدل": the
    description is the describer's claim. After وصف the describer may follow and the
    description starts at بـ; after سمّى the description follows directly."""
    out = []
    for i, n in enumerate(ctx.norms[:-1]):
        verb = ctx.norms[i + 1]
        if n not in ("ما", "بما", "لما", "مما") or verb not in DESCRIBE | NAMING:
            continue
        j = i + 2
        if verb in DESCRIBE:
            while j < len(ctx.toks) and j - i < HEDGE_SPAN_MAX and not ctx.norms[j].startswith("ب") \
                    and not ctx.is_punct(j):
                j += 1
        prev = _before(spoken, ctx.toks[i].start)
        src = speaker_after(ctx, i + 1, j, prev) if j > i + 2 else None
        src = src or main_subject(ctx, i) or (prev[-1] if prev else None)
        if src is None:
            continue
        end = j + 1
        while end < len(ctx.toks) and end - j < HEDGE_SPAN_MAX and ctx.same_sentence(i, end) \
                and ctx.norms[end] not in (",", ".", ";"):
            end += 1
        last = min(end, len(ctx.toks)) - 1
        out.append(Attribution(ctx.toks[i].start, ctx.toks[last].end, src, None, True, "phrase"))
    return out


def quote_attributions(found: list[Found]) -> list[Attribution]:
    return [Attribution(f.start, f.end, f.speaker, f.relay, f.hedged, "quote")
            for f in found if f.speaker is not None]


def attribute(doc, start: int, end: int) -> Attribution | None:
    """Who reports the span [start, end): the innermost attribution region containing its start.

    A quote region wins over a phrase region of the same size; a hedged region nested
    in a larger one wins because it is smaller.
    """
    best = None
    for a in doc.attributions:
        if a.start <= start < a.end:
            key = (a.end - a.start, 0 if a.kind == "quote" else 1)
            if best is None or key < best[0]:
                best = (key, a)
    return best[1] if best else None


__all__ = ["attribute", "phrase_attributions", "quote_attributions"]
