"""Chunks the tagger reads with or as a neighbour's word (audit U66), each a quick look at the
chunk's words and neighbours asked by `NerStage._fill`:
- "بقطر" (with a diameter of) before a measure, read as Qatar;
- a given name called after يا, read as a place;
- a word with tanween, an indefinite noun;
- a country, a verb's object, run onto the ruler named before it;
- a verb of "she" run onto the name after it;
- a nisba agreeing with the noun before a group's name, run onto the name.
"""
from __future__ import annotations

from .norm import norm_key

# "بقطر" is "with a diameter of" before a measure: "ساعة بقطر 40 ملليمتر", "بقطر يصل إلى"
_DIAMETER = frozenset(norm_key(p + "قطر") for p in ("ب", "وب"))
_MEASURE_VERBS = frozenset(norm_key(w) for w in "يصل يبلغ يتراوح قدره يزيد يقل".split())


def diameter_word(word: str, nxt: str) -> bool:
    """Is the written word "بقطر" before a number or a verb of measure ("بقطر يصل إلى 40
    ملليمتر", "بقطر 30 سنتيمترا")? A diameter, not Qatar (audit U66). (The places stage asks
    it too, of the words around a listed name it would add.)"""
    return norm_key(word) in _DIAMETER and (nxt[:1].isdigit() or norm_key(nxt) in _MEASURE_VERBS)


def diameter(toks, a: int) -> bool:
    """`diameter_word` of the chunk's one word and the token after it."""
    return a + 1 < len(toks) and diameter_word(toks[a].text, toks[a + 1].text)


# the vocative particle: "اقعدي يا هند" calls a woman, whom the tagger reads as India (الهند)
_VOCATIVE = frozenset(norm_key(w) for w in ("يا", "ويا", "فيا"))
_GIVEN = frozenset({"PERF", "PERM"})


def called_name(toks, a: int, types) -> bool:
    """Is the chunk's one word a listed given name right after يا ("اقعدي يا هند")? The person
    called, not a place (audit U66: India, by الهند)."""
    return a > 0 and norm_key(toks[a - 1].text) in _VOCATIVE and bool(types(toks[a].text) & _GIVEN)


# tanween (ً ٌ ٍ): the mark of an indefinite noun, which a name never takes
_TANWEEN = frozenset("\u064b\u064c\u064d")


def with_tanween(word: str) -> bool:
    """Is the chunk's one word written with tanween ("لنظام عبدٍ تابع": a slave, "سلاحاً")? An
    indefinite noun, no name (audit U66; the places stage refuses such words the same way)."""
    return not _TANWEEN.isdisjoint(word)


def country_after_person(toks, chunks: list, state) -> list:
    """Split a person's chunk whose last word is a country's name and whose word before it ends
    another person's chunk of the article: "وحكم الجنرال فرانكو إسبانيا" beside "فرانثيسكو
    فرانكو" is Franco ruling Spain, not a man named فرانكو إسبانيا (audit U66). `state(word)`:
    the word names a state. Chunks are (a, b, label)."""
    ends = [(a, b) for a, b, lab in chunks if lab == "PER"]
    if not ends:
        return chunks
    out = []
    for a, b, lab in chunks:
        if lab == "PER" and b - a >= 2 and state(toks[b - 1].text):
            last = toks[b - 2].norm
            if any(toks[e - 1].norm == last for s, e in ends if (s, e) != (a, b)):
                out += [(a, b - 1, "PER"), (b - 1, b, "LOC")]
                continue
        out.append((a, b, lab))
    return out


def verb_before_name(toks, chunks: list, plain) -> list:
    """Drop a perfect verb of "she" ("وزارت", "قالت") the tagger ran onto a name the article
    writes alone elsewhere: "وزارت نايدو مع عدد من الصحفيين" beside "وقالت نايدو" is Naidoo
    visiting, not a woman named زارت نايدو (audit U66). Only a chunk of two words whose first
    is و/ف + a word ending in ت that the label priors see untagged (`plain`; not بريجيت, nor
    إليوت, whose prior is kept for يوت), and whose second word is a person's chunk on its own
    or ends one elsewhere."""
    pers = [(a, b) for a, b, lab in chunks if lab == "PER"]
    if len(pers) < 2:
        return chunks
    out = []
    for a, b, lab in chunks:
        first = toks[a].text
        if lab == "PER" and b - a == 2 and first[:1] in "وف" and first.endswith("ت") and len(first) >= 5 \
                and plain(first):
            name = toks[a + 1].norm
            if any(toks[e - 1].norm == name for s, e in pers if (s, e) != (a, b)):
                out.append((a + 1, b, lab))
                continue
        out.append((a, b, lab))
    return out


def disagreeing_nisba(toks, a: int, b: int, known_group) -> bool:
    """Is the last word of an organisation's chunk a feminine nisba ("الإيرانية") after a group
    name whose head is masculine ("حزب الله")? It agrees with the noun before the name
    ("ميليشيات حزب الله الإيرانية": Iran's militias), not with the name (audit U66). Only when
    the words before it are a listed armed group's name (`known_group`): a firm's official
    name may end in one ("أرامكو السعودية"), as may a plural's ("وحدات حماية الشعب الكردية")."""
    if b - a < 2:
        return False
    last, head = norm_key(toks[b - 1].text), norm_key(toks[a].text)
    return (last.startswith("ال") and last.endswith("يه") and not head.endswith(("ه", "ات"))
            and known_group(" ".join(t.text for t in toks[a:b - 1])))
