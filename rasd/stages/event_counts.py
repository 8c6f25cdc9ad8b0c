"""How many an event counts (SPEC §2.6): per category, the quantity nearest its trigger, victim
groups joined by و added up, and the quantities that are not its toll — risen running tolls,
since-the-start totals, parts of a breakdown already counted.
"""
from __future__ import annotations

import re
from typing import Sequence

from rasd.lang.lexicon import while_openers
from rasd.model.document import Document
from rasd.model.record import Count
from rasd.model.span import Span
from rasd.stages.event_dates import ANSWERING, after_phrases, toll_start, too_old
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_mentions import clause_bounds
from rasd.stages.numbers import parse_number

# Which quantity categories an event type may claim.
TYPE_CATEGORIES = {
    "ASSAULT": ("killed", "injured", "abducted", "missing"),
    "COERCE": ("arrested",),
    "DISPLACE": ("displaced",),
    "PROTEST": ("participants", "killed", "injured", "arrested"),
    "RETREAT": ("other",),
}


# the words that open a "while" clause with a toll of its own ("فيما قتل ثلاثة")
_WHILE = while_openers()
_REGARDING = ("يتعلق", "يخص")  # "فيما يتعلق بـ": "as for", no new clause


def _while_openers(tokens: Sequence) -> list[int]:
    """Indexes of the words that open a "while" clause (فيما، بينما)."""
    return [k for k, t in enumerate(tokens) if t.norm in _WHILE
            and not (k + 1 < len(tokens) and tokens[k + 1].norm.startswith(_REGARDING))]


def pick_counts(doc: Document, sent: Span, etype: str, trig: Trigger,
                taken: set[str], tokens: Sequence = ()) -> dict[str, Count]:
    """Per category, the quantity nearest the trigger; victim groups joined by و add up
    ("عشرة من رجال الأمن وثلاثة عاملين" = 13 killed). "بعد ثلاثة أيام من مقتل 14 شخصا" divides
    the sentence: the 14 are the earlier happening's, not the news before بعد; so does "ردا
    على"/"انتقاما لـ" (the answered act's toll is not the answer's)."""
    cats = TYPE_CATEGORIES.get(etype, ())
    out: dict[str, Count] = {}
    lo, hi = sent.start, sent.end
    cuts = [after for after, _body, _t in after_phrases(doc, sent, tokens)] if tokens else []
    if tokens and toll_start(tokens, trig) < sent.end:
        cuts.append(toll_start(tokens, trig))  # the running toll is not this act's count
    cuts += [t.end for t in tokens if sent.start <= t.start < sent.end
             and candidates(t.norm)[0] in ANSWERING]  # "قصفت … انتقاما لمقتل جنديين"
    for cut in cuts:
        lo, hi = (lo, min(hi, cut)) if trig.start < cut else (max(lo, cut), hi)
    qs = [q for q in doc.quantities if lo <= q.start and q.end <= hi
          and q.category in cats and q.id not in taken]
    # "أسفرا عن مصرع 11 وإصابة 30، فيما قتل ثلاثة … وأصيب تسعة": a toll told after فيما/بينما
    # counts, per category, what that clause tells when it tells one — not the toll before it
    # (the toll before may still take what follows: "قتل خمسة فيما أصيب عشرة" is one act's)
    opened = max((tokens[k].start for k in _while_openers(tokens) if lo <= tokens[k].start < trig.start),
                 default=None)
    if opened is not None:
        own = {q.category for q in qs if q.start >= opened}
        qs = [q for q in qs if q.start >= opened or q.category not in own]
    qs = [q for q in qs if not _part_of(doc, q, qs) and not _since_start(doc, tokens, q)
          and not _over_the_period(tokens, q) and not _in_breakdown(doc, q)]
    for q in sorted(qs, key=lambda q: abs(q.start - trig.start)):
        if q.category in out:
            continue
        group = _coordinated(doc, q, [x for x in qs if x.category == q.category])
        extra = _uncounted_tail(doc, group[-1]) + _uncounted_head(doc, group[0])
        if len(group) > 1 and all(x.qualifier == "exact" and isinstance(x.value, int) for x in group):
            out[q.category] = Count(sum(x.value for x in group) + extra, "exact", group[0].id)
        elif extra and len(group) == 1 and q.qualifier in _ADDABLE and isinstance(q.value, int):
            out[q.category] = Count(q.value + extra, q.qualifier, q.id)
        else:
            out[q.category] = Count(q.value, q.qualifier, q.id, q.high)
    one = _one_of_them(tokens, trig)
    if one is not None:  # "ولقي 14 شخصا مصرعهم …، أحدهم برصاص قوات الأمن": this act killed one
        out = {cat: Count(1, "exact", None) if _quantity_start(doc, c) < one else c for cat, c in out.items()}
    return out


# "وارتفعت حصيلة قتلى التفجير إلى سبعة", "ليرتفع عدد القتلى إلى 12": a toll told as risen to
# the quantity — the same happening's count as it now stands
_RISEN = re.compile(r"(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع)\S*(?:\s+[^\s،,.؛:]+){0,6}?\s+(?:إلى|الى)\s*$")
_RISEN_REACH = 80  # characters before the quantity


def risen_tolls(doc: Document) -> frozenset:
    """Ids of the quantities a rise word leads up to ("ارتفع عدد القتلى إلى 7") within their
    sentence and clause (the words between hold no comma)."""
    out = set()
    for q in doc.quantities:
        if q.category not in ("killed", "injured", "arrested", "displaced", "abducted", "missing"):
            continue
        sent = next((s for s in doc.sentences if s.start <= q.start < s.end), None)
        lo = max(q.start - _RISEN_REACH, sent.start if sent is not None else 0)
        if _RISEN.search(doc.text[lo:q.start]):
            out.add(q.id)
    return frozenset(out)


def _quantity_start(doc: Document, c: Count) -> int:
    """Where the quantity a count was read from starts (a summed count: its first)."""
    q = next((q for q in doc.quantities if q.id == c.quantity), None)
    return q.start if q is not None else -1


# "أحدهم", "إحداهن", "أحدهما": one of those counted before
_ONE_OF = frozenset({"احدهم", "احداهم", "احداهن", "احدهما", "احداهما", "احدها"})


def _one_of_them(tokens: Sequence, trig: Trigger) -> int | None:
    """The offset of "أحدهم" right before the trigger (at most one word between: "أحدهم قتل
    برصاص"), when it opens the trigger's phrase after a toll: the act told of one of them."""
    for tok in reversed(tokens[max(0, trig.first - 2):trig.first]):
        if candidates(tok.norm)[-1].lstrip("و") in _ONE_OF or tok.norm.lstrip("و") in _ONE_OF:
            return tok.start
    return None


# "تسعة رجال وامرأة" (10), "ستة أطفال وثلاثة بالغين" (9): a toll phrase ending on people the
# quantities stage does not count — a bare indefinite person (one, or two as a dual) or a
# number + a plural noun (…ين/…ون) right after "و" — adds them up (SPEC §2.6: one act, one toll).
_ONE_PERSON = frozenset({"امراة", "رجل", "رجلا", "طفل", "طفلا", "طفلة", "فتاة", "سيدة", "شاب",
                         "شابا", "صبي", "صبيا", "فتى"})
_TWO_PERSONS = frozenset({"امراتين", "امراتان", "رجلين", "رجلان", "طفلين", "طفلان", "طفلتين",
                          "فتاتين", "سيدتين", "شابين", "صبيين"})
# counted nouns whose genitive the quantities stage leaves out of the span ("11 رجل أمن")
_CONSTRUCT_HEADS = frozenset({"رجل", "رجال", "عناصر", "افراد", "منتسبي"})
_ADDABLE = ("exact", "at_least")
_TRAIL = "،,.؛:\"»)"


def _uncounted_tail(doc: Document, q) -> int:
    """People chained to quantity `q` by "و" that no quantity covers: 1, 2 or the number's value."""
    after = doc.text[q.end:q.end + 50]
    words = after.split()[:3]
    words = words[1:] if _genitive_first(q, words) else words[:2]  # "11 رجل أمن وأربعة مقيمين"
    if not words or not words[0].startswith("و") or after[:1] not in (" ", "\u00a0"):
        return 0
    start = q.end + after.index(words[0])
    if any(x.start <= start < x.end for x in doc.quantities):
        return 0  # a quantity of its own (another category, or chained already)
    head = _alef(words[0][1:].rstrip(_TRAIL))
    if head in _ONE_PERSON | _TWO_PERSONS:
        # "30 سيدة وطفلا": past ten the counted noun is a singular the next one shares (30 in all)
        return 0 if not isinstance(q.value, int) or q.value > 10 else 1 if head in _ONE_PERSON else 2
    parsed = parse_number(head) if len(words) == 2 else None
    noun = _alef(words[-1].rstrip(_TRAIL))
    if (parsed is None or parsed[1] or not isinstance(parsed[0], (int, float)) or parsed[0] != int(parsed[0])
            or parse_number(noun) is not None or not noun.endswith(("ين", "ون"))):
        return 0
    return int(parsed[0])


# "إن ضابطا وثلاثة جنود قتلوا" (4): one person named by a bare indefinite role noun right before
# "و" + the quantity is counted with it (the quantities stage counts no number-less noun)
_ONE_ROLE = frozenset({"ضابطا", "جنديا", "شرطيا", "مدنيا", "عسكريا", "مواطنا", "مسلحا", "مقاتلا",
                       "عنصرا", "مجندا", "حارسا", "صحفيا", "ناشطا", "طالبا"}) | (_ONE_PERSON - {"رجل", "طفل", "شاب", "صبي"})


def _uncounted_head(doc: Document, q) -> int:
    """1 when a lone role noun ("ضابطا", "امرأة") stands right before the quantity's "و"."""
    before = doc.text[max(0, q.start - 30):q.start]
    if not before.endswith("و"):
        return 0
    words = before[:-1].split()
    if not words or before[:-1][-1:] not in (" ", "\u00a0"):
        return 0
    start = q.start - len(before) + before.rfind(words[-1])
    if _alef(words[-1]) not in _ONE_ROLE or any(x.start <= start < x.end for x in doc.quantities):
        return 0  # (a counted noun of its own: "خمسة مدنيين وثلاثة جنود" are two quantities)
    return 1 if isinstance(q.value, int) else 0


def _genitive_first(q, words: list[str]) -> bool:
    """The quantity ends on a construct head ("11 رجل") and the next word is its genitive ("أمن")."""
    last = q.text.split()[-1:]
    return (bool(last) and _alef(last[0]) in _CONSTRUCT_HEADS and bool(words)
            and words[0].isalpha() and not words[0].startswith("و"))


def _alef(word: str) -> str:
    """Hamza'd alefs folded the way the lists above and numbers.py spell them."""
    return word.translate(_ALEF_FOLD)


_ALEF_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


# "ليرتفع عدد القتلى منذ بداية الهجوم إلى 1000", "قتل 1200 منذ اندلاع الحرب": a toll counted
# from a campaign's start is cumulative (SPEC §2.6), no one act's count — not "منذ صباح اليوم"
_SINCE = frozenset({"منذ"})
_STARTS = frozenset({"بدايه", "بدء", "اندلاع", "انطلاق", "مطلع", "بدايات"})
_SINCE_REACH = 8  # tokens between the count and منذ, either side, within its clause


def _since_start(doc: Document, tokens: Sequence, q) -> bool:
    """The quantity's clause counts from a start: "منذ بداية/بدء/اندلاع …" or "منذ" + an old
    date near it."""
    at = next((i for i, t in enumerate(tokens) if t.start <= q.start < t.end or t.start >= q.start), None)
    if at is None:
        return False
    lo, hi = clause_bounds(tokens, at, at)
    lo, hi = max(lo, at - _SINCE_REACH), min(hi, at + _SINCE_REACH + 1)
    return any(candidates(tokens[i].norm)[0] in _SINCE and i + 1 < len(tokens)
               and (_STARTS & set(candidates(tokens[i + 1].norm)) or _old_date_at(doc, tokens[i + 1]))
               for i in range(lo, hi))


# "وشهدت نفس الفترة … مقتل 11 إرهابياً", "ما أدى خلال الفترة نفسها إلى مقتل نحو عشرين": a toll
# over a period told before is cumulative (SPEC §2.6), no one act's count
_PERIOD = "الفتره"
_SAME = frozenset({"نفس", "نفسها", "ذاتها", "هذه", "تلك"})
_PERIOD_REACH = 12  # tokens from the period's mention to the count, in its sentence


def _over_the_period(tokens: Sequence, q) -> bool:
    """A back-reference to a period ("نفس الفترة", "الفترة نفسها/ذاتها", "تلك الفترة") stands
    up to twelve tokens before the quantity, no sentence end between."""
    at = next((i for i, t in enumerate(tokens) if t.start >= q.start), None)
    if at is None:
        return False
    for i in range(at - 1, max(-1, at - _PERIOD_REACH - 1), -1):
        if tokens[i].norm in (".", "!", "?"):
            return False
        if _PERIOD in candidates(tokens[i].norm):
            near = [candidates(tokens[j].norm)[-1] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
            return any(w in _SAME for w in near)
    return False


def _old_date_at(doc: Document, tok) -> bool:
    """A date opening at `tok` older than the event window ("منذ عام 2011", "منذ مارس 2015")."""
    return any(t.start <= tok.start < t.end and t.type in ("date", "range") and t.value
               and too_old(t.value, doc.meta.published, date_end=t.value_end) for t in doc.times)


def _part_of(doc: Document, q, qs: list) -> bool:
    """"مقتل 12 شخصا بينهم قياديان": a count right after بينهم/منهم names some of the count of its
    category just before it, not the toll."""
    after = (q.text.split()[-1:] if q.text.split()[-1:] and q.text.split()[-1] in _AMONG
             else doc.text[q.end:q.end + 8].split()[:1])  # ("اثنان منهم" is one span)
    for x in qs:
        gap = doc.text[x.end:q.start].split() if x.category == q.category and x.end <= q.start else None
        if gap is None:
            continue
        if (gap and len(gap) <= _PART_GAP and any(w in _AMONG for w in gap)) or (
                gap and gap[-1] in _AMONG and len(gap) <= 2 * _PART_GAP) or (after and after[0] in _AMONG):
            return True  # ("عدد قتلى النظام بينهم 12 ضابطا، اثنان منهم برتبة عميد")
    return False


# "سقوط 28 قتيلا – 17 متمردا و11 عنصرا من القوات الموالية – وعشرات الجرحى", "(…)": numbers in
# a closed aside right after a count break that count down by side; they are no count of their own
_ASIDES = {"–": "–", "—": "—", "-": "-", "(": ")"}
_ASIDE_REACH = 80  # characters from the aside's opening to its close


def _in_breakdown(doc: Document, q) -> bool:
    """Does `q` stand in a dash or bracket aside that opens with a number right after another
    quantity and closes again?"""
    for x in doc.quantities:
        if not x.end <= q.start <= x.end + _ASIDE_REACH:
            continue
        gap = doc.text[x.end:x.end + 3].lstrip(" \u00a0")
        opener = gap[:1]
        if opener not in _ASIDES:
            continue
        first = x.end + doc.text[x.end:].index(opener) + 1
        inner = doc.text[first:q.start]
        close = doc.text.find(_ASIDES[opener], q.end, x.end + _ASIDE_REACH)
        if (close >= 0 and opener not in inner and not any(c in inner for c in ".،:؛")
                and any(y.start == first + len(inner) - len(inner.lstrip()) for y in doc.quantities)):
            return True
    return False


_AMONG = frozenset({"بينهم", "منهم", "ومنهم", "وبينهم", "بينهن", "منهن", "بينها", "منها"})
_PART_GAP = 3


def _coordinated(doc: Document, q, same: list) -> list:
    """`q` and the same-category quantities chained to it by a bare "و"."""
    chain = sorted(same, key=lambda x: x.start)
    i = chain.index(q)
    lo = hi = i
    while lo > 0 and _and_between(doc, chain[lo - 1], chain[lo]):
        lo -= 1
    while hi + 1 < len(chain) and _and_between(doc, chain[hi], chain[hi + 1]):
        hi += 1
    return chain[lo:hi + 1]


def _and_between(doc: Document, a, b) -> bool:
    gap = doc.text[a.end:b.start].strip()
    return gap == "و" or (gap == "" and doc.text[b.start:b.start + 1] == "و")
