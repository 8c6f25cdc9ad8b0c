"""Who a title, role or owner word after a cue refers back to: the person named earlier
with that title ("الوزير" → the minister), told apart by nisba, portfolio and head; the
organisation a bare head names ("الوكالة" → "وكالة الأنباء …"); the owner of "بيان لـX".
"""
from __future__ import annotations

import bisect

from rasd.model.span import ArgSpan
from rasd.stages.numbers import parse_number
from rasd.stages.quotes_ctx import Ctx, nominal, span_arg
from rasd.stages.quotes_lex import cue_of, is_word, strip_conj
from rasd.stages.quotes_near import named_after_type, nearest_name
from rasd.text.normalize import norm_key


def antecedent_org(ctx: Ctx, head: str, before: int, prev: list[ArgSpan]) -> ArgSpan | None:
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


def previous_speaker(prev: list[ArgSpan], *, prefer_entity: bool = False) -> ArgSpan | None:
    if prefer_entity:
        for sp in reversed(prev):
            if sp.entity:
                return sp
    return prev[-1] if prev else None


def titled_before(ctx: Ctx, i: int, title: str) -> ArgSpan | None:
    """"وأكد الرئيس اليمني" → the latest person named with the same title ("الرئيس هادي")."""
    at = ctx.titled_index().get(title, ())
    pos = bisect.bisect_left(at, i)
    return ctx.mention_arg(ctx.mention_of[at[pos - 1]]) if pos > 0 else None


def person_antecedent(ctx: Ctx, i: int, prev: list[ArgSpan], title: str = "",
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
            found = titled_before(ctx, i, key)
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


def head_antecedent(ctx: Ctx, head: str, i: int) -> ArgSpan | None:
    """"الوزارة" → the latest "وزارة …" phrase before token i (a generic institution).

    Looks up the tokens whose bare form is the head in a per-document index (built
    once) instead of scanning back over every earlier token: linear in the article."""
    bare = head[2:] if head.startswith("ال") else head
    at = ctx.bare_index().get(bare, ())
    for pos in range(bisect.bisect_left(at, i) - 1, -1, -1):
        if _counted(ctx, at[pos]):
            continue
        k = named_after_type(ctx, at[pos], len(ctx.toks))
        if k > at[pos] and ctx.mention_of[k] is not None:
            return ctx.mention_arg(ctx.mention_of[k])  # 'منظمة "هيومن رايتس ووتش"' → the name
        rng = nominal(ctx, at[pos], len(ctx.toks))
        if rng is not None:
            return span_arg(ctx, *rng)
    return None


def _counted(ctx: Ctx, k: int) -> bool:
    """"انضمت إلى أكثر من 50 منظمة دولية": a counted head is many institutions, none of
    which "المنظمة" goes back to (audit U56: the speaker was "منظمة دولية واتفاقية")."""
    if k == 0:
        return False
    w = ctx.norms[k - 1]
    return w.isdigit() or (w not in _NOT_COUNTS and parse_number(w) is not None)


_NOT_COUNTS = frozenset({"واحد", "واحدة", "اول", "احد", "احدى"})  # (normalised)


def owned_by_lam(ctx: Ctx, o: int) -> bool:
    """"بيان للجيش", "بيان لخفر السواحل": the word after the statement is its owner, joined by ل."""
    n = ctx.norms[o]
    return n.startswith("ل") and len(n) > 3 and not ctx.is_punct(o) and not is_word(n, "prep") \
        and not is_word(n, "nosubj") and cue_of(n) is None and n not in _TO_PRESS


def lam_owner(ctx: Ctx, o: int, i: int, limit: int, prev: list[ArgSpan]) -> ArgSpan | None:
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
    found = [c for c in (antecedent_org(ctx, head, ctx.toks[i].start, prev), head_antecedent(ctx, head, o),
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
