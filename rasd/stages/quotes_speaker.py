"""Who speaks a quote found at a cue, and who relays it: the subject after the cue, the
speaker a participle or a subject-less و-cue continues, the source after نقل عن, the one
words are ascribed to after نسب."""
from __future__ import annotations

import re

from rasd.lang.words import PRONOUN_SUFFIXES
from rasd.model.span import ArgSpan
from rasd.stages.quotes_after import speaker_after
from rasd.stages.quotes_before import (according_before, agreeing_opening_subject, agreement, plural_before, plural_svo_subject,
                                       speaker_before, statement_before, topic_subject)
from rasd.stages.quotes_clauses import cue_inside
from rasd.stages.quotes_content import Found
from rasd.stages.quotes_ctx import Ctx, nominal, span_arg
from rasd.stages.quotes_lex import AS_BEING, RENEWING, Cue, cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_near import nearest_name
from rasd.stages.quotes_plural import plural_opening_subject
from rasd.stages.quotes_subject import (clause_subject, elaborated_subject, main_subject, opening_subject, opening_verb,
                                        previous_person_subject, titled_opening)
from rasd.text.normalize import norm_key

# between a direct quote's content and a participle that continues it: the closing mark, a comma
_JUST_CLOSED = re.compile(r'[\s"»”،,]*')


def _closed_right_before(ctx: Ctx, found: list[Found], i: int) -> bool:
    """The last quote is a direct one whose closing mark stands right before token i ('…"،
    مشيراً'): a stop inside the quotation may have split the sentence, the speech goes on."""
    last = found[-1] if found else None
    return (last is not None and last.kind == "direct" and last.speaker is not None and not last.nested
            and last.end <= ctx.toks[i].start and _JUST_CLOSED.fullmatch(ctx.text, last.end, ctx.toks[i].start)
            is not None)


def _participle_speaker(ctx: Ctx, i: int, found: list[Found], prev: list[ArgSpan]) -> ArgSpan | None:
    """A participle has no subject of its own: "…، مشيراً إلى أن" continues the quote just
    before in the sentence (or right after its closing mark); otherwise the sentence's subject
    ("وأعلنت طالبان … قائلة إنها")."""
    if found and prev and found[-1].cue_tok >= 0 and ctx.same_sentence(found[-1].cue_tok, i):
        if (relay := _relay_of_other_gender(ctx, i, found[-1])) is not None:
            return relay
        if (agreeing := _agreeing_before(ctx, i, found)) is not None:
            return agreeing
        return prev[-1]
    if _closed_right_before(ctx, found, i):
        return found[-1].speaker
    if (opening := titled_opening(ctx, i)) is not None and (sp := speaker_after(ctx, *opening, prev)) is not None:
        return sp  # the titled subject (or its holder named before), not a name in the object
    return main_subject(ctx, i) or (prev[-1] if prev else None) or nearest_name(ctx, i, same_sentence=False)


def _agreeing_before(ctx: Ctx, i: int, found: list[Found]) -> ArgSpan | None:
    """"وأضافت المصادر أن … شكوى تقدمت بها امرأة قالت إنها تعرضت للتحرش، مشيرا إلى أن": a
    masculine participle after a feminine cue of its sentence goes on with the latest quote
    before it whose cue is not feminine (U60: the woman was not the one "pointing out")."""
    if agreement(ctx.norms[i]) != "m" or agreement(ctx.norms[found[-1].cue_tok]) != "f":
        return None
    for f in reversed(found[:-1]):
        if f.cue_tok < 0 or not ctx.same_sentence(f.cue_tok, i) or f.speaker is None or f.nested:
            continue
        if agreement(ctx.norms[f.cue_tok]) == "m":
            return f.speaker
    return None


# "قوله/قولهم": the relayed speaker is masculine (normalised)
_HIS_SAYING = frozenset({"قوله", "قولهم", "قولهما"})


def _relay_of_other_gender(ctx: Ctx, i: int, last: Found) -> ArgSpan | None:
    """"ونقلت صحيفة تلغراف عن شهود قولهم إن …، مشيرة إلى أنه": a feminine participle after a
    relayed quote whose speaker is masculine ("قوله/قولهم") goes on with the one relaying, when
    that one is named (U54)."""
    if last.relay is None or last.relay.entity is None or not ctx.norms[i].endswith("ة"):
        return None
    k = last.cue_tok + 1
    while k < i and ctx.toks[k].start < last.start:
        if ctx.norms[k] in _HIS_SAYING:
            return last.relay
        k += 1
    return None


def relay_end(ctx: Ctx, a: int, limit: int) -> int:
    """After نقل, the token that hands over to the original speaker: "عن" ("نقلت رويترز عن
    مصدر"), or the لسان of "على/عن لسان" ("نقلت الوكالة على لسان الناطق قوله"); -1 if none."""
    for k in range(a, min(limit, len(ctx.norms))):
        n = ctx.norms[k]
        if n == "عن" and not (k + 1 < len(ctx.norms) and ctx.norms[k + 1] == "لسان"):
            return k
        if n == "لسان" and k > a and ctx.norms[k - 1] in ("علي", "عن"):
            return k
    return -1


_REFLEXIVE = frozenset({"نفسه", "نفسها", "نفسهم", "انفسهم", "نفسي", "انفسنا"})  # (normalised)


def _described_object(ctx: Ctx, cue: Cue, sp: ArgSpan, limit: int) -> bool:
    """After وصف, a lone definite or possessed noun that is no name, right before بأنه/بأنها, is the thing
    described (audit U37 SK-148 «ووصف المعركة بأنها "كر وفر"»: the speaker is the one before,
    not المعركة). Not a name or a source noun («ووصف المسؤول بأنه …» keeps المسؤول)."""
    if cue.lemma != "وصف" or sp.entity is not None or limit >= len(ctx.norms) or ctx.norms[limit] not in AS_BEING \
            or limit < 1 or ctx.toks[limit - 1].end != sp.end:
        return False  # (right before بأنه: "ووصف الأطباء حالة المرأة بأنها" keeps الأطباء)
    words = norm_key(sp.text).split()
    # a noun with a possessive pronoun is as definite («ووصفوا زيارته بأنها "فاشلة"», U54)
    owned = sp.text.endswith(_POSSESSIVE) and not sp.text.endswith("ة")
    return len(words) == 1 and (words[0].startswith("ال") or owned) and not any(
        word_is(words[0], c) for c in ("source", "title", "desc", "named"))


def _accusative_plural(ctx: Ctx, i: int, sp: ArgSpan) -> bool:
    """The subject found opens, right after a verb cue, with a definite sound plural in ـين
    ("وحذر المشرعين الأميركيين من أن", "وأبلغ المسؤولين أن"): a subject would be nominative
    (ـون), so this is the cue's object — whom it was told (audit U60: the lawmakers warned
    were given the warning). Not after a noun cue, whose genitive it is ("ادعاءات الناشطين بأن")."""
    k = ctx.token_index_at(sp.start)
    n = ctx.norms[k] if k < len(ctx.norms) else ""
    return (k == i + 1 and ctx.toks[k].start == sp.start and ctx.mention_of[k] is None
            and n.startswith("ال") and n.endswith("ين") and len(n) >= 7)


_POSSESSIVE = PRONOUN_SUFFIXES + ("هن",)  # (as written: ة is no pronoun)
# a noun for the words said, owned by a pronoun ("كلمتها المشهورة", "عبارته الشهيرة"): what a
# speech verb says, its object — the owner is the speaker, named before (audit U64 00611)
_SAID_NOUNS = ("كلمت", "كلمات", "عبارت", "عبارات", "مقولت", "جملت")


def _words_said(sp: ArgSpan) -> bool:
    first = strip_conj(norm_key(sp.text).split()[0]) if sp.text.strip() else ""
    return any(first == n + p for n in _SAID_NOUNS for p in _POSSESSIVE)


_WHEN_WORDS = frozenset({"عند", "بعد", "قبل", "خلال", "لدى", "لدي", "اثناء", "منذ", "حين", "عقب", "فور"})


def _when_word(n: str) -> bool:
    return n in _WHEN_WORDS or (n[:1] in "وف" and n[1:] in _WHEN_WORDS)


_BUT_PRONOUN = {"لكنه": "m", "ولكنه": "m", "لكنها": "f", "ولكنها": "f"}


def _subject_in_but(ctx: Ctx, i: int) -> bool:
    """لكنه/لكنها right before a verb cue agreeing with it already holds the verb's subject, so a noun
    after the cue is its object ("لكنه دعا إيران إلى أن": whom he called on; audit U60, إيران
    had been the speaker)."""
    mark = _BUT_PRONOUN.get(ctx.norms[i - 1]) if i > 0 else None
    return mark is not None and agreement(ctx.norms[i]) == mark


def _but_subject(ctx: Ctx, i: int) -> ArgSpan | None:
    """"وكشفت/ولم تكشف النيابة العامة عن …، لكنها أشارت إلى أن": لكنه/لكنها right before the
    cue points back to the subject of the verb opening the sentence when the pronoun, that verb
    and the cue agree in gender (audit U56: the previous paragraph's speaker had it)."""
    if i == 0 or (mark := _BUT_PRONOUN.get(ctx.norms[i - 1])) is None or agreement(ctx.norms[i]) != mark:
        return None
    s = opening_verb(ctx, i, negated=True)
    if s >= i - 2 or agreement(ctx.norms[s]) != mark or _when_word(ctx.norms[s]):
        return None  # ("وعند سؤاله عن …، لم ينف شمو ذلك، ولكنه قال": no opening verb)
    return opening_subject(ctx, i, negated=True)


_ELABORATING = frozenset({"حيث", "اذ"})  # (normalised)
_AND_NOT = frozenset({"ولا", "ولم", "ولن", "فلا", "فلم", "فلن"})  # (normalised)


def _opening_named_subject(ctx: Ctx, i: int) -> ArgSpan | None:
    """The person or organisation named right after the verb opening token i's sentence (after
    "من جهته/من جانبها،"), or after one descriptor word ("انتقدت منظمة X"); None otherwise."""
    v = ctx.sentence_first(i)
    if ctx.norms[v] == "من" and v + 1 < i and ctx.norms[v + 1].startswith(("جهت", "جانب")):
        v += 2
    if v < i and ctx.norms[v] == ",":
        v += 1
    for k in (v + 1, v + 2):
        m = ctx.mention_of[k] if k < i else None
        if m is not None and m.label in ("PER", "ORG") and ctx.toks[k].start == m.start \
                and (k == v + 1 or word_is(ctx.norms[v + 1], "desc")):
            return ctx.mention_arg(m)
    return None


def cue_speaker(ctx: Ctx, i: int, cue: Cue, limit: int, found: list[Found]) -> tuple[ArgSpan | None, ArgSpan | None]:
    """(speaker, relay) for the cue at token i whose subject ends before token `limit`."""
    prev = [f.speaker for f in found if f.speaker is not None and not f.nested]
    if cue.kind == "x":
        return None, None
    a = i + 1 if cue.kind != "j" else i + 2
    if cue.lemma == "نقل":
        an = relay_end(ctx, a, limit)
        if an >= a:
            # "ونقل عن المسؤول قوله", "الوكالة نقلت عن مسؤول قوله": عن right after the cue —
            # the relay, if any, stands before the cue
            relay = speaker_after(ctx, i, an, prev) if an > a else speaker_before(ctx, i)
            return speaker_after(ctx, an, limit, prev), relay
    if cue.lemma == "نسب" and (k := ascribed_to(ctx, i, limit)) > i:
        # "ونسبت الوكالة لأكرم القول إن": who the words are ascribed to speaks; the one ascribing relays
        return _ascribed_speaker(ctx, k, limit, prev), speaker_after(ctx, i, k, prev)
    if ctx.norms[i] == "القول" and (sp := _renewing_subject(ctx, i)) is not None:
        return sp, None  # "كما كررت الإدارة القول بأنها": who renewed the saying
    if cue.kind == "p":
        return _participle_speaker(ctx, i, found, prev), None
    sp = speaker_after(ctx, a - 1, limit, prev)
    if sp is not None and strip_conj(norm_key(sp.text)) in _REFLEXIVE:
        sp = None  # "ويصف نفسه بأنه …": the object, not who speaks
    elif sp is not None and _described_object(ctx, cue, sp, limit):
        sp = None  # "ووصف المعركة بأنها «كر وفر»": what is described, not who speaks
    elif sp is not None and sp.entity is None and cue.kind == "v" and _accusative_plural(ctx, i, sp):
        sp = None  # "وحذر المشرعين من أن": whom he warned, not who speaks
    elif sp is not None and sp.entity is None and cue.kind == "v" and _words_said(sp):
        sp = None  # "وقالت كلمتها المشهورة:": the words said, not who says them
    elif sp is not None and cue.kind == "v" and _subject_in_but(ctx, i):
        sp = None  # "لكنه دعا إيران إلى أن": the subject is لكنه's pronoun; إيران is called on
    if sp is not None:
        return sp, None
    if (inner := _inner_subject(ctx, i, cue, found)) is not None:
        return inner, None  # "وأضاف التلفزيون أن خامنئي وافق على الاقتراح وقال «…»" (U52)
    if prev and _topic_opened(ctx, i):
        return prev[-1], None  # "وعن موعد وصول اللاعب X، قال": the interviewee goes on, not X
    if (topic := topic_subject(ctx, i)) is not None:
        return topic, None  # "أما منظمة "سي ووتش" فاعتبرت": the topic أما names speaks (U62)
    seg = ctx.toks[i].segments
    conj = bool(seg) and seg[0].kind == "proclitic"
    if not conj and i > 0 and ctx.norms[i - 1] in _AND_NOT:
        conj = True  # "ولا ترى أنه": the و of the negation joins the cue to what came before (audit U64)
    # (a quote of this sentence before the cue: its speaker goes on, so no other subject is sought)
    quoted_here = bool(found and prev and found[-1].cue_tok >= 0 and ctx.same_sentence(found[-1].cue_tok, i))
    if not conj and not quoted_here and i > 0 and ctx.norms[i - 1] in _ELABORATING \
            and (main := _opening_named_subject(ctx, i)) is not None:
        # "انتقدت منظمة X الحقوقية وقف الصحيفة حيث قالت في بيان": حيث/إذ elaborates its
        # sentence; the named subject of its opening verb speaks, not the previous speaker
        # ("جاء ذلك في تغريدة …، حيث قال" names none: the previous speaker goes on) (audit U64)
        return main, None
    if not conj:
        sp = speaker_before(ctx, i)
        if sp is not None and is_word(strip_conj(norm_key(sp.text)), "rel"):
            # "كلمته …، والتي اعتبر فيها أن": a relative pronoun alone is no speaker; the
            # sentence's subject is who spoke (held-out U50)
            sp = main_subject(ctx, i)
        if sp is not None and not quoted_here and (plural := plural_opening_subject(ctx, i, sp)) is not None:
            sp = plural  # "تداول عدد من المغردين صورة تظهر X وقد أكدوا أنه": not X (U58)
        if limit == i + 1 and not quoted_here:
            sub = agreeing_opening_subject(ctx, i, sp)  # "وبثت وكالة أعماق تسجيلاً لثلاثة ادعت أنهم"
            if sub is not None:
                return sub, None
        if sp is None and not quoted_here and (sub := _but_subject(ctx, i)) is not None:
            return sub, None  # "ولم تكشف النيابة العامة عن هوياتهم، لكنها أشارت إلى أن" (U56)
        if sp is not None:
            return sp, None
        # "يؤكدون على وقف إطلاق النار، وقد أعلنوا أنه": no subject before, and the conjunction
        # stands on قد — a coordinated cue (U54)
        conj = i > 0 and ctx.norms[i - 1] in ("وقد", "ولقد")
    # "وأضاف" with no subject: after a quote in the same sentence its speaker; else the
    # subject of the verb opening the sentence ("ينفي الكرملين … ويقول"); else the closest
    # name before it in the sentence, else the previous speaker, else the latest name before it
    said = tuple((f.start, f.end) for f in found)
    sub = None
    if conj and not quoted_here and (plural := plural_svo_subject(ctx, i)) is not None:
        return plural, None  # "لكن بعض الدراويش تناسوا الآيات، وزعموا أن"
    if conj and (plural := plural_before(ctx, i)) is not None:
        return plural, None  # "لم يلق قبولا بين الأوساط السياسية واعتبروا أن"
    if conj and not quoted_here:
        sub = clause_subject(ctx, i)
        if sub is not None and sub.entity is not None:
            return sub, None  # a named subject wins over a name later in the clause (its object)
        if sub is not None and agreement(ctx.norms[i]) == "pl" and strip_conj(ctx.norms[i]).endswith("وا"):
            # "هاجم مسؤولون … مبعوث الأمم المتحدة، مارتن غريفيث، …، ووصفوا": a plural cue shares
            # the opening verb's unnamed plural subject, not the one person named after it (U54)
            return sub, None
    if conj and quoted_here and found[-1].speaker is not None and not found[-1].nested \
            and cue_inside(found, ctx.toks[i].start):
        # "وقال X إن …، في حين أكد Y إن …، وشدد على أن": the last speaker goes on; the
        # first quote's content (not yet cut at the next cue) hides Y's name (held-out U50)
        return found[-1].speaker, None
    before = (according_before(ctx, i) or statement_before(ctx, i, tuple(f.cue_tok for f in found), prev)
              if conj else None)
    if not before and not (found and found[-1].cue_tok >= ctx.sentence_first(max(0, ctx.sentence_first(i) - 1))) \
            and (named := elaborated_subject(ctx, i)) is not None:
        return named, None  # "واستبق المتحدث …، محمد عبد السلام، … . فقد قال فيها:" (U54)
    named = nearest_name(ctx, i, same_sentence=True, exclude=said)
    if conj and not quoted_here and named is None and sub is None and not before \
            and (person := previous_person_subject(ctx, i, tuple(f.cue_tok for f in found))) is not None:
        return person, None  # "لكن الوزير ماتيو سالفيني … رفض الانتقادات. وقال «…»" (U62)
    if conj and not quoted_here and (plural := plural_opening_subject(ctx, i, named)) is not None:
        return plural, None  # "تداول عدد من المغردين صورة تظهر X وقد أكدوا أنه" (U58)
    if conj and quoted_here and named is not None and found[-1].speaker is not None and not found[-1].nested \
            and named.start < ctx.toks[found[-1].cue_tok].start:
        # "ودعا سلامي … نتنياهو إلى …، معتبرا أن …، وأضاف:": a name the last quote of the
        # sentence already passed over is no new speaker; that quote's speaker goes on (U62)
        return found[-1].speaker, None
    return (named or sub or before
            or (prev[-1] if prev else None)
            or nearest_name(ctx, i, same_sentence=False, exclude=said)), None


def _inner_subject(ctx: Ctx, i: int, cue: Cue, found: list[Found]) -> ArgSpan | None:
    """"وأضاف التلفزيون أن خامنئي وافق على الاقتراح وقال «…»": a subject-less وقال joined with
    no comma to an indirect content of its sentence that opens with a person's name and holds
    no comma continues that name's clause: the name speaks, not the one reporting it."""
    last = found[-1] if found else None
    if (last is None or last.kind != "indirect" or cue.lemma != "قال" or i == 0 or ctx.norms[i - 1] == ","
            or last.cue_tok < 0 or not ctx.same_sentence(last.cue_tok, i)):
        return None
    k = ctx.token_index_at(last.start)
    m = ctx.mention_of[k] if k < i else None
    if m is None or m.label != "PER" or m.start != last.start or "," in ctx.norms[k:i] or "،" in ctx.text[last.start:last.end]:
        return None
    seg = ctx.toks[i].segments
    conj = bool(seg) and seg[0].kind == "proclitic" and seg[0].norm == "و"
    return ctx.mention_arg(m) if conj and ctx.toks[i].start - last.end <= 2 else None


# "وعن …،", "وحول …،", "وبشأن …،": a question's topic opening the sentence (normalised)
_TOPIC_OPENERS = frozenset({"عن", "حول", "بشان", "بخصوص"})


def _topic_opened(ctx: Ctx, i: int) -> bool:
    """The subject-less cue at token i follows, after a comma, a topic phrase opening its
    sentence ("وعن مفاوضات النادي لضم الزبيدي، أجاب"): the answer is the interviewee's, the
    names in the topic are what was asked about (audit U52)."""
    s = ctx.sentence_first(i)
    if not (s + 1 < i - 1 and ctx.norms[i - 1] == ","
            and (ctx.norms[s] in _TOPIC_OPENERS or ctx.norms[s][1:] in _TOPIC_OPENERS and ctx.norms[s][0] in "وف")):
        return False
    # (asides and quoted names may stand in the topic: "…، وهل لها دور في ذلك، أجاب"; another
    # verb of saying would be a clause of its own)
    return not any(ctx.norms[k] in (".", "!", "?") or cue_of(ctx.norms[k]) is not None for k in range(s + 1, i - 1))


_SAYING_NOUNS = frozenset({"القول", "قوله", "قولها", "قولهم", "قولهما", "قولهن"})  # (normalised)


def ascribed_to(ctx: Ctx, i: int, j: int) -> int:
    """After نسب, the token that names whom the words are ascribed to: إلى ("ونسب التلفزيون
    إلى الوزير قوله إن") or a word glued to لـ ("ونسبت الوكالة لأكرم القول إن"), with a saying
    noun before the complement at j; -1 otherwise — "نسبت الهجمات إلى روسيا" ascribes deeds,
    not words."""
    say = next((k for k in range(i + 1, j) if ctx.norms[k] in _SAYING_NOUNS), -1)
    for k in range(i + 1, say):
        n = ctx.norms[k]
        if n == "الي" and k + 1 < say:
            return k
        if n.startswith("ل") and not n.startswith("لل") and len(n) > 2 and (
                ctx.mention_of[k] is not None or k + 1 == say):
            return k
    return -1


def _ascribed_speaker(ctx: Ctx, k: int, limit: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """Who speaks from the token ascribed_to found: the subject after إلى, else the name
    glued to لـ (its mention, else the word without the لـ)."""
    if ctx.norms[k] == "الي":
        say = next(s for s in range(k + 1, limit) if ctx.norms[s] in _SAYING_NOUNS)
        return speaker_after(ctx, k, say, prev)
    m = ctx.mention_of[k]
    if m is not None:
        return ctx.mention_arg(m)
    tok = ctx.toks[k]
    return ctx.arg(tok.start + 1, tok.end, None)


def _renewing_subject(ctx: Ctx, i: int) -> ArgSpan | None:
    """"كما كررت الإدارة القول بأنها …", "وجدد الوزير القول إن": the subject between the verb
    of renewing and its object القول speaks (audit U58: a definite noun there had no speaker)."""
    k = next((k for k in range(i - 1, max(-1, i - 5), -1) if strip_conj(ctx.norms[k]) in RENEWING
              or (ctx.norms[k][:1] in "وف" and ctx.norms[k][1:] in RENEWING)), -1)
    if k < 0 or k + 1 >= i or not ctx.same_sentence(k, i):
        return None
    m = ctx.mention_of[k + 1]
    if m is not None and m.label in ("PER", "ORG"):
        return ctx.mention_arg(m)
    rng = nominal(ctx, k + 1, i)
    return span_arg(ctx, *rng) if rng is not None and rng[1] == i else None
