"""Names of works, vessels and weapons the tagger reads as places or persons (audit U52): a film's,
a programme's or a ship's name after the noun that says what it is ('فيلمهما الشهير "فارغو"',
"في برنامج بوليتكا", 'السفينة الأمريكية "ديكاتور"') is MISC; a missile's model ('"شهاب-3"') is
a MISC name with its number, as gold-dev writes "بدر-1"; one Latin letter alone is no name
("آيفون 5S", "فيتامين E"); and a person's chunk that runs over from a
Latin title into the Arabic name after it starts at the name."""
from __future__ import annotations

from rasd.stages.numbers import is_scale

from .norm import norm

# nouns that say the name after them is a work's or a vessel's (MISC: SPEC 2.1, "other names")
_WORK_NOUNS = frozenset(norm(w) for w in """فيلم فيلمه فيلمها فيلمهما الفيلم مسلسل المسلسل برنامج البرنامج
رواية الرواية مسرحية المسرحية أغنية الأغنية ألبوم الألبوم السفينة المدمرة الفرقاطة البارجة الغواصة""".split())
# an adjective between the noun and the name: "الشهير", "الأمريكية"
_ADJ_ENDS = ("ي", "ية", "يه", "ير", "يرة", "يره", "يد", "يدة", "يده")
_OPEN_QUOTES = frozenset('"«“')


def _work_noun(word: str) -> bool:
    w = norm(word)
    return w in _WORK_NOUNS or (len(w) > 4 and w[0] in "وبلف" and w[1:] in _WORK_NOUNS)


def after_work_noun(toks, a: int) -> str | None:
    """How the chunk at token `a` follows a work's or vessel's noun: "quoted" in quotation marks
    after it and up to two adjectives ('السفينة الأمريكية "ديكاتور"'), "next" right after it
    ("برنامج بوليتكا"); None when it does not ("البرنامج النووي لطهران": the country)."""
    if a > 0 and _work_noun(toks[a - 1].text):
        return "next"
    k = a - 1
    if k < 0 or toks[k].text not in _OPEN_QUOTES:
        return None
    k -= 1
    for _ in range(3):
        if k < 0:
            return None
        if _work_noun(toks[k].text):
            return "quoted"
        w = norm(toks[k].text)
        if not (w.startswith("ال") and w.endswith(_ADJ_ENDS)):
            return None
        k -= 1
    return None


def model_end(toks, b: int) -> int | None:
    """Where a name's chunk ends when a hyphen and a number follow it with no space: a weapon's
    or a product's model ('"بدر-1"', "إس-400", "S-400", "شهاب-3"), a MISC name with its
    number, as gold-dev writes "بدر-1" (the tagger stops at the hyphen, and named the first
    half a man, a place or nothing); None when no such number follows."""
    if b + 1 >= len(toks) or toks[b].text not in ("-", "–"):
        return None
    name, dash, number = toks[b - 1], toks[b], toks[b + 1]
    if name.end != dash.start or dash.end != number.start or not number.text[:1].isdigit():
        return None
    if b + 2 < len(toks) and is_scale(toks[b + 2].norm):
        return None  # "630 مليون دولار-515 مليون يورو": two amounts, no model
    return b + 2


def latin_word_halves(text: str, toks, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A Latin word written with a hyphen ("Wi-Fi", "G-Unit") is one word: a chunk of one of its
    halves covers both, and a chunk of the other half goes (the tagger stops at the hyphen
    and names each half on its own: "Wi" and "Fi" were two products)."""
    if "-" not in text:
        return chunks
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for a, b, lab in sorted(chunks):
        if a in taken:
            continue
        while b + 1 < len(toks) and _glued_latin_pair(text, toks, b - 1):
            b += 2
        while a >= 2 and _glued_latin_pair(text, toks, a - 2):
            a -= 2
        out = [c for c in out if c[1] <= a]  # a chunk of a half before, now inside
        taken.update(range(a, b))
        out.append((a, b, lab))
    return out


def _glued_latin_pair(text: str, toks, k: int) -> bool:
    """Tokens k, k+1, k+2 are Latin letters, "-", Latin letters, with no space between."""
    if k < 0 or k + 2 >= len(toks) or toks[k + 1].text != "-":
        return False
    left, dash, right = toks[k], toks[k + 1], toks[k + 2]
    return (left.end == dash.start and dash.end == right.start
            and _latin_word(left.text) and _latin_word(right.text))


def _latin_word(word: str) -> bool:
    return word.isascii() and word.isalpha()


def lone_latin_letter(text: str, start: int, end: int) -> bool:
    """One Latin letter alone is never a name: a model's letter ("آيفون 5S", "Scud-B",
    "آيفون X"; "S-400" is a name with its number, `model_end`), a vitamin ("فيتامين E"), a letter quoted as a letter ('الحرف «L»'),
    a broken-up acronym's first letter ("C.I.A")."""
    return end - start == 1 and text[start].isascii() and text[start].isalpha()


def latin_lead(toks, a: int, b: int) -> int:
    """Where a person's chunk starts when it begins in Latin words and goes on in Arabic ones
    ("Fury Road توم هاردي": a film's title, then the actor): at the first Arabic word."""
    if b - a < 2 or not toks[a].text[:1].isascii() or not toks[a].text[:1].isalpha():
        return a
    for k in range(a + 1, b):
        ch = toks[k].text[:1]
        if "\u0600" <= ch <= "\u06ff":
            return k
    return a
