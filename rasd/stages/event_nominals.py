"""Nominal actors of events: the role table (events_actors.tsv) read over a sentence
("قوات الأمن", "وزير الخارجية الروسي"), with the nationality or armed-group adjective after a
nominal. No event rule lives here: event_actors and event_rules build on it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import is_
from typing import Sequence

from rasd.lang.lexicon import packaged_text
from rasd.stages.event_detect import candidates, key
from rasd.text.conj import without_conjunction


# Nationality adjectives after a nominal actor ("السلطات التركية" → TUR), ta marbuta dropped:
# these, then the places stage's (DEMONYMS below)
_HAND_DEMONYMS = {"تركي": "TUR", "سعودي": "SAU", "سوري": "SYR", "عراقي": "IRQ", "يمني": "YEM",
                  "امريكي": "USA", "اميركي": "USA", "روسي": "RUS", "ايراني": "IRN", "مصري": "EGY",
                  "اسرائيلي": "ISR", "فلسطيني": "PSE", "افغاني": "AFG", "باكستاني": "PAK", "تونسي": "TUN",
                  "ليبي": "LBY", "سوداني": "SDN", "لبناني": "LBN", "اردني": "JOR", "فرنسي": "FRA",
                  "بريطاني": "GBR", "الماني": "DEU", "صومالي": "SOM", "كويتي": "KWT", "اماراتي": "ARE",
                  "قطري": "QAT", "بحريني": "BHR", "عماني": "OMN", "جزائري": "DZA", "مغربي": "MAR",
                  "كردي": None, "صيني": "CHN", "هندي": "IND", "نيجيري": "NGA", "اثيوبي": "ETH"}


def _nisba_demonyms() -> dict[str, str]:
    """The places stage's nationality adjectives (places_nisba.tsv, one word, ISO2) in DEMONYMS'
    form, for the states whose codes the gazetteer knows: "الحكومة اليونانية", "وزير الداخلية
    الإيطالي" are those states' (they had been coded from the article's country, or not at all)."""
    from rasd.gazetteer.countries import ISO3  # (no import cycle: the gazetteer reads no events module)
    out = {}
    for line in packaged_text("places_nisba.tsv").splitlines():
        word, _, iso2 = line.partition("\t")
        if line.startswith("#") or " " in word.strip() or ISO3.get(iso2.strip()) is None:
            continue
        w = key(word.strip())
        w = w[2:] if w.startswith("ال") else w
        out[w[:-1] if w.endswith("ه") else w] = ISO3[iso2.strip()]
    return out


DEMONYMS = {**_HAND_DEMONYMS, **{w: iso for w, iso in _nisba_demonyms().items() if w not in _HAND_DEMONYMS}}


@dataclass(frozen=True)
class Nominal:
    start: int
    end: int
    role: str
    institutional: bool
    nation: str | None = None  # ISO3 from a nationality adjective


@lru_cache(maxsize=2)
def nominal_table(name: str = "events_actors.tsv") -> dict[tuple[str, ...], tuple[str, bool]]:
    out = {}
    for line in packaged_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        out[tuple(key(w) for w in cols[0].split())] = (cols[1], cols[2].strip() == "1")
    return out


def demonym(token) -> str | None:
    w = candidates(token.norm)[-1]
    w = w[:-1] if w.endswith("ه") else w
    return DEMONYMS.get(w)


# Adjectives of an armed group after a nominal actor: (ISO3, role)
GROUP_ADJECTIVES = {"حوثي": ("YEM", "REB"), "حوثيه": ("YEM", "REB"), "حوثيين": ("YEM", "REB"),
                    "حوثيون": ("YEM", "REB")}


def _group_adjective(token) -> tuple[str, str] | None:
    w = candidates(token.norm)[-1]
    return GROUP_ADJECTIVES.get(w[2:] if w.startswith("ال") else w)


def _conjoined(token) -> bool:
    """The token carries a و/ف conjunction ("والحوثيين"), not a word of its own that opens so."""
    cands = candidates(token.norm)
    return len(cands) > 1 and cands[0][:1] in "وف" and cands[1] == cands[0][1:]


@lru_cache(maxsize=2)
def by_first_word(name: str = "events_actors.tsv") -> dict[str, list[tuple[tuple[str, ...], tuple[str, bool]]]]:
    index: dict[str, list] = {}
    for k, val in nominal_table(name).items():
        index.setdefault(k[0], []).append((k, val))
    for entries in index.values():
        entries.sort(key=lambda kv: -len(kv[0]))  # longest first
    return index


def nominals_in(tokens: Sequence, lo: int, hi: int) -> list[Nominal]:
    # every event of a sentence asks for the whole sentence's nominals, and the rules for
    # parts of it: the same (immutable) token objects and range give the same answer, so the
    # answers for the last sentence are kept, per range
    global _LAST
    memo = _LAST
    if memo is None or not same_tokens(memo[0], tokens):
        memo = _LAST = (tuple(tokens), {})
    got = memo[1].get((lo, hi))
    if got is None:
        got = memo[1][(lo, hi)] = tuple(scan_nominals(tokens, lo, hi))
    return list(got)


_LAST: tuple | None = None  # (tokens, {(lo, hi): nominals}) of the last sentence asked about


def same_tokens(kept: tuple, tokens: Sequence) -> bool:
    """The same token objects (tokens are immutable: the same objects give the same answers)."""
    return len(kept) == len(tokens) and all(map(is_, kept, tokens))


def _starts_of(norm: str) -> tuple[list, ...]:
    """The table entries that may start at a token reading `norm`, one list per candidate
    form that has any (in candidates order): most words have none. Memoised per word."""
    got = _STARTS.get(norm)
    if got is None:
        index = by_first_word()
        if len(_STARTS) > 100_000:  # bounded: a long-running service meets new words forever
            _STARTS.clear()
        got = _STARTS[norm] = tuple(index[c] for c in candidates(norm) if c in index)
    return got


_STARTS: dict[str, tuple[list, ...]] = {}


# indefinite heads of a title or body whose definite genitive completes it ("وزير الدفاع",
# "وزارة الداخلية", "رئيس الوزراء"); a definite head is no construct ("استقبل الوزير الرئيس")
_CONSTRUCT_HEADS = frozenset(key(w) for w in (
    "وزير", "وزيرة", "وزارة", "رئيس", "رئيسة", "قائد", "متحدث", "ناطق", "مدير", "قيادة", "سفير"))


def _construct_head(tok, nxt) -> bool:
    """An indefinite head, with no preposition on it ("بوزارة الداخلية" is governed), before
    a definite word that is no nationality adjective."""
    word = tok.norm.replace("ة", "ه")
    head = word in _CONSTRUCT_HEADS or (word[:1] in "وف" and word[1:] in _CONSTRUCT_HEADS)
    return head and candidates(nxt.norm)[0].startswith("ال") and demonym(nxt) is None


def _preposition_on(text: str, at: int) -> int:
    """1 when the nominal was read through a ب/ل/ك the tokenizer left on an indefinite word
    ("بقوات", "بمسلحين", "لمقاتلات"): the span starts after it (SPEC §2.1). Not لل + ال, whose
    span starts at the second ل by SPEC's rule, nor a word that is itself in the table."""
    word = text[at:]
    if len(word) < 4 or word[0] not in "بلك" or word.startswith(("ال", "لل")) or text.lstrip("وف").startswith("لل"):
        return 0
    index = by_first_word()
    return 1 if key(word) not in index and key(word[1:]) in index else 0


def _hit_at(tokens: Sequence, i: int, hi: int):
    """The longest table entry starting at token i: (its length, (role, institutional))."""
    hit = None
    starts = _STARTS.get(tokens[i].norm)  # (the memo read inline: this runs once per token)
    for entries in _starts_of(tokens[i].norm) if starts is None else starts:
        for k, val in entries:
            n = len(k)
            if i + n <= hi and all(k[j] in candidates(tokens[i + j].norm) for j in range(1, n)):
                if hit is None or n > hit[0]:
                    hit = (n, val)
                break
    return hit


# Aircraft nouns (key forms): the means of an act behind ب, a weapon's prey after مضادة, a kite
# before ورقية — never a party to it. Not event_actors_physical._OWNED_AIRCRAFT: these are matched
# on candidates() (so the definite forms are listed) and have no helicopters or bombers, which
# this rule has not been checked on.
_AIRCRAFT_MEANS = frozenset(key(w) for w in ("طائرات", "الطائرات", "طائرة", "الطائرة", "مقاتلات", "المقاتلات"))
_MEANS_BEFORE = frozenset(key(w) for w in ("باستخدام", "بواسطة", "مضادة", "المضادة", "مضاد", "المضاد"))


def _aircraft_not_party(tokens: Sequence, i: int) -> bool:
    """"استهدفت بالطائرات والبراميل", "باستخدام مقاتلات تورنادو", "الصواريخ المضادة للطائرات",
    "البالونات والطائرات الورقية": the aircraft here act for no one and are struck by no one."""
    forms = candidates(tokens[i].norm)
    if not _AIRCRAFT_MEANS.intersection(forms):
        return False
    word = tokens[i].norm.lstrip("وف")
    prev = key(tokens[i - 1].norm) if i else ""
    nxt = candidates(tokens[i + 1].norm) if i + 1 < len(tokens) else ()
    return word.startswith("ب") or prev in _MEANS_BEFORE or any(f.startswith(("ورقي", "الورقي")) for f in nxt)


# acts that "مسلح" describes as an adjective ("هجوم مسلح", "اشتباك مسلح"): no gunman is named
_ARMED_ACTS = frozenset(key(w) for w in (
    "هجوم", "اشتباك", "نزاع", "صراع", "تمرد", "اعتداء", "سطو", "كمين", "عمل", "قتال", "عصيان",
    "صدام", "تدخل", "حراك", "هجوما", "اشتباكا", "عملا"))
_ARMED = frozenset({key("مسلح")})


def _armed_act(tokens: Sequence, i: int) -> bool:
    """"أدى اشتباك مسلح إلى مصرع قائد", "بعد تعرضه لهجوم مسلح", "الهجوم المسلح": مسلح after an act noun is
    its adjective; after a person it is one ("رجل مسلح") and alone it is a gunman ("هاجم مسلح")."""
    return i > 0 and bool(_ARMED.intersection(candidates(tokens[i].norm))) \
        and bool(_ARMED_ACTS.intersection(candidates(tokens[i - 1].norm)))


# "انتحاري" after a definite act noun, itself definite ("الهجوم الانتحاري", "التفجيرات
# الانتحارية"): a first term of a genitive takes no ال, so the word is the act's adjective, no
# bomber. Indefinite ("تفجير انتحاري نفسه") it may be the doer of a verbal noun: kept.
_SUICIDE_ACTS = _ARMED_ACTS | frozenset(key(w) for w in (
    "تفجير", "تفجيرات", "عملية", "عمليات", "هجمات", "اعتداءات"))
_SUICIDE = frozenset(key(w) for w in ("الانتحاري", "الانتحارية", "الانتحاريه"))


def _suicide_adjective(tokens: Sequence, i: int) -> bool:
    if i == 0 or not _SUICIDE.intersection(candidates(tokens[i].norm)):
        return False
    prev = candidates(tokens[i - 1].norm)
    return any(c.startswith("ال") for c in prev) and bool(_SUICIDE_ACTS.intersection(prev))


# gatherings and statements that "صحفي" describes ("مؤتمر صحفي", "المؤتمر الصحفي", "في تصريح
# صحفي"): a press conference or statement, no journalist; also owned by their speaker ("في
# مؤتمره الصحفي الأسبوعي", "في بيانها الصحفي"), the noun made definite by its pronoun
_PRESS_EVENTS = frozenset(key(w) for w in (
    "مؤتمر", "مؤتمرا", "المؤتمر", "لقاء", "اللقاء", "بيان", "البيان", "تصريح", "التصريح", "ايجاز",
    "الايجاز", "مؤتمره", "مؤتمرها", "مؤتمرهم", "مؤتمرهما", "لقائه", "لقائها", "لقاءه", "لقاءها", "بيانه",
    "بيانها", "بيانهم", "تصريحه", "تصريحها", "ايجازه", "ايجازها"))
_PRESS = frozenset(key(w) for w in ("صحفي", "صحافي", "الصحفي", "الصحافي"))


def _press_adjective(tokens: Sequence, i: int) -> bool:
    """"قال في مؤتمر صحفي", "خلال المؤتمر الصحفي": صحفي after a gathering noun is its adjective."""
    return i > 0 and bool(_PRESS.intersection(candidates(tokens[i].norm))) \
        and bool(_PRESS_EVENTS.intersection(candidates(tokens[i - 1].norm)))


# ministries named by their adjective alone ("أعلنت الخارجية"); after a definite noun the word is
# that noun's adjective: "العيادات الخارجية", "السياسة الخارجية", "للشؤون الخارجية", "الجبهة الداخلية"
_MINISTRY_ADJECTIVES = frozenset(key(w) for w in ("الخارجية", "الداخلية"))


def _ministry_adjective(tokens: Sequence, i: int) -> bool:
    if i == 0 or not _MINISTRY_ADJECTIVES.intersection(key(c) for c in candidates(tokens[i].norm)):
        return False
    prev = without_conjunction(tokens[i - 1].norm)
    if _owned_plural(prev):
        return True  # "وصراعاتهم الداخلية", "شؤونها الخارجية": a noun made definite by its owner
    # ("مسؤول العلاقات الخارجية في حكومة الإقليم", "للشؤون الخارجية": the office, kept)
    if not (prev.startswith(("ال", "لل", "بال")) and len(prev) > 3):
        return False
    if not _OFFICE_DOMAINS.intersection(key(c) for c in candidates(prev)):
        return True
    # a domain noun is an office after a title or as ل + domain; after في it is affairs
    # ("التدخل في الشؤون الداخلية")
    head = without_conjunction(tokens[i - 2].norm) if i > 1 else ""
    return not (prev.startswith("لل") or (head and not head.startswith("ال") and head not in _PREPOSITIONS))


_OWNERS = ("هما", "هم", "ها", "نا", "كم")


def _owned_plural(word: str) -> bool:
    """A plural noun with a possessive pronoun (ـاتهم، ـاتها، شؤونها): definite, so the ministry
    word after it is its adjective. Only ات plurals and the domain nouns: a verb with its object
    ("أبلغتها الداخلية") has no ات before the pronoun."""
    for own in _OWNERS:
        if word.endswith(own):
            stem = word[:-len(own)]
            return (len(stem) >= 5 and stem.endswith("ات")) or key(stem) in _OFFICE_DOMAINS
    return False


_PREPOSITIONS = frozenset({"في", "من", "عن", "على", "الى", "إلى", "حول", "بشأن", "بشان"})


_OFFICE_DOMAINS = frozenset(key(w) for w in ("العلاقات", "الشؤون", "الشئون", "علاقات", "شؤون", "شئون"))


# adjectives of war between a force or its craft and its nationality ("طائرات حربية تركية")
_WAR_ADJECTIVES = frozenset({"حربي", "عسكري", "مسير", "مقاتل"})


def _war_adjective(token) -> bool:
    w = candidates(token.norm)[-1]
    w = w[2:] if w.startswith("ال") else w
    return (w[:-1] if w.endswith(("ه", "ة")) else w) in _WAR_ADJECTIVES


# the rank of an office between its title and the nationality ("الوزير الأول الفرنسي": the
# French prime minister, "النائب الأول العراقي"): part of the title, the nation still its holder's
_RANK_ADJECTIVES = frozenset(key(w) for w in ("الأول", "الأولى", "الثاني", "الثانية"))


def _rank_adjective(token) -> bool:
    return key(token.norm) in _RANK_ADJECTIVES


# the adjective "unknown" after a nominal is part of it ("مسلحون مجهولون", "مسلحين مجهولين"):
# not a second party
_UNKNOWN = frozenset(key(w) for w in ("مجهولون", "مجهولين", "مجهول", "مجهولة", "المجهولون",
                                      "المجهولين", "المجهول", "المجهولة"))
# so is the creed that names them ("مسلحون سنة", "مسلحين شيعة", "ميليشيات شيعية"): one party
# (سنة is also "year": not before a number, "مسلحون سنة 2014")
_CREEDS = frozenset(key(w) for w in ("سنة", "شيعة", "سنيون", "سنيين", "شيعيون", "شيعيين", "سنية", "شيعية",
                                     "السنة", "الشيعة", "السنية", "الشيعية"))


def _creed_at(tokens: Sequence, k: int, hi: int) -> bool:
    if k >= hi or not _CREEDS.intersection(candidates(tokens[k].norm)) or tokens[k].norm[:1] in ("و", "ف"):
        return False
    return not (k + 1 < len(tokens) and tokens[k + 1].norm[:1].isdigit())


def scan_nominals(tokens: Sequence, lo: int, hi: int) -> list[Nominal]:
    out, i = [], lo
    while i < hi:
        hit = _hit_at(tokens, i, hi)
        if hit and (_aircraft_not_party(tokens, i) or _armed_act(tokens, i) or _suicide_adjective(tokens, i)
                    or _press_adjective(tokens, i)
                    or _ministry_adjective(tokens, i)):
            hit = None
        if hit:
            n, (role, inst) = hit
            start = tokens[i].without_proclitics()[0]
            if key(tokens[i].text) in by_first_word() \
                    and not any(c in by_first_word() for c in candidates(key(tokens[i].text[start - tokens[i].start:]))):
                start = tokens[i].start  # "وزيرة": its و is the word's own, not a proclitic
            start += _preposition_on(tokens[i].text, start - tokens[i].start)
            if n == 1 and i + 1 < hi and _construct_head(tokens[i], tokens[i + 1]):
                # "وزير الخارجية الروسي", "وزارة الداخلية المصرية": one nominal, its role
                # the complement's when that is one ("قائد الجيش")
                inner = _hit_at(tokens, i + 1, hi)
                n, role = 2, inner[1][0] if inner and inner[0] == 1 else role
                if i + 2 < hi and candidates(tokens[i + 2].norm)[0].startswith("ال") \
                        and (_hit_at(tokens, i + 2, hi) or (0,))[0] == 1:
                    n = 3  # "وزارة الشؤون الخارجية"
            # an adjective is never joined by و/ف: "بين الجيش والحوثيين" is two sides, not
            # "the Houthi army" ("قوات حوثية")
            follows = i + n < hi and not _conjoined(tokens[i + n])
            group = _group_adjective(tokens[i + n]) if follows else None
            nation = group[0] if group else demonym(tokens[i + n]) if follows else None
            role = group[1] if group else role  # "قوات حوثية": the Houthis' forces, not Yemen's army
            if follows and nation is None and i + n + 1 < hi \
                    and (_war_adjective(tokens[i + n]) or _rank_adjective(tokens[i + n])) \
                    and not _conjoined(tokens[i + n + 1]) and demonym(tokens[i + n + 1]):
                # "طائرات حربية تركية", "الطائرات الحربية السورية": the nation after the
                # adjective of war is the force's own, not the country the story is in
                nation, n = demonym(tokens[i + n + 1]), n + 1
            end = tokens[i + n].end if nation else tokens[i + n - 1].end
            n += 1 if nation else 0
            if i + n < hi and _UNKNOWN.intersection(candidates(tokens[i + n].norm)):
                end, n = tokens[i + n].end, n + 1  # "مسلحون مجهولون": one party, unnamed
            elif _creed_at(tokens, i + n, hi):
                end, n = tokens[i + n].end, n + 1  # "مسلحون سنة": one party, named by creed
            out.append(Nominal(start, end, role, inst, nation))
            i += n
        else:
            i += 1
    return out
