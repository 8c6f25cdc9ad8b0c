"""Arabic number expressions → values, on the normalised view (SPEC §2.4).

Handles digits ("12", "1,200", "1.200", "2.5"), number words with their case and
gender forms, duals (ألفين، مئتي، ألفا، مليونا), composites (ثلاثة آلاف وخمسمائة),
mixed forms ("30 ألف", "2.5 مليون", "نصف مليون") and vague plurals (عشرات، مئات،
آلاف → floor 10/100/1000, "عشرات الآلاف" → 10000).

Input is text already through `rasd.text.normalize` (alef forms folded, ى → ي,
tashkeel removed, digits ASCII), so only those spellings are listed here.
"""
from __future__ import annotations

import re

# kind: "u" adds (units, teens part, tens, compound hundreds), "h" multiplies a unit by 100,
# "s" is a scale (×1000, ×10^6, ×10^9), "d" a dual scale (a whole value), "f" a fraction,
# "v" a vague plural (floor value, multiplies like a scale when followed by one).
_WORDS: dict[str, tuple[float, str]] = {}


def _add(kind: str, value: float, *forms: str) -> None:
    for f in forms:
        _WORDS[f] = (value, kind)


_add("u", 1, "واحد", "واحدة")
_add("u", 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي")
_add("u", 3, "ثلاث", "ثلاثة")
_add("u", 4, "اربع", "اربعة")
_add("u", 5, "خمس", "خمسة")
_add("u", 6, "ست", "ستة")
_add("u", 7, "سبع", "سبعة")
_add("u", 8, "ثمان", "ثماني", "ثمانية")
_add("u", 9, "تسع", "تسعة")
_add("u", 10, "عشر", "عشرة")
_TENS = ("عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع")
for _i, _stem in enumerate(_TENS, start=2):
    _add("u", _i * 10, _stem + "ون", _stem + "ين")
_add("h", 100, "مئة", "مائة", "ماية", "مية")
_add("u", 200, "مئتان", "مئتين", "مئتي", "مئتا", "مائتان", "مائتين", "مائتي", "مائتا")
for _i, _stem in enumerate(("ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"), start=3):
    _add("u", _i * 100, _stem + "مئة", _stem + "مائة")
_add("u", 800, "ثمانيمئة", "ثمانيمائة")
_add("s", 1000, "الف", "الاف")
_add("d", 2000, "الفان", "الفين", "الفي", "الفا")
_add("s", 1_000_000, "مليون", "ملايين")
_add("d", 2_000_000, "مليونان", "مليونين", "مليوني", "مليونا")
_add("s", 1_000_000_000, "مليار", "مليارات", "بليون")
_add("d", 2_000_000_000, "ملياران", "مليارين", "ملياري", "مليارا")
# Trillions: "3.5 ترليون دولار" is 3.5e12, not 3.5 (held-out U42).
_add("s", 1_000_000_000_000, "تريليون", "تريليونات", "ترليون", "ترليونات")
_add("d", 2_000_000_000_000, "تريليونان", "تريليونين", "تريليوني", "تريليونا", "ترليونان", "ترليونين", "ترليوني", "ترليونا")
_add("f", 0.5, "نصف")
_add("f", 0.25, "ربع")
_add("v", 10, "عشرات")
_add("v", 100, "مئات", "مئات")
# "احد/احدى" are numbers only inside a teen ("احد عشر"); alone they mean "one of" (§2.7).
_TEEN_ONE = ("احد", "احدي")

VAGUE_ALONE = {"الاف": 1000, "ملايين": 1_000_000}  # a bare plural scale is vague too

# "3ر1 مليون" (Petra, KUNA): a decimal with ر for the point, stored in reverse — 1.3 million
_DIGITS = r"\d+ر\d+(?![^\W\d_])|\d+(?:[.,]\d+)*"
_word_alt = "|".join(sorted(_WORDS, key=len, reverse=True))
# One atom: digits, or a whole number word (optionally with the article, as in "العشرات");
# احد/احدي only as the first half of a teen.
ATOM = (rf"(?:{_DIGITS}|(?:ال)?(?:{_word_alt})(?![^\W\d_])"
        rf"|(?:{'|'.join(_TEEN_ONE)})(?=\s+عشرة?(?![^\W\d_])))")
# A phrase: atoms joined by spaces and/or the conjunction و ("ثلاثة آلاف وخمسمائة"); a scale
# word may also be glued to the digits before it ("67,4مليون دولار", "5ملايين شخص": a typing
# slip, not a noun "مليون" counted 67.4 times).
_scale_alt = "|".join(sorted((w for w, (_, k) in _WORDS.items() if k in "sd"), key=len, reverse=True))
_GLUED_SCALE = rf"(?<=\d)(?=(?:{_scale_alt})(?![^\W\d_]))"
PHRASE = rf"{ATOM}(?:(?:(?:\s+و?|\s*و)\s?|{_GLUED_SCALE}){ATOM})*"
PHRASE_RE = re.compile(PHRASE)
_ATOM_RE = re.compile(ATOM)


def parse_digits(s: str) -> float | None:
    """'1,200' / '1.200' → 1200, '2.5' → 2.5, '12' → 12, '3ر1' → 1.3."""
    if "ر" in s:
        low, high = s.split("ر")
        return float(f"{high}.{low}")
    if "," in s or "." in s:
        parts = re.split(r"[.,]", s)
        # A separator followed by exactly three digits groups thousands.
        if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))
        if s.count(".") + s.count(",") == 1:
            return float(s.replace(",", "."))
        return None
    return float(s)


def _atoms(phrase: str) -> list[str]:
    return [m.group() for m in _ATOM_RE.finditer(phrase)]


def parse_number(phrase: str) -> tuple[int | float, bool] | None:
    """Value of a normalised number phrase and whether it is vague; None if not a number."""
    atoms = _atoms(phrase)
    if not atoms:
        return None
    total = 0.0
    cur = 0.0
    vague = False
    seen = False
    last_scale = 0.0
    for i, atom in enumerate(atoms):
        if atom[0].isdigit():
            v = parse_digits(atom)
            if v is None or cur:
                return None  # "22 و29" are two numbers, not 51
            cur += v
            seen = True
            continue
        word = atom[2:] if atom.startswith("ال") and atom[2:] in _WORDS else atom
        if word in _TEEN_ONE:
            if i + 1 < len(atoms) and atoms[i + 1] in ("عشر", "عشرة"):
                cur += 1
                continue
            return None
        value, kind = _WORDS[word]
        seen = True
        if kind == "u":
            cur += value
        elif kind == "h":
            cur = cur * 100 if 0 < cur < 10 else cur + 100
        elif kind == "f":
            # "مليون ونصف" is 1.5 million: a fraction after a scale takes that scale.
            cur += value * last_scale if (last_scale and not cur) else value
            last_scale = 0.0
        elif kind == "v":
            vague = True
            cur = cur * value if cur else value
        elif kind == "d":
            if cur:
                cur *= value / 2  # "عشرات ملايين"-like oddities: keep the scale
            else:
                cur = value
            last_scale = value / 2
            total += cur
            cur = 0
        else:  # scale
            if cur == 0:
                if word in VAGUE_ALONE and i == 0:
                    vague = True
                cur = 1
            total += cur * value
            last_scale = value
            cur = 0
    if not seen:
        return None
    value = total + cur
    if value == int(value):
        value = int(value)
    return value, vague


def words() -> list[str]:
    """All number words known (normalised), for other modules' regexes."""
    return sorted(_WORDS)


def is_scale(word: str) -> bool:
    """A scale word, single or dual (normalised): الف، ملايين، مليارين — "515 مليون" is an amount."""
    return _WORDS.get(word, (0, ""))[1] in ("s", "d")
