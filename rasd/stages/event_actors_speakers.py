"""Speakers and dropped subjects of an event: the reporting or quoted speaker, the subject of
"كان/كانت", the first-person speaker, protest crowds, dash asides, and the state named at a
token (state_at).
"""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_actors_clause import verb_like
from rasd.stages.event_actors_named import POLITICAL_HEADS, POLITICAL_TITLES, political_mention, state_at
from rasd.stages.event_args import RELATIVES, mentions_in
from rasd.stages.event_candidates import COMMAS, PLAIN_THAT, Candidate, is_passive, word_forms
from rasd.stages.event_detect import Trigger, candidates, key
from rasd.stages.event_filters import PHYSICAL
from rasd.stages.event_source import pick_source


# protester nouns in the construct state (key forms): "متظاهري اليسار", "محتجي الحزب"
_CROWD_HEADS = frozenset(key(w) for w in ("متظاهري", "محتجي", "معتصمي", "مضربي", "ومتظاهري", "ومحتجي"))


def crowd_of(doc: Document, tokens: Sequence, trig: Trigger) -> Candidate | None:
    """A protester noun in the construct state that is the trigger, with its definite genitive
    ("متظاهري اليسار", "محتجي الحزب الشيوعي"): those protesters, the protest's actor (no code:
    the side is named, not a state role); None otherwise."""
    k = trig.last + 1
    if trig.first != trig.last or key(tokens[trig.first].norm) not in _CROWD_HEADS or k >= len(tokens) \
            or not tokens[k].norm.startswith("ال"):
        return None
    end = tokens[k].end
    if k + 1 < len(tokens) and tokens[k + 1].norm.startswith("ال") and tokens[k + 1].norm.endswith(("ي", "يه")):
        end = tokens[k + 1].end  # an adjective of the side: "اليسار المتطرف"
    start = tokens[trig.first].without_proclitics()[0]
    return Candidate(ArgSpan(start, end, doc.text[start:end], None, None), False, "CVL")


_CASE_NOUNS = frozenset({"ملف", "ملفات", "قضيه", "قضايا"})


def case_of(tokens: Sequence, trig: Trigger) -> bool:
    """A physical act named right after "ملف/قضية" (the case of): it is a file before a court
    or a party, whose doer the proceedings do not name ("في قضية اغتيال بلعيد")."""
    return trig.first > 0 and bool(set(candidates(tokens[trig.first - 1].norm)) & _CASE_NOUNS)


def reporting_speaker(doc: Document, tokens: Sequence, trig: Trigger, actor: Candidate,
                      everywhere: list[Candidate]) -> Candidate | None:
    """The one who speaks the sentence, when the actor stands inside his reported clause (after
    the first "إن/أن", "وقال X إن الحكومة العراقية فشلت، متهما") and he stands before it; else None."""
    that = next((t for t in tokens if t.start < actor.span.start and t.norm in PLAIN_THAT), None)
    if that is None:
        return None
    src, _hedged = pick_source(doc, trig.start, trig.end, phrases=False)
    if src is None or src.end > that.start:
        return None
    return _source_candidate(doc, src, everywhere)[0]


def closed_statement_speaker(doc: Document, tokens: Sequence, trig: Trigger,
                             everywhere: list[Candidate]) -> Candidate | None:
    """The speaker of a statement of this sentence that closes right before the participle's
    comma ("قال قائد الحرس، العميد X، إن …، مشيدا بـ", "وقال: «…»، متهما"): the quote ends
    there, so no attribution covers the participle, yet it goes on with the one who speaks —
    not with a name of his title or of what he said."""
    said = [q for q in doc.quotes if q.speaker is not None and tokens[0].start < q.content.end <= trig.start
            and q.speaker.end <= q.content.start and not doc.text[q.content.end:trig.start].strip(_CLOSERS)
            and (tokens[0].start <= q.speaker.start or _bare_cue(tokens, q.content.start))]
    if not said:
        return None
    speaker = _source_candidate(doc, said[-1].speaker, everywhere)[0]
    return speaker if speaker.span.code else _coded_by_title(doc, speaker, everywhere)


def _coded_by_title(doc: Document, speaker: Candidate, everywhere: list[Candidate]) -> Candidate:
    """An uncoded speaker set off after the body his title names, with at most his rank between
    ("نائب قائد القوات البرية في الحرس الثوري الإيراني، العميد X"), speaks for that body: its code."""
    for c in everywhere:
        between = doc.text[c.span.end:speaker.span.start]
        if c.institutional and c.span.code and c.span.end <= speaker.span.start \
                and between.lstrip().startswith(("،", ",")) and len(between.strip(" ،,").split()) <= 1:
            s = speaker.span
            return Candidate(ArgSpan(s.start, s.end, s.text, s.entity, c.span.code), True, speaker.role)
    return speaker


def _bare_cue(tokens: Sequence, start: int) -> bool:
    """"وقال: «…»", "وأضاف أن …": the sentence opens with its reporting verb alone, so the
    speaker named in an earlier sentence goes on (one that names its own subject does not)."""
    return sum(1 for t in tokens if t.end <= start and t.norm[:1].isalpha()) <= 2


_CLOSERS = " \n\t،,\"«»“”'"


def _source_candidate(doc: Document, src, everywhere: list[Candidate]) -> tuple[Candidate, bool]:
    """The statement's source as a candidate: the one already found at its words or entity
    (True), else one built from its span with its entity's actor code (False)."""
    same = next((c for c in everywhere if c.span.start == src.start
                 or (src.entity is not None and c.span.entity == src.entity)), None)
    if same is not None:
        return same, True
    ent = next((e for e in doc.entities if e.id == src.entity), None)
    code = ent.actor.code if ent is not None and ent.actor is not None else None
    return Candidate(ArgSpan(src.start, src.end, src.text, src.entity, code), True), False


_KANA = frozenset({"كان", "كانت"})
_QAD = frozenset({"قد", "وقد", "لقد"})
# tokens from كان back to its verb: a relative aside with quote marks runs past 20
# ("وكانت واشنطن، التي انتقدت نظاما "فاسدا" … ووصفت مادورو بالـ"ديكتاتور"، قد فرضت")
_KANA_REACH = 30


def kana_subject(doc: Document, tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> Candidate | None:
    """"وكانت الولايات المتحدة قد اتهمت النظام السوري", "وكان ترامب، الذي سعى …، انتقد بوتين":
    the subject put right after كان/كانت is the subject of the verb that completes it, the name
    after that verb its object. Only for that verb: nothing but قد, names joined by و and asides
    between commas may stand between ("وكانت واشنطن قد أعلنت … بعدما رفضت" is another clause).
    An act noun counts from the verb of imposing or waging right before it ("وكانت واشنطن، التي
    وصفت مادورو بالديكتاتور، قد فرضت عقوبات": the name in the relative aside is its object)."""
    if verb_like(tokens, trig):
        v = trig.first
    elif trig.first > 0 and _governing(tokens[trig.first - 1].norm):
        v = trig.first - 1
    else:
        return None
    k = next((i for i in range(v - 1, max(-1, v - _KANA_REACH), -1)
              if tokens[i].norm.lstrip("وف") in _KANA), None)
    if k is None or k + 1 >= v:
        return None
    head = tokens[k + 1]
    got = next((c for c in everywhere if head.start <= c.span.start < head.end and not is_passive(c)), None) \
        or state_at(doc, head, tokens[trig.first].start)
    if got is None:
        return None
    if got.span.entity is None:  # "وكان وزير الدفاع الإسرائيلي أفيغدور ليبرمان هدد": the name
        named = next((c for c in everywhere if got.span.end <= c.span.start < tokens[trig.first].start
                      and c.span.entity is not None), None)
        if named is not None and not any(got.span.end <= t.start and t.end <= named.span.start
                                         and t.norm in COMMAS for t in tokens):
            got = named
    rest = [t for t in tokens[k + 1:v] if t.start >= got.span.end]
    if not _only_asides(rest):
        return None
    # (an uncoded person would cost a verbal act its institutional actor, and so the event)
    return got if got.institutional or trig.type in PHYSICAL else None


# verbs whose object is the act noun after them (past tense, no pronoun): فرضت عقوبات، شنت غارات
_GOVERNING = ("فرض", "شن", "نفذ", "وجه", "اطلق", "جدد", "مدد")


def _governing(norm: str) -> bool:
    # (any reading: "فرضت" also reads as ف + "رضت")
    return not norm.startswith("ال") and not norm.endswith(("ها", "ه", "هم")) \
        and any(c.startswith(_GOVERNING) for c in candidates(norm))


def kana_partners(doc: Document, tokens: Sequence, trig: Trigger, kana: Candidate) -> list[Candidate]:
    """The states joined by و right after the subject of كان, before the verb ("وكانت الولايات
    المتحدة وفرنسا وبريطانيا شنت ضربات"): doers with it, each coded as its government."""
    out, j = [], next((i for i, t in enumerate(tokens) if t.start >= kana.span.end), len(tokens))
    while j < trig.first and tokens[j].norm.startswith("و"):
        got = state_at(doc, tokens[j], tokens[min(trig.first, j + 2)].end)
        if got is None:
            break
        out.append(got)
        j = next((i for i in range(j + 1, len(tokens)) if tokens[i].start >= got.span.end), len(tokens))
    return out


def echo(tokens: Sequence, trig: Trigger) -> bool:
    """A definite verbal noun ("اللقاء", "الاجتماع"): the act its sentence has told already."""
    return trig.first == trig.last and tokens[trig.first].norm.startswith("ال")


def kana_topic(tokens: Sequence, earlier: list[Candidate]) -> Candidate | None:
    """The institutional subject of a كان that opens the sentence ("وكان الوزير عادل الجبير")."""
    if len(tokens) < 2 or tokens[0].norm.lstrip("وف") not in _KANA:
        return None
    head = next((c for c in earlier if tokens[1].start <= c.span.start < tokens[1].end), None)
    if head is not None and head.span.entity is None:  # the title's name after it
        head = next((c for c in earlier if c.span.start >= head.span.end and c.span.entity is not None
                     and not any(head.span.end <= t.start and t.end <= c.span.start and t.norm in COMMAS
                                 for t in tokens)), head)
    return head if head is not None and head.institutional else None


_DASHES = (" - ", " – ", " — ")


def in_dash_aside(doc: Document, tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"أن غولد - وهو مستشار قديم لنتنياهو - عقد اجتماعا": a name inside an aside between
    dashes that opens with و or a relative pronoun describes someone; it does not do the act
    outside it."""
    lo, hi = tokens[0].start, tokens[-1].end
    left = max(doc.text.rfind(d, lo, c.span.start) for d in _DASHES)
    if left < 0:
        return False
    right = min((p for p in (doc.text.find(d, c.span.end, hi) for d in _DASHES) if p >= 0), default=-1)
    if right < 0 or left < trig.start < right:
        return False
    opener = doc.text[left + 3:right].split()[:1]
    return bool(opener) and (opener[0].startswith("و") or key(opener[0]) in RELATIVES)


def across_aside(doc: Document, c: Candidate, trig: Trigger) -> bool:
    """"غولد - وهو مستشار قديم لنتنياهو - عقد اجتماعا": only a dash aside, and a word at most,
    stands between the name and the act."""
    gap = doc.text[c.span.end:trig.start]
    opened = next((d for d in _DASHES if gap.startswith(d)), None)
    if opened is None:
        return False
    close = max(gap.rfind(d, len(opened)) for d in _DASHES)
    return close > 0 and len(gap[close + 3:].split()) <= 1


_GOD = frozenset({key("الله"), key("لله")})


# verbs in the first person plural (key forms): the statement's own voice
_WE_VERBS = frozenset(key(w) for w in (
    "ندعو", "ندين", "نطالب", "نحث", "نرفض", "نتهم", "نستنكر", "نشجب", "ندعم", "نؤيد", "نرحب",
    "نحمل", "نناشد", "نطلب", "ننتقد", "نندد"))


def first_person_speaker(doc: Document, tokens: Sequence, trig: Trigger,
                         everywhere: list[Candidate]) -> Candidate | None:
    """The speaker of a statement whose verb says "we" ("ندعو نظام الأسد …", "نطالب السلطات
    الإسرائيلية بالسماح …"): the one it is attributed to acts; None when none is found."""
    if not _WE_VERBS.intersection(candidates(tokens[trig.first].norm)):
        return None
    if trig.first + 1 < len(tokens) and _GOD.intersection(candidates(tokens[trig.first + 1].norm)):
        return None  # "وندعو الله أن يتقبلهم": a prayer, no one is asked
    src, _hedged = pick_source(doc, trig.start, trig.end, phrases=False)
    if src is None:
        return None
    cand, found = _source_candidate(doc, src, everywhere)
    if found:
        return cand if cand.institutional else None
    code = cand.span.code
    mention = next((m for m in mentions_in(doc, Span(src.start, src.end, src.text))), None)
    head = word_forms(src.text.split()[0])
    political = bool(code) or bool(POLITICAL_HEADS.intersection(head) or POLITICAL_TITLES.intersection(head)) \
        or (mention is not None and mention.label in ("PER", "ORG") and political_mention(doc, mention))
    # (a speaker who may not direct a verbal act leaves the act as it was read)
    return cand if political else None


def _only_asides(words: Sequence) -> bool:
    """قد, up to two names joined by و, and asides between commas: nothing else."""
    inside, joined = False, 0
    for t in words:
        if t.norm in COMMAS:
            inside = not inside
        elif inside or t.norm in _QAD:
            continue
        elif t.norm.startswith("و") and joined < 2:
            joined += 1
        else:
            return False
    return not inside


def named_from(doc: Document, tokens: Sequence, k: int, everywhere: list[Candidate]) -> Candidate | None:
    """The doer named in the two words from token k (after "إلى", "من قبل", "على يد"): a
    candidate that is no victim word, else a country or capital for its government."""
    nxt, end = tokens[k], tokens[min(len(tokens) - 1, k + 2)].end
    named = next((c for c in everywhere if nxt.start <= c.span.start < end and not is_passive(c)), None)
    return named or state_at(doc, nxt, end)
