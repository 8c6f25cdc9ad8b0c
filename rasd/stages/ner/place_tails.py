"""A person's or a place's chunk the tagger runs on into ل/ب + a listed place: "زيارة وزير
الدفاع يعقوب الصراف لباريس" is the minister's visit to Paris, "منطقة الغليل بعدن" the quarter
in Aden. The letter is a preposition and the word after it another entity, a place."""
from __future__ import annotations

# the letters a place's name takes as a preposition after a name: to (ل), in (ب)
_PREPOSITIONS = ("ل", "ب")
_PLACE_LISTS = frozenset({"LOCB"})  # (a big place: a village list names anything)


def place_after_name(toks, chunks: list[tuple[int, int, str]], types, place) -> list[tuple[int, int, str]]:
    """PER and LOC chunks of two words or more whose last word is ل/ب + a place the lists give
    as a big one ("لباريس", "بعدن") and the label priors saw mostly as a place (`place`: not
    the family names بكير, بويلي, whose rest كير, ويلي is listed too; no priors, no cut), while the word as written
    is in no list (not لبنان, بغداد, لندن), end before it, and the word is a LOC chunk of its
    own (the stage takes the letter off as it does from any place)."""
    out: list[tuple[int, int, str]] = []
    for a, b, lab in chunks:
        last = toks[b - 1].text
        if (lab in ("PER", "LOC") and b - a >= 2 and last[:1] in _PREPOSITIONS and len(last) >= 4
                and last.isalpha() and not types(last) and types(last[1:]) & _PLACE_LISTS and place(last[1:])):
            out += [(a, b - 1, lab), (b - 1, b, "LOC")]
        else:
            out.append((a, b, lab))
    return out
