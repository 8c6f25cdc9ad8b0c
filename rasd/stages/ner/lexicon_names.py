"""Named groups from the actor lexicon (داعش, حزب الله …) that the CRF missed, also behind
the proclitics the text stage left on a name's first word (بحماس, لبي بي سي). Methods of the
NER stage (`LexiconNames`, mixed into `NerStage`: they read its group names and memos)."""
from __future__ import annotations

import re

from rasd.model.document import Document

from .actors import CLITIC_LETTERS, clitic_readings
from .actors import key as actor_key
from .org_context import QUOTE_TYPE_KEYS
from .mentions import is_arabic, is_definite
from .norm import norm_key
from .nouns import CLOSE_QUOTES as _CLOSE_QUOTES, OPEN_QUOTES as _OPEN_QUOTES
from .starts import after_letters
from .textmemo import flagged


_FIRST_MAX = 200_000
_NO_READINGS = (None, None)  # `_clitic_readings` of a word that no clitic letters put before a name

# A Latin-script name written inside Arabic text: "(CNN)", "(PKK)"
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z&.-]*")

# indefinite adjectives of degree that follow a common noun, never a group's name: "بحماس كبير"
# (with great enthusiasm; audit U46 read Hamas there)
_DEGREE_ADJECTIVES = frozenset(norm_key(w) for w in """كبير كبيرة شديد شديدة بالغ بالغة منقطع
فائق فائقة واضح واضحة متزايد متزايدة""".split())


def _first_key(text: str) -> str:
    """Actor-lexicon key of an Arabic or Latin-script word ("" otherwise)."""
    return actor_key(text) if is_arabic(text) or LATIN_NAME.fullmatch(text) else ""


def _first_keys(texts: list[str], memo: dict[str, str]) -> list[str]:
    """`_first_key` of every token text, memoised in a plain dict: tokens repeat, and a dict
    look-up per token costs a fraction of an lru_cache call."""
    if len(memo) > _FIRST_MAX:
        memo.clear()
    out = list(map(memo.get, texts))
    for i in [i for i, k in enumerate(out) if k is None]:  # (new words only: a few per article)
        out[i] = memo[texts[i]] = _first_key(texts[i])
    return out


class LexiconNames:
    """Find the actor lexicon's group names in a document (see the module's docstring)."""

    def lexicon_mentions(self, doc: Document, taken: list[bool],
                         starts: dict[int, int] | None = None) -> list[tuple[int, int, str]]:
        """Named groups from the actor lexicon (داعش, حزب الله …) that the CRF missed.

        A name may carry a preposition or conjunction the text stage left on its first word
        (بحماس, لداعش, بتويتر, لبي بي سي): its mention then starts after it, recorded in
        ``starts`` (first token index → offset)."""
        toks = doc.tokens
        out: list[tuple[int, int, str]] = []
        texts = [t.text for t in toks]
        firsts = _first_keys(texts, self._first_memo)
        names, prefixes = self.group_names, self.group_prefixes
        i = 0
        # only words that may open a name are tried (most words open none: `_may_open_group`)
        for c in flagged(texts, self._group_open_memo, self._may_open_group):
            if c < i or taken[c]:
                continue  # (inside the name found before)
            i = c
            best = None
            k = firsts[i]
            # (`_extend` finds nothing after a key that starts no longer name: most words)
            if k in names and self._as_written(toks[i], k):
                best = (self._extend(toks, taken, i + 1, k) if k in prefixes else None) or i + 1
            elif k in prefixes:
                best = self._extend(toks, taken, i + 1, k)
            if (best is None and starts is not None and toks[i].text[:1] in CLITIC_LETTERS
                    and self._clitic_memo.get(toks[i].text) != _NO_READINGS):  # (known to read as no name)
                best = self._after_clitic(toks, taken, i, starts, firsts)
            if best:
                out.append((i, best, "ORG"))
                i = best
        return out

    def _may_open_group(self, text: str) -> bool:
        """May a group name start at a word with this text: its key is a name or a name's first
        words, or clitic letters stand before one (`_clitic_readings`)? What `lexicon_mentions`
        tests first at each word, asked once per text (it depends on nothing else)."""
        k = self._first_memo.get(text)  # (`_first_keys` has just keyed the document's texts)
        if k is None:
            k = _first_key(text)
        if not k:
            return False
        if k in self.group_names or k in self.group_prefixes:
            return True
        return text[:1] in CLITIC_LETTERS and self._clitic_readings(text) != _NO_READINGS

    def _extend(self, toks, taken: list[bool], j: int, k: str) -> int | None:
        """End of the longest group name that starts with key `k` and goes on at token `j`."""
        best = None
        opened = False  # 'الجوهرة "اف ام"': the rest of a listed outlet's name in quotation marks
        while j < len(toks) and k in self.group_prefixes and not taken[j]:
            if not opened and toks[j].text in _OPEN_QUOTES and k not in QUOTE_TYPE_KEYS:
                opened = True  # (a type word's quoted name is quoted_orgs' to read: 'حركة "فتح"')
                j += 1
                continue
            w = norm_key(toks[j].text)
            k = k + " " + (w[2:] if w.startswith("ال") and len(w) > 3 else w)
            j += 1
            if k in self.group_names and not opened:
                best = j
            elif (k in self.group_names and j < len(toks) and toks[j].text in _CLOSE_QUOTES
                  and self.group_names[k][0].endswith("MED")):
                # the name ends after the closing mark, as 'حزب «الشعوب الديمقراطي»'; outlets
                # only: 'التحالف الدولي ضد "داعش"', 'تحالف "دعم الشرعية"' quote another name or a
                # slogan inside a coalition's (no entity, SPEC 2.7)
                best = j + 1
        return best

    def _after_clitic(self, toks, taken: list[bool], i: int, starts: dict[int, int], firsts) -> int | None:
        """A group name whose first word carries a clitic letter: a bare one-word name
        (بحماس) or the first word of a longer one (لبي بي سي, بحزب الله) — unless a longer
        name starts at the next word ("بتنظيم الدولة الإسلامية في العراق والشام")."""
        if toks[i].text[:1] not in CLITIC_LETTERS:
            return None  # most words: settled before normalising
        after = self._bare_after_clitic(toks[i])
        if after and i + 1 < len(toks) and norm_key(toks[i + 1].text) in _DEGREE_ADJECTIVES:
            return None  # "بحماس كبير": with great enthusiasm, not Hamas
        if after:
            starts[i] = after
            return i + 1
        alt = self._prefix_after_clitic(toks[i])
        if alt is None:
            return None
        end = self._extend(toks, taken, i + 1, alt[0])
        nxt = firsts[i + 1] if i + 1 < len(toks) else None
        if end is None or (nxt and (self._extend(toks, taken, i + 2, nxt) or 0) > end):
            return None
        starts[i] = alt[1]
        return end

    def _bare_after_clitic(self, tok) -> int | None:
        """Offset after the clitic letters before a bare-written group name (not a plural of
        members, لحوثيين "for some Houthis", which names people)."""
        n = self._clitic_readings(tok.text)[0]
        return None if n is None else after_letters(tok, n)

    def _prefix_after_clitic(self, tok) -> tuple[str, int] | None:
        """(key, offset) of the first word of a many-word group name after the clitic letters
        the text stage left on it: لبي (بي بي سي), بحزب (حزب الله)."""
        hit = self._clitic_readings(tok.text)[1]
        return None if hit is None else (hit[0], after_letters(tok, hit[1]))

    def _clitic_readings(self, text: str) -> tuple[int | None, tuple[str, int] | None]:
        """(letters before a bare group name, (key, letters) before a longer name's first
        word) of a token text, memoised."""
        hit = self._clitic_memo.get(text)
        if hit is None:
            if len(self._clitic_memo) > _FIRST_MAX:
                self._clitic_memo.clear()
            hit = self._clitic_memo[text] = (self._bare_letters(text), self._prefix_letters(text))
        return hit

    def _bare_letters(self, text: str) -> int | None:
        t = norm_key(text)
        if t.endswith(("يين", "يون")):
            return None
        for n, rest in clitic_readings(t):  # (the set tests first: most rests are in none)
            if len(rest) >= 3 and rest in self.group_names and rest in self.actors.bare and actor_key(rest) == rest:
                return n
        return None

    def _prefix_letters(self, text: str) -> tuple[str, int] | None:
        for n, rest in clitic_readings(norm_key(text)):
            if rest in self.group_prefixes and actor_key(rest) == rest:
                return rest, n
        return None

    def _as_written(self, tok, k: str) -> bool:
        """A one-word lexicon name matches a word only as it is written: "القاعدة" (the group)
        is not "قاعدة" (a base), though their keys are one; "داعش", "حماس" are written bare."""
        return k in self.actors.bare or is_definite(norm_key(tok.text))
