"""Event trigger detection: the trigger lexicon and matching on clitic-stripped forms; the
filters that keep only asserted happenings (SPEC §2.6) are in `event_filters`.

`evaluate_gsr` (sentence-level ASSAULT/PROTEST detection on the OEDA gold standard) lives in
`rasd.stages.event_gsr` and is re-exported here beside the detector.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from rasd.lang.lexicon import packaged_text
from rasd.stages.event_counted import counted_people_before
from rasd.stages.event_filter_tolls import lasting_keyed
from rasd.stages.event_filters import accident, asserted_keyed, asserted_of
from rasd.text.chars import is_mark
from rasd.text.normalize import norm_key

LEXICON_FILE = "events_triggers.tsv"
# finite verbs whose definite look-alike is a noun of another meaning
VERB_ONLY = frozenset({"طالب", "طالبا", "طالبت", "طالبوا"})
# verbs spelt as a noun of another meaning that only their place tells apart: the verb opens its
# clause (VSO: "ثمن وزير الدفاع المجهودات", praised); the noun follows a word ("ارتفع ثمن الخبز",
# "بثمن بخس": a price). "وثمن" (with و) has its own row.
CLAUSE_FIRST = frozenset({"ثمن"})
# circumstantial participles of verbal acts ("رافضة القرار"): only the bare word (a و/ف at
# most) is the participle; "المطالبة بالانفصال", "لمطالبة روما" are the noun
PARTICIPLES = frozenset({"رافضا", "رافضه", "منددا", "مندده", "مطالبا", "مطالبه", "رافضين", "منددين",
                         "مطالبين", "داعيا", "داعيه", "داعين"})
# a participle never directly follows a preposition or a time adverb; the noun does ("إثر
# مطالبة مانيلا عمالتها بالمغادرة")
_GOVERNORS = frozenset({"اثر", "بعد", "عقب", "قبل", "مع", "عن", "في", "من", "علي", "الي", "حول",
                        "بشان", "تحت", "وسط", "خلال", "بسبب"})
# a participle right after كان or a verb of remaining is the predicate of a state, no act: "القريني
# الذي كان رافضا للفكرة" (was against it; SPEC 2.7: general states are no events)
_STATE_VERBS = frozenset({"كان", "كانت", "كانوا", "يكون", "تكون", "ظل", "ظلت", "ظلوا", "مازال", "مازالت",
                          "يزال", "تزال", "يزالون"})
_CONJ = "وف"
_CLAUSE_MARKS = frozenset({".", "،", ",", ":", "؛", ";", "!", "؟", "?", "\n"})
_PREP = "بلك"


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]
    prefix: tuple[bool, ...]
    type: str
    mode: str | None
    strength: int
    needs: str | None

    @property
    def size(self) -> int:
        return sum(len(w) for w in self.words) + 10 * (len(self.words) - 1)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    mode: str | None
    strength: int
    first: int  # token index of the first word
    last: int   # token index of the last word (inclusive)


def key(s: str) -> str:
    return norm_key(s, fold_taa=True)


# "…" in a row: zero to this many words of any kind ("سفينة … محملة … مساعدات": a ship's
# name, flag and tonnage sit between); the row stands for one entry per length
_GAP, _GAP_MAX = "…", 4


def parse_entries(lines: Iterable[str]) -> list[Entry]:
    out = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t") + ["", "", "", ""]
        for form in _gapped(cols[0].split()):
            words = tuple(key(w.rstrip("*")) for w in form)
            prefix = tuple(w.endswith("*") for w in form)
            out.append(Entry(words, prefix, cols[1], cols[2] or None, int(cols[3] or 2),
                             key(cols[4]) or None))
    return out


def _gapped(form: list[str]) -> list[list[str]]:
    """The row's word lists with each "…" spelt out as 0.._GAP_MAX "?" words."""
    if _GAP not in form:
        return [form]
    k = form.index(_GAP)
    return [form[:k] + ["?"] * n + rest for n in range(_GAP_MAX + 1) for rest in _gapped(form[k + 1:])]


class Lexicon:
    """Entries indexed by their first word (exact) and by first-word prefixes. Treated as
    read-only once built: `first_word` answers are memoised per candidates tuple."""

    _MEMO_MAX = 65536

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.exact: dict[str, list[Entry]] = {}
        self.prefix: dict[str, list[Entry]] = {}
        for e in entries:
            table = self.prefix if e.prefix[0] else self.exact
            table.setdefault(e.words[0], []).append(e)
        # only the prefix lengths the lexicon has are worth slicing (was: every n ≥ 2)
        self._prefix_lens = tuple(sorted({len(k) for k in self.prefix if len(k) >= 2}))
        # every prefix key starts with one of these heads (the shortest length): a word whose
        # head is not among them matches no prefix entry, and most words are such
        self._head = self._prefix_lens[0] if self._prefix_lens else 0
        self._heads = frozenset(k[:self._head] for k in self.prefix if len(k) >= 2)
        self._memo: dict[tuple[str, ...], tuple[Entry, ...]] = {}
        self._by_norm: dict[str, tuple[tuple[str, ...], tuple[Entry, ...]]] = {}

    def lookup(self, norm: str) -> tuple[tuple[str, ...], tuple[Entry, ...]]:
        """(candidates(norm), first_word of them): one dict hit per token on repeated words."""
        hit = self._by_norm.get(norm)
        if hit is None:
            if len(self._by_norm) >= self._MEMO_MAX:
                self._by_norm.clear()
            cands = candidates(norm)
            hit = self._by_norm[norm] = (cands, self.first_word(cands))
        return hit

    def first_word(self, cands: Sequence[str]) -> tuple[Entry, ...]:
        cands = tuple(cands)
        found = self._memo.get(cands)
        if found is None:
            if len(self._memo) >= self._MEMO_MAX:
                self._memo.clear()
            found = self._memo[cands] = self._first_word(cands)
        return found

    def _first_word(self, cands: tuple[str, ...]) -> tuple[Entry, ...]:
        found: list[Entry] = []
        for c in cands:  # order kept: exact, then prefixes shortest first (ties go to the first)
            found.extend(self.exact.get(c, ()))
            if c[:self._head] not in self._heads:
                continue
            for n in self._prefix_lens:
                if n > len(c):
                    break
                found.extend(self.prefix.get(c[:n], ()))
        return tuple(found)


@lru_cache(maxsize=4)
def default_lexicon(name: str = LEXICON_FILE) -> Lexicon:
    return Lexicon(parse_entries(packaged_text(name).splitlines()))


# Words whose first letter is their own, not the conjunction ف/و before a trigger: فدان (an
# acre) is not ف + دان (condemned)
_OWN_FIRST_LETTER = frozenset({"فدان", "فدانا"})


@lru_cache(maxsize=65536)
def candidates(norm: str) -> tuple[str, ...]:
    """Forms of a token to look up: whole, without و/ف, without a preposition, without ال."""
    w = norm.replace("ة", "ه")
    out = [w]
    if len(w) > 3 and w[0] in _CONJ and w not in _OWN_FIRST_LETTER:
        w = w[1:]
        out.append(w)
    if len(w) > 4 and w[0] in _PREP and w[1:3] == "ال":
        w = w[1:]
        out.append(w)
    elif len(w) > 4 and w.startswith("لل"):
        w = "ا" + w[1:]
        out.append(w)
    if len(w) > 4 and w.startswith("ال"):
        out.append(w[2:])
    elif len(w) > 4 and w[0] in _PREP and not w.startswith(("بال", "لال", "كال", "كهرب")):  # (كهرباء)
        out.append(w[1:])  # "بإعدام" → "اعدام" (the tokenizer keeps ب on non-ال stems)
    elif len(w) == 4 and w[0] in "بل":
        out.append(w[1:])  # "بمنع مغادرة", "بقصف", "اتفاق لوقف": ب/ل on a three-letter verbal noun
    return tuple(dict.fromkeys(out))


_PREPOSITION_WORDS = frozenset({"في", "الي", "علي", "من", "عن", "مع", "وصول", "لوصول"})
# number words that may stand where a row has "#" ("نشرت فرنسا مئات الجنود", "إيقاف أربعة
# عراقيين": the cardinals up to ten spelt out, as Maghreb news writes small counts)
NUMBER_WORDS = frozenset({"الاف", "مئات", "عشرات", "الف", "مئه", "الفي", "مئتي", "مئتين",
                          "اثنين", "اثنان", "ثلاثه", "ثلاث", "اربعه", "اربع", "خمسه", "خمس", "سته", "سبعه",
                          "سبع", "ثمانيه", "ثماني", "تسعه", "تسع", "عشره"})


def _word_matches(word: str, is_prefix: bool, cands: Sequence[str]) -> bool:
    if word == "?":  # any one word ("أطلق مسلحون النار")
        return True
    if word == "_":  # any word but a preposition: a subject ("توصلت روسيا وفصائل المعارضة
        # المسلحة إلى اتفاق"), not "التوصل إلى تسويات للوصول إلى اتفاق"
        return not _PREPOSITION_WORDS.intersection(cands)
    if word == "#":  # a number ("نشرت فرنسا 50 جنديا", not "نشرت الصحيفة صورة جندي")
        return any(c.isdigit() or c in NUMBER_WORDS for c in cands)
    return any(c == word or (is_prefix and c.startswith(word)) for c in cands)


def _entry_matches(entry: Entry, cands_at: Sequence[tuple[str, ...]], i: int) -> bool:
    if i + len(entry.words) > len(cands_at):
        return False
    if entry.words[0] in PARTICIPLES and not _participle(cands_at, i, entry.words[0]):
        return False
    return all(_word_matches(w, p, cands_at[i + k])
               for k, (w, p) in enumerate(zip(entry.words, entry.prefix)))


def find_triggers(tokens: Sequence, *, lexicon: Lexicon | None = None,
                  blocked: Sequence[tuple[int, int]] = ()) -> list[Trigger]:
    """Triggers among `tokens` (one sentence); tokens inside `blocked` spans are skipped."""
    return list(triggers_and_keys(tuple(tokens), lexicon or default_lexicon(), tuple(blocked))[0])


def triggers_and_keys(tokens: tuple, lexicon: Lexicon, blocked: tuple) -> tuple[tuple, list]:
    """(triggers, each token's candidates) — the candidates only when there are triggers."""
    # a sentence is asked about again (the stage with entity spans blocked, then the
    # detector's features without, then detect): the answer depends only on the tokens, the
    # lexicon and which head tokens a blocked span covers, so the last sentence's look-ups and
    # answers are kept (tokens are immutable: the same token objects give the same answer)
    global _LAST
    memo = _LAST
    if (memo is None or memo[1] is not lexicon or len(memo[0]) != len(tokens)
            or not all(a is b for a, b in zip(memo[0], tokens))):
        memo = _LAST = (tokens, lexicon, *_look_up(tokens, lexicon), {})
    looked, heads, answers = memo[2], memo[3], memo[4]
    if not heads:  # most tokens start no entry (and ~40% of sentences have none)
        return (), []
    flags = _blocked_heads(tokens, heads, blocked)
    got = answers.get(flags)
    if got is None:
        out, keys = _find_triggers(tokens, looked, heads, flags)
        got = answers[flags] = (tuple(out), keys)
    return got


_LAST: tuple | None = None  # (tokens, lexicon, looked, heads, {blocked flags: answer})


def _look_up(tokens: tuple, lexicon: Lexicon) -> tuple[list, list[int]]:
    """Each token's (candidates, entries) and the indices of the tokens that start an entry."""
    norms = [t.norm for t in tokens]
    looked = list(map(lexicon._by_norm.get, norms))  # a hit is one dict get, no method call
    if None in looked:  # words not met before: look them up (the lexicon remembers them)
        looked = [hit or lexicon.lookup(n) for hit, n in zip(looked, norms)]
    return looked, [i for i, hit in enumerate(looked) if hit[1]]


def _blocked_heads(tokens: tuple, heads: Sequence[int], blocked: tuple) -> tuple:
    """Per head token, whether a blocked span covers it; () when none is."""
    if not blocked:
        return ()
    # only the blocked spans that reach the heads can block one
    lo, hi = tokens[heads[0]].start, tokens[heads[-1]].end
    near = [(s, e) for s, e in blocked if s < hi and lo < e]
    if not near:
        return ()
    flags = tuple(any(s < tokens[i].end and tokens[i].start < e for s, e in near) for i in heads)
    return flags if any(flags) else ()


def _find_triggers(tokens: tuple, looked: list, heads: Sequence[int],
                   flags: tuple) -> tuple[list[Trigger], list]:
    cands_at = [c for c, _ in looked]
    after = _KeysAfter(cands_at)
    out: list[Trigger] = []
    n_tok = len(tokens)
    free = 0  # the first token not inside the previous match
    for k, i in enumerate(heads):
        if i < free or (flags and flags[k]):
            continue
        tok = tokens[i]
        best = None
        for entry in looked[i][1]:
            if not _entry_matches(entry, cands_at, i):
                continue
            if entry.words[0] in VERB_ONLY and _noun_reading(cands_at, i, entry):
                continue  # "الطالب", "16250 طالب لجوء": a student, an asylum seeker
            if entry.words[0] in CLAUSE_FIRST and i and cands_at[i - 1][0] not in _CLAUSE_MARKS:
                continue
            j = i + len(entry.words)
            if entry.needs == "#<":
                if not counted_people_before(cands_at, i):
                    continue
            elif entry.needs and entry.needs.startswith("<"):
                if not _came_before(entry.needs[1:].split("|"), cands_at, i):
                    continue
            elif entry.needs and (j >= n_tok or not _needs_met(entry.needs, cands_at, after, j)):
                continue
            if best is None or entry.size > best.size:
                best = entry
        if best is None:
            continue
        last = i + len(best.words) - 1
        start = _stem_start(tok, cands_at[i], best)
        out.append(Trigger(start, tokens[last].end, best.type, best.mode, best.strength, i, last))
        free = last + 1
    return out, cands_at


# "=word" needs: the word itself within this many words after the match, not past a
# preposition of leaving ("خرج الآلاف في شوارع المدينة"; not "خرج آلاف المدنيين من البلدة")
_NEAR = 3  # words, not counting punctuation
_AWAY = frozenset({"من", "عن"})


def _needs_met(needs: str, cands_at: Sequence[tuple[str, ...]], after: "_KeysAfter", j: int) -> bool:
    if needs.startswith("!"):  # "!في": not right before في/فيها ("المرة التي يزور فيها")
        return not any(c.startswith(needs[1:]) for c in cands_at[j])
    if not needs.startswith("="):
        return after.has(needs, j)
    word = needs[1:]
    seen = 0
    for cands in cands_at[j:j + 2 * _NEAR]:
        if word in cands:
            return True
        if cands[0] in _AWAY:
            return False
        seen += any(ch.isalnum() for ch in cands[0])  # "الآلاف، الجمعة، في": commas are free
        if seen >= _NEAR:
            return False
    return False


# "<a|b" needs: a word starting a or b up to this many words before the match ("ووصلت امس
# سفينة محملة بالمساعدات"; not "توقيف 17 سفينة تحمل مساعدات")
_BEFORE = 6


def _came_before(stems: Sequence[str], cands_at: Sequence[tuple[str, ...]], i: int) -> bool:
    return any(c.startswith(tuple(stems)) for cands in cands_at[max(0, i - _BEFORE):i] for c in cands)


class _KeysAfter:
    """"needs" words must occur after the match: one joined string of every lookup form of
    each token + each token's offset in it, built on the first entry that has needs (was one
    join per token, quadratic in the sentence length). Every form, not only the last: the
    last form of "باتجاه" is "اتجاه", so needs "باتجاه" never matched."""

    def __init__(self, cands_at: Sequence[tuple[str, ...]]) -> None:
        self._cands_at = cands_at
        self._joined: str | None = None
        self._offs: list[int] = []

    def has(self, word: str, j: int) -> bool:
        if self._joined is None:
            pos = 0
            for c in self._cands_at:
                self._offs.append(pos)
                pos += sum(len(f) + 1 for f in c)
            self._joined = " ".join(f for c in self._cands_at for f in c)
        return self._joined.find(word, self._offs[j]) >= 0


def _participle(cands_at: Sequence[tuple[str, ...]], i: int, word: str) -> bool:
    """`word` is the token itself or the token after a و/ف (no preposition, no ال), and no
    preposition, time adverb or كان-like verb stands right before it."""
    cands = cands_at[i]
    bare = cands[0] == word or (cands[0][:1] in _CONJ and cands[1:2] == (word,))
    return bare and not (i > 0 and (cands_at[i - 1][-1] in _GOVERNORS
                                    or not _STATE_VERBS.isdisjoint(cands_at[i - 1])))


def _noun_reading(cands_at: Sequence[tuple[str, ...]], i: int, entry: Entry) -> bool:
    if "ال" + entry.words[0] in cands_at[i]:
        return True
    if entry.words[0].startswith("طالب") and not any(_demand_object(c[0]) for c in cands_at[i + 1:]):
        return True  # "يعادل معرفة طالب في الصف الخامس": a demand names what with بـ (or أن)
    after = cands_at[i + 1][-1] if i + 1 < len(cands_at) else ""
    before = cands_at[i - 1][0] if i > 0 else ""
    return after == "لجوء" or before[:1].isdigit()


def _demand_object(word: str) -> bool:
    """A word that can open what is demanded: بـ anything ("بالإفراج", "وبوقف"), or أن/بأن."""
    word = word[1:] if word[:1] in _CONJ and len(word) > 2 else word
    return word[:1] == "ب" or word in ("ان", "الي")


def _stem_start(tok, cands: Sequence[str], entry: Entry) -> int:
    """Original offset where the matched form starts: proclitics off, ال kept."""
    hits = [c for c in cands if _word_matches(entry.words[0], entry.prefix[0], (c,))]
    if not hits:
        return tok.without_proclitics()[0]
    base = hits[0]
    if "ال" + base in cands:
        base = "ال" + base
    drop = len(cands[0]) - len(base)
    pos, seen = tok.start, 0
    while seen < drop and pos < tok.end:  # skip `drop` letters (marks/tatweel do not count)
        ch = tok.text[pos - tok.start] if pos - tok.start < len(tok.text) else ""
        if not (is_mark(ch) or ch == "\u0640"):
            seen += 1
        pos += 1
    while pos < tok.end and is_mark(tok.text[pos - tok.start]):  # marks of the dropped letter
        pos += 1
    return pos if pos < tok.end else tok.without_proclitics()[0]


def asserted(tokens: Sequence, trig: Trigger) -> bool:
    """False when the trigger is negated, hypothetical, future, threatened or denied."""
    return asserted_keyed(tokens, [candidates(t.norm) for t in tokens], trig)


def accident_told(tokens: Sequence) -> bool:
    """Does the sentence tell a crash, a collapse or a flood (`event_filters.accident`)?"""
    return accident(" ".join(candidates(t.norm)[-1] for t in tokens))


def lasting(tokens: Sequence) -> bool:
    """"منذ (حوالي) أربعة أشهر": the sentence describes a lasting state."""
    return lasting_keyed([candidates(t.norm)[-1] for t in tokens])


def detect(tokens: Sequence, *, lexicon: Lexicon | None = None,
           blocked: Sequence[tuple[int, int]] = ()) -> list[Trigger]:
    """Asserted triggers of one sentence."""
    tokens = tuple(tokens)
    trigs, keys = triggers_and_keys(tokens, lexicon or default_lexicon(), tuple(blocked))
    if not trigs:
        return []  # keys: each token's candidates(norm), as looked up for the triggers
    got = _KEPT.get(id(trigs))  # the same answer object: the same tokens (see _LAST)
    if got is None or got[0] is not trigs:
        if len(_KEPT) > 8:
            _KEPT.clear()
        got = _KEPT[id(trigs)] = (trigs, asserted_of(tokens, trigs, keys))
    return list(got[1])


_KEPT: dict[int, tuple] = {}  # id(triggers) → (triggers, asserted ones): the features ask again


def evaluate_gsr(data_dir, **kwargs) -> dict:
    """Sentence-level ASSAULT/PROTEST detection F1 on events-gsr-ar (5-fold CV)."""
    from rasd.stages.event_gsr import evaluate_gsr as _eval
    return _eval(data_dir, **kwargs)
