"""The edges of a person's mention (2026-11-27): the tagger runs a name on into the verb of
appointment or speech before it ("عين سيري ميكونن": appointed Sirie Mekonnen), a state word
("المسجون راول بادويل": the jailed), or the accusative title after it ("نايف البكري محافظا":
as governor); and it cuts a compound given name after its first half ("أسد | الله أسدي")."""
from __future__ import annotations

from .norm import norm_key

# past-tense verbs of appointment and speech, and state words, that a name never starts with
_LEADING = frozenset(norm_key(w) for w in """عين عينت أعلن أعلنت قال قالت أكد أكدت أوضح أضاف أقال
المسجون المعتقل المعتقلة الراحل الراحلة المتهم المتهمة الأسير الأسيرة""".split())
# verbs a name never ends with ("أبي عين": Abiy appointed)
_TRAILING_VERBS = frozenset(norm_key(w) for w in "عين عينت أقال".split())
# indefinite accusative titles after a name: "عين X محافظا" (as governor)
_TITLES_AS = tuple(norm_key(w) for w in """محافظا وزيرا قائدا رئيسا سفيرا مديرا نائبا مستشارا
متحدثا ناطقا أمينا مبعوثا""".split())
# first halves of compound given names whose second half is الله or الدين (a separate word)
_COMPOUND_HEADS = frozenset(norm_key(w) for w in "أسد عبد نصر عطا حسب سيف نور عز صلاح فتح جار خير".split())
_COMPOUND_TAILS = frozenset(norm_key(w) for w in ("الله", "الدين"))


def person_edges(toks, a: int, b: int) -> tuple[int, int]:
    """Token range [a, b) of a person's chunk with the edges above fixed. A chunk of two
    words keeps both unless one is a verb (a name of one word is still a name)."""
    if b - a >= 2 and norm_key(toks[a].text) in _LEADING:
        a += 1
    if b - a >= 2 and (norm_key(toks[b - 1].text) in _TRAILING_VERBS or _title_as(norm_key(toks[b - 1].text))):
        b -= 1
    if a > 0 and norm_key(toks[a].text) in _COMPOUND_TAILS and norm_key(toks[a - 1].text) in _COMPOUND_HEADS \
            and toks[a - 1].end + 1 >= toks[a].start:
        a -= 1  # "أسد الله أسدي" (not across punctuation)
    return a, b


def _title_as(word: str) -> bool:
    """An accusative title, or one misspelt by a letter ("محافطا")."""
    return word.endswith("ا") and any(word == t or (len(word) == len(t) and len(t) >= 5
                                                   and sum(x != y for x, y in zip(word, t)) == 1)
                                      for t in _TITLES_AS)
