"""Finding quotes: a reporting verb, its subject, and its complement.

A cue opens a quote when, within the same sentence and before any other cue,
it reaches a complementiser (أن/إن/بأن…), a colon, or a quotation mark that
opens a real quotation. "أعلن + noun" reaches none of them and is not a quote.

This module runs the search (cue_quotes); its parts live in quotes_refuse (cues that say
nothing), quotes_complement (what a cue reaches), quotes_speaker (who speaks) and
quotes_content (the content, and `Found`).
"""
from __future__ import annotations

import bisect

from rasd.model.span import Span
from rasd.stages.quotes_clauses import relative_before
from rasd.stages.quotes_complement import books_noun, find_complement, masdar_after_passive, own_name_next
from rasd.stages.quotes_content import MIN_DIRECT_WORDS, Found, content_after, direct_content, runaway, trim, words_in
from rasd.stages.quotes_ctx import Ctx
from rasd.stages.quotes_refuse import (NARROW_CONTINUING, NARROW_MENTIONING, after_attributive, bare_saying, banner_noun,
                                       belief_without_clause, concluded_not_speech, fact_confirms, impersonal, legal_text,
                                       memo_noun, narrow_present_refused, nested_cue, not_said, noun_after_preposition,
                                       passive_described, predicate_participle, written_on)
from rasd.stages.quotes_speaker import cue_speaker, relay_end

# names other modules import from here (re-exported from quotes_content, quotes_complement,
# quotes_refuse, quotes_speaker)
__all__ = ["MIN_DIRECT_WORDS", "NARROW_CONTINUING", "NARROW_MENTIONING", "Found", "cue_quotes", "direct_content",
           "find_complement", "relay_end", "trim", "words_in"]


def _nested_in(ctx: Ctx, found: list[Found], i: int, pos: int) -> bool:
    """The cue at token i (text position pos) opens a relative clause inside the content of
    the last quote found ("كشفت أن الحادث خلف 4 قتلى، بينهم السائق الذي قالت الشرطة إنه …"): a
    claim reported within another speaker's words, whose speaker a later "وتابعت" does not continue. (A cue
    after a comma or a clause word there is a statement of its own: contents are not yet cut
    at the next cue here, so containment alone would drop real speakers.)"""
    if not found or relative_before(ctx, i) < 0:
        return False
    return found[-1].start <= pos < found[-1].end


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint union of sorted half-open spans (empty ones dropped), for bisecting."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def cue_quotes(ctx: Ctx) -> list[Found]:
    found: list[Found] = []
    inside = _union(sorted((q.inner_start, q.inner_end) for q in ctx.quotations
                           if q.closed and not runaway(ctx, q)))
    inside_starts = [s for s, _ in inside]
    for i, cue in [(i, c) for i, c in enumerate(ctx.cues()) if c is not None]:
        if cue.kind == "j" and (i + 1 >= len(ctx.norms) or ctx.norms[i + 1] != "في"):
            continue
        pos = ctx.toks[i].start
        at = bisect.bisect_right(inside_starts, pos) - 1
        if (at >= 0 and pos < inside[at][1]) or after_attributive(ctx, i) or own_name_next(ctx, i) \
                or not_said(ctx, i) or predicate_participle(ctx, i, cue) or impersonal(ctx, i) or bare_saying(ctx, i) or written_on(ctx, i, cue) \
                or passive_described(ctx, i, cue) \
                or memo_noun(ctx, i, cue) or banner_noun(ctx, i, cue) or noun_after_preposition(ctx, i, cue) or fact_confirms(ctx, i) \
                or books_noun(ctx, i) or masdar_after_passive(ctx, i) or concluded_not_speech(ctx, i, cue) \
                or legal_text(ctx, i, cue):
            continue
        if nested_cue(ctx, i, cue, found):
            continue
        comp = find_complement(ctx, i, cue)
        if comp is None:
            continue
        what, j = comp
        if belief_without_clause(ctx, i, cue, what, j) or narrow_present_refused(ctx, i, what, j):
            continue
        speaker, relay = cue_speaker(ctx, i, cue, j, found)
        cue_span = Span(ctx.toks[i].start, ctx.toks[i].end, ctx.toks[i].text)
        got = content_after(ctx, what, j)
        if got is None:
            continue
        kind, s, e, q = got
        found.append(Found(kind, cue_span, speaker, s, e, cue.hedged, relay, i, q, _nested_in(ctx, found, i, pos)))
    return found
