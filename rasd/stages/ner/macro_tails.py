"""A region that spans countries takes the adjective the tagger left out: "آسيا وأميركا |
الشمالية" is North America, not the United States (audit U58). The places stage lists these
regions (places_words.tsv, macro_region); the NER name lists know "أمريكا الشمالية" but not
every spelling ("أميركا الشمالية"), so the tagger stops at the country's word."""
from __future__ import annotations

from rasd.gazetteer.variants import base_key
from rasd.stages.places.lexicons import macro_regions


def macro_region_tails(toks, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Extend a place chunk by the one definite word right after it when the two (the first
    word without its proclitics) are a listed macro region; a one-word chunk of that word
    alone is absorbed. Only a space between them, and the word untagged or a lone chunk."""
    starts = {a: (b, lab) for a, b, lab in chunks}
    out: list[tuple[int, int, str]] = []
    skip: set[int] = set()
    for a, b, lab in sorted(chunks):
        if a in skip:
            continue
        if (lab == "LOC" and b < len(toks) and toks[b].norm.startswith("ال") and toks[b].text.isalpha()
                and toks[b - 1].end + 1 == toks[b].start and (b not in starts or starts[b][0] == b + 1)):
            first = toks[a]
            head = first.text[first.without_proclitics()[0] - first.start:]
            words = [head] + [t.text for t in toks[a + 1:b + 1]]
            if base_key(" ".join(words)) in macro_regions():
                out.append((a, b + 1, "LOC"))
                skip.add(b)
                continue
        out.append((a, b, lab))
    return out
