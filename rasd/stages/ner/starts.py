"""Where a name begins inside the first word of its mention: is its first letter a proclitic?

The text stage splits clitics by general rules (و/ف before three letters, ب/ك/ل only before ال
or a function word). Those suit running text but not every name: فلاح, فيصل and وليد begin
with the letter a conjunction would be, and لحماس, لأردوغان carry a preposition the rules
must keep for لبنان and بغداد. For the first word of a mention two more witnesses exist: the
NER name lists, and the article itself (the same name written elsewhere without the letter).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from rasd.text.chars import is_mark
from rasd.text.cliticlex import PARTICLES, WHOLE
from rasd.text.normalize import norm_key
from rasd.text.tokenize import Token

from .gazetteer import PERSON_TYPES

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_SMALL_PLACES = frozenset({"LOCS"})  # villages are named like anything: weak evidence
_PLACE_OR_ORG = frozenset({"LOCB", "ORG"})
# Nouns that head an organisation's name ("وكالة أنباء فارس", "منظمة حظر الأسلحة"); orgs.py
# builds names on them, and a preposition before one is never part of the name (لوكالة)
ORG_HEAD_WORDS = "منظمة وكالة حزب رابطة اتحاد نادي جامعة مؤسسة منتدى صحيفة"
_ORG_HEADS = frozenset(ORG_HEAD_WORDS.split())
# "father/mother of": a kunya's first word, which no name begins with ب or ل before
_KUNYA_HEADS = frozenset(norm_key(w) for w in "أبي أبو أم".split())
_LONG = 5  # letters: a listed person name this long is distinctive (أردوغان), a short one not (جين)
_GIVEN = 4  # letters: a listed given name this long before more name words ("بياسر القحطاني", "لمحمد بن عطية")


def mention_start(tok: Token, types: Callable[[str], frozenset[str]], words: Callable[[], Counter[str]],
                  after: str = "", *, after_name: bool = False, surname: bool = False,
                  in_news: Callable[[str], bool] = lambda w: False, after_nationality: bool = False) -> int:
    """Original offset where a mention whose first token is `tok` starts.

    `types(form)`: the form's types in the NER name lists; `words()`: counts of the normalised
    forms of the article's tokens (called only when needed); `after`: the mention's other
    words. A conjunction is kept as part of the name when the whole word is a listed name and
    the rest is not (وليد, فيصل), or a listed village and the rest nothing at all (فسديس), or
    when the article writes the whole word again and the rest never alone (وليام, no place or
    organisation behind the letter, and no name right before it: `after_name`); ف,
    rarely a conjunction before a name, is kept whenever the whole word is listed (فرانك) or
    the rest is in no list and never alone in the article (فارنبورو, "فايسبوك"). A
    preposition the text stage left on comes off when the whole word is in no list and the
    rest stands alone elsewhere in the article (لحماس … حماس) or is a listed country, city
    or organisation, alone or with the mention's other words (بنابلس, بشرم الشيخ), or a long
    listed person name (لأردوغان); a short one is not enough: لجين, بشيري. A preposition
    the text stage split off before ال or a function word stays when the whole word is a
    listed person's name and the rest is nothing known (كالين, بان). A listed given name of four
    letters or more behind the letter comes off too when more name words follow ("ممثلة بياسر
    القحطاني", "الإخراج الأول لمحمد بن عطية", audit U58): the whole word is in no list. Neither letter ever
    comes off a word the article writes as the last word of a full person name (`surname`:
    "جون بلمار" … "وقال بلمار", "ألبرتو فوجيموري" … "أن فوجيموري"), whatever the rest is
    (لمار is a listed town). `in_news(word)`: is the word common in unlabelled news; a
    conjunction's letter stays when the whole word is and the rest never is ("ويندوز",
    "ويكيليكس": nobody writes يندوز) and no article follows it ("والالمينيوم")."""

    def known(form: str) -> bool:
        return bool(types(form) - _SMALL_PLACES)

    start = tok.without_proclitics()[0]
    if after and tok.norm[:1] in ("ب", "ل") and tok.norm[1:] in _KUNYA_HEADS:
        return after_letters(tok, 1)  # "الملقب بأبي سمير": the name is أبي سمير
    segs = tok.segments
    if not segs:
        return start
    first = segs[0]
    if first.kind == "proclitic":
        if first.norm in _PREP and types(tok.text) & PERSON_TYPES and (
                first.norm == "ك" or norm_key(tok.text[1:]) in PARTICLES):
            return tok.start  # "كالين", "بان كي مون": a listed name, not ك + الين or ب + أن
        if first.norm == "ك" and types(tok.text) & _PLACE_OR_ORG and not known(tok.text[1:]):
            return tok.start  # "كالينينغراد" (2026-11-27): a listed place, not ك + الينينغراد; "كالسعودية" is "like"
        if len(segs) < 2 or segs[1].kind not in ("stem", "article") or first.norm not in _CONJ:
            return start  # (an article after the letter: فالتر is listed, التر is not)
        rest = tok.norm[len(first.norm):]
        if len(rest) < 3:
            return tok.start  # a two-letter rest is no name: "فان" is Van, not ف + ان
        if surname:
            return tok.start  # "ألبرتو فوجيموري" … "أن فوجيموري": the article writes the whole word as the name
        if first.norm == "ف" and after_nationality and segs[1].kind == "stem":
            # "المدافع البرازيلي فليبي لويز": a nationality adjective introduces its man; no
            # clause opens with ف between the two (audit U60: the name was ليبي لويز)
            return tok.start
        if rest in words():
            return start
        if segs[1].kind == "stem" and in_news(tok.text) and not in_news(tok.text[1:]):
            return tok.start  # "ويندوز": the news writes the whole word, never يندوز
        if (segs[1].kind == "stem" and not after_name and words()[tok.norm] >= 2
                and not types(rest) & _PLACE_OR_ORG):
            return tok.start  # "وليام" written so again and again, "ليام" never: the letter is the name's
        if not known(tok.text):
            if first.norm == "ف" and not known(rest):
                return tok.start  # "فرانسوا هولاند", "قرب فارنبورو": ف, rarely "and" before a name, of a name no list has
            return tok.start if types(tok.text) and not types(rest) else start
        return tok.start if first.norm == "ف" or not known(rest) else start
    if first.kind != "stem" or len(tok.norm) < 4 or tok.norm[0] not in _PREP:
        return start
    rest = tok.norm[1:]
    if surname or norm_key(tok.text) in WHOLE:
        return start
    if types(tok.text) and not _small_place_glued(tok, rest, after, types):
        return start
    if tok.norm[0] == "ك" and after and rest not in words() and not (len(rest) >= _GIVEN and "PERF" in types(rest)):
        # ("كمحمد العون": like Mohammed al-Aoun — a listed given name of four letters behind
        # the letter is the name, when no list knows the whole word; audit U60)
        return start  # "كارن بيرس": ك ("like") before a name of two words is rare, names in ك are not
    rest_types = types(rest) | (types(f"{rest} {after}") if after else frozenset())
    if not (rest in words() or rest in _ORG_HEADS or rest_types & _PLACE_OR_ORG
            or (len(rest) >= _LONG and rest_types & PERSON_TYPES)
            or (after and len(rest) >= _GIVEN and "PERF" in types(rest))
            or _two_listed_name_words(rest, after, types)):
        return start
    return after_letters(tok, 1)


def _two_listed_name_words(rest: str, after: str, types: Callable[[str], frozenset[str]]) -> bool:
    """"المبادئ السياسية لهوغو تشافيز": the rest behind ب/ل (four letters or more) is a listed
    person-name word and so is the next word of the mention, while the whole first word is in no
    list (checked by the caller) — the letter is a preposition before a foreign name (audit U62)."""
    if not after or len(rest) < _GIVEN or not types(rest) & PERSON_TYPES:
        return False
    return bool(types(after.split(" ", 1)[0]) & PERSON_TYPES)


def _small_place_glued(tok: Token, rest: str, after: str, types: Callable[[str], frozenset[str]]) -> bool:
    """"بدير البلح": the whole first word is only a listed village ("بدير"), weak evidence, while
    the rest with the mention's other words is a listed city, province or organisation — the
    letter is a preposition. A one-word mention keeps its letter (the village itself)."""
    return (bool(after) and tok.norm[0] in ("ب", "ل") and types(tok.text) <= _SMALL_PLACES
            and bool(types(f"{rest} {after}") & _PLACE_OR_ORG))


def after_letters(tok: Token, n: int) -> int:
    """Offset just after the token's first `n` letters and any marks written on them."""
    i = 0
    for _ in range(n):
        i += 1
        while i < len(tok.text) and is_mark(tok.text[i]):
            i += 1
    return tok.start + i


def written_without_letter(text: str, tok: Token, end: int) -> bool:
    """A mention of two or more words whose first word keeps a ب, ل or ك that the name lists
    let stand ("لحسن نصر الله": لحسن, Lahcen, is a listed name) while the article writes the
    rest, with all its other words, on its own elsewhere ("حسن نصر الله"): the letter is a
    preposition (audit U60). The whole phrase must stand clear of letters on both sides."""
    if end <= tok.end or tok.norm[:1] not in _PREP or len(tok.norm) < 4:
        return False
    rest = text[after_letters(tok, 1):end]
    return re.search(r"(?<!\w)" + re.escape(rest) + r"(?!\w)", text) is not None
