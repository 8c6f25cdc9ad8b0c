"""Finding quotes: a reporting verb, its subject, and its complement.

A cue opens a quote when, within the same sentence and before any other cue,
it reaches a complementiser (أن/إن/بأن…), a colon, or a quotation mark that
opens a real quotation. "أعلن + noun" reaches none of them and is not a quote.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rasd.model.span import ArgSpan, Span
from rasd.stages.quotes_after import speaker_after
from rasd.stages.quotes_before import (according_before, agreeing_opening_subject, plural_before, plural_svo_subject,
                                       speaker_before, statement_before)
from rasd.stages.quotes_ctx import Ctx, outlet_told
from rasd.stages.quotes_clauses import PERHAPS, conjoined, cue_inside, especially
from rasd.stages.quotes_lex import Cue, but_clause, cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_marks import Quotation
from rasd.stages.quotes_near import indefinite_accusative, nearest_name
from rasd.stages.quotes_subject import clause_subject, main_subject
from rasd.text.normalize import norm_key

GAP_MAX = 25          # tokens between a cue and its complementiser ("قال الناطق … إن")
COLON_GAP_MAX = 12    # "وقال الدكتور خالد المصلح في تغريدته:"
QAAILAN_NEAR = 4      # "وأضاف المتحدث قائلا:": قائلا this close continues the cue
# participles this close that say how the cue's speech was said: قائلا، متسائلا (audit U48)
_MANNER_LEMMAS = frozenset({"قال", "تساءل"})
NOUN_GAP_MAX = 6      # "مزاعم المعارضة بأن"
MIN_DIRECT_WORDS = 3  # shorter quoted stretches are names or scare quotes
MIN_GAP_DIRECT_WORDS = 4  # a quotation after the subject, not right after the cue
TRAIL = " \t\n.,،:;؛!?؟…-–—\"'«»“”‘’„‹›"
LEAD = " \t\n\"'«»“”‘’„‹›"


@dataclass
class Found:
    kind: str
    cue: Span | None
    speaker: ArgSpan | None
    start: int
    end: int
    hedged: bool = False
    relay: ArgSpan | None = None
    cue_tok: int = -1
    quotation: Quotation | None = None
    nested: bool = False  # a claim in a relative clause inside the previous quote (`_nested_in`)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in LEAD:
        start += 1
    while end > start and text[end - 1] in TRAIL:
        end -= 1
    return start, end


def words_in(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _comp_after_close(ctx: Ctx, q: Quotation) -> bool:
    """A complementiser right after a quoted name: 'باسم قوات "التحالف" إلى أن'."""
    k = ctx.token_index_at(q.close + 1)
    for j in range(k, min(k + 3, len(ctx.toks))):
        if ctx.is_punct(j) or cue_of(ctx.norms[j]) is not None:
            return False  # '«…» مضيفة أن': the complementiser belongs to the next cue
        if strip_conj(ctx.norms[j]) in _BUT:
            return False  # '"عثرنا عليهم سالمين" إلا أن …': "but", a new clause (held-out U42)
        if is_word(ctx.norms[j], "comp"):
            return True
    return False


_BUT = frozenset({"الا", "غير"})  # "إلا أن", "غير أن": but (normalised)


def _speech_opener(ctx: Ctx, i: int, j: int, q: Quotation, cue: Cue) -> bool:
    """Is the quotation opening at token j (cue at i) what the cue introduces?"""
    if q.closed and _comp_after_close(ctx, q):
        return False  # 'باسم قوات "التحالف" إلى أن': a quoted name inside the subject
    if j > i + 1 and (word_is(ctx.norms[j - 1], "named") or word_is(ctx.norms[j - 1], "desc")):
        return False  # 'ندوة «ظاهرة التطرف»': a title; 'منظمة "إس أو إس المتوسط"': a name
    if j > i + 1 and (outlet_told(strip_conj(ctx.norms[j - 1])) or _told_name(ctx, j, q)):
        # 'قال مسؤولان لشبكة "إن بي سي نيوز"', 'في تصريحات لـ"سكاي نيوز عربية"' (held-out U28): the
        # name of whom it was told, not what was said
        return False
    if (cue.lemma in _ANNOUNCING and j > i + 1 and strip_conj(ctx.norms[j - 1]) in _OBJECT_PREPOSITIONS
            and not _opens_with_comp(ctx, q)):
        return False  # 'ليعلن عن "تطور كبير"': what is announced, a noun, is no quote (SPEC 2.7)
    need = (MIN_DIRECT_WORDS if j == i + 1 or _after_medium(ctx, i, j)
            or (cue.lemma in _SAYING and _first_person(ctx, q)) else MIN_GAP_DIRECT_WORDS)
    return words_in(ctx.text, q.inner_start, q.inner_end) >= need


_WE_I = frozenset({"نحن", "انا", "اننا", "انني", "لقد"})
_SAYING = frozenset({"قال", "اضاف", "صرح", "تابع", "كتب"})  # (lemmas, normalised: not رأى/اعتبر)


def _first_person(ctx: Ctx, q: Quotation) -> bool:
    """'وقال الحاكم للصحفيين "عثرنا عليهم سالمين"' (held-out U42): a short quotation after the
    subject that opens in the first person (a verb in ـنا, نحن/أنا) is speech, not a name."""
    words = ctx.text[q.inner_start:q.inner_end].split()
    w = strip_conj(norm_key(words[0])) if words else ""
    return w in _WE_I or (len(w) >= 5 and w.endswith("نا"))


NAME_WORDS_MAX = 4  # a quoted name: "سكاي نيوز عربية"


def _told_name(ctx: Ctx, j: int, q: Quotation) -> bool:
    """A short quotation right after a bare لـ is a name, of whom it was told; a longer one is
    speech ('عن استغرابه لـ«عدم الانكباب بجدية وبسرعة …»')."""
    return ctx.norms[j - 1] == "ل" and words_in(ctx.text, q.inner_start, q.inner_end) <= NAME_WORDS_MAX


def _after_medium(ctx: Ctx, i: int, j: int) -> bool:
    """'وقال الجيش في بيان "يجري بحث التفاصيل"': a quotation right after "في بيان/تصريح/كلمة"
    (and at most one word more: "في بيان رسمي") is what was said there, short as it may be."""
    for k in (j - 1, j - 2):
        if i < k - 1 and is_word(ctx.norms[k], "stmt") and ctx.norms[k - 1] == "في":
            return True
    return False


# After an announcing verb, a quotation right after one of these prepositions is the announced
# noun ("أعلنت عن "تحرير …""); after دعا إلى, حذر من it is the speaker's own words, a quote.
_ANNOUNCING = frozenset({"اعلن", "كشف"})  # (lemmas, normalised)
_OBJECT_PREPOSITIONS = frozenset({"عن", "الي", "علي", "في", "من", "حول", "بشان", "ب", "ل", "بـ", "لـ"})


def _opens_with_comp(ctx: Ctx, q: Quotation) -> bool:
    """'أشار إلى "أن …"': the quotation opens with a complementiser, so it is speech after all."""
    k = ctx.token_index_at(q.inner_start)
    return k < len(ctx.toks) and is_word(ctx.norms[k], "comp")


def _is_colon(ctx: Ctx, j: int) -> bool:
    """A colon, but not the one in a clock time ("5:32")."""
    t = ctx.toks[j]
    text = ctx.text
    return ctx.norms[j] == ":" and not (0 < t.start and t.end < len(text)
                                        and text[t.start - 1].isdigit() and text[t.end].isdigit())


def _aside_end(ctx: Ctx, j: int) -> int:
    """Index of the token closing the aside opened at j ("-" … "-", "(" … ")"), or -1."""
    want = ")" if ctx.norms[j] == "(" else "-"
    for k in range(j + 1, min(j + 40, len(ctx.toks))):
        if not ctx.same_sentence(j, k):
            return -1
        if ctx.norms[k] == want:
            return k
    return -1


# "وزاد أن", "وزاد وزير الداخلية أنهم" (added): زاد says something only with its complement
# close by; farther on it is "increased" ("زاد حنق أعداء … هو أن …") (audit U46)
_SHORT_REACH = frozenset({"زاد"})
SHORT_REACH_MAX = 10  # "وزاد الناطق الرسمي باسم وزارة الدفاع اليمنية أنهم"


_SAYING_MASDAR = frozenset({"بالقول", "للقول"})  # (normalised)


def find_complement(ctx: Ctx, i: int, cue: Cue) -> tuple[str, int] | None:
    """('comp'|'colon'|'open', token index) of what the cue at token i introduces."""
    if strip_conj(ctx.norms[i]) in _SAYING_MASDAR and i + 1 < len(ctx.toks) and ctx.same_sentence(i, i + 1) \
            and not (is_word(ctx.norms[i + 1], "comp") or _is_colon(ctx, i + 1) or ctx.is_punct(i + 1)
                     or ctx.toks[i + 1].start in ctx.opener_at):
        # "رد بالقول ماذا كنتم تريدونني أن أفعل", "ومضى للقول الفريق ليس جاهزا": the speech follows
        # the masdar unmarked — not from the first أن inside it (audit U46); read as after a colon
        return "colon", i
    span = NOUN_GAP_MAX if cue.kind == "n" else SHORT_REACH_MAX if cue.lemma in _SHORT_REACH else GAP_MAX
    j = i + 1
    aside = 0  # tokens inside "- … -" or "( … )" asides do not count against the gap
    while j < min(len(ctx.toks), i + 1 + span + aside):
        if not ctx.same_sentence(i, j):
            return None
        n = ctx.norms[j]
        if n in ("-", "(") and j > i + 1:
            close = _aside_end(ctx, j)
            if close > j:
                aside += close - j
                j = close + 1
                continue
        q = ctx.opener_at.get(ctx.toks[j].start)
        if q is not None and runaway(ctx, q):
            j += 1  # an unbalanced mark: the words after it are the clause's own
            continue
        if q is not None:
            if _speech_opener(ctx, i, j, q, cue):
                return "open", j
            if not q.closed:
                return None
            j = ctx.token_index_at(q.close + 1)
            continue
        if _is_colon(ctx, j):
            # a far colon introduces a list, not the cue's speech
            near = j - i - aside <= COLON_GAP_MAX
            quoted = j + 1 < len(ctx.toks) and ctx.toks[j + 1].start in ctx.opener_at
            return ("colon", j) if near or quoted else None
        if is_word(n, "comp"):
            if j > i + 1 and (word_is(ctx.norms[j - 1], "block") or especially(ctx, j - 1)) \
                    and not _earlier_adverb(ctx, i, j):
                j += 1  # "على أساس أن", "بعد أن": not the cue's complementiser
                continue
            return "comp", j
        if n in ("!", "?") or (n == "." and not (j > 0 and len(ctx.norms[j - 1]) == 1)):
            return None  # the sentence ended ("د." is an abbreviation, not an end)
        if n in PERHAPS and j > i + 1 and ctx.is_punct(j - 1):
            return None  # "تكشف الأرقام عمق العلاقة، ولعل أهمها أن": the أن of another clause (U50)
        other = cue_of(n)
        if other is not None and other.kind in "vpxn" and j > i + 1 and not _own_name_next(ctx, j) \
                and n != "القول" \
                and not (other.kind == "p" and other.lemma in _MANNER_LEMMAS and j - i <= QAAILAN_NEAR):
            return None  # another statement starts; "وأضاف المتحدث قائلا:" is still this one
        j += 1
    return None


def runaway(ctx: Ctx, q: Quotation) -> bool:
    """An unbalanced mark paired across sentences: inside it a sentence opens with a
    reporting verb and its own subject ("… جسر جوي. وذكرت مصادر في المطار أن …"), so the
    stretch is narration with new quotes, not one speech. (Multi-sentence quotes whose
    sentences open otherwise stay whole.) Memoised per quotation on the context."""
    memo = ctx._index.setdefault("runaway", {})
    if q.open not in memo:
        memo[q.open] = _cue_opens_sentence_in(ctx, q)
    return memo[q.open]


def _cue_opens_sentence_in(ctx: Ctx, q: Quotation) -> bool:
    k = ctx.token_index_at(q.inner_start)
    while k + 1 < len(ctx.toks) and ctx.toks[k].start < q.inner_end:
        if k > 0 and ctx.sent_of[k] != ctx.sent_of[k - 1]:
            cue = cue_of(ctx.norms[k])
            # (narration opens its sentence with و/ف: "… جسر جوي. وذكرت مصادر"; a bare verb
            # there is the speaker's own: 'غرد: "… وكاذب. اعتبر الجميع أنه …"' — held-out U50)
            if cue is not None and cue.kind == "v" and conjoined(ctx, k) and _subject_next(ctx, k + 1):
                return True
        k += 1
    return False


def _subject_next(ctx: Ctx, k: int) -> bool:
    """A subject starts at token k: a name, a definite noun, or a source, title or
    description word ("وذكرت مصادر", "وقال المصدر"); not "وأعلنت وفاته", "وقال لي"."""
    n = strip_conj(ctx.norms[k])
    return ctx.mention_of[k] is not None or (n.startswith("ال") and not is_word(n, "adv")) \
        or any(word_is(n, c) for c in ("source", "title", "desc"))


def _carries_sentence(ctx: Ctx, j: int, q: Quotation) -> bool:
    """'أنه "من المرجح جدا" أن تكون …': a short quotation with more said after it stays indirect."""
    words = words_in(ctx.text, q.inner_start, q.inner_end)
    if words < MIN_DIRECT_WORDS:
        return _short_description(ctx, j, q)
    if not q.closed:
        return True
    if _ends_at_close(ctx, q):
        return True
    sent = ctx.doc.sentences[ctx.sent_of[j]] if ctx.doc.sentences else None
    tail_end = max(sent.end, q.close) if sent is not None else len(ctx.text)
    return words_in(ctx.text, q.close + 1, tail_end) <= words


# "describe as" complementisers: what follows them is the speaker's own label for something
_DESCRIBING = frozenset({"بانه", "بانها", "بانهم", "بانهما"})


def _short_description(ctx: Ctx, j: int, q: Quotation) -> bool:
    """'ووصف التحركات بأنها "عار".': a one- or two-word label quoted whole right after
    بأن(ه|ها|هم) and closing the speech is the speaker's own word, direct; other short quoted
    stretches ('أن "داعش" يقف وراء') are names or scare quotes inside an indirect clause."""
    return ctx.norms[j] in _DESCRIBING and q.closed and _ends_at_close(ctx, q)


# words after a closing mark that start a clause of the narrator's, not more of the speech
_AFTER_SPEECH = frozenset({"نظرا", "بعدما", "حسب", "بحسب", "وفق", "وفقا", "مضيفا", "مضيفة", "متابعا", "متابعة",
                           "مشيرا", "مشيرة", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "لافتا", "لافتة"})


_MARKS = frozenset('"«»“”„')


def _ends_at_close(ctx: Ctx, q: Quotation) -> bool:
    """'إن "عدد الإرهابيين … ارتفع الى خمسة"، بعدما كانت …', 'بأنها "جنة للسياح …" نظرا لوجود':
    the speech ends at its own closing mark when a comma, the sentence's end or a narrator's
    clause word (نظرا، بعدما، حسب، مضيفا …) follows it."""
    inner = ctx.text[q.inner_start:q.inner_end]
    if any(c in _MARKS for c in inner) or "\n" in inner \
            or not ctx.same_sentence(ctx.token_index_at(q.open), ctx.token_index_at(q.close)):
        return False  # marks inside or a sentence crossed: the pairing may be off
    k = ctx.token_index_at(q.close + 1)
    if k >= len(ctx.toks) or not ctx.same_sentence(k, ctx.token_index_at(q.close)):
        return True
    n = ctx.norms[k]
    if n in (",", ".", "؛", ";"):
        return True
    return strip_conj(n) in _AFTER_SPEECH or n in _AFTER_SPEECH


def direct_content(ctx: Ctx, q: Quotation) -> tuple[int, int]:
    s, e = trim(ctx.text, q.inner_start, q.inner_end)
    k = ctx.token_index_at(s)
    # "وتابع "أن منظمة…"": the complementiser inside the marks is not content either
    if k < len(ctx.toks) and ctx.toks[k].start == s and ctx.norms[k] in ("ان", "انه", "بان") \
            and k + 1 < len(ctx.toks) and ctx.toks[k + 1].start < e:
        s = ctx.toks[k + 1].start
    return s, e


def indirect_content(ctx: Ctx, j: int) -> tuple[int, int] | None:
    """From the token after j to the end of its sentence (or of a quotation open there)."""
    if j + 1 >= len(ctx.toks):
        return None
    k = j + 1
    while k < len(ctx.toks) and is_word(ctx.norms[k], "comp") and ctx.same_sentence(j, k):
        k += 1  # "قال: إن …"
    if k >= len(ctx.toks):
        return None
    start = ctx.toks[k].start
    sent = ctx.doc.sentences[ctx.sent_of[j]] if ctx.doc.sentences else None
    end = sent.end if sent is not None and sent.end > start else len(ctx.text)
    for q in ctx.quotations:
        if start <= q.open < end and q.closed and q.close >= end and not runaway(ctx, q):
            end = q.close
    s, e = trim(ctx.text, start, end)
    return (s, e) if e > s else None


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
        return prev[-1]
    if _closed_right_before(ctx, found, i):
        return found[-1].speaker
    return main_subject(ctx, i) or (prev[-1] if prev else None) or nearest_name(ctx, i, same_sentence=False)


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


_AS_BEING = frozenset({"بانه", "بانها", "بانهم", "بانهما", "بانهن"})  # (normalised)


def _described_object(ctx: Ctx, cue: Cue, sp: ArgSpan, limit: int) -> bool:
    """After وصف, a lone definite noun that is no name, right before بأنه/بأنها, is the thing
    described (audit U37 SK-148 «ووصف المعركة بأنها "كر وفر"»: the speaker is the one before,
    not المعركة). Not a name or a source noun («ووصف المسؤول بأنه …» keeps المسؤول)."""
    if cue.lemma != "وصف" or sp.entity is not None or limit >= len(ctx.norms) or ctx.norms[limit] not in _AS_BEING \
            or limit < 1 or ctx.toks[limit - 1].end != sp.end:
        return False  # (right before بأنه: "ووصف الأطباء حالة المرأة بأنها" keeps الأطباء)
    words = norm_key(sp.text).split()
    return len(words) == 1 and words[0].startswith("ال") and not any(
        word_is(words[0], c) for c in ("source", "title", "desc", "named"))


def _speaker(ctx: Ctx, i: int, cue: Cue, limit: int, found: list[Found]) -> tuple[ArgSpan | None, ArgSpan | None]:
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
    if cue.kind == "p":
        return _participle_speaker(ctx, i, found, prev), None
    sp = speaker_after(ctx, a - 1, limit, prev)
    if sp is not None and strip_conj(norm_key(sp.text)) in _REFLEXIVE:
        sp = None  # "ويصف نفسه بأنه …": the object, not who speaks
    elif sp is not None and _described_object(ctx, cue, sp, limit):
        sp = None  # "ووصف المعركة بأنها «كر وفر»": what is described, not who speaks
    if sp is not None:
        return sp, None
    seg = ctx.toks[i].segments
    conj = bool(seg) and seg[0].kind == "proclitic"
    # (a quote of this sentence before the cue: its speaker goes on, so no other subject is sought)
    quoted_here = bool(found and prev and found[-1].cue_tok >= 0 and ctx.same_sentence(found[-1].cue_tok, i))
    if not conj:
        sp = speaker_before(ctx, i)
        if sp is not None and is_word(strip_conj(norm_key(sp.text)), "rel"):
            # "كلمته …، والتي اعتبر فيها أن": a relative pronoun alone is no speaker; the
            # sentence's subject is who spoke (held-out U50)
            sp = main_subject(ctx, i)
        if limit == i + 1 and not quoted_here:
            sub = agreeing_opening_subject(ctx, i, sp)  # "وبثت وكالة أعماق تسجيلاً لثلاثة ادعت أنهم"
            if sub is not None:
                return sub, None
        if sp is not None:
            return sp, None
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
    if conj and quoted_here and found[-1].speaker is not None and not found[-1].nested \
            and cue_inside(found, ctx.toks[i].start):
        # "وقال X إن …، في حين أكد Y إن …، وشدد على أن": the last speaker goes on; the
        # first quote's content (not yet cut at the next cue) hides Y's name (held-out U50)
        return found[-1].speaker, None
    before = (according_before(ctx, i) or statement_before(ctx, i, tuple(f.cue_tok for f in found), prev)
              if conj else None)
    return (nearest_name(ctx, i, same_sentence=True, exclude=said) or sub or before
            or (prev[-1] if prev else None)
            or nearest_name(ctx, i, same_sentence=False, exclude=said)), None


def _nested_in(ctx: Ctx, found: list[Found], i: int, pos: int) -> bool:
    """The cue at token i (text position pos) opens a relative clause inside the content of
    the last quote found ("كشفت أن الحادث خلف 4 قتلى، بينهم السائق الذي قالت الشرطة إنه …"): a
    claim reported within another speaker's words, whose speaker a later "وتابعت" does not continue. (A cue
    after a comma or a clause word there is a statement of its own: contents are not yet cut
    at the next cue here, so containment alone would drop real speakers.)"""
    if not found or i < 1 or not is_word(strip_conj(ctx.norms[i - 1]), "rel"):
        return False
    return found[-1].start <= pos < found[-1].end


def _after_attributive(ctx: Ctx, i: int) -> bool:
    """"حسبما أفاد", "بحسب ما قال", "وفقا لما نقلته": an attributive phrase, not a quote (SPEC §2.7)."""
    return i > 0 and strip_conj(ctx.norms[i - 1]) in ("حسبما", "ما", "لما", "حسب", "بحسب")


def _content(ctx: Ctx, what: str, j: int) -> tuple[str, int, int, Quotation | None] | None:
    """(kind, start, end, quotation) of what follows the complementiser/colon/mark at token j."""
    q = None
    if what == "open":
        q = ctx.opener_at[ctx.toks[j].start]
    elif j + 1 < len(ctx.toks):
        q = ctx.opener_at.get(ctx.toks[j + 1].start)
        if q is not None and (runaway(ctx, q) or what == "comp" and not _carries_sentence(ctx, j, q)):
            q = None
    if q is not None:
        s, e = direct_content(ctx, q)
        return ("direct", s, e, q) if e > s else None
    rng = indirect_content(ctx, j)
    return ("indirect", *rng, None) if rng else None


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


# "فضل عدم ذكر اسمه", "رفض أن يكشف هويته": the verb's object is the speaker's own name
_OWN_NAME = frozenset({"اسمه", "اسمها", "اسمهم", "اسمهما", "هويته", "هويتها", "هويتهم", "هويتهما"})


def _earlier_adverb(ctx: Ctx, i: int, j: int) -> bool:
    """"زعمت إيران من قبل أن السعودية …": "من قبل" is the adverb "before, earlier", and the أنّ
    after it, followed by a definite noun or a name (the conjunction "قبل أن" takes a verb:
    "من قبل أن يصل"), is the cue's complementiser."""
    if ctx.norms[j - 1] != "قبل" or j - 2 <= i or ctx.norms[j - 2] != "من" or j + 1 >= len(ctx.norms):
        return False
    nxt = ctx.norms[j + 1]
    return nxt.startswith("ال") or (ctx.mention_of[j + 1] is not None and ctx.toks[j + 1].start == ctx.mention_of[j + 1].start)


def _own_name_next(ctx: Ctx, i: int) -> bool:
    """The word after token i (or after its "عن") is the speaker's own name."""
    nxt = ctx.norms[i + 1:i + 3]
    if nxt and nxt[0] == "عن":
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in _OWN_NAME


def _impersonal(ctx: Ctx, i: int) -> bool:
    """"أشلاء يعتقد أنها ناتجة", "الإقامة الجبرية تعتبر وفق المعايير", "الملتقى يعتبر من أهم":
    a cue read as "is believed / is considered", with no speaker before it, is no quote; also
    after و/ف ("ويعتقد أن نحو 13 مليون بحاجة")."""
    if (strip_conj(ctx.norms[i]) not in _IMPERSONAL or i + 1 >= len(ctx.norms)
            or ctx.norms[i + 1] not in _IMPERSONAL_NEXT):
        return False
    named = ctx.mention_of[i - 1] if i > 0 else None  # a name right before: it speaks ("إسرائيل تعتبر أن")
    return named is None or named.label not in ("PER", "ORG", "LOC")


_IMPERSONAL = frozenset({"يعتبر", "تعتبر", "يعد", "تعد", "يعتقد", "يرجح", "يذكر", "يشار", "يقال"})
_IMPERSONAL_NEXT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "من", "بمثابه", "بمثابة", "وفق", "علي", "على"})  # (ة, ى as written or folded)


def _bare_saying(ctx: Ctx, i: int) -> bool:
    """"القول" is a cue only as the object of a verb of renewing/repeating a few words before
    it ("وجدد ترامب القول إن", "كرر الوزير القول"); "يمكن القول إن", "حرجا في القول إن" are not."""
    if ctx.norms[i] != "القول":
        return False
    return not any(ctx.norms[k] in _RENEWING or (ctx.norms[k][:1] in "وف" and ctx.norms[k][1:] in _RENEWING)
                   for k in range(max(0, i - 4), i) if ctx.same_sentence(k, i))


# verbs of renewing or repeating whose object "القول" reports speech (normalised)
_RENEWING = frozenset({"جدد", "جددت", "يجدد", "تجدد", "كرر", "كررت", "يكرر", "تكرر", "اعاد", "اعادت",
                       "يعيد", "تعيد"})


def _not_said(ctx: Ctx, i: int) -> bool:
    """"ولم توضح الوزارة إن كان …", "لم يقل إن …": what was not said is no quote."""
    return i > 0 and ctx.norms[i - 1] in _NEGATORS


_NEGATORS = frozenset({"لم", "لن", "ولم", "ولن", "فلم", "فلن"})


def _written_on(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"لافتات كتب عليها "…"": the passive "written on it" labels a banner or a wall; nobody
    speaks there (the subject of an active كتب stands before عليه only as a preposition's object)."""
    return cue.lemma == "كتب" and i + 1 < len(ctx.norms) and ctx.norms[i + 1] in _ON_IT


_ON_IT = frozenset({"عليها", "عليه", "عليهما", "عليهم"})  # (normalised)


def _memo_noun(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"صدرت بحقه مذكرة توقيف بتهمة "…"": مذكرة before a bare noun is the noun "memo, warrant";
    the participle "reminding" goes on with أن, بـ, لـ, إلى or a definite object ("مذكرة بأن",
    "مذكرة أن", "مذكرة الجميع بأن")."""
    if cue.kind != "p" or strip_conj(ctx.norms[i]) != "مذكرة" or i + 1 >= len(ctx.norms):
        return False
    n = ctx.norms[i + 1]
    # (a definite object keeps the participle: "مذكرة الجميع بأن")
    return (n[:1].isalpha() and not is_word(n, "comp") and n[:1] not in ("ب", "ل")
            and not n.startswith("ال") and n not in ("الي", "إلى"))


def _noun_after_preposition(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"مسطورة في كتب التراث", "أصر على وصف …": a finite verb never follows a preposition; the
    cue form there is a noun ("books", the masdar "describing"). Not من, also "who" ("هناك من يقول إن")."""
    if cue.kind != "v" or i == 0:
        return False
    prev = ctx.norms[i - 1]
    # "وبعد نقل المهاجرين إلى سفينتين أصر X على …": a masdar after an adverbial preposition,
    # which may carry و/ف (audit U48)
    return prev in _PREPOSITIONS or (prev[1:] if prev[:1] in "وف" else prev) in _TIME_PREPOSITIONS


_PREPOSITIONS = frozenset({"في", "على", "علي", "عن", "إلى", "الى", "الي", "مع", "لدى", "لدي", "حول"})  # (normalised)
_TIME_PREPOSITIONS = frozenset({"بعد", "قبل", "عقب", "اثر", "إثر", "منذ", "عند", "خلال", "رغم"})  # (normalised)


def _fact_confirms(ctx: Ctx, i: int) -> bool:
    """"مما يؤكد أن", "بما يؤكد أنها", "وهو ما يشير إلى أن": the relative ما (a fact) is the
    subject of a verb of showing; nobody speaks."""
    return i > 0 and ctx.norms[i] in _SHOWING and ctx.norms[i - 1] in _WHICH


_SHOWING = frozenset({"يؤكد", "تؤكد", "يشير", "تشير", "يدل", "تدل", "يعني", "تعني", "يكشف", "تكشف", "يظهر",
                      "تظهر", "يوضح", "توضح", "يثبت", "تثبت", "يبين", "تبين"})
_WHICH = frozenset({"ما", "مما", "بما"})


def _nested_cue(ctx: Ctx, i: int, cue: Cue, found: list[Found]) -> bool:
    """"وأضاف أن ممثل بريطانيا رأى أنه …", "إن الدلائل التي تشير إلى أن": a finite cue
    without و/ف inside the indirect content of an earlier quote of the same sentence is part
    of what that speaker said, not a new quote. A participle ("، مشيرا إلى أن") or a و-cue
    ("، وأضاف أن") there continues the speaker's own words and stays a quote."""
    if cue.kind != "v" or not found or strip_conj(ctx.norms[i]) != ctx.norms[i]:
        return False
    last = found[-1]
    pos = ctx.toks[i].start
    if not (last.kind == "indirect" and last.cue_tok >= 0 and last.start <= pos < last.end
            and ctx.same_sentence(last.cue_tok, i)):
        return False
    # only in the content's first clause: a comma or a clause word ("، كشفت مصادر", "فيما
    # اعتبرت فرنسا", "لكنه أكد", "رغم أنها ذكرت") opens a statement of its own
    for k in range(ctx.token_index_at(last.start), i):
        n = ctx.norms[k]
        if ctx.is_punct(k) or ctx.is_mark(k) or word_is(n, "clause") or is_word(n, "clause") \
                or word_is(n, "block") or is_word(strip_conj(n), "clause") or but_clause(n) or n == "الوقت":
            return False  # ("في الوقت الذي قال فيه سكان إن": a second source)
    return True


_BELIEVING = frozenset({"اعتقد", "اعتبر"})  # (lemmas; اعتقد says something only through أن)


def _belief_without_clause(ctx: Ctx, i: int, cue: Cue, what: str, j: int) -> bool:
    """"ويعتبر الملا منصور برغماتيا ومؤيدا … ما يزيد الآمال في أن": a verb of believing or
    regarding says something only through its own أن-clause; a predicate (an indefinite
    accusative) between it and the أن, or a preposition governing that أن, shows the أن
    belongs to another clause."""
    if cue.lemma not in _BELIEVING or cue.kind != "v":
        return False
    if what != "comp":
        return cue.lemma == "اعتقد"  # (اعتبر X "شخصا غير مرغوب فيه": a quoted verdict stays)
    if is_word(ctx.norms[j - 1], "prep"):
        return True
    return any(_predicate(ctx, k) for k in range(i + 1, j))


def _predicate(ctx: Ctx, k: int) -> bool:
    """An indefinite accusative word that is no name ("برغماتيا", "مؤيدا")."""
    n = strip_conj(ctx.norms[k])
    return ctx.mention_of[k] is None and indefinite_accusative(n) and not n.endswith(("ها", "نا")) \
        and len(n) > 4 \
        and not is_word(n, "adv") and cue_of(ctx.norms[k]) is None


# Present forms that mostly narrate ("تتابع عن كثب التطورات", "ويذكر أن" 'it is noted'):
# continuing speaks only through a colon or a quotation ('وتتابع داغ: "…"'), mentioning only
# through أن after its own subject ('يذكر خبراء السلاح أن').
NARROW_CONTINUING = frozenset({"تتابع", "يتابع"})
NARROW_MENTIONING = frozenset({"يذكر"})
NARROW_ASCRIBING = frozenset({"نسب", "نسبت"})  # (also the plural of نسبة: "نسب البطالة")
CONTINUING_GAP_MAX = 3  # 'وتتابع داغ:' — at most a short name between the cue and the colon


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


def _narrow_present_refused(ctx: Ctx, i: int, what: str, j: int) -> bool:
    n = strip_conj(ctx.norms[i])
    if n in NARROW_ASCRIBING:
        return ascribed_to(ctx, i, j) < 0
    if n in NARROW_CONTINUING:  # (a far mark: "وتتابع حديثها لوكالة … "…"": who is told stands between)
        return what == "comp" or j - i > CONTINUING_GAP_MAX
    if n in NARROW_MENTIONING:
        return what != "comp" or j == i + 1 or not _subject_next(ctx, i + 1)
    return False


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
        if (at >= 0 and pos < inside[at][1]) or _after_attributive(ctx, i) or _own_name_next(ctx, i) \
                or _not_said(ctx, i) or _impersonal(ctx, i) or _bare_saying(ctx, i) or _written_on(ctx, i, cue) \
                or _memo_noun(ctx, i, cue) or _noun_after_preposition(ctx, i, cue) or _fact_confirms(ctx, i):
            continue
        if _nested_cue(ctx, i, cue, found):
            continue
        comp = find_complement(ctx, i, cue)
        if comp is None:
            continue
        what, j = comp
        if _belief_without_clause(ctx, i, cue, what, j) or _narrow_present_refused(ctx, i, what, j):
            continue
        speaker, relay = _speaker(ctx, i, cue, j, found)
        cue_span = Span(ctx.toks[i].start, ctx.toks[i].end, ctx.toks[i].text)
        got = _content(ctx, what, j)
        if got is None:
            continue
        kind, s, e, q = got
        found.append(Found(kind, cue_span, speaker, s, e, cue.hedged, relay, i, q, _nested_in(ctx, found, i, pos)))
    return found
