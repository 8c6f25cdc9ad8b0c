"""Second pass over found quotes: cut an indirect quote where the next cue starts,
split a trailing quotation off an indirect quote, and pick up quotations whose cue
comes after them ("«…»، قال فلان") or that continue the previous speaker.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from rasd.model.span import ArgSpan, Span
from rasd.stages.quotes_after import speaker_after
from rasd.stages.quotes_clauses import relative_before
from rasd.stages.quotes_ctx import Ctx
from rasd.stages.quotes_find import (MIN_DIRECT_WORDS, Found, direct_content, trim,
                                     words_in)
from rasd.stages.quotes_lex import ACCORDING, but_clause, cue_of, phrase_heads, strip_conj, verbs, word_is
from rasd.stages.quotes_near import nearest_name
from rasd.stages.quotes_subject import main_subject

SPLIT_MIN_WORDS = 8   # a quotation this long at the end of an indirect quote is its own quote
LEAD_TOKENS = 3       # 'إن المقاومة "طهرت …"': a quotation this close to the start is the quote
COMMA_BACK = 3


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    """"…، بحسب ترجيحه", "…، وفق ما نقلته عنه الوكالة": the first words of the attributive
    phrases (quotes_phrases.tsv) name the narrator's source after a comma; not كما ("، كما
    أن": also), على (of "على حد قول": too common) nor استنادا ("، استناداً إلى الغضب": based on,
    inside the speech)."""
    return phrase_heads() - {"كما", "علي", "استنادا"}


def _comma_participles(ctx: Ctx) -> set[int]:
    """"…، لافتاً إلى اهتمام …": a participle after a comma starts a new statement; a source
    tail after a comma ("، بحسب ترجيحه") is the narrator's, outside the statement."""
    out = set()
    for k, cue in enumerate(ctx.cues()):
        if k and ctx.norms[k - 1] in (",", ";") and (
                (cue is not None and cue.kind == "p") or strip_conj(ctx.norms[k]) in _tails()):
            out.add(ctx.toks[k].start)
        elif _own_words_tail(ctx, k) or _as_reported_tail(ctx, k):
            out.add(ctx.toks[k].start)
    return out


_AS_REACH = 12  # tokens after "كما + verb" searched for the verb's own complement


def _as_reported_tail(ctx: Ctx, k: int) -> bool:
    """"…، كما أوردت وكالة الأنباء البحرينية.": after a comma, كما + a reporting verb with no
    complement of its own before the sentence ends names the narrator's source, like "،
    حسبما أوردت" (audit U56); "، كما أكد أن …" opens a statement of its own and "، كما أن"
    (also) is no verb."""
    if not (0 < k < len(ctx.norms) - 1 and ctx.norms[k - 1] in (",", ";") and strip_conj(ctx.norms[k]) == "كما"):
        return False
    cue = cue_of(ctx.norms[k + 1])
    if cue is None or cue.kind != "v":
        return False
    for j in range(k + 2, min(len(ctx.norms), k + 2 + _AS_REACH)):
        if not ctx.same_sentence(k, j) or ctx.norms[j] in (".", "!", "?"):
            return True
        if word_is(ctx.norms[j], "comp") or ctx.norms[j] in (":", ",") or ctx.toks[j].start in ctx.opener_at:
            return False
    return False


# "وفق قوله", "حسب تعبيرها": the speaker's own words named with a pronoun (normalised)
_OWN_WORDS = frozenset({"قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم", "وصفه", "وصفها", "وصفهم",
                        "رايه", "رايها", "تقديره", "تقديرها", "ترجيحه", "ترجيحها"})


def _own_words_tail(ctx: Ctx, k: int) -> bool:
    """"… إلا بعد 5 سنوات وفق قوله.": with no comma before it, "according to his words" closing
    the sentence is still the narrator's tail (audit U52); not inside the sentence."""
    if k + 1 >= len(ctx.norms) or strip_conj(ctx.norms[k]) not in ACCORDING \
            or ctx.norms[k + 1] not in _OWN_WORDS:
        return False
    return k + 2 >= len(ctx.norms) or not ctx.same_sentence(k + 1, k + 2) or ctx.norms[k + 2] in (".", "!", "?")


def _new_statement(ctx: Ctx, cue_start: int) -> bool:
    """A cue inside an indirect quote starts a new statement ("، مشيراً", "وأكد", "فيما اعتبرت")
    unless it is reported speech nested in the content ("أن داعش أبلغ السكان أن …")."""
    k = ctx.token_index_at(cue_start)
    if _own_words_tail(ctx, k):
        return True  # "… وفق قوله.": the narrator's tail
    if (r := relative_before(ctx, k)) > 0 and not ctx.is_punct(r - 1):
        # "أقل من التقديرات التي كانت تقول إن …": speech inside a relative clause of the content
        # (after a comma, "السجون، التي قال إنها", the narrator's aside starts a new statement)
        return False
    tok = ctx.toks[k]
    if tok.segments and tok.segments[0].kind == "proclitic" and tok.segments[0].norm in ("و", "ف"):
        return True
    cue = cue_of(ctx.norms[k])
    if cue is not None and cue.kind == "p":
        return True
    return any(ctx.norms[j] in (",", ";") or word_is(ctx.norms[j], "clause") or but_clause(ctx.norms[j])
               for j in range(max(k - COMMA_BACK, 0), k))


def _clause_start(ctx: Ctx, k: int, floor: int) -> int:
    """Where the clause of the cue at token k begins: back over "فيما"/"لكنه" and up to a comma."""
    cut = ctx.toks[k].start
    for back in range(k - 1, max(k - 1 - COMMA_BACK, -1), -1):
        if ctx.toks[back].start <= floor:
            break
        if ctx.norms[back] in (",", ";"):
            return ctx.toks[back].start
        if word_is(ctx.norms[back], "clause") or but_clause(ctx.norms[back]):
            cut = ctx.toks[back].start
    return cut


def cut_at_next_cue(ctx: Ctx, found: list[Found]) -> None:
    """"…، مشيراً إلى أن": an indirect quote ends where the next quote's cue begins."""
    cues = sorted({f.cue.start for f in found if f.cue is not None} | _comma_participles(ctx))
    for f in found:
        if f.kind != "indirect":
            continue
        nxt = None
        for at in range(bisect.bisect_right(cues, f.start), len(cues)):  # cues is sorted
            if cues[at] >= f.end:
                break
            if _new_statement(ctx, cues[at]):
                nxt = cues[at]
                break
        if nxt is None:
            continue
        f.start, f.end = trim(ctx.text, f.start, _clause_start(ctx, ctx.token_index_at(nxt), f.start))


def _opens_statement(ctx: Ctx, start: int) -> bool:
    """Quoted words that begin a statement of their own: "«وأرى أنه …»", "«نحن …»"."""
    k = ctx.token_index_at(start)
    if k >= len(ctx.toks):
        return False
    n = ctx.norms[k]
    # "وأرى", "ونحن", "ويمر": a conjunction + imperfect verb or pronoun; not "والقبض", "وسائل"
    return word_is(n, "firstp") or word_is(n[1:], "firstp") or (
        n[:1] in ("و", "ف") and len(n) > 3 and n[1] in "انيت" and n[1:3] != "ال")


def split_trailing_quotation(ctx: Ctx, found: list[Found]) -> list[Found]:
    """An indirect quote that ends in a long quotation: the quotation is direct speech."""
    out: list[Found] = []
    opens = [q.open for q in ctx.quotations]  # sorted (pair_marks): bisect to those inside f
    for f in found:
        out.append(f)
        if f.kind != "indirect":
            continue
        for q in ctx.quotations[bisect.bisect_left(opens, f.start):bisect.bisect_left(opens, f.end)]:
            if not q.closed:
                continue
            tail = ctx.text[q.close + 1:f.end].strip(" .،,")
            if tail or words_in(ctx.text, q.inner_start, q.inner_end) < SPLIT_MIN_WORDS:
                continue
            s, e = direct_content(ctx, q)
            lead = ctx.token_index_at(q.open) - ctx.token_index_at(f.start)
            if lead <= LEAD_TOKENS:
                f.kind, f.start, f.end, f.quotation = "direct", s, e, q
                break
            before = ctx.token_index_at(q.open) - 1
            if word_is(ctx.norms[before], "prep") or ctx.norms[before] in ("و", "ان") \
                    or word_is(ctx.norms[before], "comp") or not _opens_statement(ctx, s):
                continue  # 'والعمل على «التعبئة …»', 'وكانوا "يلقون …"': part of the clause
            f.end = trim(ctx.text, f.start, q.open)[1]
            out.append(Found("direct", None, f.speaker, s, e, f.hedged, f.relay, f.cue_tok, q))
            break
    return out


def _consumed(found: list[Found], pos: int) -> bool:
    return any(f.start - 2 <= pos < f.end + 1 or (f.quotation is not None and f.quotation.open == pos)
               for f in found)


class _Claimed:
    """_consumed over a fixed list of quotes, answered by bisecting their merged stretches."""

    def __init__(self, found: list[Found]):
        self.opens = {f.quotation.open for f in found if f.quotation is not None}
        spans = sorted((f.start - 2, f.end + 1) for f in found)
        merged: list[list[int]] = []
        for s, e in spans:
            if e <= s:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        if pos in self.opens:
            return True
        at = bisect.bisect_right(self.starts, pos) - 1
        return at >= 0 and pos < self.ends[at]


def _starts_sentence(ctx: Ctx, q) -> bool:
    k = ctx.token_index_at(q.open) - 1
    return k < 0 or ctx.norms[k] in (".", "!", "?", ":") or not ctx.same_sentence(k, k + 1)


def _participle_subject(ctx: Ctx, k: int, q) -> ArgSpan | None:
    """A participle after the quotation ("عبر X عن "…"، ذاكراً حادثة مقتل الطالبة مريم") has no
    subject of its own: the words after it are its object, so the speaker is the sentence's
    subject or the latest name before the quotation (news-dev CN-324: the victim مريم spoke)."""
    return main_subject(ctx, k) or nearest_name(ctx, ctx.token_index_at(q.open), same_sentence=True)


_AND_ONLY = re.compile(r"\s*و\s*")


def _joined_to(ctx: Ctx, found: list[Found], q) -> Found | None:
    """The direct quote whose quotation closes right before q with only و between them."""
    for f in found:
        o = f.quotation
        if f.kind == "direct" and f.cue is not None and o is not None and o.closed and o.close < q.open \
                and _AND_ONLY.fullmatch(ctx.text, o.close + 1, q.open):
            return f
    return None


def _conjoined(norm: str) -> bool:
    """A cue with و/ف peeled off ("ويذكر", "وأعلن"): after a quotation it coordinates a new clause
    — the quotation before is a name or a phrase of the sentence, not what was said (audit U60:
    «في "مسجد آيا صوفيا" ويذكر المؤرخون» had been a quote)."""
    return cue_of(norm) is not None and norm not in verbs() and norm[:1] in "وف"


def cue_after(ctx: Ctx, found: list[Found]) -> list[Found]:
    """"«…»، قال فلان" and "«…» بحسب ما قال فلان": the cue follows the quotation."""
    new: list[Found] = []
    claimed = _Claimed(found)
    owners: dict[int, Found] = {}
    for f in found:
        owners.setdefault(f.cue_tok, f)
    for q in ctx.quotations:
        if not q.closed or q.open in claimed or _consumed(new, q.open):
            continue
        if words_in(ctx.text, q.inner_start, q.inner_end) < MIN_DIRECT_WORDS:
            continue
        if (first := _joined_to(ctx, found + new, q)) is not None:
            # 'وأكد على ضرورة "…" و"…"، حسب ما أضافت الوكالة': the second quotation is the same
            # cue's, joined by و — not the cue after it, which only names the source (audit U60)
            s, e = direct_content(ctx, q)
            new.append(Found("direct", first.cue, first.speaker, s, e, first.hedged, first.relay, first.cue_tok, q))
            continue
        k = ctx.token_index_at(q.close + 1)
        while k < len(ctx.toks) and ctx.norms[k] in (",", "-"):
            k += 1
        if k < len(ctx.toks) and strip_conj(ctx.norms[k]) in ("حسبما", "كما"):
            k += 1
        elif k + 1 < len(ctx.toks) and strip_conj(ctx.norms[k]) in ("بحسب", "حسب", "وفق", "وفقا") \
                and ctx.norms[k + 1] in ("ما", "لما"):
            k += 2
        if k >= len(ctx.toks) or not ctx.same_sentence(k, ctx.token_index_at(q.close) - 1):
            continue
        cue = cue_of(ctx.norms[k])
        if cue is None or cue.kind not in "vp":
            continue
        owner = owners.get(k)
        if owner is not None and not _starts_sentence(ctx, q):
            continue  # 'لتقليل مخاطر "تعرض الزوجين…"، قائلة:': a quoted phrase of the clause
        if owner is not None:
            # '«…» مضيفة أن …': the cue has its own complement; the quotation is the same
            # speaker's, with no cue of its own
            s, e = direct_content(ctx, q)
            new.append(Found("direct", None, owner.speaker, s, e, owner.hedged, owner.relay, k, q))
            continue
        if _conjoined(ctx.norms[k]):
            continue  # '"الاعتصام بالكتاب والسنة"، وأعلن مبايعته': و opens a new clause, not the quotation's source
        limit = k + 1
        while limit < len(ctx.toks) and limit - k < 10 and not ctx.is_punct(limit) \
                and ctx.same_sentence(k, limit):
            limit += 1
        prev = [f.speaker for f in found + new if f.speaker is not None and f.start < q.open]
        speaker = (_participle_subject(ctx, k, q) if cue.kind == "p" else speaker_after(ctx, k, limit, prev)) \
            or (prev[-1] if prev else None)
        s, e = direct_content(ctx, q)
        tok = ctx.toks[k]
        new.append(Found("direct", Span(tok.start, tok.end, tok.text), speaker, s, e, cue.hedged,
                         None, k, q))
    return new


# Where and when the speaker spoke, told by the narrator after the statement: "… خلال مؤتمر
# صحفي", "… في كلمته أمام …", "… أثناء زيارة لم يعلن عنها" (gold-dev ends the statement there).
# Other settings ("خلال اجتماع", "خلال زيارة") are as often part of what was said.
# the speaker's own speech, with a possessive: "في كلمته", "خلال تصريحاتها"
_OWN_SPEECH = frozenset(n + p for n in ("كلمت", "خطاب", "تصريح", "تصريحات", "مقابلت", "حديث")
                        for p in ("ه", "ها", "هم"))
_SETTING_MIN_WORDS = 3  # statement words before the setting


def _setting_at(ctx: Ctx, k: int) -> bool:
    """Does a narrator's setting of the speech start at token k?"""
    if k + 1 >= len(ctx.norms):
        return False
    head, nxt = strip_conj(ctx.norms[k]), ctx.norms[k + 1].replace("ة", "ه")
    if ctx.norms[k] == "وذلك" and nxt in ("في", "خلال", "اثناء", "لدي"):
        return True  # "…، وذلك في تصريح لـ", "وذلك خلال لقائه": the narrator frames the statement
    if head not in ("في", "خلال", "اثناء"):
        return False
    after = ctx.norms[k + 2] if k + 2 < len(ctx.norms) else ""
    if nxt in ("مؤتمر", "المؤتمر") and after.startswith(("صحفي", "صحافي")):
        return True
    if nxt in _OWN_SPEECH:
        return True
    return head == "اثناء" and nxt in ("زياره", "زيارته", "زيارتها")


def cut_at_setting(ctx: Ctx, found: list[Found]) -> None:
    """An indirect statement ends before the narrator's setting of it, unless more reported
    speech follows it (a complementiser after the setting: "خلال لقائه أكد أن")."""
    for f in found:
        if f.kind != "indirect":
            continue
        a, b = ctx.token_index_at(f.start), ctx.token_index_at(f.end)
        for k in range(a + _SETTING_MIN_WORDS, b):
            if not _setting_at(ctx, k):
                continue
            if any(word_is(ctx.norms[j], "comp") for j in range(k, b)):
                break
            f.start, f.end = trim(ctx.text, f.start, ctx.toks[k].start)
            break


def _quoted_name(ctx: Ctx, f: Found) -> bool:
    """Quotation marks around a person's or body's name alone ('بحسب ما أفاد "المرصد السوري
    لحقوق الإنسان".', 'وقال "ولد الشيخ أحمد":') mark the name, not words spoken (audit U37
    FR-681: a direct quote whose content was the Observatory's name). Kept while the speaker is
    an unnamed title ('كشف المبعوث الدولي إلى اليمن "إسماعيل ولد الشيخ أحمد"؛'): there the
    name is the speaker's own, and later stages read the span."""
    if f.speaker is not None and f.speaker.entity is None:
        return False
    return f.kind == "direct" and any(
        (m.start, m.end) == (f.start, f.end) for e in ctx.doc.entities if e.label in ("PER", "ORG") for m in e.mentions)


def finish(ctx: Ctx, found: list[Found]) -> list[Found]:
    cut_at_next_cue(ctx, found)
    cut_at_setting(ctx, found)
    found = split_trailing_quotation(ctx, found)
    found = found + cue_after(ctx, found)
    found = [f for f in found if f.end > f.start and not _quoted_name(ctx, f)]
    found.sort(key=lambda f: f.start)
    out: list[Found] = []
    for f in found:  # two cues claiming one stretch: keep the first
        if out and f.start < out[-1].end and (
                (f.quotation is not None and f.quotation is out[-1].quotation)
                or (f.start, f.end) == (out[-1].start, out[-1].end)):
            continue
        out.append(f)
    return out
