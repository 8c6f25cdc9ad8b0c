"""The NER stage: fills ``entities`` (PER, ORG, LOC, MISC) with mentions, grouping and actors.

The model is a CRF trained by ``rasd train ner`` (see ``rasd/models/ner/MODEL_CARD.md``);
it tags the text stage's tokens sentence by sentence.  Mentions start after attached
proclitics (بالموصل → الموصل, للأمم → لأمم), leading titles and descriptor words are
dropped, mentions with the same normalised name (or a PER surname of a longer PER name,
or the same known actor) form one entity, and known actors get a code.
"""
from __future__ import annotations

import gc
import re
from collections import Counter

from rasd.model.document import Document
from rasd.model.span import Span
from rasd.text.chars import is_mark
from rasd.gazetteer.countries import ISO2
from rasd.pipeline.registry import register_stage

from .actors import RESOURCE as ACTOR_RESOURCE
from .actors import CLITIC_LETTERS, ActorLexicon, bound_elsewhere, clitic_readings
from .actors import key as actor_key
from .around import (QUOTE_TYPE_KEYS, ENDING_PARTICLES, GENERIC_HEADS, INSTITUTIONS, JOINED_NAMES, LEADING_PARTICLES, NAME_LINKS, NOT_NAME_PARTICLES,
                     NOT_SURNAME,
                     PARTY_EPITHETS, PARTY_HEADS, STATE_ROLES, a_base, abd_name, agency_name, closing_quote, dateline_outlets,
                     after_title, join_split_names, formula_tail, not_name_word, quoted_orgs, split_persons, surname_shaped, surname_title,
                     short_alias_names, short_force_names, spokesman_names, titled_names, told_outlets, type_then_alias)
from .features import DESCRIPTORS, TITLES
from .forces import led_by_person
from .gazetteer import PERSON_TYPES
from .persons import (called_names, join_adjacent_persons, join_hyphen_halves, korean_names, lineage_start,
                      person_edges, person_frame)
from .grouping import group_entities
from .mentions import (AREA_WORDS, DESCRIPTOR_PREFIXES, EVERYDAY_GROUP_NAMES, NAMED_TYPES, NO_TYPES,
                       KEEP_WHOLE, NOT_ALONE, NOT_NAMES, NUMBER_WORDS, PLACE_DESCRIPTORS, PLACE_TYPES, WHOLE_HEADS, absorb,
                       adjective_after_act,
                       is_arabic, is_definite, leader_alone, generic_noun, stem_norm, whole_head_start, whole_name,
                       whole_tail_end)
from .model import NerModel
from .norm import norm, norm_key
from .nouns import CLOSE_QUOTES as _CLOSE_QUOTES, OPEN_QUOTES as _OPEN_QUOTES
from .nouns import (adjective_after_noun, after_construct_place, before_sunset, before_verb, clubs, counted,
                    country_nisba, harming_noun, of_origin,
                    sunset_prayer,
                    noun_slot, worship_head)
from .prior import prior_key
from .plain_words import (after_venue_word, always_not_douma, boys_beside_girls, plural_nisba,
                          union_with_nationality)
from .cued import cued_names, tribal_places
from .eponyms import eponym_phrases, place_named_groups, unit_eponyms
from .orgs import org_phrases
from .ranges import bio_chunks, sentence_ranges
from .starts import after_letters, mention_start

# the state words before a country's official name ("دولة الإمارات", "جمهورية مالي")
_STATE_WORDS = frozenset(norm_key(w) for w in "دولة جمهورية مملكة سلطنة إمارة".split())
_STATE_DESCRIPTOR = norm_key("دولة")  # the one a place's mention leaves out ("دولة الكويت" → الكويت)

__all__ = ["NerStage", "before_sunset", "before_verb", "country_nisba", "group_entities", "make_ner"]

_FIRST_MAX = 200_000
_CLITIC_SET = frozenset(CLITIC_LETTERS)
# Adjectives that make names rather than place them: Arab and the directions
NAME_ADJECTIVES = frozenset(norm_key(w) for w in """عربي عربية غربي غربية شرقي شرقية شمالي شمالية جنوبي
جنوبية""".split())
# The name علي as written (with ي): the preposition is على, but the NER features fold ى into ي
ALI = "\u0639\u0644\u064a"
# A Latin-script name written inside Arabic text: "(CNN)", "(PKK)"
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z&.-]*")


# the first words of foreign place names that never stand alone ("ساوث وورك": Southwark, not
# ساوث and Warwick; "نيو أورلينز", "سانت لويس", "بورت سودان", audit ent41)
_PLACE_HEADS = frozenset(norm_key(w) for w in "ساوث نورث ويست إيست نيو سانت سانتا بورت فورت ماونت".split())


# adjectives of time or strength that describe an organisation, never end its name (audit U46:
# "لاعب نادي الاتفاق السابق", "اتحاد الشغل القوي"; not القوية: "حزب مصر القوية" is a party)
# (audit U48: and the labels of hostility news adds, "تنظيم حزب الله الارهابي", "حزب شاس المتشدد")
_ORG_EPITHETS = frozenset(norm_key(w) for w in """السابق السابقة الحالي الحالية القوي الإرهابي الإرهابية
المتشدد المتشددة المتطرف المتطرفة""".split())
# nouns of the people who live in a place: "من سكان خضيرة", "أهالي العوامية"
_RESIDENTS = frozenset(norm_key(p + w) for p in ("", "و", "ل", "ب") for w in ("سكان", "أهالي", "اهالي"))
# bearings before a place: "شرقي سول" (east of Seoul), with و/ب/ف
_BEARINGS = frozenset(norm_key(p + w) for p in ("", "و", "ب", "ف", "وب") for w in
                      "شرق غرب شمال جنوب شرقي غربي شمالي جنوبي".split())
# "منظمة" before an armed group is a type word (audit U48: "منظمة القاعدة"); armed actors' codes
_ORGANISATION = norm("منظمة")
_ARMED = re.compile(r"REB|INS|ALQ|^IMG")
# military ranks that stand only before a person's name (not اللواء, a brigade, or الفريق, a team)
_RANKS = frozenset(norm_key(w) for w in "الأميرال الأدميرال الجنرال المشير الماريشال".split())
# indefinite adjectives of degree that follow a common noun, never a group's name: "بحماس كبير"
# (with great enthusiasm; audit U46 read Hamas there)
_DEGREE_ADJECTIVES = frozenset(norm_key(w) for w in """كبير كبيرة شديد شديدة بالغ بالغة منقطع
فائق فائقة واضح واضحة متزايد متزايدة""".split())


def _join_linked_places(toks, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
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


def _ali_name(text: str, word: str) -> bool:
    """The last word of a person's chunk is the name علي, not the preposition على that the NER
    keys fold it into: written with ي in an article that writes the preposition with ى
    ("المحامي خالد علي انسحب", 2026-11-27)."""
    return word == ALI and "\u0639\u0644\u0649" in text


def _quoted_token(toks, a: int) -> bool:
    """Token a stands between quotation-mark tokens: «المدينة»."""
    return 0 < a < len(toks) - 1 and toks[a - 1].text[-1:] in _OPEN_QUOTES and toks[a + 1].text[:1] in _CLOSE_QUOTES


def _quoted(text: str, start: int, end: int) -> bool:
    """The span stands between quotation marks: «الشرق الأوسط»."""
    return 0 < start and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES


def _hash_joined(toks, chunks: list[tuple[int, int, str]], types=lambda w: frozenset()) -> list[tuple[int, int, str]]:
    """Two person chunks with only a hashtag's "#" between them, glued to the second, are one
    name ("علي عبدالله #صالح", "أنطونيو #غوتيريس", audit U32): the tagger, never trained on a
    "#", cuts the name there. Only persons: "#" before a group or place ("قوات #التحالف")
    names another thing. A family name the tagger left out after the "#" ("محمد #المقدشي")
    joins too (`_hash_surname`; `types`: the lists' types of a word)."""
    out: list[tuple[int, int, str]] = []
    taken = {k for a, b, _ in chunks for k in range(a, b)}
    for a, b, lab in sorted(chunks):
        if (out and lab == "PER" and out[-1][2] == "PER" and out[-1][1] + 1 == a and toks[a - 1].text == "#"
                and toks[a - 1].end == toks[a].start and toks[a - 2].end < toks[a - 1].start):
            out[-1] = (out[-1][0], b, "PER")
            continue
        if lab == "PER" and _hash_surname(toks, b, taken, types):
            b += 2
        out.append((a, b, lab))
    return out


def _without_place_adjectives(toks, chunks: list[tuple[int, int, str]], types) -> list[tuple[int, int, str]]:
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


def _hashtag_underscored(toks, chunks: list[tuple[int, int, str]], no_name) -> list[tuple[int, int, str]]:
    """A person chunk that opens a two-part hashtag ("#رضوان_لقديم") takes its second part
    when no chunk holds it and the hashtag ends there: the tagger saw only "رضوان". The part
    must be letters and no nationality, place, group or particle by the lists (`no_name`); a
    longer hashtag ("#محمد_يتحدث_للصحفيين") is a phrase, not a name."""
    taken = {k for a, b, _ in chunks for k in range(a, b)}
    out: list[tuple[int, int, str]] = []
    for a, b, lab in sorted(chunks):
        if lab == "PER" and a > 0 and toks[a - 1].text == "#" and toks[a - 1].end == toks[a].start:
            u = b - 1 if toks[b - 1].text == "_" else b  # (the chunk may hold the "_")
            if _second_part(toks, u, taken - set(range(a, b)), no_name):
                b = u + 2
        out.append((a, b, lab))
    return out


def _listed_hashtags(toks, chunks: list[tuple[int, int, str]], types) -> list[tuple[int, int, str]]:
    """A hashtag of two to four parts whose words, joined by spaces, are a listed city, country
    or organisation ("#خان_يونس", "#جنوب_السودان", "#الإخوان_المسلمين") is one chunk of that name
    when the tagger named something inside it: never trained on "_", it reads the parts as two
    places or keeps one (السودان: Sudan, not South Sudan). Villages are too weak a witness
    (named like anything), and a hashtag no list knows whole ("#ميليشيات_الحوثي") is left as it is."""
    out = list(chunks)
    for h in range(len(toks) - 3):
        if toks[h].text != "#" or toks[h].end != toks[h + 1].start:
            continue
        e = h + 2
        while e + 1 < len(toks) and toks[e].text == "_" and toks[e - 1].end == toks[e].start == toks[e + 1].start - 1:
            e += 2
        parts = toks[h + 1:e:2]
        if not 2 <= len(parts) <= 4:
            continue
        listed = types(" ".join(t.text for t in parts))
        label = "LOC" if "LOCB" in listed else "ORG" if "ORG" in listed else None
        inside = [c for c in out if h < c[0] and c[1] <= e]
        if label is None or not inside or any(c[0] < e and c[1] > h + 1 and c not in inside for c in out):
            continue
        out = [c for c in out if c not in inside] + [(h + 1, e, label)]
    return sorted(out)


def _second_part(toks, u: int, taken: set[int], no_name) -> bool:
    """Is token u a glued "_" and u + 1 the hashtag's glued last word, a name-like word?"""
    if u + 1 >= len(toks) or toks[u].text != "_" or u + 1 in taken:
        return False
    word, nxt = toks[u + 1], toks[u + 2] if u + 2 < len(toks) else None
    glued = toks[u - 1].end == toks[u].start and toks[u].end == word.start
    ends = nxt is None or nxt.start > word.end
    return glued and ends and word.text.isalpha() and len(word.text) > 2 and not no_name(word.text)


def _one_place(text: str, types) -> bool:
    """Is the phrase (a place and the word after it) itself a known name ("كردستان العراق")?"""
    words = text.split()
    return any(norm_key(" ".join(words[i:])) in JOINED_NAMES or types(" ".join(words[i:])) for i in range(len(words) - 1))


# "… تركي الجنسية": the word after a nationality adjective that says it is one
_NATIONALITY_WORDS = frozenset(norm_key(w) for w in ("الجنسية", "الجنسيه"))


def _hash_surname(toks, h: int, taken: set[int], types) -> bool:
    """Is token h a "#" glued to a family-name-shaped word no chunk holds, after a space: a
    definite word ending in ي ("#المقدشي") that the lists give as no people, place or group
    ("محمد #اليمني" is a Yemeni)?"""
    if h + 1 >= len(toks) or toks[h].text != "#" or h + 1 in taken or h in taken:
        return False
    if toks[h].end != toks[h + 1].start or toks[h - 1].end >= toks[h].start:
        return False
    key = norm_key(toks[h + 1].text)
    return (key.startswith("ال") and key.endswith("ي") and len(key) > 4 and toks[h + 1].text.isalpha()
            and not types(toks[h + 1].text) & NOT_SURNAME)


def _first_key(text: str) -> str:
    """Actor-lexicon key of an Arabic or Latin-script word ("" otherwise)."""
    return actor_key(text) if is_arabic(text) or LATIN_NAME.fullmatch(text) else ""


def _first_keys(texts: list[str], memo: dict[str, str]) -> list[str]:
    """`_first_key` of every token text, memoised in a plain dict: tokens repeat, and a dict
    look-up per token costs a fraction of an lru_cache call."""
    if len(memo) > _FIRST_MAX:
        memo.clear()
    out = list(map(memo.get, texts))
    for i in [i for i, k in enumerate(out) if k is None]:  # (new words only: a few per article)
        out[i] = memo[texts[i]] = _first_key(texts[i])
    return out


# Verbs whose subject comes right after them: a family name there is the person. The quotes
# stage's finite reporting verbs (rasd/lang/ar/quotes_verbs.tsv), and كان ("وكان المعلم يتحدث")


class NerStage:
    name = "ner"
    requires = ("tokens", "sentences")
    assigns = ("entities",)

    def __init__(self, model: NerModel, actors: ActorLexicon):
        self.model = model
        self.actors = actors
        self.group_names = {k: v for k, v in actors.group_names().items() if k not in EVERYDAY_GROUP_NAMES}
        self._first_memo: dict[str, str] = {}
        # token text → clitic letters before a bare group name, and (key, letters) before a
        # longer one's first word (`_bare_after_clitic`, `_prefix_after_clitic`): asked of
        # nearly every token that starts with و ف ب ل ك, and the answer depends on the text only
        self._clitic_memo: dict[str, tuple[int | None, tuple[str, int] | None]] = {}
        self.group_prefixes = {" ".join(k.split()[:i]) for k in self.group_names
                               for i in range(1, len(k.split()))}

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

    def _listed_demonym(self, toks, a: int) -> bool:
        """A word the name lists give as a nationality (among other things: ألمان is also a
        family name) joined by و to a word they give as a nationality only: "فرنسيون وألمان",
        "ألمان وفرنسيون" (2026-11-27). SPEC 2.7: peoples are no names. Not a listed group's
        members ("السعوديين والحوثيين": the Houthis are an actor)."""
        word = toks[a].text.removeprefix("و")
        hit = self.actors.lookup(word) if self.actors is not None else None
        if "NAT" not in self._types(word) or (hit is not None and hit[1]):
            return False  # (a country's demonym, الليبي → LBY with no group, is still a people)
        prev = toks[a - 1].text if a > 0 and toks[a].text[:1] == "و" else ""
        nxt = toks[a + 1].text[1:] if a + 1 < len(toks) and toks[a + 1].text[:1] == "و" else ""
        return any(w and self._group_noun(w) for w in (prev, nxt))

    def _group_noun(self, form: str) -> bool:
        """A people or a sect ("الأكراد", "الشيعة"): listed as a group noun and as no name."""
        found = self._types(form)
        return "NAT" in found and not found & NAMED_TYPES

    def _types(self, form: str) -> frozenset[str]:
        """The form's types in the NER name lists (LOCB, LOCS, PERF, ORG …)."""
        return self.model.features.gaz.entries.get(norm_key(form), NO_TYPES)

    def lexicon_mentions(self, doc: Document, taken: list[bool],
                         starts: dict[int, int] | None = None) -> list[tuple[int, int, str]]:
        """Named groups from the actor lexicon (داعش, حزب الله …) that the CRF missed.

        A name may carry a preposition or conjunction the text stage left on its first word
        (بحماس, لداعش, بتويتر, لبي بي سي): its mention then starts after it, recorded in
        ``starts`` (first token index → offset)."""
        toks = doc.tokens
        n = len(toks)
        out: list[tuple[int, int, str]] = []
        firsts = _first_keys([t.text for t in toks], self._first_memo)
        names, prefixes = self.group_names, self.group_prefixes
        i = 0
        while i < n:
            best = None
            k = firsts[i]
            if k and not taken[i]:
                # (`_extend` finds nothing after a key that starts no longer name: most words)
                if k in names and self._as_written(toks[i], k):
                    best = (self._extend(toks, taken, i + 1, k) if k in prefixes else None) or i + 1
                elif k in prefixes:
                    best = self._extend(toks, taken, i + 1, k)
                if best is None and starts is not None and toks[i].text[:1] in CLITIC_LETTERS:
                    best = self._after_clitic(toks, taken, i, starts, firsts)
            if best:
                out.append((i, best, "ORG"))
                i = best
            else:
                i += 1
        return out

    def _extend(self, toks, taken: list[bool], j: int, k: str) -> int | None:
        """End of the longest group name that starts with key `k` and goes on at token `j`."""
        best = None
        opened = False  # 'الجوهرة "اف ام"': the rest of a listed outlet's name in quotation marks
        while j < len(toks) and k in self.group_prefixes and not taken[j]:
            if not opened and toks[j].text in _OPEN_QUOTES and k not in QUOTE_TYPE_KEYS:
                opened = True  # (a type word's quoted name is quoted_orgs' to read: 'حركة "فتح"')
                j += 1
                continue
            w = norm_key(toks[j].text)
            k = k + " " + (w[2:] if w.startswith("ال") and len(w) > 3 else w)
            j += 1
            if k in self.group_names and not opened:
                best = j
            elif (k in self.group_names and j < len(toks) and toks[j].text in _CLOSE_QUOTES
                  and self.group_names[k][0].endswith("MED")):
                # the name ends after the closing mark, as 'حزب «الشعوب الديمقراطي»'; outlets
                # only: 'التحالف الدولي ضد "داعش"', 'تحالف "دعم الشرعية"' quote another name or a
                # slogan inside a coalition's (no entity, SPEC 2.7)
                best = j + 1
        return best

    def _after_clitic(self, toks, taken: list[bool], i: int, starts: dict[int, int], firsts) -> int | None:
        """A group name whose first word carries a clitic letter: a bare one-word name
        (بحماس) or the first word of a longer one (لبي بي سي, بحزب الله) — unless a longer
        name starts at the next word ("بتنظيم الدولة الإسلامية في العراق والشام")."""
        if toks[i].text[:1] not in CLITIC_LETTERS:
            return None  # most words: settled before normalising
        after = self._bare_after_clitic(toks[i])
        if after and i + 1 < len(toks) and norm_key(toks[i + 1].text) in _DEGREE_ADJECTIVES:
            return None  # "بحماس كبير": with great enthusiasm, not Hamas
        if after:
            starts[i] = after
            return i + 1
        alt = self._prefix_after_clitic(toks[i])
        if alt is None:
            return None
        end = self._extend(toks, taken, i + 1, alt[0])
        nxt = firsts[i + 1] if i + 1 < len(toks) else None
        if end is None or (nxt and (self._extend(toks, taken, i + 2, nxt) or 0) > end):
            return None
        starts[i] = alt[1]
        return end

    def _bare_after_clitic(self, tok) -> int | None:
        """Offset after the clitic letters before a bare-written group name (not a plural of
        members, لحوثيين "for some Houthis", which names people)."""
        n = self._clitic_readings(tok.text)[0]
        return None if n is None else after_letters(tok, n)

    def _prefix_after_clitic(self, tok) -> tuple[str, int] | None:
        """(key, offset) of the first word of a many-word group name after the clitic letters
        the text stage left on it: لبي (بي بي سي), بحزب (حزب الله)."""
        hit = self._clitic_readings(tok.text)[1]
        return None if hit is None else (hit[0], after_letters(tok, hit[1]))

    def _clitic_readings(self, text: str) -> tuple[int | None, tuple[str, int] | None]:
        """(letters before a bare group name, (key, letters) before a longer name's first
        word) of a token text, memoised."""
        hit = self._clitic_memo.get(text)
        if hit is None:
            if len(self._clitic_memo) > _FIRST_MAX:
                self._clitic_memo.clear()
            hit = self._clitic_memo[text] = (self._bare_letters(text), self._prefix_letters(text))
        return hit

    def _bare_letters(self, text: str) -> int | None:
        t = norm_key(text)
        if t.endswith(("يين", "يون")):
            return None
        for n, rest in clitic_readings(t):
            if len(rest) >= 3 and actor_key(rest) == rest and rest in self.group_names and rest in self.actors.bare:
                return n
        return None

    def _prefix_letters(self, text: str) -> tuple[str, int] | None:
        for n, rest in clitic_readings(norm_key(text)):
            if actor_key(rest) == rest and rest in self.group_prefixes:
                return rest, n
        return None

    def _as_written(self, tok, k: str) -> bool:
        """A one-word lexicon name matches a word only as it is written: "القاعدة" (the group)
        is not "قاعدة" (a base), though their keys are one; "داعش", "حماس" are written bare."""
        return k in self.actors.bare or is_definite(norm_key(tok.text))

    # -- tagging ---------------------------------------------------------------
    def mentions(self, doc: Document) -> list[tuple[int, int, str]]:
        """(first token index, end token index, label) chunks over ``doc.tokens``."""
        ranges = sentence_ranges(doc)
        tags = self.model.tag_document([[t.text for t in doc.tokens[a:b]] for a, b in ranges])
        return bio_chunks(ranges, tags)

    def _nationality_tail(self, toks, a: int, b: int) -> bool:
        """Is the last of three or more person words a nationality that "الجنسية" follows
        ("يوسف عوني تركي الجنسية")? A two-word name keeps it ("محمد تركي الجنسية" may be Turki)."""
        return (b - a >= 3 and b < len(toks) and norm_key(toks[b].text) in _NATIONALITY_WORDS
                and "NAT" in self._types(toks[b - 1].text))

    def _trim(self, doc: Document, a: int, b: int) -> tuple[int, int] | None:
        """Drop leading titles/descriptor words and edge punctuation from token chunk [a, b)."""
        toks = doc.tokens
        place_next = False  # after "مدينة", "قرية" … a title word is part of a place's name
        while a < b - 1:
            w = norm(toks[a].text)
            stem = stem_norm(toks[a].text)
            if w in TITLES or stem in TITLES or surname_title(toks[a].text):
                if place_next or self._types(f"{stem} {toks[a + 1].text}") & PLACE_TYPES:
                    break  # "الشيخ زويد", "السيدة زينب": towns, not a sheikh and a lady
                a += 1
                continue
            if w in DESCRIPTOR_PREFIXES or stem in DESCRIPTOR_PREFIXES:
                rest = [norm(x.text) for x in toks[a + 1:b]]
                if whole_name(" ".join([stem] + rest)):
                    break
                place_next = stem in PLACE_DESCRIPTORS
                a += 1
                continue
            break
        while b > a and not any(ch.isalnum() for ch in toks[b - 1].text):
            b -= 1
        while a < b and not any(ch.isalnum() for ch in toks[a].text):
            a += 1
        if a >= b:
            return None
        return a, b

    def __call__(self, doc: Document) -> Document:
        if not doc.tokens:
            doc.entities = []
            return doc
        return self._fill(doc, self.mentions(doc))

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Tag a batch of documents together (`NerModel.tag_documents`); the same entities
        as calling the stage on each."""
        ranges = [sentence_ranges(d) if d.tokens else [] for d in docs]
        tags = self.model.tag_documents([[[t.text for t in d.tokens[a:b]] for a, b in rs]
                                         for d, rs in zip(docs, ranges)])
        for d, rs, tg in zip(docs, ranges, tags):
            if not d.tokens:
                d.entities = []
            else:
                self._fill(d, bio_chunks(rs, tg))
        return docs

    def _fill(self, doc: Document, chunks: list[tuple[int, int, str]]) -> Document:
        """Set ``doc.entities`` from the CRF's chunks, the actor lexicon and trimming."""
        toks = doc.tokens
        chunks = _hash_joined(toks, chunks, self._types)  # "علي عبدالله #صالح": one man, not two
        chunks = _without_place_adjectives(toks, chunks, self._types)
        chunks = _hashtag_underscored(toks, chunks, lambda w: bool(self._types(w) & NOT_SURNAME)
                                      or norm_key(w) in NOT_NAME_PARTICLES)
        chunks = _listed_hashtags(toks, chunks, self._types)  # "#خان_يونس": one town, not خان and يونس
        spans: list[tuple[Span, str, str | None]] = []
        words: Counter[str] | None = None

        def doc_words() -> Counter[str]:
            nonlocal words
            if words is None:
                words = Counter(t.norm for t in toks)
            return words

        lex_starts: dict[int, int] = {}
        if self.group_names:
            chunks = absorb(chunks, self.lexicon_mentions(doc, [False] * len(toks), lex_starts))
        orgs = org_phrases(toks, self._types,
                           lambda i, j: self.actors.lookup(doc.text[toks[i].start:toks[j - 1].end]) is not None)
        org_starts = {a: start for a, _, start in orgs}  # a proclitic on the head: لمنظمة
        chunks = absorb(chunks, [(a, b, "ORG") for a, b, _ in orgs])
        eponyms = eponym_phrases(toks)  # "مركز الملك سلمان للإغاثة": not the king
        org_starts.update((a, start) for a, _, lab, start in eponyms if lab == "ORG")
        chunks = absorb(chunks, [(a, b, lab) for a, b, lab, _ in eponyms])
        chunks = place_named_groups(toks, tribal_places(toks, unit_eponyms(toks, chunks)))  # "كتيبة أبو بكر الصديق", "خان بني سعد"
        untrimmed = {(a, b) for a, b, _, _ in eponyms}  # "مدينة" of "مدينة الملك عبدالعزيز للعلوم" stays
        covered = {k for a, b, _ in chunks for k in range(a, b)}  # (what the tagger named stays)
        chunks = absorb(chunks, [c for c in cued_names(toks, self._may_be_place) if c[0] not in covered])
        texts = [t.text for t in toks]
        chunks = absorb(chunks, titled_names(texts, chunks, self._types, self._mostly_no_name,
                                              self._mostly_person))
        chunks = absorb(chunks, spokesman_names(texts, chunks, self._types, self._mostly_no_name))
        chunks = absorb(chunks, called_names(doc.text, toks, chunks, self._mostly_no_name))  # "ويدعى كيان اشتر"
        chunks = split_persons(after_title(chunks, texts), texts, self._types)
        chunks = self._split_known_orgs(doc, chunks)
        chunks = _join_linked_places(toks, chunks)
        chunks = self._place_then_person(toks, chunks)
        chunks = join_hyphen_halves(toks, chunks, self._types)  # "كيم جونغ-أون": one man
        chunks = korean_names(toks, chunks, self._types, self._mostly_no_name)  # "كيم جونغ أون"
        chunks = join_adjacent_persons(doc.text, toks, chunks, TITLES)  # "كيم | جونغ أون", "حسين | علي | أميري": one man
        chunk_ends = {b for _, b, _ in chunks}
        # last words of the article's full person names ("جون بلمار"): such a word is written
        # whole, so its first letter is the name's, not a preposition, when it stands alone
        surnames = {toks[b - 1].norm for a, b, lab in chunks if lab == "PER" and b - a >= 2}
        in_chunks = {k for a, b, _ in chunks for k in range(a, b)}  # ("الشيخ | علي بن سعد": another name)
        framed_at: set[int] = set()  # starts of persons named in a person's frame ("(24 عاما)")
        for a, b, lab in chunks:
            head = a
            ab = (a, b) if (a, b) in untrimmed else self._trim(doc, a, b)
            if ab is None:
                continue
            a, b = ab
            if lab == "LOC":
                b = whole_tail_end(toks, b)  # "روسيا | البيضاء" → روسيا البيضاء
            if lab == "PER" and self._nationality_tail(toks, a, b):
                b -= 1  # "أبي سمير روسي الجنسية": Russian by nationality, not his name
            framed = person_frame(toks, a, b) if b - a <= 3 else None
            if framed is not None:
                (a, b), lab = framed, "PER"  # "المتهم، عمران علي (24 عاما)": a man, not the province
            if lab == "MISC" and a > head and stem_norm(toks[a - 1].text) in PLACE_DESCRIPTORS:
                lab = "LOC"  # "بلدية نابل": the CRF's MISC is a place
            if lab == "MISC" and b - a >= 2 and worship_head(toks[a].text):
                lab = "LOC"  # "المسجد الأقصى": a named mosque or church is a place, as gold writes المسجد الحرام
            if lab != "LOC" and self._quoted_after_place_word(toks, a, b):
                lab = "LOC"  # 'بمدينة "سوروج"', 'ولاية "بدغيس"': a place whatever the CRF said
            if led_by_person([t.text for t in toks[a:b]], self._types):
                a, b, lab = a + 1, a + 2, "PER"  # "قوات صالح (الانقلابية)" → صالح
            if b - a == 1 and (self._group_noun(toks[a].text) or stem_norm(toks[a].text) in NOT_ALONE) \
                    and not (a > 0 and stem_norm(toks[a - 1].text) in AREA_WORDS):  # ("منطقة الريف": the Rif)
                continue  # "الأكراد": peoples are not names (SPEC 2.7); "قاعدة" alone is a base
            if lab == "LOC" and b - a == 1 and harming_noun(toks, a, lambda w: bool(self._types(w) & PLACE_TYPES)):
                continue  # "يريدون النيل منه": harming him, not the Nile
            if b - a == 1 and sunset_prayer(toks, a):
                continue  # "قتل خاله قبل المغرب": before the sunset prayer, not Morocco
            if lab == "LOC" and b - a == 1 and a > 0 and before_verb(toks[a - 1].text):
                continue  # "عندما عدن إلى العمل": when they returned, not Aden (a verb follows these)
            if lab == "LOC" and b - a == 1 and self._accusative_noun(toks, a):
                continue  # "حصارا جويا وبحريا وبريا", "بريدا إلكترونيا": a noun, not Bria or Breda
            if b - a == 1 and self._listed_demonym(toks, a):
                continue  # "فرنسيون وألمان": a people in a list of peoples, not a man named ألمان
            if lab == "PER" and plural_nisba(toks[b - 1].text) and self.actors.lookup(toks[b - 1].text) is None:
                continue  # "الخبراء الاكتواريون", "أماني الاتحاديين" (the fans' hopes): people, no one's name (U50)
            if lab == "LOC" and b - a == 1 and boys_beside_girls(toks, a):
                continue  # "للأندية الموسمية (بنين - بنات)": boys and girls, not Benin (audit U50)
            if lab == "LOC" and b - a == 1 and always_not_douma(toks, a):
                continue  # "تقف دوما مع الإجماع": always (دوماً), not the town of Douma (audit U50)
            if union_with_nationality(toks, a, b, self._types):
                continue  # "سكرتير الاتحاد الكويتي": a federation and a nationality (SPEC 2.1; audit U50)
            if lab in ("PER", "MISC") and a > 0 and adjective_after_act(toks[a - 1].text, [t.text for t in toks[a:b]],
                                                                        self._mostly_no_name):
                continue  # "قصف جوي تركي", "بيان رسمي": the act's adjectives, no name
            if lab == "ORG" and b - a == 1 and a > 0 and adjective_after_noun(toks[a - 1].text, toks[a].text):
                continue  # "التمرد الحوثي", "القيادي الحوثي": an adjective, not the group
            if lab == "LOC" and b - a == 1 and a > 0 and country_nisba(toks[a - 1].text, toks[a].text,
                                                                           counted(toks, a - 1)):
                continue  # "طرد 23 دبلوماسيا روسيا": a Russian diplomat, not Russia
            if lab == "MISC" and b - a == 1 and self._mostly_no_name(toks[a].text) and not _quoted_token(toks, a):
                continue  # "معجنات بيونغيانغ": a common noun the priors saw untagged (audit U48)
            if lab == "LOC" and b - a == 1 and of_origin(toks, a):
                continue  # "اعتقلت الشرطة إيطاليا من أصل مغربي": an Italian, not Italy (audit U48)
            if lab == "ORG" and b - a == 1 and self._person_not_group(toks[a].text):
                lab = "PER"  # "إدارة أوباما": the man, whom the tagger reads as the administration
            if lab == "LOC" and b - a == 2 and self._given_then_surname(toks[a].text, toks[a + 1].text):
                lab = "PER"  # "إسرائيل كاتس": a country's name that is a given name, then a surname
            if (lab in ("LOC", "MISC") and b - a <= 2 and a > 0 and norm_key(toks[a - 1].text) in _RANKS
                    and not self._types(" ".join(t.text for t in toks[a:b])) & PLACE_TYPES):
                lab = "PER"  # "الأميرال بيتورينو": a rank is followed by a man, not an unlisted place
            if lab == "MISC" and after_venue_word(toks, a):
                lab = "LOC"  # "على ملعب سانتياجو برنابيو": the stadium, a place (audit U50)
            if (lab in ("ORG", "PER") and b - a == 1 and a > 0 and norm_key(toks[a - 1].text) in _BEARINGS
                    and "LOCB" in self._types(toks[a].text) and not self._types(toks[a].text) & {"ORG"}):
                lab = "LOC"  # "شرقي سول": east of Seoul, not the club the priors know (audit U48)
            if (lab == "PER" and b - a == 1 and a > 0 and norm_key(toks[a - 1].text) in _RESIDENTS
                    and self._types(toks[a].text) & PLACE_TYPES):
                lab = "LOC"  # "من سكان خضيرة بمحافظة ضمد": residents of a village (audit U48)
            if b - a == 1 and leader_alone(toks[a].text):
                lab = "PER"  # "هجوم الحوثي": the man; "جماعة الحوثي" is the group
            if lab == "LOC" and b - a >= 2 and self._place_then_adjective(toks[a:b]):
                b -= 1  # "منبج السورية": the adjective is not part of the name (SPEC 2.1)
            while lab == "ORG" and b - a >= 2 and norm_key(toks[b - 1].text) in _ORG_EPITHETS:
                b -= 1  # "لاعب نادي الاتفاق السابق": the former player, not the club's name
            if lab == "ORG" and b - a >= 2 and self._type_before_armed_group(doc.text, toks, a, b):
                a += 1  # "منظمة القاعدة" → القاعدة, as "تنظيم القاعدة" (SPEC 2.7); "منظمة بدر" is listed whole
            while lab == "ORG" and b - a >= 3 and self._party_then_adjective(toks[a:b]):
                b -= 1  # "حزب الأمة القومي السوداني" → حزب الأمة القومي
            if lab == "ORG" and b - a >= 2:
                a, b = self._outlet_then_nisba(toks, a, b)  # "وكالة الاناضول التركية" → الاناضول
            if lab == "PER":
                b = self._before_told_outlet(toks, a, b)  # "المالكي لبي بي سي", "بشار الأسد لرويترز"
            while lab == "PER" and b - a >= 2 and not_name_word(toks[b - 1].text, self._types(toks[b - 1].text)):
                b -= 1  # "ميشال عون الخميس", "صالح بالقرب", "وليام صباحا", "إلكين ينظران"
            while b - a >= 2 and "".join(ch for ch in toks[a].text if not is_mark(ch)) in LEADING_PARTICLES:
                a += 1  # "بأن أحمد منصور حسان" → أحمد منصور حسان
            if b - a == 1 and "".join(ch for ch in toks[a].text if not is_mark(ch)) in LEADING_PARTICLES:
                continue  # "فإن | الوزير غندور" cut at the title: the particle (which keys as فان, van) is no name
            if lab == "PER":
                a, b = person_edges(toks, a, b, self._types)  # "عين سيري ميكونن", "البكر سالم", "أسد | الله أسدي"
            if lab == "PER" and b - a == 1 and self._given_after_title(doc.text, toks, a):
                a -= 1  # "الجنرال راي اوديرنو": the tagger read the given name as a word (رأي)
            while (b - a >= 2 and norm_key(toks[b - 1].text) in ENDING_PARTICLES
                   and not all(len(t.text) <= 3 for t in toks[a:b])  # (spelt letters: "بي إف إم تي في")
                   and not (lab == "PER" and _ali_name(doc.text, toks[b - 1].text))):
                b -= 1  # "حركة الجمهورية إلى الأمام": no name ends in a preposition
            if lab == "PER" and b < len(toks) and _ali_name(doc.text, toks[b].text) and b not in in_chunks \
                    and not doc.text[toks[b - 1].end:toks[b].start].strip():
                b += 1  # "والمحامي خالد | علي.": the tagger stops before the name it reads as على
            if framed is not None:
                b = max(b, framed[1])  # "عمران علي (24 عاما)": علي before the age is a name, not على
            if lab == "PER" and b < len(toks) and (norm_key(toks[b - 1].text) in NAME_LINKS
                                                   or norm_key(toks[b - 1].text) == "ابو") and is_arabic(toks[b].text) \
                    and doc.text[toks[b - 1].end:toks[b].start].strip() == "":
                b += 1  # "أنييس فون دير | مول": a name does not end in its linking particle
            if lab == "PER" and b - a >= 2 and a > 0 and toks[a - 1].text == ALI:
                a -= 1  # "علي عبدالله صالح": the tagger folds علي into على (on) and leaves it out
            elif lab == "PER" and a > 0 and abd_name(toks[a - 1].text):
                a -= 1  # "عبدربه منصور هادي": a compound name's first word the tagger left out
            elif lab == "PER" and b - a == 1 and self._given_before(doc.text, toks, a):
                a -= 1  # "الأيزيدية، نادية | مراد": a given name after a comma the tagger left out
            elif lab == "PER" and a >= 1:
                a = lineage_start(toks, a, self._types, in_chunks - set(range(head, b)))  # "مشاعل بنت | عبدالمحسن"
            b -= formula_tail([t.text for t in toks[a:b]])  # "عبدالعزيز | طيب الله ثراه"
            if b <= a:
                continue  # "رضوان الله عليهم", "بحمد الله": a formula, no name
            if b - a == 1 and stem_norm(toks[a].text) in NUMBER_WORDS:
                continue  # "بينهم ستون نصرانياً": trimmed down to a number word
            if b - a == 1 and generic_noun(toks[a].text) and not _quoted_token(toks, a):
                continue  # "بالمديرية ذاتها", "على الحدود السورية": a common noun, not «المدينة»
            first = toks[a]
            whole = whole_head_start(toks, a)
            if whole is not None:
                a, start = a - 1, whole  # "إقليم" + "كردستان العراق"
            elif a == head and a in org_starts and lab == "ORG":
                start = org_starts[a]
            elif a == head and a in lex_starts and lab == "ORG":
                start = lex_starts[a]
            elif after_construct_place(toks, a):
                start = first.start  # 'منطقة "بالامرغاب"', "ومدينة لاتينا": the letter is the name's
            else:
                # a name right before: "الحوثي وصالح", "مصر وبريطانيا" — و joins two names
                after_name = a > 0 and (a in chunk_ends or bool(self._types(toks[a - 1].text) & NAMED_TYPES))
                start = (mention_start(first, self._types, doc_words, " ".join(t.text for t in toks[a + 1:b]),
                                       after_name=after_name, surname=first.norm in surnames)
                         if is_arabic(first.text) else first.start)
            end = toks[b - 1].end
            if end <= start or norm_key(doc.text[start:end]) in NOT_NAMES or a_base(doc.text, start, end):
                continue
            kept = whole_name(doc.text[start:end])
            if kept and WHOLE_HEADS[kept] is None and _quoted(doc.text, start, end):
                lab = "ORG"  # «الشرق الأوسط»: a title in quotation marks is the newspaper
            lab = (WHOLE_HEADS[kept] if kept else None) or lab
            if lab == "LOC" and agency_name(doc.text, start):
                lab = "ORG"  # وكالة أنباء فارس: Fars News Agency, not the province
            if lab in ("ORG", "MISC") and not _quoted(doc.text, start, end) and self._country_name(doc.text[start:end]):
                lab = "LOC"  # "ساحل العاج", "دولة الإمارات العربية المتحدة": a country is a place (SPEC 2.1)
                if b - a >= 2 and norm_key(toks[a].text) == _STATE_DESCRIPTOR and start == toks[a].start:
                    start = toks[a + 1].start  # "دولة | الكويت", as a place's descriptor comes off
            # the words before trimming name the actor when the lexicon has only them
            # ("حركة الشباب" → mention الشباب, actor shabaab)
            alias = doc.text[toks[head].start:end] if a > head else None
            end = closing_quote(doc.text, start, end)
            spans.append((Span(start, end, doc.text[start:end]), lab, alias))
            if framed is not None:
                framed_at.add(start)
        spans = self._pairs(doc, spans)
        spans += dateline_outlets(doc.text, spans)
        spans = quoted_orgs(doc.text, told_outlets(doc.text, spans))
        spans = type_then_alias(doc.text, spans)  # "حزب بي كيه كيه" after "… (بي كيه كيه)"
        spans = short_force_names(doc.text, spans)  # "سوريا الديمقراطية" after "قوات سوريا …"
        spans = short_alias_names(doc.text, spans, lambda s: self.actors.lookup(s) is not None)  # "الحشد"
        spans += self._surnames(doc, spans, framed_at)
        spans += self._repeats(doc, spans)
        entities = group_entities(join_split_names(doc.text, spans), self.actors, doc.text)
        clubs(doc, entities)
        for e in entities:
            if e.actor is not None and bound_elsewhere([m.text for m in e.mentions], doc.text):
                e.actor = None  # "قوات مكافحة الإرهاب" in Aden: not Iraq's CTS
        # generic mentions leave their entity ("وزارة الدفاع الأميركية" beside "البنتاغون"), and
        # an entity left with none goes; they are still actors and speakers: the events stage
        # reads them from here (never serialised)
        institutions = []
        for e in entities:
            generic = self._generic_mentions(e)
            if generic:
                institutions += [(m.start, m.end, e.actor.code if e.actor else None) for m in generic]
                e.mentions = [m for m in e.mentions if m not in generic]
        doc.entities = [e for e in entities if e.mentions]
        doc.extras[INSTITUTIONS] = institutions
        return doc

    def _surnames(self, doc: Document, spans: list, framed_at: set[int] = frozenset()) -> list:
        """A person's family name written alone elsewhere in the article ("اللواء البلوي" after
        "اللواء عادل البلوي") is a mention of the person too: the last word of a person's
        two-or-more-word mention, when it is no place, organisation or nationality word. A
        person named in a person's frame ("عمران علي (24 عاما)", `framed_at`) gives a short
        family name too (علي), unless the article writes the preposition على as علي."""
        names = {}  # key → may it stand anywhere (else only right after a reporting verb)
        short: dict[str, str] = {}
        for sp, lab, _a in spans:
            words = sp.text.replace("_", " ").split()  # (a hashtag's parts: "#رضوان_لقديم")
            if lab == "PER" and len(words) >= 2 and sp.start in framed_at and len(words[-1]) == 3 \
                    and (words[-1] != ALI or "\u0639\u0644\u0649" in doc.text):
                names[norm_key(words[-1])] = True
                short[norm_key(words[-1])] = words[-1]  # (as written: علي, not على)
            elif lab == "PER" and len(words) >= 2 and len(words[-1]) >= 4:
                last = norm_key(words[-1])
                if surname_shaped(last) and last not in NOT_NAMES:
                    names[last] = names.get(last, False) or not self._types(words[-1]) & NOT_SURNAME
        if not names:
            return []
        taken = [(sp.start, sp.end) for sp, _l, _a in spans]
        out = []
        toks = doc.tokens
        for k in [k for k, key in enumerate(map(norm_key, [t.text for t in toks])) if key in names]:
            tok = toks[k]
            anywhere = names.get(norm_key(tok.text))
            if anywhere is None or any(a < tok.end and tok.start < b for a, b in taken) \
                    or short.get(norm_key(tok.text), tok.text) != tok.text:
                continue
            # a family name that is also a word, a village or a people ("المعلم", "العربي") is
            # the person only as the subject of a reporting verb ("وقال المعلم", "وكان العربي")
            slot = noun_slot(norm_key(doc.tokens[k - 1].text)) if k > 0 else None
            if anywhere or slot == "verb" or (slot and not self._mostly_no_name(tok.text)):
                # (after a preposition or a noun, not a word mostly no name: "إلى العودة")
                out.append((Span(tok.start, tok.end, tok.text), "PER", None))
        return out

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

    def _pairs(self, doc: Document, spans: list) -> list:
        """A person's one-word mention that the article always writes with the same next word
        ("أوليفييه فور" six times, the tagger stopping before فور, a common word) takes that word
        in: at least twice and in 80% of the first word's occurrences."""
        toks = doc.tokens
        other = {norm_key(sp.text) for sp, lab, _a in spans if lab != "PER"}  # ("جابر" LOC: معبر جابر نصيب)
        single = {sp.start: i for i, (sp, lab, _a) in enumerate(spans)
                  if lab == "PER" and " " not in sp.text and norm_key(sp.text) not in other}
        if not single:
            return spans
        # what follows each word, counted only for the words of the one-word mentions (the
        # only ones asked below)
        asked = {tok.norm for tok in toks[:-1] if tok.start in single}
        follows: dict[str, Counter] = {}
        for k in range(len(toks) - 1):
            if toks[k].norm in asked and not doc.text[toks[k].end:toks[k + 1].start].strip():
                follows.setdefault(toks[k].norm, Counter())[toks[k + 1].norm] += 1
        out = list(spans)
        for k, tok in enumerate(toks[:-1]):
            i = single.get(tok.start)
            if i is None or spans[i][0].end != tok.end or doc.text[tok.end:toks[k + 1].start].strip():
                continue
            prev = stem_norm(toks[k - 1].text) if k > 0 else ""
            if prev in _BEFORE_PLACES or (prev[:1] in "لب" and prev[1:] in _BEFORE_PLACES):
                continue  # "معبر جابر نصيب", "لمعبر جابر نصيب": a place's name, which the places stage reads
            nxt = toks[k + 1]
            seen = follows.get(tok.norm, Counter())
            total = sum(seen.values())
            if (seen[nxt.norm] >= 2 and seen[nxt.norm] >= 0.8 * total and is_arabic(nxt.text)
                    and nxt.text[:1] != "و" and len(nxt.text) >= 3
                    and norm_key(nxt.text) not in ENDING_PARTICLES and stem_norm(nxt.text) not in TITLES
                    and norm_key(nxt.text) not in _ROLE_WORDS
                    and not norm(nxt.text).endswith(("ية", "يه")) and "NAT" not in self._types(nxt.text)
                    and not not_name_word(nxt.text, self._types(nxt.text))
                    and not any(sp.start <= nxt.start < sp.end for sp, _l, _a in spans)):
                sp, lab, alias = spans[i]
                out[i] = (Span(sp.start, nxt.end, doc.text[sp.start:nxt.end]), lab, alias)
        return out

    def _repeats(self, doc: Document, spans: list) -> list:
        """A name found in the article, written again with a proclitic the tagger did not see
        through ("برداع" after "مدينة رداع", "ومشار" after "رياك مشار"): a mention of it too,
        after the proclitic letters. Names of one label only; not the words that are no names
        alone, and not القاعدة where it is a base."""
        labels: dict[str, set] = {}
        for sp, lab, _a in spans:
            labels.setdefault(norm_key(sp.text), set()).add(lab)
        names = {}
        for k, labs in labels.items():
            lab = next(iter(labs))
            if (len(labs) == 1 and lab != "MISC" and " " not in k and k not in NOT_NAMES and k not in NOT_ALONE
                    and k not in TITLES and k not in EVERYDAY_GROUP_NAMES and not generic_noun(k)
                    and not (lab != "LOC" and "NAT" in self._types(k))):  # (الأكراد, الليبي: no names)
                names[k] = lab
        if not names:
            return []
        taken = [(sp.start, sp.end) for sp, _l, _a in spans]
        out = []
        toks = doc.tokens
        # (only a listed name or a word with a first clitic letter can be one: most are neither)
        keys = list(map(norm_key, [t.text for t in toks]))
        for k in [k for k, key in enumerate(keys) if key in names or key[:1] in _CLITIC_SET]:
            tok, key = toks[k], keys[k]
            lab = names.get(key)
            if lab in ("LOC", "ORG") and not any(a < tok.end and tok.start < b for a, b in taken) \
                    and not (k > 0 and adjective_after_noun(doc.tokens[k - 1].text, tok.text)) \
                    and not (k > 0 and lab == "LOC" and country_nisba(doc.tokens[k - 1].text, tok.text,
                                                                         counted(doc.tokens, k - 1))) \
                    and not (lab == "LOC" and of_origin(doc.tokens, k)) \
                    and not a_base(doc.text, tok.start, tok.end) and not self._mostly_no_name(tok.text) \
                    and actor_key(tok.text) not in EVERYDAY_GROUP_NAMES:
                # written again as it was: "عبدان" four times, one of them tagged (not a word
                # that is mostly no name in other news: "الوطن" the paper, then the homeland)
                out.append((Span(tok.start, tok.end, tok.text), lab, None))
                continue
            if key[:1] not in _CLITIC_SET:
                continue  # below, each reading needs a first clitic letter (most words: none)
            for n in (1, 2):
                lab = names.get(key[n:]) if len(key) - n >= 4 and all(c in CLITIC_LETTERS for c in key[:n]) else None
                if lab == "PER" and key[:n] != "و":
                    lab = None  # "لصالح", "بعمر", "لحسن الحظ", "فعلي": a person's name only after "and"
                full = "ا" + key[1:]
                if lab is None and key.startswith("لل") and n == 1 and (
                        names.get(full) != "PER" or (full.endswith("ي") and len(full) >= 6)):
                    # "للعراق", "للسيستاني": the mention after its first letter (a person's
                    # family name only as a nisba: "للمعلم" is "for the teacher")
                    lab = names.get(full)
                if lab is None:
                    continue
                start = after_letters(tok, n)
                if not any(a < tok.end and start < b for a, b in taken) and not a_base(doc.text, start, tok.end):
                    out.append((Span(start, tok.end, doc.text[start:tok.end]), lab, None))
                break
        return out

    def _may_be_place(self, word: str) -> bool:
        """A word the label priors never saw, or saw mostly as a place ("جوبر"), and that no name
        list gives as something else: after a place word, a place's name."""
        if not self._priors():
            return False  # (no priors: no evidence either way, and nothing is added)
        hit = self._prior_hit(word)
        if hit is not None:
            return "upt=LOC" in hit[1]
        return not self._types(word) & NAMED_TYPES or bool(self._types(word) & PLACE_TYPES)

    def _accusative_noun(self, toks, a: int) -> bool:
        """An indefinite accusative noun in -ا that a place is spelt like ("بريا" Bria, "بريدا"
        Breda), next to an indefinite -يا adjective: before one ("بريدا إلكترونيا") or joined by
        و after one ("جويا وبحريا وبريا"). Not a word the label priors saw mostly as a place
        ("زار سوريا رسميا", "ليبيا وكينيا"), nor with ال; no priors, no evidence: kept."""
        w = self._bare(toks[a].text)
        if w.startswith("ال") or not w.endswith("ا") or self._prior_place(w):
            return False
        nxt = toks[a + 1].text if a + 1 < len(toks) else ""
        prev = toks[a - 1].text if a > 0 and toks[a].text[:1] == "و" else ""
        return any(self._indefinite_adjective(x) for x in (nxt, prev) if x)

    @staticmethod
    def _bare(text: str) -> str:
        w = norm_key(text)
        return w[1:] if w[:1] == "و" and len(w) > 4 else w

    def _prior_place(self, word: str) -> bool:
        """The label priors saw the word mostly as a place; True when there are none."""
        if not self._priors():
            return True
        hit = self._prior_hit(word)
        return hit is not None and "upt=LOC" in hit[1]

    def _indefinite_adjective(self, text: str) -> bool:
        """An indefinite -يا word the priors saw as no name, or never saw ("إلكترونيا", "وبحريا")."""
        w = self._bare(text)  # (ال tested as written: "إلكترونيا" folds to الكترونيا)
        if text.removeprefix("و").startswith("ال") or not w.endswith("يا") or len(w) < 4:
            return False
        hit = self._prior_hit(w)
        return hit is None or not any(x.startswith("upt=") and x != "upt=O" for x in hit[1])

    def _given_before(self, text: str, toks, a: int) -> bool:
        """The word before a one-word person's chunk is a listed given name (and no place,
        group or people), one space before it, itself right after a comma or a sentence's start
        ("الأيزيدية، نادية مراد", 2026-11-27): where an apposition opens, the name is whole."""
        if a < 1 or text[toks[a - 1].end:toks[a].start] != " ":
            return False
        word = toks[a - 1].text
        found = self._types(word)
        if "PERF" not in found or found & {"LOCB", "ORG", "NAT"} or norm_key(word).startswith("ال"):
            return False
        return a < 2 or toks[a - 2].text in ("،", ",", ".", ":")

    def _given_after_title(self, text: str, toks, a: int) -> bool:
        """The word before a one-word person's chunk is an indefinite word the name lists give
        as a person's, right after a title, one space apart each ("الجنرال راي اوديرنو",
        2026-11-27). Not a definite word ("الرئيس الأمريكي أوباما"), nor a word of a place,
        group or people."""
        if a < 2 or text[toks[a - 2].end:toks[a - 1].start] != " " or text[toks[a - 1].end:toks[a].start] != " ":
            return False
        word = toks[a - 1].text
        found = self._types(word)
        hit = self._prior_hit(word)
        seen_as_place = hit is not None and any("LOC" in x for x in hit[0] + hit[1])  # "الأمير جبل الزيتون"
        return (norm_key(toks[a - 2].text) in TITLES and not norm_key(word).startswith("ال")
                and bool(found & {"PERT", "PERF"}) and not found & {"ORG", "NAT"} and word.isalpha()
                and word not in LEADING_PARTICLES and not seen_as_place)  # "المحامي بأن عباس"

    def _given_then_surname(self, first: str, second: str) -> bool:
        """Two words the tagger read as a place: a big place's name that the lists also give as
        a given name (إسرائيل is also the name of a man), then a word the label priors saw
        mostly as a person's name and the lists give no place ("إسرائيل كاتس", audit U32).
        Not "إسرائيل الكبرى" (definite), nor a listed place of two words ("سان دييغو"), nor a
        small place's word ("بيت عياض")."""
        found, head = self._types(second), self._types(first)
        return ("LOCB" in head and bool(head & {"PERT", "PERF"}) and self._mostly_person(second)
                and not self._types(f"{first} {second}") & PLACE_TYPES  # "سان دييغو"
                and not norm_key(second).startswith("ال") and not found & PLACE_TYPES
                and not found & {"ORG", "NAT"})

    def _person_not_group(self, word: str) -> bool:
        """A word the label priors saw mostly as a person's name and the actor lexicon gives
        no group: أوباما (2026-11-27). Not a listed group's name ("حماس")."""
        hit = self.actors.lookup(word) if self.actors is not None else None
        return self._mostly_person(word) and not (hit and hit[1])

    def _mostly_person(self, word: str) -> bool:
        """The label priors saw the word mostly as (part of) a person's name."""
        hit = self._prior_hit(word)
        return hit is not None and "upt=PER" in hit[1]

    def _country_name(self, text: str) -> bool:
        """A country's name, perhaps after its state word ("دولة الإمارات العربية المتحدة",
        "جمهورية مالي"): listed as a country by the actor lexicon and as a big place by the name
        lists (not a demonym alone: "الأمريكي")."""
        words = text.split()
        if len(words) >= 2 and norm_key(words[0]) in _STATE_WORDS:
            text = " ".join(words[1:])
        return actor_key(text) in self.actors.countries and "LOCB" in self._types(text)

    def _mostly_no_name(self, word: str) -> bool:
        """The label priors (prior.py) saw the word untagged in 70% or more of its uses."""
        hit = self._prior_hit(word)
        return hit is not None and not hit[1]

    def _priors(self) -> dict:
        """The model's label priors (prior.py): key → (count, tags); empty without them."""
        return getattr(self.model.features, "prior", None) or {}

    def _prior_hit(self, word: str):
        """The priors' entry for a word, or None when it was never seen."""
        return self._priors().get(prior_key(word))

    def _generic_mentions(self, e) -> list:
        """SPEC 2.1: an institution named by a common noun is no entity, even with a country
        ("الجيش الإسرائيلي", "قوات النظام", "وزارة الدفاع السعودية", "التحالف العربي",
        "البنك المركزي") — the events stage still reads them (doc.extras[INSTITUTIONS]). A
        listed non-state group (الجيش السوري الحر, جيش الإسلام, البنك الدولي) or a name with a
        proper noun in it (قوات سوريا الديمقراطية) stays."""
        code = e.actor.code if e.actor is not None else None
        if e.label != "ORG" or (code and code[3:] not in STATE_ROLES and code != "BUS"):
            return []  # a listed non-state group: "جيش الإسلام" (SYRREB); a business is common
        return [m for m in e.mentions if self._generic_phrase(m.text)]

    def _generic_phrase(self, text: str) -> bool:
        words = text.split()
        head = norm_key(words[0]) if words else ""
        # (after a contracted لل: "لجيش السوري", and "لتحالف العربي" of "للتحالف")
        if head not in GENERIC_HEADS and head[1:] not in GENERIC_HEADS and "ال" + head[1:] not in GENERIC_HEADS:
            return False
        if len(words) > 4:
            return False
        for w in words[1:]:
            if norm_key(w) == "بقياده":
                return True  # "التحالف بقيادة السعودية": a generic body and who leads it
            types = self._types(w)
            if types & NAMED_TYPES and "NAT" not in types:
                return False  # a proper name inside: "قوات سوريا الديمقراطية"
            if not norm_key(w).startswith("ال"):
                return False  # an indefinite word: a name ("جيش محمد") or a construct
        return True






_BEFORE_PLACES = PLACE_DESCRIPTORS | AREA_WORDS | frozenset({"معبر", "منفذ", "ميناء", "جسر"})
# Particles that open a clause: no organisation's name runs on over them ("سي أن أن | إن السعودية")
_CLAUSE_PARTICLES = frozenset(norm_key(w) for w in ("إن", "أن"))


# Type words of news outlets, before their own name ("وكالة الاناضول", 'صحيفة "سرنوشت"')
_OUTLET_HEADS = frozenset(norm(w) for w in "وكالة صحيفة جريدة قناة مجلة".split())
_NEWS_WORDS = frozenset(norm(w) for w in ("أنباء", "انباء"))


# role nouns that may follow a name ("الباجي قائد السبسي" aside): never taken in by `_pairs`
_ROLE_WORDS = frozenset(norm_key(w) for w in ("قائد", "رئيس", "وزير", "زعيم", "نائب", "أمير", "ملك", "شيخ",
                                               "مدير", "عضو", "سفير", "مستشار"))


def _resource_path(resources, name: str):
    if resources is None:
        try:
            from rasd.resources import Resources
            resources = Resources()
        except Exception:  # noqa: BLE001
            return None
    try:
        return resources.path(name)
    except Exception:  # noqa: BLE001
        return None


@register_stage("ner")
def make_ner(config: dict, resources=None) -> NerStage:
    config = config or {}
    if resources is None:
        try:
            from rasd.resources import Resources
            resources = Resources()
        except Exception:  # noqa: BLE001
            resources = None
    model = NerModel.load(config.get("model_dir"), resources=resources,
                          use_gazetteer=config.get("gazetteer", True))
    actors = ActorLexicon.load(_resource_path(resources, ACTOR_RESOURCE))
    stage = NerStage(model, actors)
    # The model and lexicons live as long as the process: moved out of the collector's view,
    # a full collection no longer walks their large tables (dicts of millions of references)
    # each time it runs while articles are tagged (~5% of the stage's time on news-dev).
    gc.freeze()
    return stage
