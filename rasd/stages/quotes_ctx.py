"""Per-document context for the quotes stage: tokens, sentence of each token,
entity mention under each token, paired quotation marks, and noun-phrase helpers.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from rasd.model.document import Document
from rasd.model.span import ArgSpan
from rasd.stages.name_mentions import Mention, name_mentions
from rasd.stages.quantities_lex import NOUNS
from rasd.stages.quotes_lex import PUNCT_STOP, Cue, cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_marks import ALL_MARKS, Quotation, pair_marks
from rasd.stages.quotes_np_end import object_starts, through_name
from rasd.text.normalize import norm_key

NP_MAX = 4
COMPLEMENT_MAX = 3  # words of a ل-complement ("تابعة للمعارضة الإيرانية"), the ل-word included
QUOTED_NAME_MAX = 6


@dataclass
class Ctx:
    doc: Document
    toks: list
    norms: list[str]
    sent_of: list[int]
    mention_of: list[Mention | None]
    quotations: list[Quotation]
    stray: list[int]
    opener_at: dict[int, Quotation] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.doc.text

    def same_sentence(self, i: int, j: int) -> bool:
        return 0 <= i < len(self.toks) and 0 <= j < len(self.toks) and self.sent_of[i] == self.sent_of[j]

    def sentence_first(self, i: int) -> int:
        """Index of the first token of token i's sentence (sent_of never decreases)."""
        return bisect.bisect_left(self.sent_of, self.sent_of[i])

    def is_punct(self, i: int) -> bool:
        return self.norms[i] in PUNCT_STOP or self.toks[i].text in ALL_MARKS

    def is_mark(self, i: int) -> bool:
        return self.toks[i].text in ALL_MARKS

    def arg(self, start: int, end: int, entity: str | None = None) -> ArgSpan:
        return ArgSpan(start, end, self.text[start:end], entity)

    def mention_arg(self, m: Mention) -> ArgSpan:
        return self.arg(m.start, m.end, m.entity)

    def token_index_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self._starts, pos)

    def __post_init__(self):
        self._starts = [t.start for t in self.toks]
        self.opener_at = {q.open: q for q in self.quotations}
        self._index: dict = {}

    def cues(self) -> list:
        """`cue_of` of each token: the cue search, the attribution phrases and the comma
        participles each walk every token for it, so it is read once per document."""
        if "cues" not in self._index:
            cues = list(map(cue_of, self.norms))
            for k, n in enumerate(self.norms):
                if n in _BAYYANA_FORMS and self._bayyana(k):
                    cues[k] = _BAYYANA
            self._index["cues"] = cues
        return self._index["cues"]

    def _bayyana(self, k: int) -> bool:
        """"، بين أن …", "فبين أنه …": بين (also "between", so absent from the lexicon) is the
        verb بيّن (stated) right before a complementiser when a clause starts at it (after
        punctuation, or with ف) — held-out U50. Not "الفرق بين أن …" (a noun before it)."""
        if k + 1 >= len(self.norms) or not is_word(self.norms[k + 1], "comp"):
            return False
        return self.norms[k].startswith("ف") or k == 0 or self.is_punct(k - 1)

    # Per-document indexes, built on first use, so that look-backs over the whole
    # article ("the latest X before token i") cost a bisect, not a scan of every token.
    def bare_index(self) -> dict[str, list[int]]:
        """Word without its و/ف → indices of the tokens that read so (ascending)."""
        if "bare" not in self._index:
            out: dict[str, list[int]] = {}
            for k, n in enumerate(self.norms):
                out.setdefault(strip_conj(n), []).append(k)
            self._index["bare"] = out
        return self._index["bare"]

    def titled_index(self) -> dict[str, list[int]]:
        """Title → indices of the first tokens of PER mentions named with it: the word right
        before the name, and the title a few words before it with each run of the words
        after it ("الأمين العام للأمم المتحدة أنطونيو غوتيريس" → الامين, "الامين العام", …)."""
        if "titled" not in self._index:
            out: dict[str, list[int]] = {}
            for k in range(1, len(self.toks)):
                m = self.mention_of[k]
                if m is not None and m.label == "PER" and self.mention_of[k - 1] != m:
                    # "نائب الرئيس مايك بنس" holds no "الرئيس": the deputy's title is his (U54)
                    deputy = k > 1 and strip_conj(self.norms[k - 2]) in _DEPUTY
                    keys = self.title_keys(k) | (set() if deputy else {strip_conj(self.norms[k - 1])})
                    for key in keys:
                        out.setdefault(key, []).append(k)
            self._index["titled"] = out
        return self._index["titled"]

    def surnames(self) -> set[str]:
        """Last words (normalised) of the persons named with two words or more."""
        if "surnames" not in self._index:
            self._index["surnames"] = {norm_key(e.name).split()[-1] for e in self.doc.entities
                                       if e.label == "PER" and len(e.name.split()) >= 2}
        return self._index["surnames"]

    def mentions_of_entity(self, eid: str) -> list:
        """The mention spans of entity `eid` (an index built once)."""
        if "by_entity" not in self._index:
            self._index["by_entity"] = {e.id: list(e.mentions) for e in self.doc.entities}
        return self._index["by_entity"].get(eid, [])

    def title_keys(self, k: int) -> set[str]:
        """The title at most five words before token k, in its clause, with each run of the
        words after it ("وزير", "وزير الخارجيه", "وزير الخارجيه القطري")."""
        j = k - 1
        while j >= max(0, k - 5) and not title_word(self.norms[j]):
            m = self.mention_of[j]
            if self.is_punct(j) or (m is not None and m.label == "PER") or self.norms[j] == "باسم":
                # (an organisation may stand between: "الأمين العام للأمم المتحدة"; but the
                # spokesman in "الناطق باسم رئيسة الوزراء تيريزا ماي" is not her title)
                return set()
            j -= 1
        if j < max(0, k - 5):
            return set()
        while j > 0 and title_word(self.norms[j - 1]):
            j -= 1  # "الأمين العام": the title starts at its first word
        words = [strip_conj(self.norms[x]) for x in range(j, k)]
        return {" ".join(words[:n]) for n in range(1, len(words) + 1)}

    def label_of(self, entity: str) -> str | None:
        """The label (PER, ORG …) of the entity with id `entity`."""
        if "labels" not in self._index:
            self._index["labels"] = {e.id: e.label for e in self.doc.entities}
        return self._index["labels"].get(entity)

    def latest_mention(self, first: str, before: int):
        """Among mentions of entities whose name's first word is `first` that end by
        `before`: (start, -order, mention, entity id) of the latest-starting one, the first
        in entity/mention order on a tie; None when there is none."""
        if "first" not in self._index:
            by_first: dict[str, list] = {}
            order = 0
            for e in self.doc.entities:
                words = norm_key(e.name).split()[:1]
                for m in e.mentions:
                    order += 1
                    if words:
                        by_first.setdefault(words[0], []).append((m.end, (m.start, -order, m, e.id)))
            table = {}
            for key, items in by_first.items():
                items.sort(key=lambda it: it[0])
                best, run = None, []
                for _, cand in items:  # running best, so one bisect answers a query
                    if best is None or cand[:2] > best[:2]:
                        best = cand
                    run.append(best)
                table[key] = ([end for end, _ in items], run)
            self._index["first"] = table
        got = self._index["first"].get(first)
        if got is None:
            return None
        ends, run = got
        pos = bisect.bisect_right(ends, before)
        return run[pos - 1] if pos > 0 else None

    def label_index(self, labels: tuple) -> list[int]:
        """Indices of the tokens under a mention with one of `labels` (ascending)."""
        key = ("labels", tuple(labels))
        if key not in self._index:
            self._index[key] = [k for k, m in enumerate(self.mention_of)
                                if m is not None and m.label in labels]
        return self._index[key]


def _sentence_of_tokens(starts: list[int], sent_starts: list[int]) -> list[int]:
    """Index of the sentence each token (by its start) starts in: the last sentence starting
    at or before it, 0 before the first. With both in text order each sentence's tokens are
    one run: a bisect per sentence instead of one per token."""
    if sent_starts != sorted(sent_starts):  # not in text order: one bisect per token
        return [max(0, bisect.bisect_right(sent_starts, s) - 1) for s in starts]
    out: list[int] = []
    for k in range(len(sent_starts)):
        # tokens starting before sentence k+1 (sentence 0 also takes any tokens before it)
        end = bisect.bisect_left(starts, sent_starts[k + 1]) if k + 1 < len(sent_starts) else len(starts)
        if end > len(out):
            out.extend([k] * (end - len(out)))
    out.extend([0] * (len(starts) - len(out)))  # no sentences at all
    return out


def _mention_of_tokens(starts: list[int], ends: list[int], mentions: list[Mention]) -> list:
    """The first mention (in `mentions` order) overlapping each token; tokens in text order
    and not overlapping, so each mention's tokens are found by bisecting."""
    out: list[Mention | None] = [None] * len(starts)
    for m in mentions:
        for k in range(bisect.bisect_right(ends, m.start), bisect.bisect_left(starts, m.end)):
            if out[k] is None:
                out[k] = m
    return out


_LATER = "لاحقا"  # an adverb of the lexicon (quotes_words.tsv "adv")


def _read_adverbs(norms: list[str]) -> list[str]:
    """"فيما بعد" (later) is an adverb, not the clause word فيما ("while") before the
    preposition بعد: read both words as لاحقا, so "وقال X فيما بعد إن" keeps its complement
    and "وكتبت X فيما بعد تقول" its cue."""
    out = list(norms)
    for k in range(len(out) - 1):
        if out[k] in ("فيما", "وفيما") and out[k + 1] == "بعد":
            out[k] = out[k + 1] = _LATER
        elif out[k] in ("مرة", "مره") and out[k + 1] in _AGAIN_SECOND:
            out[k] = out[k + 1] = _AGAIN  # "وقال مرة أخرى إنه": again, not the speaker (audit U52)
    return out


_AGAIN = "مجددا"
_AGAIN_SECOND = frozenset({"اخري", "ثانية", "ثانيه", "جديدة", "جديده"})


def build_ctx(doc: Document) -> Ctx:
    toks = list(doc.tokens)
    sent_starts = [s.start for s in doc.sentences]
    mentions = name_mentions(doc)
    starts, ends = [t.start for t in toks], [t.end for t in toks]
    if starts == sorted(starts) and ends == sorted(ends):  # the text layer's tokens
        sent_of = _sentence_of_tokens(starts, sent_starts)
        mention_of = _mention_of_tokens(starts, ends, mentions)
    else:  # any other token list: token by token
        sent_of = [max(0, bisect.bisect_right(sent_starts, t.start) - 1) for t in toks]
        mention_of = _scan_mentions(toks, mentions)
    quotations, stray = pair_marks(doc.text)
    return Ctx(doc, toks, _read_adverbs([t.norm for t in toks]), sent_of, mention_of, quotations, stray)


def _scan_mentions(toks: list, mentions: list[Mention]) -> list:
    mention_of: list[Mention | None] = [None] * len(toks)
    mi = 0
    for k, t in enumerate(toks):
        while mi < len(mentions) and mentions[mi].end <= t.start:
            mi += 1
        j = mi
        while j < len(mentions) and mentions[j].start < t.end:
            if mentions[j].end > t.start:
                mention_of[k] = mentions[j]
                break
            j += 1
    return mention_of


def addressee(ctx: Ctx, k: int, m: Mention) -> bool:
    """True when the mention at token k is governed by a preposition (لـ«عكاظ», في بغداد)."""
    tok = ctx.toks[k]
    if m.start > tok.start:
        lead = ctx.norms[k][: max(0, m.start - tok.start)]
        if any(c in "لبك" for c in lead):
            return True
    prev = k - 1
    while prev >= 0 and ctx.mention_of[prev] == m:
        prev -= 1
    return prev >= 0 and word_is(ctx.norms[prev], "prep") and ctx.norms[prev] != "و" \
        and not expressed_verb(ctx, prev, m)


def expressed_verb(ctx: Ctx, j: int, m: Mention) -> bool:
    """"وعبر مروان عن سعادته": عبّر (expressed) opening its clause, with عن after the name, is
    the verb whose subject the name is — not the preposition "via" ("تحدث عبر تويتر عن",
    audit U52: a speaker lost, the quote that followed given to the name before)."""
    if strip_conj(ctx.norms[j]) != "عبر" or not (j == 0 or ctx.sent_of[j - 1] != ctx.sent_of[j]
                                                 or ctx.is_punct(j - 1)):
        return False
    after = ctx.token_index_at(m.end)
    return after < len(ctx.norms) and ctx.norms[after] in ("عن", "عما")


def np_stop(ctx: Ctx, k: int) -> bool:
    """Tokens that end a nominal subject: punctuation, complementisers, prepositions,
    adverbs of time, statement nouns, reporting verbs."""
    n = ctx.norms[k]
    if ctx.is_punct(k):
        return True
    bare = strip_conj(n)
    if is_word(n, "comp") or is_word(bare, "prep") or is_word(n, "prep"):
        return True
    if is_word(n, "adv") or is_word(n, "stmt") or is_word(n, "rel") or is_word(n, "block"):
        return True
    if n[:1].isdigit() or is_word(n, "object"):
        return True  # "أعلنت الوزارة مقتل 12": the object starts, the subject has ended
    if bare in _ACCORDING:
        return True  # "وتؤكد الوزارة حسب البلاغ أن", "كما أكدا، وفق البيان،": a source aside (U50)
    tok = ctx.toks[k]
    if tok.segments and tok.segments[0].kind == "proclitic" and tok.segments[0].norm in "لب":
        # لوكالة الأنباء, بالمستشفى: an addressee or place, not the subject; but "تابعة
        # للمعارضة": an adjective that needs its ل-complement keeps it in the phrase
        return not _lam_complement(ctx, k)
    return cue_of(n) is not None


# "according to" words that open a source aside (بحسب and لـ forms stop as proclitic words)
_ACCORDING = frozenset({"حسب", "وفق", "وفقا", "طبقا"})

# adjectives that are incomplete without whom they belong to ("تابعة لـ", "موالية لـ")
_NEEDS_LAM = frozenset(norm_key(w) for w in (
    "تابع", "تابعة", "تابعون", "تابعين", "التابع", "التابعة", "التابعون", "التابعين",
    "موال", "موالية", "موالون", "موالين", "الموالي", "الموالية", "الموالون", "الموالين"))


def _lam_complement(ctx: Ctx, k: int) -> bool:
    """Token k is the ل-complement of the adjective before it ("تابعة للمعارضة")."""
    return k > 0 and ctx.norms[k].startswith("ل") and strip_conj(ctx.norms[k - 1]) in _NEEDS_LAM


# Definite adjectives that are neither nisbas nor participles (الم…): after a nisba they still
# describe the subject ("الرئيس الأمريكي السابق", "الجيش السوري الحر").
_PLAIN_ADJECTIVES = frozenset(norm_key(w) for w in (
    "السابق", "الأسبق", "الجديد", "الحر", "العام", "الأعلى", "الأول", "الكبير", "الأكبر", "الأعظم",
    "الثاني", "الثالث", "الخاص", "الحاكم", "الرفيع"))


def _definite_nisba(norm: str) -> bool:
    """"العراقي", "الروسية": a definite nisba adjective (not "الولاية": ي after a long vowel)."""
    return (norm.startswith("ال") and len(norm) >= 6 and norm.endswith(("ي", "ية", "يه", "يون", "يين"))
            and norm.rstrip("نةه").rstrip("يو")[-1:] not in ("ا", "و", "ي"))


def _object_after_adjective(ctx: Ctx, k: int) -> bool:
    """"أعلن الجيش العراقي القضاء على …", "أعلنت وزارة الخارجية الروسية دخول …": after a
    definite adjective (a nisba, or one of the plain ones), a word that is neither an adjective
    nor part of a name nor a genitive with ل/ب ("لرئيس المجلس") starts the verb's object; the
    subject has ended."""
    prev, n = strip_conj(ctx.norms[k - 1]), strip_conj(ctx.norms[k])
    adjective = _definite_nisba(prev) or prev in _PLAIN_ADJECTIVES
    if (not adjective or word_is(prev, "title") or ctx.mention_of[k] is not None
            or n[:1] in ("ل", "ب")):
        return False
    if n.startswith("ال"):
        return not n.startswith("الم") and n not in _PLAIN_ADJECTIVES and not _definite_nisba(n)
    return True  # an indefinite word never follows a definite adjective in one phrase


# (pronoun-suffixed words that do continue a definite subject: "المسؤولون أنفسهم", "الجيش وحده")
_EMPHATIC = ("نفس", "انفس", "ذات", "وحد", "كل", "جميع", "كلا", "كلت")


def _object_after_definite(ctx: Ctx, k: int) -> bool:
    """"وأكد المصدر مواصلة الزحف", "نقل بيان عن المؤسسة إعلانها …": a definite word never
    heads a genitive, so an indefinite verbal noun after it (ending in ة, or in a pronoun ها/هم)
    is the verb's object; the subject has ended. Not a name ("الرئيس أسامة" when the NER knows
    it), not a word with a proclitic (و/ل/ب/ك/ف: "ووزارة", "لوزارة", "باسم")."""
    prev, n = strip_conj(ctx.norms[k - 1]), ctx.norms[k]
    if not prev.startswith("ال") or ctx.mention_of[k] is not None or ctx.mention_of[k - 1] is not None:
        return False
    if n[:1] in ("و", "ل", "ب", "ك", "ف") or n.startswith("ال") or not n.endswith(("ة", "ها", "هم", "هما", "هن")):
        return False
    return not n.startswith(_EMPHATIC)


def _counted_people(ctx: Ctx, a: int, limit: int) -> bool:
    """"رجح 3 مسؤولين أميركيين أن": a number opening the subject, before a noun of people with
    no casualty sense, counts the speakers (a number later in the phrase starts the object)."""
    if not ctx.norms[a].isdigit() or a + 1 >= limit:
        return False
    noun = NOUNS.get(ctx.norms[a + 1])
    return noun is not None and noun[0] == "person" and noun[1] is None


def title_word(n: str) -> bool:
    """A title, feminine too ("وزيرة", "الرئيسة")."""
    return word_is(n, "title") or (n.endswith(("ة", "ه")) and word_is(n[:-1], "title"))


def _partitive(ctx: Ctx, a: int, b: int) -> bool:
    """"أكد عدد من المبتعثين أن": من after a word of quantity opening the subject joins the group
    counted, not an adverbial (held-out U50: the speaker was "عدد")."""
    return (b == a + 1 and ctx.norms[b] == "من" and strip_conj(ctx.norms[a]) in _QUANTITY_HEADS
            and b + 1 < len(ctx.norms) and ctx.norms[b + 1].startswith("ال"))


_QUANTITY_HEADS = frozenset({"عدد", "بعض", "مجموعة", "العديد", "عشرات", "مئات", "الاف", "معظم", "اغلب",
                             "كثير", "الكثير", "جميع", "غالبية"})


_DEPUTY = frozenset({"نائب", "مساعد", "مستشار", "وكيل"})

_BAYYANA_FORMS = frozenset({"بين", "وبين", "فبين"})
_BAYYANA = Cue("بين", "بين", False, "v")


def nominal(ctx: Ctx, a: int, limit: int) -> tuple[int, int] | None:
    """Token range of a nominal subject starting at token a (at most NP_MAX tokens)."""
    if a < limit and (pct := _percent_of(ctx, a, limit)):
        return a, pct
    if a >= limit or (np_stop(ctx, a) and not _counted_people(ctx, a, limit)) or word_is(ctx.norms[a], "nosubj"):
        return None
    b, room = a + 1, NP_MAX
    while (b < limit and b - a < room and (not np_stop(ctx, b) or _partitive(ctx, a, b)) and ctx.same_sentence(a, b)
           and not _object_after_adjective(ctx, b) and not _object_after_definite(ctx, b)
           and not _glued_name(ctx, a, b) and not _told_outlet(ctx, b)
           and not _timed(ctx, b) and not _circumstantial(ctx, b) and not object_starts(ctx, b)):
        if _lam_complement(ctx, b):
            room = b - a + COMPLEMENT_MAX  # "وسائل إعلام تابعة للمعارضة الإيرانية": its words too
        b += 1
    if b - a >= room:
        b = through_name(ctx, b, limit)  # the length limit cut a name
    q = ctx.opener_at.get(ctx.toks[b].start) if b < limit else None
    if (q is not None and q.closed and len(ctx.text[q.inner_start:q.inner_end].split()) <= QUOTED_NAME_MAX
            and not (b - a == 1 and strip_conj(ctx.norms[a]).startswith("ال"))):
        # 'قوات "التحالف لدعم الشرعية"': a quoted name completes the description; after a lone
        # definite noun ('ودعت المؤسسة "الجيش الوطني" إلى') it is the verb's object (after a
        # definite phrase with its adjective, 'البرلمان الإسرائيلي "الكنيست"', it names it)
        b = max(b, ctx.token_index_at(q.close + 1))
    return a, b


_HUNDRED = frozenset({"المائة", "المئة", "المائه", "المئه"})


def _percent_of(ctx: Ctx, a: int, limit: int) -> int:
    """"وقال 20 في المائة إنهم", "أفاد 39 في المائة من الديمقراطيين بأنهم": a share of people
    opening the subject speaks (a poll's respondents; audit U52: both quotes had gone to the
    last named speaker). The end of the subject ("من" + one definite word included), or 0."""
    if not ctx.norms[a].isdigit() or a + 2 >= limit or ctx.norms[a + 1] != "في" or ctx.norms[a + 2] not in _HUNDRED:
        return 0
    b = a + 3
    if b + 1 < limit and ctx.norms[b] == "من" and ctx.norms[b + 1].startswith("ال") and ctx.same_sentence(a, b + 1):
        b += 2
    return b


def _circumstantial(ctx: Ctx, k: int) -> bool:
    """"وغرد أحد المواطنين مستنكرا بشكل ساخر": an indefinite accusative participle (م…ا) after
    the subject says how it was done (a حال); the nominative subject ended before it."""
    n = ctx.norms[k]
    return len(n) >= 5 and n[0] == "م" and n.endswith("ا") and ctx.mention_of[k] is None


def _timed(ctx: Ctx, k: int) -> bool:
    """"وذكرت تقارير الأسبوع الماضي أن": a time expression after the subject says when, not who.
    (Not a numbered date, which may be part of a name: "حركة 6 أبريل", "ائتلاف 14 آذار".)"""
    t = ctx.toks[k]
    return any(x.start <= t.start and t.end <= x.end and not x.text[:1].isdigit() for x in ctx.doc.times)


def outlet_told(n: str) -> bool:
    """The normalised word is ل + an outlet noun ("لشبكة", "لصحيفة"): the outlet was told."""
    return n.startswith("ل") and n[1:] in _OUTLETS


def _told_outlet(ctx: Ctx, k: int) -> bool:
    """'وقالت مصادر عسكرية لموقع "سبتمبر نت"', "وقال الرجل لصحيفة تلغراف": ل glued to an outlet
    noun is whom it was told; the subject ended before it (not after a media word or a title:
    "مراسل لقناة …", "المدير العام لوكالة …" say whose)."""
    if not outlet_told(ctx.norms[k]):
        return False
    prev = strip_conj(ctx.norms[k - 1])
    return prev not in _OUTLET_ROLES and not any(word_is(w, c) for w in (prev, prev[:-1]) for c in ("title", "media"))


_OUTLETS = frozenset({"موقع", "صحيفة", "صحيفه", "قناة", "قناه", "وكالة", "وكاله", "شبكة", "شبكه", "تلفزيون",
                      "اذاعة", "اذاعه", "مجلة", "مجله", "راديو", "وسائل",  # (normalised; "لوسائل الإعلام", U42)
                      "مراسل", "مراسلة", "مراسله", "مراسلي"})  # "مصدر أمني لمراسل «الجوهرة»" (U50)
_OUTLET_ROLES = frozenset({"مراسل", "مراسلة", "مراسله", "محرر", "مذيع", "كاتب", "صحفي", "صحافي", "محلل"})


def _glued_name(ctx: Ctx, a: int, k: int) -> bool:
    """"مصدر خليجي لرويترز", "السير كليف لبي بي سي": ل glued to a name the article knows
    is whom it was told; the subject (from token a) ended before it. (The tokenizer leaves
    such ل on the word.) Not after an office or an institution, whose ل is "of" ("السكرتير
    الخاص لهادي", "المديرة العامة لمنظمة …", "الموقع الرسمي لاتحاد …"), nor before a person
    ("مصادر موالية لهادي")."""
    n, m = ctx.norms[k], ctx.mention_of[k]
    if not n.startswith("ل") or len(n) <= 2 or _of_head(strip_conj(ctx.norms[a])):
        return False
    if m is not None:
        return m.start > ctx.toks[k].start and m.label != "PER"  # the name starts after the ل
    got = ctx.latest_mention(n[1:], len(ctx.text))
    return got is not None and ctx.label_of(got[3]) != "PER"  # (got: start, order, mention, entity id)


def _of_head(n: str) -> bool:
    """A head noun whose ل-complement says whose it is: a title (feminine too) or an institution."""
    if n.startswith("ال") and not word_is(n, "prename"):
        return True  # "المنسق العام المساعد لاتحاد …" (not "السير كليف لبي بي سي")
    return any(word_is(w, c) for w in (n, n[:-1]) for c in ("title", "desc", "media"))


def span_arg(ctx: Ctx, a: int, b: int) -> ArgSpan:
    """ArgSpan of tokens [a, b); an entity mention when the range is inside one mention."""
    m = ctx.mention_of[a]
    if m is not None and all(ctx.mention_of[k] == m for k in range(a, b)):
        return ctx.mention_arg(m)
    start = ctx.toks[a].start
    seg = ctx.toks[a].segments
    if seg and seg[0].kind == "proclitic" and seg[0].norm == "و" and strip_conj(ctx.norms[a]) != ctx.norms[a] \
            and ctx.norms[a] not in _PARENTS:
        start = seg[1].start if len(seg) > 1 else start
    return ctx.arg(start, ctx.toks[b - 1].end)


# "والده" (his father) is one word, not و + "الده"; "والدفاع" stays و + الدفاع
_PARENTS = frozenset(norm_key(w) for w in """والد والده والدها والدهم والدي والدة والدته والدتها والدتهم
والدتي والداه والدان والدين والديه""".split())
