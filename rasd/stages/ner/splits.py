"""Where a chunk's name begins and ends: a chunk the tagger runs over two names ("مجلس الأمن
| رانغون", "ناحية القيارة | صالح الجبوري"), two chunks of one name ("ريو دي | جانيرو"), or a
name with a word that is not its own (a nationality adjective, "منظمة" before an armed group,
the outlet a person spoke to). Methods of the NER stage (`ChunkSplits`, mixed into `NerStage`:
they ask its name lists and actor lexicon)."""
from __future__ import annotations

import re

from rasd.gazetteer.countries import ISO2
from rasd.model.document import Document

from .around import NAME_LINKS
from .features import DESCRIPTORS
from .forces import FORCE_NOUNS
from .gazetteer import PERSON_TYPES
from .mentions import KEEP_WHOLE, NAMED_TYPES, PLACE_DESCRIPTORS, PLACE_TYPES, is_arabic, stem_norm, whole_name
from .norm import norm, norm_key
from .nouns import CLOSE_QUOTES as _CLOSE_QUOTES, OPEN_QUOTES as _OPEN_QUOTES
from .org_context import JOINED_NAMES, PARTY_EPITHETS, PARTY_HEADS


# Adjectives that make names rather than place them: Arab and the directions
NAME_ADJECTIVES = frozenset(norm_key(w) for w in """عربي عربية غربي غربية شرقي شرقية شمالي شمالية جنوبي
جنوبية""".split())

# the first words of foreign place names that never stand alone ("ساوث وورك": Southwark, not
# ساوث and Warwick; "نيو أورلينز", "سانت لويس", "بورت سودان", audit ent41)
_PLACE_HEADS = frozenset(norm_key(w) for w in "ساوث نورث ويست إيست نيو سانت سانتا بورت فورت ماونت".split())

# "منظمة" before an armed group is a type word (audit U48: "منظمة القاعدة"); armed actors' codes
_ORGANISATION = norm("منظمة")
_ARMED = re.compile(r"REB|INS|ALQ|^IMG")

# Particles that open a clause: no organisation's name runs on over them ("سي أن أن | إن السعودية")
_CLAUSE_PARTICLES = frozenset(norm_key(w) for w in ("إن", "أن"))

# Type words of news outlets, before their own name ("وكالة الاناضول", 'صحيفة "سرنوشت"')
_OUTLET_HEADS = frozenset(norm(w) for w in "وكالة صحيفة جريدة قناة مجلة".split())
_NEWS_WORDS = frozenset(norm(w) for w in ("أنباء", "انباء"))


def join_linked_places(toks, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A place's chunk that ends in a linking particle and the place chunk right after it are
    one name (2026-11-27): "سانتياغو دي | كوبا", "ريو دي | جانيرو" (no name ends in دي); so are
    a chunk that is only a foreign name's head word and the place chunk after it ("ساوث |
    وورك"). Only two LOC chunks with nothing but a space between."""
    out: list[tuple[int, int, str]] = []
    for a, b, lab in chunks:
        if (out and lab == "LOC" and out[-1][2] == "LOC" and out[-1][1] == a and toks[a - 1].end + 1 >= toks[a].start
                and ((out[-1][1] - out[-1][0] >= 2 and norm_key(toks[a - 1].text) in NAME_LINKS)
                     or (out[-1][1] - out[-1][0] == 1 and norm_key(toks[a - 1].text) in _PLACE_HEADS))):
            out[-1] = (out[-1][0], b, "LOC")
        else:
            out.append((a, b, lab))
    return out


def without_place_adjectives(toks, chunks: list[tuple[int, int, str]], types) -> list[tuple[int, int, str]]:
    """Drop a one-word definite place chunk right after another place chunk when the lists know
    the word as nothing: it describes that place ("حي ايستينية الهادئ" — quiet — was a village
    named الهادئ in Iraq). A listed place after a place stays ("الظهران الشرقية")."""
    out: list[tuple[int, int, str]] = []
    for a, b, lab in sorted(chunks):
        if (out and lab == "LOC" and b - a == 1 and out[-1][2] == "LOC" and out[-1][1] == a
                and norm_key(toks[a].text).startswith("ال") and toks[a].text.isalpha() and not types(toks[a].text)
                and not _one_place(" ".join(t.text for t in toks[out[-1][0]:b]), types)):
            continue
        out.append((a, b, lab))
    return out


def _one_place(text: str, types) -> bool:
    """Is the phrase (a place and the word after it) itself a known name ("كردستان العراق")?"""
    words = text.split()
    return any(norm_key(" ".join(words[i:])) in JOINED_NAMES or types(" ".join(words[i:])) for i in range(len(words) - 1))


class ChunkSplits:
    """Cut and join the tagger's chunks (see the module's docstring)."""

    def _place_then_adjective(self, toks) -> bool:
        """A listed place followed by a nationality adjective, the two not listed as one name:
        "منبج السورية", "تل رفعت السورية" (not "الولايات المتحدة الأمريكية", "الخليج العربي",
        nor "الجمهورية العربية السورية", whose first words are no place)."""
        last = self._types(toks[-1].text)
        if "NAT" not in last or last & NAMED_TYPES or self._types(" ".join(t.text for t in toks)):
            return False
        if norm_key(toks[-1].text).removeprefix("ال") in NAME_ADJECTIVES:
            return False  # "الخليج العربي", "الجزيرة العربية", "الساحل الغربي": names
        if norm_key(" ".join(t.text for t in toks)) in KEEP_WHOLE:
            return False  # "الخليج الفارسي": a name kept whole
        return bool(self._types(" ".join(t.text for t in toks[:-1])) & PLACE_TYPES)

    def _party_then_adjective(self, toks) -> bool:
        """A party's or movement's name followed by a nationality adjective, the whole not a
        listed name or the name without it listed too: "حزب الأمة القومي السوداني", "حزب
        الشعوب الكردي", "حزب الله اللبناني" (the gold keeps the adjective out, as for places; an
        agency's "وكالة الأنباء السعودية" keeps it)."""
        head = norm_key(toks[0].text)
        if head not in PARTY_HEADS and head[1:] not in PARTY_HEADS:
            return False
        # (a nationality that is also a family or place name, الكردي, is still the adjective here)
        # a listed name loses it only when the name without it is listed too ("حزب الله
        # اللبناني", listed as an alias, is حزب الله)
        last = norm_key(toks[-1].text)
        if last not in PARTY_EPITHETS:
            return False
        # the name without it may be another country's party: "حزب المؤتمر الوطني الهندي" is
        # not Sudan's "المؤتمر الوطني", so it keeps its adjective
        iso = PARTY_EPITHETS[last]
        hit = self.actors.lookup(" ".join(t.text for t in toks[:-1])) if self.actors is not None else None
        if iso and hit and hit[0] and ISO2.get(hit[0][:3], iso) != iso:
            return False
        return (not self._types(" ".join(t.text for t in toks))
                or bool(self._types(" ".join(t.text for t in toks[:-1])) & {"ORG"}))

    def _split_known_orgs(self, doc: Document, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """An organisation chunk that is no listed name but runs two things together
        (2026-11-27): a listed name, the particle إن/أن and a clause ("سي أن أن | إن السعودية
        قد": CNN, then Saudi Arabia as a place), or two listed names joined by و ("حماس
        والجهاد الإسلامي"), or a listed group with its own id and a listed city or country
        right after it ("مجلس الأمن | رانغون", audit ent41). Must not fire: a listed whole ("سي
        أن أن" itself spells أن), or و inside one name whose second half is no listed name
        ("العدالة والتنمية"), or a generic body before its city ("شرطة دبي")."""
        toks = doc.tokens

        def known(i: int, j: int, skip: int = 0) -> bool:
            return self.actors.lookup(doc.text[toks[i].start + skip:toks[j - 1].end]) is not None

        out = []
        for a, b, lab in chunks:
            if lab != "ORG" or b - a < 2 or self.actors is None or known(a, b):
                out.append((a, b, lab))
                continue
            for k in range(a + 1, b):
                if norm_key(toks[k].text) in _CLAUSE_PARTICLES and k + 1 < b and known(a, k):
                    rest = " ".join(t.text for t in toks[k + 1:b])
                    tail = "LOC" if self._types(rest) & PLACE_TYPES else "ORG" if known(k + 1, b) else None
                    out += [(a, k, "ORG")] + ([(k + 1, b, tail)] if tail else [])
                    break
                if toks[k].text[:1] == "و" and known(a, k) and known(k, b, skip=1):
                    out += [(a, k, "ORG"), (k, b, "ORG")]
                    break
                if toks[k].text[:1] == "و" and known(a, k) and _force_noun(toks[k].text[1:]):
                    out.append((a, k, "ORG"))  # "حزب الله | والميليشيات الإيرانية الأخرى": the
                    break  # listed group, then forces a common noun names (audit U60)
                if self._named_group(doc.text[toks[a].start:toks[k - 1].end]) and self._place_after_group(toks[k:b]):
                    out += [(a, k, "ORG"), (k, b, "LOC")]  # "مجلس الأمن | رانغون", "حماس | إسرائيل"
                    break
            else:
                out.append((a, b, lab))
        return out

    def _place_after_group(self, toks) -> bool:
        """Are the words a listed city or country, not an adjective that may also name a village
        ("الاتحاد الديمقراطي الكردي": Kurdish, though a village is called الكردي)?"""
        rest = " ".join(t.text for t in toks)
        types = self._types(rest)
        return "LOCB" in types and "NAT" not in types and norm_key(rest) not in PARTY_EPITHETS

    def _named_group(self, text: str) -> bool:
        """Is the text a listed group with its own id ("مجلس الأمن": unsc, "حماس": hamas), not
        a generic body ("شرطة" of "شرطة دبي", which keeps its city)?"""
        hit = self.actors.lookup(text) if self.actors is not None else None
        return bool(hit and hit[1])

    def _place_then_person(self, toks, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A place chunk after a place word that runs on into a person (2026-11-27): "مدير ناحية
        القيارة | صالح الجبوري إن" → LOC القيارة, PER صالح الجبوري. The cut is at a word the name
        lists give as a person's name (and as no place's) with two or more words after the place,
        the last a definite nisba (a family name). Not a listed whole ("ناحية اللزاكة"), nor
        a place word inside a chunk that begins with a person's name."""
        out: list[tuple[int, int, str]] = []
        places = {tuple(norm_key(t.text) for t in toks[a:b]) for a, b, lab in chunks if lab == "LOC"}
        for a, b, lab in chunks:
            k = self._person_in_place(toks, a, b) if lab == "LOC" and b - a >= 3 else None
            if k is None and lab == "ORG" and b - a >= 3:
                k = self._person_after_place(toks, a, b, places)
            if k is None and lab == "ORG" and b - a >= 2 and self._in_place_tail(toks, a, b):
                out += [(a, b - 1, "ORG"), (b - 1, b, "LOC")]
                continue
            if k is None and lab == "ORG" and b - a >= 4 and self._in_place_after_fi(toks, a, b, places):
                out += [(a, b - 2, "ORG"), (b - 1, b, "LOC")]
                continue
            out += [(a, k, "LOC"), (k, b, "PER")] if k else [(a, b, lab)]
        return out

    def _type_before_armed_group(self, text: str, toks, a: int, b: int) -> bool:
        """Is the chunk "منظمة" (perhaps with a proclitic) before a listed armed group's name,
        the whole not listed (audit U48: "منظمة القاعدة", "منظمة داعش")? The word is then a type
        word like تنظيم, outside the name; "منظمة بدر", "منظمة التحرير" are listed whole, and the
        IGOs and NGOs after it ("منظمة العفو الدولية") are no armed groups."""
        w = norm(toks[a].text)
        if not (w == _ORGANISATION or (w[:1] in "وفبل" and w[1:] == _ORGANISATION)):
            return False
        rest = self.actors.lookup(text[toks[a + 1].start:toks[b - 1].end])
        return (rest is not None and rest[1] is not None and _ARMED.search(rest[0] or "") is not None
                and self.actors.lookup(text[toks[a].start:toks[b - 1].end]) is None)

    def _in_place_tail(self, toks, a: int, b: int) -> bool:
        """Does an organisation chunk end in ب + a listed country or big place, where the body
        is, not its name (audit U48: "منظمة داعش بالسعودية" → داعش, then LOC السعودية)? Not a
        listed whole name."""
        last = toks[b - 1].text
        return (last[:1] == "ب" and last[1:3] == "ال" and "LOCB" in self._types(last[1:])
                and not self._types(" ".join(t.text for t in toks[a:b])))

    def _in_place_after_fi(self, toks, a: int, b: int, places: set[tuple[str, ...]]) -> bool:
        """Does an organisation chunk end in في + a listed country or big place, or a place the
        article tags elsewhere, where the body is, not its name (audit U50: "الجمعية العربية
        السعودية للثقافة والفنون في أبها" → ORG up to في, LOC أبها)? Not a listed whole name, nor a
        country ("الحملة الوطنية السعودية لنصرة الأشقاء في سوريا": whom the body serves, gold keeps
        it whole; "الدولة الإسلامية في العراق"), nor a place that is an adjective too."""
        if norm_key(toks[b - 2].text) != "في":
            return False
        last = toks[b - 1].text
        types = self._types(last)
        if "NAT" in types or not ("LOCB" in types or (norm_key(last),) in places) or self._country_name(last):
            return False  # (a country after في is the cause's: "الحملة الوطنية لنصرة الأشقاء في سوريا")
        whole = " ".join(t.text for t in toks[a:b])
        return not self._types(whole) and self.actors.lookup(whole) is None

    def _person_after_place(self, toks, a: int, b: int, places: set[tuple[str, ...]]) -> int | None:
        """An organisation chunk after في that is a place (listed, or a place chunk elsewhere in
        the article; not a listed village only) and then a bare name of two or more words ending
        in a listed person's name (audit U27): "المسؤول في مكتب … في أوتار براديش | تي بي غوبتا"
        — the man after the office's place. Not a listed whole, nor a rest with a definite word
        ("في أبوظبي الإسلامي", a bank), nor one of one word ("في نيويورك تايمز"), nor after a
        village name ("في أنصار بيت مقدس": أنصار is a listed village and the group's first word)."""
        if a == 0 or norm_key(toks[a - 1].text) != "في" or self._types(" ".join(t.text for t in toks[a:b])):
            return None
        if stem_norm(toks[a].text) in DESCRIPTORS:
            return None  # "في جامعة جونز هوبكنز": a head noun opens the organisation's own name (U28)
        for k in range(a + 1, b - 1):
            head = toks[a:k]
            if not (self._types(" ".join(t.text for t in head)) & {"LOCB"}  # (a village: weak, "أنصار")
                    or tuple(norm_key(t.text) for t in head) in places):
                continue
            rest = toks[k:b]
            if (all(not norm_key(t.text).startswith("ال") and is_arabic(t.text) for t in rest)
                    and self._types(rest[-1].text) & PERSON_TYPES
                    and not self._types(" ".join(t.text for t in rest)) & (PLACE_TYPES | {"ORG"})):
                return k
        return None

    def _person_in_place(self, toks, a: int, b: int) -> int | None:
        h = a + 1 if stem_norm(toks[a].text) in PLACE_DESCRIPTORS else a
        # (or a listed place with its preposition, the chunk's first word: "جمعية التنمية
        # بالباحة | عزة الزهراني", audit U46)
        in_place = toks[a].text[:1] in "بل" and toks[a].text[1:3] == "ال" and bool(
            self._types(toks[a].text[1:]) & PLACE_TYPES)
        if h == a and not in_place and (a == 0 or stem_norm(toks[a - 1].text) not in PLACE_DESCRIPTORS):
            return None
        last = norm_key(toks[b - 1].text)
        if not (last.startswith("ال") and last.endswith("ي") and len(last) >= 5) or b - h < 3:
            return None
        if self._types(toks[h].text) & PERSON_TYPES or self._types(" ".join(t.text for t in toks[h:b])):
            return None
        for k in range(h + 1, b - 1):
            found = self._types(toks[k].text)
            if found & PERSON_TYPES and not found & {"LOCB"} and not norm_key(toks[k].text).startswith("ال"):
                return k
        return None

    def _outlet_then_nisba(self, toks, a: int, b: int) -> tuple[int, int]:
        """An outlet's own name between its type word and a nationality adjective (2026-11-27):
        "وكالة الاناضول التركية", 'صحيفة "سرنوشت الأفغانية"' → the name (SPEC 2.1: the
        adjective is no part of it; 2.7: nor the type word). Only when the words between are
        a proper name, which the label priors do not see mostly untagged: "وكالة الأنباء
        السورية" and "وكالة الفضاء الأوروبية" name the agency by a common noun and stay whole.
        After "أنباء" only the adjective goes. (a, b) unchanged otherwise."""
        if "NAT" not in self._types(toks[b - 1].text):
            return a, b
        k = a
        if stem_norm(toks[k].text) in _OUTLET_HEADS:
            k += 1
        elif not (k >= 2 and toks[k - 1].text in _OPEN_QUOTES and stem_norm(toks[k - 2].text) in _OUTLET_HEADS) \
                and not (k >= 1 and stem_norm(toks[k - 1].text) in _OUTLET_HEADS):
            return a, b
        news = k < b and norm(toks[k].text) in _NEWS_WORDS  # "وكالة أنباء فارس الإيرانية"
        name = toks[k + news:b - 1]
        if not name or len(name) > 3 or any(self._mostly_no_name(t.text) or not is_arabic(t.text)
                                            or "NAT" in self._types(t.text) for t in name):
            return a, b
        return (a if news else k), b - 1  # (وكالة أنباء فارس, as it is named bare)

    @staticmethod
    def _quoted_after_place_word(toks, a: int, b: int) -> bool:
        """Tokens [a, b) stand in quotation marks right after a place word (ولاية، بمدينة،
        منطقة …), the whole no name kept whole with its descriptor ('ولاية "سيناء"', the group)."""
        if a < 2 or b >= len(toks) or toks[a - 1].text not in _OPEN_QUOTES or toks[b].text not in _CLOSE_QUOTES:
            return False
        cue = stem_norm(toks[a - 2].text)
        return cue in PLACE_DESCRIPTORS and not whole_name(" ".join([cue] + [t.text for t in toks[a:b]]))

    def _before_told_outlet(self, toks, a: int, b: int) -> int:
        """Where a person's chunk ends when it runs on into the outlet he spoke to: ل + a listed
        media name to the chunk's end ("كامبل لبي بي سي")."""
        for k in range(a + 1, b):
            word = toks[k].text
            if word[:1] == "ل" and len(word) > 2 and self.actors is not None:
                hit = self.actors.lookup(" ".join([word[1:]] + [t.text for t in toks[k + 1:b]]))
                if hit and hit[0] and hit[0].endswith("MED"):
                    return k
        return b


def _force_noun(word: str) -> bool:
    """Is the word a common noun of armed forces, with or without its article (الميليشيات)?"""
    w = norm(word)
    return w in FORCE_NOUNS or (w.startswith("ال") and w[2:] in FORCE_NOUNS)
