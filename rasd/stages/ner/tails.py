"""Words at a mention's edge that the tagger leaves out or takes in (audit U56).

Each rule reads the spans the stage has built (``(Span, label, alias)`` triples) and the
article's text or tokens, and gives the spans back with the edge moved; each is gated on a
cheap check before it looks further.
"""
from __future__ import annotations

import re

from rasd.model.span import Span
from rasd.text.conj import without_conjunction
from rasd.text.letters import LETTER_NAMES

from .norm import norm_key
from .nouns import noun_slot
from .around import surname_shaped

# The language word of an outlet's Arabic service, part of its name: "سكاي نيوز عربية",
# "بي بي سي عربي" (news-dev names the two services so twenty times; the stage cut them to
# سكاي نيوز and بي بي سي).
_SERVICE = re.compile(r" (?:ال)?عربي[ةه]?(?![\w\u0600-\u06ff])")
_NEWS = norm_key("نيوز")


# the letter names as this package normalises them (أن، إن and ان are one N)
_LETTERS = frozenset(norm_key(w) for w in LETTER_NAMES)


def _spelt(words: list[str]) -> bool:
    """Spelt Latin letters ("بي بي سي", "سي إن إن", "أم بي سي"): two or more letter names."""
    return len(words) >= 2 and all(norm_key(w) in _LETTERS for w in words)


def outlet_services(text: str, spans: list) -> list:
    """An outlet's mention (its last word نيوز, or spelt letters) right before عربية/عربي
    takes the word in: "وذكرت سكاي نيوز عربية" → سكاي نيوز عربية, as the outlet names itself."""
    if "عربي" not in text:
        return spans
    out = []
    for sp, lab, alias in spans:
        if lab == "ORG":
            words = sp.text.split()
            if words and (norm_key(words[-1]) == _NEWS or _spelt(words)):
                m = _SERVICE.match(text, sp.end)
                if m:  # (the outlet's own name stays the alias the actor look-up reads)
                    sp, alias = Span(sp.start, m.end(), text[sp.start:m.end()]), alias or sp.text
        out.append((sp, lab, alias))
    return out


# "أن"/"إن" that the tagger leaves out as a particle is the letter N of a spelt name: "أن بي سي
# نيوز" (NBC News) was cut to بي سي نيوز
_LETTER_N = re.compile(r"(?:(?<=^)|(?<=[\s«\"“(]))[أإا]ن $")


def spelt_outlets(text: str, spans: list, known, is_nat) -> list:
    """An organisation named by spelt letters (its first two words of at most three letters)
    takes in the أن/إن before it when the letters are no name the lists know alone (`known`:
    "إن بي بي سي" is "that the BBC"), and leaves out a nationality adjective at its end
    (`is_nat`: "أن بي سي نيوز الأمريكية" → أن بي سي نيوز, SPEC 2.1)."""
    if " بي " not in text and " سي " not in text:
        return spans  # (every spelt outlet the news names has one of them)
    out = []
    for sp, lab, alias in spans:
        words = sp.text.split()
        if lab == "ORG" and len(words) >= 2 and _spelt(words[:2]):
            start, end = sp.start, sp.end
            if len(words) >= 3 and words[-1].startswith("ال") and is_nat(words[-1]):
                end = sp.end - len(words[-1]) - 1
            if _LETTER_N.search(text, max(0, start - 3), start) and not known(text[start:end]):
                start -= 3
            if (start, end) != (sp.start, sp.end):
                sp = Span(start, end, text[start:end])
        out.append((sp, lab, alias))
    return out


# reporting verbs the shared list lacks, before a family name alone ("وأبرز العباسي")
_MORE_VERBS = frozenset(norm_key(w) for w in ("أبرز", "بين"))


def _subject_slot(prev: str) -> bool:
    key = norm_key(prev)
    return noun_slot(key) == "verb" or without_conjunction(key) in _MORE_VERBS


def family_after_person(toks, spans: list, is_nat) -> list:
    """A person's mention that stops before a definite family name ("حسين | العباسي", "حامد
    رافع | الخيالي") takes it in when the article writes that word alone as the subject of a
    reporting verb elsewhere ("وأبرز العباسي", "وقال الخيالي"): an adjective never stands so
    (audit U56). Not a nationality (`is_nat`: "أحمد السوري" … "وقال السوري", the Syrian). Those lone words are the person's mentions too."""
    after: dict[int, int] = {}  # token index after a person's span → the span's index
    ends = {sp.end: i for i, (sp, lab, _a) in enumerate(spans) if lab == "PER"}
    if not ends:
        return spans
    taken = [(sp.start, sp.end) for sp, _l, _a in spans]
    for k in range(1, len(toks)):
        i = ends.get(toks[k - 1].end)
        if i is not None and toks[k].start == toks[k - 1].end + 1:
            after[k] = i
    out = list(spans)
    for k, i in after.items():
        key = norm_key(toks[k].text)
        if not (key.startswith("ال") and key.endswith("ي") and len(key) >= 6 and surname_shaped(key)):
            continue
        if is_nat(toks[k].text) or any(a < toks[k].end and toks[k].start < b for a, b in taken):
            continue
        alone = [t for j, t in enumerate(toks) if j != k and j > 0 and norm_key(t.text) == key
                 and _subject_slot(toks[j - 1].text) and not any(a < t.end and t.start < b for a, b in taken)]
        if not alone:
            continue
        sp, lab, alias = out[i]
        out[i] = (Span(sp.start, toks[k].end, sp.text + " " + toks[k].text), lab, alias)
        out += [(Span(t.start, t.end, t.text), "PER", None) for t in alone]
    return out


# type words before a body's own name that stay outside it (SPEC 2.7, as حركة، تنظيم، قناة):
# "وكالة رويترز" → رويترز, "منظمة اليونيسف" → اليونيسف (gold-dev: "لوكالة أنباء رويترز" → رويترز)
_TYPE_WORDS = frozenset(norm_key(w) for w in ("منظمة", "وكالة", "مؤسسة"))
_NAME_GOES_ON = re.compile(r" ل\S")


def type_before_listed(text: str, spans: list, listed, no_name) -> list:
    """An organisation's mention that is a type word, then a name the actor list has alone
    (`listed`) and that the label priors do not see mostly as a word (`no_name`: "منظمة
    التحرير", "منظمة العفو" keep theirs): the mention is the name (audit U56). The whole stays
    the alias, which the actor look-up reads. A name the next word goes on with ("منظمة الأمم
    المتحدة للطفولة", UNICEF, cut by the tagger) is left: the type word is part of that one."""
    out = []
    for sp, lab, alias in spans:
        words = sp.text.split()
        if lab == "ORG" and len(words) >= 2 and norm_key(words[0]) in _TYPE_WORDS:
            rest = sp.text[len(words[0]) + 1:]
            if listed(rest) and not any(no_name(w) for w in words[1:]) and not _NAME_GOES_ON.match(text, sp.end):
                sp, alias = Span(sp.end - len(rest), sp.end, rest), alias or sp.text
        out.append((sp, lab, alias))
    return out


def club_nationality(spans: list, is_nat) -> list:
    """An organisation's mention that ends in a nationality adjective (`is_nat`) leaves it out
    when the article also names the organisation without it: "ليفربول الإنكليزي" beside
    "ليفربول" (SPEC 2.1: the adjective is no part of the name; audit U56). Only a one-word
    proper name and a masculine adjective (a club's, "النادي"): a company's feminine one is
    its name ("أرامكو السعودية" beside "أرامكو"), longer names keep theirs though the article
    shortens them ("مجلس التعاون الخليجي" beside "مجلس التعاون"), so does a definite word."""
    bare = {norm_key(sp.text) for sp, lab, _a in spans if lab == "ORG"}
    if len(bare) < 2:
        return spans
    out = []
    for sp, lab, alias in spans:
        words = sp.text.split()
        if (lab == "ORG" and len(words) == 2 and is_nat(words[-1]) and not norm_key(words[0]).startswith("ال")
                and not norm_key(words[-1]).endswith(("يه", "ية"))
                and norm_key(" ".join(words[:-1])) in bare):
            end = sp.end - len(words[-1]) - 1
            sp = Span(sp.start, end, sp.text[:end - sp.start])
        out.append((sp, lab, alias))
    return out


# spelt letters joined by dots, as some wires write them: "(سي.إن.إن)", "لسي.إن.إن"
_DOTTED = re.compile(r"(?<![\w.])[وبل]?((?:[\u0621-\u064a]{1,3}\.){2,}[\u0621-\u064a]{1,3})(?![\w.])")


def dotted_letters(text: str, spans: list, listed) -> list:
    """An outlet or body written in spelt letters joined by dots ("سي.إن.إن", CNN) is the name
    the actor list has with spaces (`listed`): an ORG mention, after a proclitic ("لسي.إن.إن")
    too, where no mention is; a mention the tagger ran on into its first letters gives them
    back (audit U56: "بومبيو لسي.إن.إن" was the man "بومبيو لسي")."""
    if "." not in text:
        return spans
    out = list(spans)
    for m in _DOTTED.finditer(text):
        start, end = m.span(1)
        if not listed(m.group(1).replace(".", " ")):
            continue
        keep = []
        for sp, lab, alias in out:
            if sp.start < m.start() < sp.end <= end and text[sp.start:m.start()].strip():
                cut = len(text[sp.start:m.start()].rstrip())  # "بومبيو | لسي": the name before it stays
                sp = Span(sp.start, sp.start + cut, sp.text[:cut])
            keep.append((sp, lab, alias))
        if any(sp.start < end and start < sp.end for sp, _l, _a in keep):
            continue
        out = keep + [(Span(start, end, m.group(1)), "ORG", m.group(1).replace(".", " "))]
    return out


# the accusative of a passive participle, مفعولاً (مصدوما، ملفوفا), as the tagger reads it in a name
_PARTICIPLE = re.compile(r"^م[^ا]{2}و[^ا]ا$")


def participle_tail(spans: list) -> list:
    """A person's mention whose last word has the shape of an accusative participle ("وظل مالك
    مصدوما", "جثة رزان ملفوفا") loses it when the words before it name a person of the article
    on their own: they begin or end another person mention ("سجاد مالك", "رزان النجار"). A
    foreign name of that shape ("كارلوس مندوزا") has no such witness (audit U56)."""
    people = [norm_key(sp.text).split() for sp, lab, _a in spans if lab == "PER"]
    out = []
    for sp, lab, alias in spans:
        words = sp.text.split()
        if lab == "PER" and len(words) >= 2 and _PARTICIPLE.match(norm_key(words[-1])):
            rest = norm_key(" ".join(words[:-1])).split()
            n = len(rest)
            own = norm_key(sp.text).split()
            if any(p != own and len(p) > n and (p[:n] == rest or p[-n:] == rest) for p in people):
                end = sp.start + len(" ".join(words[:-1]))
                sp = Span(sp.start, end, sp.text[:end - sp.start])
        out.append((sp, lab, alias))
    return out
