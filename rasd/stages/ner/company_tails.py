"""Companies' transliterated last words: "سوفت | بنك", "تويوتا | موتور", "الخليج | إيرويز" (audit
U62). The tagger stops at the word it knows, the company's own; the English corporate word after
it is part of the name (SoftBank, Toyota Motor), never a word of the sentence."""
from __future__ import annotations

# as written in the news (both hamza spellings listed), without ال: a common noun "البنك" stays out
_TAILS = frozenset("""موتور موتورز إيرويز ايرويز إيرلاينز ايرلاينز سيستمز تكنولوجيز
تيليكوم تليكوم إنرجي انرجي فودز كابيتال غروب جروب هولدينغ هولدينغز هولدنغ كوربوريشن كوربوريشين
بتروليوم فارماسوتيكالز إلكترونيكس الكترونيكس بارتنرز فاينانشال موبايل ستورز""".split())
# a bank after a name: only after an organisation the tagger found ("سوفت بنك"), for a man
# or a place before بنك is as likely its customer's or its town's name
_BANK = "بنك"
_MAX_TAILS = 2  # "تويوتا موتور كوربوريشن"


def company_tails(toks, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Extend a chunk by the corporate words right after it (one space apart, none the start of
    another chunk); the whole is an organisation."""
    if not any(t.text in _TAILS or t.text == _BANK for t in toks):
        return chunks  # (most texts name no such company: one pass over the words)
    starts = {a for a, _, _ in chunks}
    out: list[tuple[int, int, str]] = []
    for a, b, lab in chunks:
        end = b
        while (end < len(toks) and end - b < _MAX_TAILS and end not in starts
               and toks[end - 1].end + 1 == toks[end].start
               and (toks[end].text in _TAILS or (toks[end].text == _BANK and lab == "ORG"))):
            end += 1
        out.append((a, end, "ORG") if end > b else (a, b, lab))
    return out
