"""What the article says around a toponym: cue words, region phrasing, the dateline."""
from __future__ import annotations

import bisect
import re
from itertools import accumulate
from dataclasses import dataclass

from rasd.gazetteer.variants import base_key
from rasd.stages.places.lexicons import DIRECTION_ADJ, cue_words, nisba, plural_cues, strip_proclitic
from rasd.text.chars import TASHKEEL

# a word: a run of letters and the vowel marks on them (marks are no letters to re: without
# them "غَيْرَ مُحِلِّي" split into single letters, and "رَ م" was read as Rome); the group
# keeps the words in re.split's answer
_WORD_SPLIT = re.compile(rf"([^\W\d_](?:[^\W\d_]|[{TASHKEEL}])*)", re.UNICODE)
_DASH = re.compile(r"\s[-–—]+\s?|--")
_HAS_DASH = re.compile(r"[-–—]")
_ENDS = frozenset(".!?\n:")  # a sentence or line ends in the gap: the left context stops


@dataclass(frozen=True)
class MentionContext:
    cue: str | None = None          # kind of the cue word right before (see places_cues.tsv)
    cue_word: str | None = None     # its base key
    direction: bool = False         # "شمال X", "X الشمالي": a region of X
    near: bool = False              # "قرب X", "بالقرب من X", "أطراف X"
    dateline: bool = False
    adjective: str | None = None    # ISO2 of the name's own nationality adjective: "طرابلس الليبية", "العاصمة الأردنية عمان"


class TextContext:
    """Word positions of an article, for looking left and right of a span."""

    def __init__(self, text: str) -> None:
        self.text = text
        # (start, end, base key) per word, from one split of the text into gap, word, gap, …,
        # word, gap and C-level maps: no match objects, no Python loop per word (every word of
        # every article comes through here)
        pieces = _WORD_SPLIT.split(text)
        self.surfaces = pieces[1::2]  # the words as written
        self._gap_texts = pieces[2:-1:2]  # the text between word j and word j+1
        ends = list(accumulate(map(len, pieces)))  # where each piece ends
        self.starts = ends[0:-1:2]
        self.keys = list(map(base_key, self.surfaces))
        self.words = list(zip(self.starts, ends[1::2], self.keys))
        self.dateline_end = dateline_end(text)
        self._before_memo: dict[tuple[int, int], list[str]] = {}

    def gaps(self) -> list[str]:
        """The text between word j and word j+1, for every j."""
        return self._gap_texts

    def before(self, pos: int, n: int = 3) -> list[str]:
        """Base keys of up to `n` words before `pos`, nearest first, within its sentence and line.
        Kept per (pos, n): the cue, capital and region rules each ask it of the same mention
        (callers do not change the list)."""
        memo = self._before_memo
        hit = memo.get((pos, n))
        if hit is None:
            hit = memo[(pos, n)] = self._before(pos, n)
        return hit

    def _before(self, pos: int, n: int) -> list[str]:
        i = bisect.bisect_right(self.starts, pos - 1)
        # a word that straddles pos (proclitic + name) is not a word before the name
        if i and self.words[i - 1][1] > pos:
            i -= 1
        out = []
        j = i - 1
        while j >= 0 and len(out) < n:
            # a line break or sentence punctuation ends the left context
            if out and not _ENDS.isdisjoint(self._gap_texts[j] if j + 1 < len(self.words)
                                            else self.text[self.words[j][1]:pos]):
                break
            out.append(self.words[j][2])
            j -= 1
        return out  # nearest first

    def after(self, pos: int, n: int = 2) -> list[str]:
        i = bisect.bisect_left(self.starts, pos)
        return [w[2] for w in self.words[i:i + n]]

    def mention(self, start: int, end: int) -> MentionContext:
        """The context of the span, kept per span (asked when splitting homonyms and again when
        ranking; the context is immutable)."""
        memo = self.__dict__.setdefault("_mentions", {})
        hit = memo.get((start, end))
        if hit is None:
            hit = memo[(start, end)] = self._mention(start, end)
        return hit

    def _mention(self, start: int, end: int) -> MentionContext:
        prev = self.before(start)
        cues = cue_words()
        cue = word = None
        near = direction = False
        before_adj = None
        if len(prev) > 1 and prev[0] in nisba() and strip_proclitic(prev[1], cues) is not None:
            # "العاصمة الأردنية عمان", "المدينة السورية حلب": the cue and the country both hold
            before_adj, prev = nisba()[prev[0]], prev[1:]
        for k, w in enumerate(prev[:3]):
            hit = strip_proclitic(w, cues)
            if hit is None:
                if k == 0 and w == "من":  # "بالقرب من X"
                    continue
                break
            kind = cues[hit]
            if kind == "near":
                near = True
            elif kind == "direction":
                direction = True
            elif cue is None:
                cue, word = kind, hit
        if cue is None and len(prev) > 1 and prev[0] == "من" and is_flight_verb(prev[1]):
            cue, word = "fled", prev[1]  # "فروا من الباغوز": a place people can live in
        if cue is None and self.text[max(0, start - 2):start] == " و":
            cue, word = self._list_cue(start, cues)  # "حيي المنشية والعباسية": both are quarters
        nxt = self.after(end, 2)
        if nxt and (nxt[0] in DIRECTION_ADJ or " ".join(nxt) in DIRECTION_ADJ):
            direction = True
        # only when the adjective follows the name directly: "جنيف السويسرية", not "جنيف، السورية"
        adjective = nisba().get(nxt[0]) if nxt and not self.text[end:end + 1].strip() else None
        adjective = adjective or before_adj
        return MentionContext(cue=cue, cue_word=word, direction=direction, near=near,
                              dateline=start < self.dateline_end, adjective=adjective)


    def _list_cue(self, start: int, cues: dict[str, str]) -> tuple[str | None, str | None]:
        """The cue of a list a name joined by و ends: a dual or plural cue word (حيي، أحياء،
        قرى، بلدتي …) a few words back, with only names between ("أحياء تشرين وجوبر والقابون")."""
        for w in self.before(start, _LIST_REACH)[1:]:
            hit = strip_proclitic(w, cues)
            if hit is not None:
                return (cues[hit], hit) if hit in plural_cues() else (None, None)
        return None, None


_LIST_REACH = 6  # words back from a listed name to its list's cue


# Verbs of flight and displacement (hand-written): "فروا من X" names the place people left.
FLIGHT_VERBS = frozenset(base_key(w) for w in (
    "فر", "فرت", "فروا", "فرتا", "يفر", "يفرون", "نزح", "نزحت", "نزحوا", "ينزحون", "هرب", "هربت",
    "هربوا", "يهربون", "فارين", "نازحين", "هاربين", "الفارين", "النازحين", "الهاربين", "غادروا", "خرجوا"))


# the same with و/ف before it, as one set: scans ask it of every word
FLIGHT_FORMS = FLIGHT_VERBS | {p + v for p in ("و", "ف") for v in FLIGHT_VERBS}


def is_flight_verb(key: str) -> bool:
    return key in FLIGHT_VERBS or (key[:1] in ("و", "ف") and key[1:] in FLIGHT_VERBS)


def dateline_end(text: str) -> int:
    """End of the dateline ("إدلب - ", "عين اليوم – عمان", "اتلانتا، … (CNN)--"), 0 when none."""
    head = text[:80]
    stop = len(head)
    for ch in ("\n", ":", "(", "."):
        k = head.find(ch)
        if 0 <= k < stop:
            stop = k
    # (most texts have no dash near their start: no regex pass then)
    dashes = [m for m in _DASH.finditer(head) if m.start() <= stop + 1] if _HAS_DASH.search(head) else []
    if dashes:
        last = dashes[-1]
        tail = head[last.end():stop]
        # "X - قُتل ثلاثة …": the text after the last dash is the story, not the dateline
        if stop < len(head) and len(tail.split()) <= 3:
            return stop
        return last.start()
    if 0 < stop <= 50 and text[stop:stop + 1] == "(" and "--" in text[stop:stop + 12]:
        return stop
    return 0
