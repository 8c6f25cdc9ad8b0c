"""The conjunction و/ف written on a word: news Arabic joins "and"/"so" to the next word
(وقال، فالجيش), and many rules read a word's meaning without it."""
from __future__ import annotations


def without_conjunction(word: str, longer_than: int = 3) -> str:
    """`word` less a leading و or ف when it is longer than `longer_than` letters.

    The length guard keeps short words whose first letter is their own (وزن، فيه): 3 fits
    a verb or noun of three root letters plus the conjunction; 0 strips whatever follows."""
    return word[1:] if word[:1] in "وف" and len(word) > longer_than else word
