"""English football clubs' last words, transliterated: a name that ends in one is the club
(ORG), whatever the tagger said ("من بلاكبيرن روفرز" was a man, audit U58; "ليدز يونايتد",
"ولفرهامبتون واندررز", "توتنهام هوتسبير", "وست بروميتش ألبيون"). "سيتي" is left out: "كانساس
سيتي" is a city."""
from __future__ import annotations

from .norm import norm_key

_CLUB_ENDS = frozenset(norm_key(w) for w in """يونايتد يونايتيد روفرز واندررز وندررز هوتسبير هوتسبر
ألبيون البيون""".split())


def club_name(words: list[str]) -> bool:
    """Do the words (two or more) end in a club's last word?"""
    return len(words) >= 2 and norm_key(words[-1]) in _CLUB_ENDS
