"""Event source (SPEC §2.6): who reports the happening, and whether it is a mere claim.

Reads the quotes stage's `attribute(doc, start, end)` when present, else its attributions and
quotes; a sentence-final reporting clause ("…، قال قادة عسكريون أكراد") is the last resort.
Who speaks is the quotes stage's to settle, once: "وكانت مصادر رئاسية في عدن قد قالت" hands over
مصادر رئاسية, not the place (quotes_before._before_place), so no rule here moves a source off it.
"""
from __future__ import annotations

import re
from typing import Sequence

from rasd.lang.words import TO
from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_mentions import THAT, bare_word
from rasd.stages.event_detect import Trigger, key
from rasd.stages.quotes_attrib import attribute
from rasd.stages.quotes_lex import cue_of, phrase_heads, strip_conj
from rasd.text.conj import without_conjunction


_REPORT_CUES = frozenset({"قال", "قالت", "قالوا", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت",
                          "اعلن", "اعلنت", "حسبما", "حسب", "بحسب", "وفق", "وفقا", "اضاف", "اضافت"})


def trailing_reporter(doc: Document, tokens: Sequence, trig: Trigger) -> ArgSpan | None:
    """"…، قال قادة عسكريون أكراد": a reporting clause that closes the sentence."""
    for i in range(len(tokens) - 2, max(trig.last, len(tokens) - 10), -1):
        if bare_word(tokens[i].norm) in _REPORT_CUES and i > 0 and tokens[i - 1].norm in (",", "-"):
            tail = [t for t in tokens[i + 1:] if t.norm[:1].isalpha()]
            if not tail or len(tail) > 6:
                return None
            start, end = tail[0].without_proclitics()[0], tail[-1].end
            ent = next((e.id for e in doc.entities for m in e.mentions
                        if start <= m.start and m.end <= end), None)
            # (the closing clause may run on into what it claims: "، وأعلن تنظيم داعش مسؤوليته عن الهجومين")
            found = _reporter_only(doc, ArgSpan(start, end, doc.text[start:end], ent))
            # "…، بحسب قوله": no reporter named; "…، وقال إن المعبر سيبقى مغلقا": what he said
            return None if _own_words(found) or _is_clause(doc, found) else found
    return None


LEAD_VERBS = frozenset({"صرح", "قال", "قالت", "قالوا", "افاد", "افادت", "افادوا", "ذكر", "ذكرت",
                        "اعلن", "اعلنت", "اكد", "اكدت", "كشف", "كشفت"})
_NP_STOPS = frozenset({"وهو", "وهي", "الذي", "التي", "في", "عن", "ان", "إن", "أن", "بان", "انه", "انها", "امس", "اليوم", ",", ":",
                       "،", "الي", "ل", "لـ", "من", "على", "علي", "مساء", "صباح",
                       # when or at what it was said: "وقال الأصبحي عقب اللقاء:"
                       "عقب", "خلال", "اثناء", "أثناء", "فجر", "ليل", "ليلة"})


def leading_reporter(doc: Document, tokens: Sequence, trig: Trigger) -> ArgSpan | None:
    """"صرح ضابط عسكري في الأنبار عن مقتل …", "أفادت مصادر محلية بأن …": the sentence opens
    with a reporting verb whose subject (up to four words) reports what follows."""
    if not tokens or trig.first < 2:
        return None
    head = without_conjunction(tokens[0].norm)
    if head not in LEAD_VERBS:
        return None
    words, stopped = [], False
    for t in tokens[1:min(7, trig.first)]:
        if t.norm in _NP_STOPS or not t.norm[:1].isalpha() or (words and _preposition(t.norm)) \
                or (words and (key(t.norm) in _REPORTED_OBJECTS or key(t.norm) in _REPORTED_NOUNS)):
            # ("أعلن تنظيم داعش الإرهابي مسؤوليته عن", "وأكد التحالف مقتل": what is claimed starts)
            stopped = True
            break
        words.append(t)
    else:  # (a reported happening right after the subject ends it: "وأكد التحالف مقتل 341 عنصرا";
        # not the subject's own act: "وأعلن الجيش حالة الاستنفار" — the army is its actor)
        stopped = trig.first <= 7 and key(tokens[trig.first].norm) in _REPORTED_NOUNS
    if not words or not stopped or len(words) > 4:
        return None  # no subject phrase, or the sentence runs on: not a reporting opener
    if not _names_someone(doc, words):
        return None  # "قال ذلك …", "وقال حول قضية …": no reporter named
    start, end = words[0].start, words[-1].end
    ent = next((e.id for e in doc.entities for m in e.mentions
                if start <= m.start and m.end <= end), None)
    return ArgSpan(start, end, doc.text[start:end], ent)


_SOURCE_NOUNS = ("مصدر", "مصادر", "ضابط", "مسؤول", "مسوول", "مسؤولون", "مسوولون", "شهود", "ناشط",
                 "ناطق", "متحدث", "الناطق", "المتحدث", "مراسل", "سكان", "الشرطه", "الجيش",
                 "وزاره", "الوزاره", "المرصد", "وكاله", "قائد", "قاده", "مسعف", "طبيب", "اطباء",
                 # bodies that are no entity by convention (SPEC §2.7: التحالف) but report for
                 # themselves: "وأكد التحالف مقتل 341 عنصرا", "وأعلنت السلطات مقتل"
                 "التحالف", "السلطات", "الحكومه")


def _preposition(norm: str) -> bool:
    return norm in ("به", "بها", "له", "لها") or norm.startswith(("بال", "لل", "وهو", "وهي"))


def _names_someone(doc: Document, words: Sequence) -> bool:
    start, end = words[0].start, words[-1].end
    if any(start <= m.start and m.end <= end for e in doc.entities if e.label in ("PER", "ORG")
           for m in e.mentions):
        return True
    forms = {words[0].norm.replace("ة", "ه"), bare_word(words[0].norm).replace("ة", "ه")}  # "وكالة"
    return any(f.startswith(_SOURCE_NOUNS) for f in forms)


_NEW_SPEAKER_CUES = frozenset({"قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "افاد",
                               "افادت"})


def _speaks_for_itself(doc: Document, sentence: Span, start: int, source: ArgSpan | None) -> bool:
    """"أعلن الرئيس التونسي تمديد …": a sentence whose own reporting verb names a new
    speaker before the trigger is that speaker's voice, not the voice of a source named in
    another sentence (which a wide attribution region may still cover). Continuation cues
    (وأضاف، وتابع) keep the earlier speaker, and "قال إن" names nobody new."""
    if source is None or sentence.start <= source.start < sentence.end:
        return False
    words = norms_between(doc, sentence.start, start)
    for i, w in enumerate(words[:-1]):
        nxt = bare_word(words[i + 1])
        if bare_word(w) in _NEW_SPEAKER_CUES and nxt not in ("ان", "بان", "انه", "انها"):
            return True
    return False


def norms_between(doc: Document, start: int, end: int) -> list[str]:
    """Normalised words of doc.text[start:end] from the document's tokens; a token cut by
    `end` (a trigger after its proclitic, "وقصف") contributes the part before `end`."""
    out = []
    for t in doc.tokens:
        if t.end <= start:
            continue
        if t.start >= end:
            break
        if t.start >= start and t.end <= end:
            out.append(t.norm)
        else:  # cut by the span's edge: only that part, as a word of its own
            from rasd.text.tokenize import tokenize
            out += [x.norm for x in tokenize(doc.text[max(t.start, start):min(t.end, end)])]
    return out


def pick_source(doc: Document, start: int, end: int, sentence: Span | None = None, *,
                phrases: bool = True) -> tuple[ArgSpan | None, bool]:
    source, hedged = _picked(doc, start, end, sentence, phrases=phrases)
    if _own_words(source):
        return None, hedged  # "بحسب قوله": the pronoun's speaker is named elsewhere, no reporter here
    if source is not None and (_moved(doc, source) or _narrated_after(doc, source, start, end)):
        return None, False
    if source is not None and start <= source.start < end:
        # "الذي كان أعلن سابقا رفضه للاتفاق": the act's own word is what is said, not who says it
        # (a speaker's phrase that only holds the trigger, "أحد التلاميذ المحتجين", stays)
        return None, False
    if source is not None and (_is_clause(doc, source) or _quoted_name(doc, source, start, end)
                               or _told_after(doc, source, start, end)):
        # "… رحب ببيان، وقال إن يبقى منفتحا": a reported clause is no reporter; a name after the
        # act with no reporting word between is part of what is told (its object), and a name
        # inside someone's quotation that does not hold the act does not report it either
        return None, False
    if source is not None and source.start < start < source.end < end:
        # a reporter's phrase cut off inside a trigger of several words ("أعلن مسؤولون أكراد
        # التوصل إلى اتفاق"): who reports, not the first words of what (one that holds the
        # whole trigger, "أحد التلاميذ المحتجين", "عمال إغاثة والمرصد", is a speaker's name)
        source = _before(doc, source, start)
    return (_reporter_only(doc, source) if source is not None else None), hedged


# نقل with a thing moved: "ونقلت الولايات المتحدة سفارتها إلى القدس" (normalised, و/ف off)
_MOVING = frozenset({"نقل", "نقلت", "نقلوا", "تنقل", "ينقل"})


def _moved(doc: Document, source: ArgSpan) -> bool:
    """"ونقلت الولايات المتحدة سفارتها إلى القدس": نقل whose subject is followed by a thing and
    إلى moves that thing somewhere — it relays nobody's words ("نقلت رويترز عن مصدر" has عن)."""
    before = norms_between(doc, max(0, source.start - 12), source.start)
    if not before or bare_word(before[-1]) not in _MOVING:
        return False
    after = [w for w in norms_between(doc, source.end, min(len(doc.text), source.end + 40)) if w[:1].isalpha()]
    return len(after) >= 2 and after[0] not in TO and after[1] in TO


def _narrated_after(doc: Document, source: ArgSpan, start: int, end: int) -> bool:
    """"وحذرت إسرائيل من أنها لن تقبل …، وقصفت إسرائيل عددا من الأهداف": an act after a comma,
    with و on its verb and the speaker named again right after it, is the narrator's next
    clause — inside someone's words the speaker would be a pronoun ("وأنها قصفت")."""
    if source.start >= start or not re.search(r"[،,]\s*[وف]?$", doc.text[max(0, start - 4):start]):
        return False
    if doc.text[end:end + 2 + len(source.text)].strip().startswith(source.text.strip()):
        return True
    ent = next((e for e in doc.entities if e.id == source.entity), None) if source.entity else None
    return ent is not None and any(end < m.start <= end + 2 for m in ent.mentions)


def _is_clause(doc: Document, source: ArgSpan) -> bool:
    """The span opens with a complementiser (إن، أن، بأن …): what is said, not who says it."""
    first = source.text.split()[:1]
    return bool(first) and key(first[0].strip("\"«»“”'(،,")).replace("ة", "ه") in THAT


def _told_after(doc: Document, source: ArgSpan, start: int, end: int) -> bool:
    """"واتهم لافروف مجموعة المسعفين المعروفة باسم "الخوذ البيضاء"": the name stands after the
    act with no reporting word between — unless the act itself sits in a reporter's phrase
    ("وفق ما بينه أحد المعتصمين بحيدرة نادر سماري": a phrase head up to four words before it)."""
    if source.start < end or _reports_between(doc, end, source.start):
        return False
    lead = [bare_word(w) for w in norms_between(doc, max(0, start - 80), start) if w[:1].isalpha()]
    return not any(w in _PHRASE_HEADS or w in _RELAYS for w in lead[-_LEAD_REACH:])


_LEAD_REACH = 4  # words before the act in which a phrase head makes it part of a reporter's phrase
# the heads of attributive phrases ("بحسب ما أفاد", "وفق ما بينه"); a finite verb before the act
# is not one ("أعلن إغلاق معبر كرم أبو سالم": the name after the act is still no reporter)
_PHRASE_HEADS = frozenset({"حسب", "بحسب", "حسبما", "وفق", "وفقا", "طبقا", "استنادا"})


def _quoted_name(doc: Document, source: ArgSpan, start: int, end: int) -> bool:
    """"واتهم لافروف الخوذ البيضاء … قائلا: "… تلك التي تذكر جماعة الخوذ البيضاء"": the source is
    a name inside a quotation that does not hold the act — someone the speaker names, not who
    reports the act."""
    return any(q.content.start <= source.start and source.end <= q.content.end
               and not (q.content.start <= start and end <= q.content.end) for q in doc.quotes)


# reporting words outside the quotes stage's tables: "نقلا عن", "على لسان"
_RELAYS = frozenset({"نقلا", "لسان"})


def _reports_between(doc: Document, end: int, start: int) -> bool:
    """A reporting word (a verb or participle, the head of an attributive phrase: قال، مشيرا،
    بحسب، وفق، نقلا) stands between the trigger's end and the source."""
    return _report_word(norms_between(doc, end, start))


def _report_word(words: Sequence[str]) -> bool:
    if any(bare_word(w) in _REPORT_CUES or bare_word(w) in _RELAYS for w in words):
        return True
    return any(cue_of(w) is not None or strip_conj(w) in phrase_heads() for w in words)


def _before(doc: Document, source: ArgSpan, cut: int) -> ArgSpan | None:
    """The part of a reporter's phrase before `cut` (the trigger), without trailing blanks and
    punctuation; None when nothing is left."""
    text = doc.text[source.start:cut]
    if text[-1:].isalpha():  # the trigger starts after a proclitic ("وقصف"): drop that part word
        text = text[:max(text.rfind(" "), 0)]
    text = text.rstrip(" \t\n\"«»“”'(،,:")
    if not text.strip():
        return None
    end = source.start + len(text)
    return ArgSpan(source.start, end, text, _entity_in(doc, source.start, end))


# Words that end a reporter's phrase: the reported clause opens (فإن، بأن), a number or a
# verbal noun after بـ begins what is reported ("مصادر أمنية فإن أربع", "مصادر عسكرية يمنية
# بمقتل"), or the outlet told ("الرئيس لقناة "العربية"")
_CLAUSE_OPENERS = frozenset({"فان", "بان", "فانه", "بانه"})
_REPORTED_NOUNS = frozenset({"مقتل", "مصرع", "وقوع", "سقوط", "اصابه", "اعتقال", "اندلاع", "حدوث",
                             "استشهاد", "اصابات"})
# what a reporting verb discloses or claims (its object, never part of who reports): "تفاصيل",
# "أعلن التنظيم مسؤوليته عن الهجومين"
_REPORTED_OBJECTS = frozenset({"تفاصيل", "مسؤوليه", "المسؤوليه", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم",
                               "مسووليه", "المسووليه", "مسووليته", "مسووليتها", "مسووليتهم"})
_NUMBER_WORDS = ("اثن", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "مئه", "الف")


def _reporter_only(doc: Document, source: ArgSpan) -> ArgSpan:
    """The source span cut before the first word that starts what is reported (an attribution
    may run past its reporter); its first word always stays."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", source.text)]
    for k, (off, w) in enumerate(words[1:], 1):
        if _starts_report(w):
            end = source.start + words[k - 1][0] + len(words[k - 1][1])
            text = doc.text[source.start:end]
            return ArgSpan(source.start, end, text, _entity_in(doc, source.start, end))
    return source


def _starts_report(word: str) -> bool:
    n = key(word.strip("\"«»“”'()،,"))
    if n in _CLAUSE_OPENERS or n[:1].isdigit():
        return True
    if n.startswith(_NUMBER_WORDS) and len(n) <= 6:
        return True
    if n.startswith("ب") and n[1:] in _REPORTED_NOUNS:
        return True
    if n in _REPORTED_OBJECTS:
        return True  # the reporting verb's object: "كشفت وسائل إعلام غربية تفاصيل الهجوم"
    if n.startswith(tuple("ل" + o for o in OUTLET_NOUNS[:4])):
        return True
    # the people told: "قال قائد الشرطة لصحفيين", "مصدر لمراسل الجزيرة"
    return told_to(n)


# who a statement is told to, behind لـ (stems): journalists, correspondents, the media
_ADDRESSEES = ("صحفي", "صحافي", "صحافه", "مراسل", "وسائل")


def told_to(norm: str) -> bool:
    """"لصحفيين", "للصحافيين", "لمراسل": journalists behind لـ are who a statement was told to."""
    return norm.startswith("ل") and norm.lstrip("ل").startswith(_ADDRESSEES)


def _picked(doc: Document, start: int, end: int, sentence: Span | None = None, *,
            phrases: bool = True) -> tuple[ArgSpan | None, bool]:
    """Who reports what is said at [start, end): the quotes stage's attribution API — but a
    "بحسب X" phrase after a physical trigger in its sentence vouches for that happening
    ("الهجوم … الذي أوقع نحو 40 قتيلا بحسب الدفاع المدني"), over a reporter who opens the
    sentence ("أعلنت المنظمة أن …")."""
    if sentence is not None and phrases:
        # (the claim the phrase vouches for starts after the trigger: "… أوقع نحو 40 قتيلا
        # بحسب الدفاع المدني"; one whose claim covers the whole report does not qualify)
        after = [a for a in doc.attributions if a.kind == "phrase" and not _own_words(a.source)
                 and end <= a.start < sentence.end and a.start - end <= _PHRASE_REACH]
        if after:
            return after[0].source, bool(after[0].hedged)
    att = attribute(doc, start, end)  # (the quotes stage's regions: none when it did not run)
    if att is not None and _denied(doc, start, end):
        return None, False  # "ونفت الحكومة أن تكون ضالعة في الهجوم": no report of it
    if att is not None:
        if sentence is not None and _speaks_for_itself(doc, sentence, start, att.source):
            return None, False
        return att.source, bool(att.hedged)
    covering = [a for a in doc.attributions if a.start <= start and end <= a.end]
    if covering:
        a = min(covering, key=lambda a: a.end - a.start)
        return a.source, bool(a.hedged)
    quotes = [q for q in doc.quotes if q.speaker and q.content.start <= start and end <= q.content.end]
    if quotes:
        q = min(quotes, key=lambda q: q.content.end - q.content.start)
        return q.speaker, bool(q.hedged)
    if sentence is not None and phrases:  # "حسبما أفاد X" phrases attribute the whole sentence
        phrases = [a for a in doc.attributions if a.kind == "phrase" and not _own_words(a.source)
                   and a.start < sentence.end and sentence.start < a.end]
        if phrases:
            return phrases[0].source, bool(phrases[0].hedged)
    return None, False


# a quote's cue that denies (key forms, و/ف off): "نفى", "نفت", "تنفي", "ينفون"
_DENIALS = frozenset({"نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نفيا", "نفتا"})


def _denied(doc: Document, start: int, end: int) -> bool:
    """The innermost quote holding [start, end) is a denial: its speaker denies a part in what
    it names, and reports nothing."""
    holding = [q for q in doc.quotes if q.cue is not None and q.content.start <= start and end <= q.content.end]
    if not holding:
        return False
    q = min(holding, key=lambda q: q.content.end - q.content.start)
    return bare_word(key(q.cue.text.strip())) in _DENIALS


_PHRASE_REACH = 120  # characters from the trigger to a "بحسب X" phrase that vouches for it

# "بحسب تعبيره", "على حد قوله": the speaker's own words with a pronoun — no reporter named
_OWN_WORDS = re.compile(r"^(قول|تعبير|وصف|زعم|كلام|رأي|راي)(ه|ها|هم|هما)$")


def _own_words(source: ArgSpan | None) -> bool:
    return source is not None and bool(_OWN_WORDS.match(key(source.text.strip())))
_RELAY_VERBS = ("نقل", "ونقل")
# The type words of news outlets (ta marbuta folded, as event_detect.candidates gives them)
OUTLET_NOUNS = ("صحيفه", "وكاله", "قناه", "موقع", "اذاعه", "مجله", "تلفزيون", "جريده")
# "لصحيفة" / "صحيفة" …: the first four nouns, bare or after لـ (one startswith per word)
_OUTLET_PREFIXES = tuple(p for n in OUTLET_NOUNS[:4] for p in ("ل" + n, n))


def relayed_source(doc: Document, prev: Sequence[Sequence]) -> ArgSpan | None:
    """A statement whose speech an earlier sentence says an outlet relayed ("ونقلت وكالة
    الأنباء السودانية عن …", "في تصريحات لصحيفة «راينيشه بوست»"): that outlet is the source.
    `prev`: token lists of the preceding sentences, nearest first."""
    for tokens in prev:
        for i, t in enumerate(tokens):
            bare = bare_word(t.norm).replace("ة", "ه")
            if bare.startswith(_RELAY_VERBS) and len(bare) <= 6:
                span = _until(doc, tokens, i + 1, "عن")
                if span is not None:
                    return span
            if bare.startswith(_OUTLET_PREFIXES) and i > 0 \
                    and bare_word(tokens[i - 1].norm) in ("تصريحات", "تصريح", "مقابله", "حديث", "مع"):
                return _outlet_name(doc, tokens, i)
    return None


def _until(doc: Document, tokens: Sequence, start: int, stop: str) -> ArgSpan | None:
    words = []
    for t in tokens[start:start + 6]:
        if bare_word(t.norm) == stop:
            break
        words.append(t)
    else:
        return None
    if not words or not _names_someone(doc, words):
        return None
    return ArgSpan(words[0].start, words[-1].end, doc.text[words[0].start:words[-1].end],
                   _entity_in(doc, words[0].start, words[-1].end))


def _outlet_name(doc: Document, tokens: Sequence, i: int) -> ArgSpan | None:
    """The name after an outlet noun: the quoted title («راينيشه بوست»), else the next words
    up to a clause mark or an adjective of origin."""
    text = doc.text[tokens[i].end:tokens[i].end + 60]
    for o, c in (("«", "»"), ('"', '"'), ("“", "”")):
        a = text.find(o)
        if 0 <= a <= 2:
            b = text.find(c, a + 1)
            if b > a + 1:
                start = tokens[i].end + a + 1
                name = doc.text[start:tokens[i].end + b].strip()
                return ArgSpan(start, start + len(name), name, _entity_in(doc, start, start + len(name)))
    return None


def _entity_in(doc: Document, start: int, end: int) -> str | None:
    return next((e.id for e in doc.entities for m in e.mentions
                 if start <= m.start and m.end <= end), None)
