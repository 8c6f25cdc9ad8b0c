"""Actors and targets of an event: named entities and nominal descriptions in the trigger's
clause, with CAMEO-style codes (entity.actor.code, else <country ISO3><role> from context).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import is_
from typing import Sequence

from rasd.gazetteer.countries import ISO3, is_capital
from rasd.lang.lexicon import packaged_text
from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_args import _bare, places_by_entity, clause_bounds, mentions_in
from rasd.stages.event_detect import PARTICIPLES, Trigger, candidates, find_triggers, key
from rasd.stages.event_filters import PHYSICAL, RECEIVING
from rasd.stages.event_source import LEAD_VERBS, OUTLET_NOUNS


# Nationality adjectives after a nominal actor ("السلطات التركية" → TUR), ta marbuta dropped.
DEMONYMS = {"تركي": "TUR", "سعودي": "SAU", "سوري": "SYR", "عراقي": "IRQ", "يمني": "YEM",
            "امريكي": "USA", "اميركي": "USA", "روسي": "RUS", "ايراني": "IRN", "مصري": "EGY",
            "اسرائيلي": "ISR", "فلسطيني": "PSE", "افغاني": "AFG", "باكستاني": "PAK", "تونسي": "TUN",
            "ليبي": "LBY", "سوداني": "SDN", "لبناني": "LBN", "اردني": "JOR", "فرنسي": "FRA",
            "بريطاني": "GBR", "الماني": "DEU", "صومالي": "SOM", "كويتي": "KWT", "اماراتي": "ARE",
            "قطري": "QAT", "بحريني": "BHR", "عماني": "OMN", "جزائري": "DZA", "مغربي": "MAR",
            "كردي": None, "صيني": "CHN", "هندي": "IND", "نيجيري": "NGA", "اثيوبي": "ETH"}
_JOINED = re.compile(r"^ (?:[^\s،,.:؛;()«»\"]+ ){0,2}و$")  # ("مكافحة الشغب و": the actor's own words, then و)
PASSIVE_ROLES = ("CVL", "REF", "MED")  # nominal roles that are victims, never initiators
_PREPOSITIONS = frozenset({"من", "في", "الي", "على", "علي", "عن", "مع", "بين", "ضد", "نحو", "لدى", "لدي"})


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


@lru_cache(maxsize=2)
def _by_first_word(name: str = "events_actors.tsv") -> dict[str, list[tuple[tuple[str, ...], tuple[str, bool]]]]:
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
    if memo is None or not _same_tokens(memo[0], tokens):
        memo = _LAST = (tuple(tokens), {})
    got = memo[1].get((lo, hi))
    if got is None:
        got = memo[1][(lo, hi)] = tuple(_nominals_in(tokens, lo, hi))
    return list(got)


_LAST: tuple | None = None  # (tokens, {(lo, hi): nominals}) of the last sentence asked about


def _same_tokens(kept: tuple, tokens: Sequence) -> bool:
    """The same token objects (tokens are immutable: the same objects give the same answers)."""
    return len(kept) == len(tokens) and all(map(is_, kept, tokens))


def _starts_of(norm: str) -> tuple[list, ...]:
    """The table entries that may start at a token reading `norm`, one list per candidate
    form that has any (in candidates order): most words have none. Memoised per word."""
    got = _STARTS.get(norm)
    if got is None:
        index = _by_first_word()
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


def _nominals_in(tokens: Sequence, lo: int, hi: int) -> list[Nominal]:
    out, i = [], lo
    while i < hi:
        hit = _hit_at(tokens, i, hi)
        if hit:
            n, (role, inst) = hit
            start = tokens[i].without_proclitics()[0]
            if n == 1 and i + 1 < hi and _construct_head(tokens[i], tokens[i + 1]):
                # "وزير الخارجية الروسي", "وزارة الداخلية المصرية": one nominal, its role
                # the complement's when that is one ("قائد الجيش")
                inner = _hit_at(tokens, i + 1, hi)
                n, role = 2, inner[1][0] if inner and inner[0] == 1 else role
                if i + 2 < hi and candidates(tokens[i + 2].norm)[0].startswith("ال") \
                        and (_hit_at(tokens, i + 2, hi) or (0,))[0] == 1:
                    n = 3  # "وزارة الشؤون الخارجية"
            group = _group_adjective(tokens[i + n]) if i + n < hi else None
            nation = group[0] if group else demonym(tokens[i + n]) if i + n < hi else None
            role = group[1] if group else role  # "قوات حوثية": the Houthis' forces, not Yemen's army
            end = tokens[i + n].end if nation else tokens[i + n - 1].end
            out.append(Nominal(start, end, role, inst, nation))
            i += n + (1 if nation else 0)
        else:
            i += 1
    return out


@dataclass(frozen=True)
class Candidate:
    span: ArgSpan
    institutional: bool  # may direct a verbal act (a named or institutional political actor)
    role: str | None = None  # a nominal's role (events_actors.tsv), kept when no code is built


def _heads_group(text: str, n: Nominal, named: list[Candidate]) -> bool:
    """A nominal right before a coded non-state group's mention (an idafa: "ميليشيات الحوثي";
    a definite head is no idafa — "وحملت الحكومة اليمنية الحوثيين المسؤولية")."""
    if text[n.start:n.end].lstrip("وف").startswith("ال"):
        return False
    return any(c.span.code and c.span.code[3:] in ("REB", "OPP") or (c.span.code or "").startswith("IMG")
               for c in named if c.span.start > n.end - 1 and not text[n.end:c.span.start].strip())


# SPEC 2.6: a verbal act needs a *political* actor. A named person or organisation without an
# actor code is one when a political title goes with one of its mentions ("رئيس الوزراء X",
# "X، وزير الخارجية"), or when its name opens with a political head ("حزب …", "وزارة …"); a
# newspaper, a club, a hospital director or a former model is not.
_POLITICAL_TITLES = frozenset(key(w) for w in (
    "رئيس", "رئيسة", "وزير", "وزيرة", "سفير", "سفيرة", "قنصل", "مندوب", "مندوبة", "مستشار", "متحدث",
    "متحدثة", "ناطق", "ناطقة", "نائب", "نائبة", "زعيم", "زعيمة", "ملك", "ملكة", "أمير", "العاهل", "قائد",
    "مبعوث", "أمين", "محافظ", "حاكم", "عمدة", "عقيد", "عميد", "لواء", "فريق", "جنرال", "ولي", "مرشد",
    "سيناتور", "السيناتور", "عضو", "قيادي", "مسؤول", "والي", "وكيل", "المتحدث", "مشير", "مدير", "البابا",
    "مفوض", "مفوضة",  # (an IGO official: "المفوضة السامية لحقوق الإنسان")
    "رئيسان", "رئيسين", "وزيران", "وزيرين", "زعيمان", "زعيمين", "وزيرا", "زعيما", "قادة"))
# dual and plural offices: the names after them are all holders ("الرئيسان الأمريكي دونالد
# ترامب والفرنسي إيمانويل ماكرون")
_JOINT_TITLES = frozenset(key(w) for w in (
    "رئيسان", "رئيسين", "وزيران", "وزيرين", "زعيمان", "زعيمين", "وزيرا", "رئيسا", "زعيما", "قادة"))
_POLITICAL_HEADS = frozenset(key(w) for w in (
    "حزب", "حركة", "وزارة", "حكومة", "مجلس", "جيش", "قوات", "هيئة", "منظمة", "الأمم", "جبهة", "شرطة",
    "معارضة", "برلمان", "رئاسة", "تحالف", "ائتلاف", "جماعة", "تنظيم", "كتائب", "ألوية", "لواء", "سفارة",
    "بعثة", "وفد", "اتحاد", "جامعة الدول", "البيت الأبيض", "الكرملين", "ديوان", "قيادة", "إدارة", "محكمة",
    "نيابة", "مفوضية", "لجنة", "الكونغرس", "الكونجرس", "مكتب", "سلطة", "قنصلية", "ميليشيا",
    "ميليشيات", "مليشيات", "فصائل", "فصيل", "الحرس", "أمن", "استخبارات", "مخابرات", "النظام", "دولة",
    "رابطة", "فيلق", "سرايا"))
_GROUP_HEADS = frozenset(key(w) for w in ("حركة", "حزب", "جماعة", "جبهة", "تنظيم"))
_OUTLETS = frozenset(OUTLET_NOUNS) | frozenset(key(w) for w in ("أسبوعية", "يومية", "شبكة", "فضائية"))
# social platforms carry statements; they are never actors or targets ("وقال حساب الجيش
# الإسرائيلي على تويتر": the army speaks)
PLATFORMS = frozenset(key(w) for w in (
    "تويتر", "فيسبوك", "فيس", "يوتيوب", "تلغرام", "تيليغرام", "تليغرام", "تلجرام", "إنستغرام",
    "انستغرام", "إنستجرام", "انستجرام", "واتساب", "واتس"))


def _forms_before(text: str, pos: int, n: int, stops: str = ".،,:؛;\n") -> list[tuple[str, ...]]:
    """The lookup forms (`candidates`, also without ال) of up to n words before `pos`, back to
    one of the `stops`."""
    cut = max(text.rfind(c, 0, pos) for c in stops)
    return [_forms(w) for w in text[max(cut + 1, pos - 160):pos].split()[-n:]]


@lru_cache(maxsize=65_536)  # (the same words come back for every event of a sentence)
def _forms(word: str) -> tuple[str, ...]:
    forms = candidates(key(word))
    return forms + tuple(f[2:] for f in forms if f.startswith("ال"))


def _outlet_named(text: str, m) -> bool:
    """"صحيفة "جيريزلام بوست"", "وكالة الأنباء الفرنسية": a medium, not an actor."""
    words = text[m.start:m.end].split()
    before = _forms_before(text, m.start, 1)
    return bool(before and _OUTLETS.intersection(before[-1])) or bool(words and _OUTLETS.intersection(_forms(words[0])))


def _political(doc: Document, m) -> bool:
    """A named PER/ORG mention without a code that may direct a verbal act (see above)."""
    if m.label == "ORG":
        words = doc.text[m.start:m.end].split()[:2]
        before = _forms_before(doc.text, m.start, 1)
        # "حركة الجهاد": the head the NER left outside names a group
        return bool(words) and (bool(_POLITICAL_HEADS.intersection(_forms(words[0])))
                                or key(" ".join(words)) in _POLITICAL_HEADS
                                or bool(before and _GROUP_HEADS.intersection(before[-1])))
    # the person's mentions, and those of a fuller name ending alike ("أوغلو" after "محمد
    # تشاوش أوغلو", which the NER may leave as two entities)
    last = doc.text[m.start:m.end].split()[-1:]
    same = [mm for e in doc.entities if e.label == "PER" and (e.id == m.entity or e.name.split()[-1:] == last)
            for mm in e.mentions] or [m]
    for mm in same:
        # the title may head a long genitive, or stand before a comma: "رئيس حزب الأمة القومي
        # السوداني المعارض الصادق المهدي", "الرئيس التونسي، الباجي قايد السبسي"
        if any(_POLITICAL_TITLES.intersection(f) for f in _forms_before(doc.text, mm.start, 8, ".:؛;\n")):
            return True
        after = doc.text[mm.end:mm.end + 40].lstrip(" ،,").split()
        if after and _POLITICAL_TITLES.intersection(_forms(after[0])):
            return True  # "الحبيب الصيد، رئيس الوزراء"
    return False


def _platform(text: str, m) -> bool:
    return any(PLATFORMS.intersection(_forms(w)) for w in text[m.start:m.end].split())


def _candidates(doc: Document, tokens: Sequence, lo: int, hi: int, country: str | None,
                exclude: Sequence[tuple[int, int]]) -> list[Candidate]:
    out = [c for c in _named_candidates(doc, tokens, lo, hi)
           if not any(s <= c.span.start < e for s, e in exclude)]
    iso3 = ISO3.get(country or "")
    for n in nominals_in(tokens, lo, hi):
        if any(c.span.start <= n.start < c.span.end or n.start <= c.span.start < n.end for c in out):
            continue
        if _heads_group(doc.text, n, out):
            continue  # "ميليشيات الحوثي", "عناصر داعش": the group named after it is the actor
        if any(s <= n.start < e for s, e in exclude):
            continue
        nation = n.nation or iso3
        code = nation + n.role if nation and n.role != "-" else None  # "-": no role code
        out.append(Candidate(ArgSpan(n.start, n.end, doc.text[n.start:n.end], None, code),
                             n.institutional, n.role))
    return sorted(out, key=lambda c: c.span.start)


def _named_candidates(doc: Document, tokens: Sequence, lo: int, hi: int) -> tuple[Candidate, ...]:
    """The named mentions of tokens[lo:hi] that may be actors or targets, before any is
    excluded. Every event of a sentence asks for them (with its own exclusions), so the last
    sentence's are kept: the same document and token objects give the same answer."""
    global _NAMED
    memo = _NAMED
    if memo is not None and memo[0] is doc and memo[1] == (lo, hi) and _same_tokens(memo[2], tokens):
        return memo[3]
    got = tuple(_named_in(doc, tokens, lo, hi))
    _NAMED = (doc, (lo, hi), tuple(tokens), got)
    return got


_NAMED: tuple | None = None  # (doc, (lo, hi), tokens, candidates) of the last call


def _named_in(doc: Document, tokens: Sequence, lo: int, hi: int) -> list[Candidate]:
    cstart, cend = tokens[lo].start, tokens[hi - 1].end
    out: list[Candidate] = []
    for m in mentions_in(doc, Span(cstart, cend, doc.text[cstart:cend])):
        if _platform(doc.text, m):
            continue  # "على تويتر", "عبر فيسبوك": where it was said, not who acted
        if m.label in ("LOC", "MISC") and not m.code:
            continue  # (a MISC name — a weapon, a law, a prize — directs nothing: "الهاون وصواريخ الكاتيوشا")
        if m.code and m.code.endswith("MED"):
            continue  # "قال لـ«الشرق الأوسط»", "(CNN)--", "لرويترز": who was told, not who acted
        if not m.code and m.label in ("PER", "ORG") and _outlet_named(doc.text, m):
            continue  # "انتقدت صحيفة "جيريزلام بوست" القانون": the same, uncoded
        political = bool(m.code) or (m.label in ("PER", "ORG") and _political(doc, m))
        out.append(Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity, m.code), political))
    return out


# Verbs whose first letters look like the article ال: "التقى الرئيس …" (he met)
_AL_VERBS = frozenset({"التقي", "التقت", "التقوا", "التقيا", "التقتا"})


def _verb_like(tokens: Sequence, trig: Trigger) -> bool:
    """A finite verb (VSO order puts the actor after it); nouns and outcome words are not."""
    word = tokens[trig.first].norm.replace("و", "", 1)
    if word in _AL_VERBS:
        return True
    stem = candidates(tokens[trig.first].norm)[-1]
    # a derived verb in the feminine past runs to 7 letters: استنكرت, استقبلت
    return trig.strength >= 2 and not word.startswith("ال") and not stem.endswith(("ات", "ه")) \
        and (len(stem) <= 6 or (len(stem) == 7 and stem.endswith("ت")))


def actors_targets(doc: Document, tokens: Sequence, trig: Trigger, *, country: str | None,
                   exclude: Sequence[tuple[int, int]] = ()) -> tuple[list[Candidate], list[Candidate]]:
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    everywhere = _candidates(doc, tokens, 0, len(tokens), country, exclude)
    victims = [c for c in everywhere if _passive(c)]  # anywhere in the sentence
    cstart, cend = tokens[lo].start, tokens[hi - 1].end
    cands = [c for c in everywhere if not _passive(c) and cstart <= c.span.start < cend]
    before = [c for c in cands if c.span.end <= trig.start]
    after = [c for c in cands if c.span.start >= trig.end]
    inside = [c for c in cands if trig.start <= c.span.start and c.span.end <= trig.end]
    actors: list[Candidate] = []
    # a country is grammatically feminine: "السعودية اتهمت الحوثيين" and "واتهمت إسرائيل فيلق
    # القدس" make it the subject, "اتهم إيران وحزب الله" the object (and what follows too);
    # after a verb that does not open its clause it is the object ("الدول الغربية تتهم دمشق")
    state, state_object = None, False
    feminine = _feminine_verb(tokens[trig.first].norm)
    blamed = _blamed_first(tokens, trig, everywhere) and _one_blamed(doc, tokens, trig)
    for cand, preverbal in _states_next_to(doc, tokens, trig, exclude):
        if state is None and feminine and (preverbal or _opens_clause(tokens, trig)) \
                and not (blamed and not preverbal):
            state = cand  # "موسكو حثت إيران": Moscow urges, Iran is urged
        elif not preverbal:
            state_object = True
            after = [cand] + after
    if state is None and not state_object:
        state = _subject_of_governing_verb(doc, tokens, trig, exclude)
    if inside and (trig.type != "ASSAULT" or _fire_gap(tokens, trig)):
        # "وقعت الحكومة اتفاقية", "فتحت قوات الأمن النار": doer inside a gapped pattern
        actors = inside[:1]
    elif state is not None:
        actors = [state]
    elif before and _near(tokens, before[-1].span.end, trig.start, 6) \
            and not _reported_clause(tokens, before[-1], trig):
        actors = [before[-1]]
    elif after and not state_object and _verb_like(tokens, trig) and not _object_owner(doc, tokens, trig, after[0]) \
            and (_near(tokens, trig.end, after[0].span.start, 3) or _title_reaching(doc, tokens, trig, after[0])) \
            and not _blamed_first(tokens, trig, everywhere):
        actors, after = [after[0]], after[1:]
    else:  # "أعلن الرئيس التونسي، …، تمديد": the doer sits in an earlier clause
        earlier = [c for c in everywhere if not _passive(c) and c.span.end <= cstart]
        near = [c for c in earlier if _near(tokens, c.span.end, trig.start, 12)]
        if earlier and participle(tokens, trig):
            # "وعبر الرئيس هادي …، مشيداً بـ": a circumstantial participle shares the subject
            actors = [next((c for c in earlier if c.institutional), earlier[0])]
        elif earlier and _joined_plural_verb(tokens, trig) and _opening_subject(tokens, earlier):
            # "وندد المتظاهرون … بممارسات النظام، وطالبوا": the joined plural verb goes on with
            # the opening verb's subject, not with the nearest (institutional) object
            actors = [_opening_subject(tokens, earlier)]
        elif near and trig.type not in ("ASSAULT",):
            actors = [next((c for c in near if c.institutional), near[0])]
        elif earlier and trig.type != "ASSAULT" and _topic(tokens, earlier[0]):
            # "والنظام السوري الذي ينفي …، كان قد دعا المنظمة": the sentence's topic does it
            actors = [earlier[0]]
    if trig.first == 0 and trig.type not in PHYSICAL and participle(tokens, trig):
        # "… قائلا: «…». متهمًا الحكومة الإسرائيلية": a sentence opening with a circumstantial
        # participle goes on with the previous one's subject; who follows is the object
        carried = _dropped_subject(doc, tokens, trig, country, participial=True)
        if carried:
            after, actors = [a for a in actors if a not in after] + after, carried
    if actors and trig.type not in PHYSICAL and _population_next(tokens, trig, victims):
        # "ويتهم السكان الحكومة بالفساد": residents speak, no political author (SPEC 2.6)
        after, actors = [a for a in actors if a not in after and a.span.start > trig.end] + after, []
    if actors and trig.type not in PHYSICAL and _received_by(tokens, trig, lo, actors[0]):
        # "وتعرضت الحكومة في الهند لانتقادات حادة": criticism received, by no one named
        after, actors = [actors[0]] + after, []
    if trig.type not in PHYSICAL and _passive_charge(doc, tokens, trig):
        actors = []  # "اتهم عضو بالبرلمان باغتصاب فتاة": he was accused, by no one named
    if not actors and trig.type not in PHYSICAL:
        actors = _owner_in_main_clause(tokens, trig, hi, everywhere)
    if not actors and trig.type not in PHYSICAL and not _object_named_next(tokens, trig, everywhere):
        actors = _dropped_subject(doc, tokens, trig, country)
    if actors and after:
        actors, after = _joint_holders(doc, actors, after)
    if trig.type == "COERCE" and trig.mode != "demolition" and actors:
        # "إن السيدة بوتينا … اعتقلت في 13 يوليو", "اعتقلت مشتبها به يدعى X": a private person
        # arrests no one; he is the one held (a family may pull down its own house)
        held = [a for a in actors if _private_person(doc, a)]
        actors = [a for a in actors if a not in held]
        after = held + [c for c in after if c not in held]
    owner = _nation_of_act(doc, tokens, trig)
    if owner is not None and not any(a.span.start >= trig.start for a in actors):
        # "التهديدات الغربية بتوجيه ضربة", "الضربات الأمريكية على سوريا": the adjective names
        # the doer; the sentence's subject ("بحث المبعوث الروسي … التهديدات الغربية") is not it
        actors = [owner] if owner.span.code else []
    waged = _waged_by(tokens, trig, after) or _weapon_owner(tokens, trig, after)
    if waged is not None:  # "مقتل 20 من الحوثيين في غارات شنتها مقاتلات التحالف"
        victims = victims + [a for a in actors if a.span.end <= trig.start]
        actors, after = [waged], [c for c in after if c.span.start >= waged.span.end]
    if trig.type in PHYSICAL and trig.type != "PROTEST":
        # a civilian nominal with no country to code it does no physical act either ("عبد الله
        # اسماعيل وهو من سكان المنطقة التي وقع فيها الهجوم", "ويعد النازحون الذين هربوا"); it
        # is not made a target here, where it may only describe someone
        actors = [a for a in actors if a.role not in PASSIVE_ROLES]
    actors, victims, after = _conjoined_doers(doc, trig, actors, victims, after)
    # (a physical act's title + name after the verb is as often its victim: "احتجزت المملكة
    # رئيس الوزراء اللبناني سعد الحريري")
    targets = [c for c in victims + after
               if not (actors and trig.type not in PHYSICAL and _apposed(doc, actors[0], c))
               and not any(_same_one(a, c) for a in actors)]
    if trig.type == "PROTEST":
        actors, targets = _protest_roles(tokens, trig, everywhere, actors, targets)
    return actors, targets[:3]


# People named as protesting (key forms, ال dropped). Not "محتجزين" (the detained).
_PROTESTERS = frozenset({"متظاهر", "متظاهرون", "متظاهرين", "متظاهرا", "متظاهره", "متظاهرات",
                         "محتج", "محتجون", "محتجين", "محتجا", "محتجه", "محتجات"})


def _reporter_of(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"وأعلن النائب العام X، عن اعتقال … ممن خرجوا في احتجاجات السوق": the subject of the
    reporting verb that opens the sentence tells of the protest; it protests only when the
    protest is what it announces, right after it ("أعلن الاتحاد إضرابا عاما")."""
    if not tokens or _bare(tokens[0].norm) not in LEAD_VERBS:
        return False
    _lo, hi = clause_bounds(tokens, 0, 0)  # the opening clause: the verb and its subject
    return tokens[1].start <= c.span.start and c.span.end <= tokens[min(hi, 8) - 1].end \
        and not _near(tokens, c.span.end, trig.start, 3)


def _protester(c: Candidate) -> bool:
    return any(f in _PROTESTERS for f in _forms(c.span.text.split()[-1]))


def _protest_roles(tokens: Sequence, trig: Trigger, everywhere: list[Candidate],
                   actors: list[Candidate], targets: list[Candidate]
                   ) -> tuple[list[Candidate], list[Candidate]]:
    """SPEC 2.6: the protesters initiate a protest. The role table calls them civilians, so they
    land among the victims; with protesters named in the sentence ("تجمع المحتجون …، واستخدمت
    القوات الأمنية الغاز لتفريق المحتجين") the one nearest the trigger is the actor — not the
    police who disperse them, nor the official who reports it — and none is a target."""
    protesters = [c for c in everywhere if _protester(c)]
    if not protesters:
        return [a for a in actors if not _reporter_of(tokens, trig, a)], targets
    pick = min(protesters, key=lambda c: (abs(c.span.start - trig.start), c.span.start))
    return [pick], [t for t in targets if not _protester(t) and not _same_one(pick, t)]


_FIRE = frozenset({"النار", "الرصاص", "اعيره"})


def _fire_gap(tokens: Sequence, trig: Trigger) -> bool:
    """"فتح مسلحون النار", "أطلقت القوات أعيرة": the words between the verb and what it fires are
    its subject (other gapped attacks hold the victim: "طعن رجلا حتى الموت")."""
    return trig.last - trig.first >= 2 and bool(_FIRE.intersection(_forms(tokens[trig.last].text)))


# Places of a side that attacks strike (key forms): "مواقع X" names X's positions
_SITES = frozenset(key(w) for w in (
    "مواقع", "موقع", "مقر", "مقرات", "تجمعات", "تجمع", "معاقل", "معقل", "مخازن", "مراكز", "ثكنات",
    "اوكار", "تحصينات", "آليات", "دوريات", "دورية", "قواعد", "منازل"))


def _object_owner(doc: Document, tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"هجوم استهدف حافلة لقوات الدرك", "استهدفت غارات تجمعات للحوثيين": behind the proclitic لـ
    and words after a physical trigger, a candidate owns the object, it is not the subject. Right
    after the trigger لـ often names the doer ("قصف مدفعي للجيش اليمني") and a verbal act's
    "الأمين العام للأمم المتحدة" stands for its body: both unchanged."""
    tok = next((t for t in tokens if t.start <= c.span.start < t.end), None)
    if tok is None or trig.type not in PHYSICAL or tok.start <= tokens[trig.last].end \
            or _near(tokens, trig.end, tok.start, 0):
        return False
    prev = [t for t in tokens if t.end <= tok.start][-1]
    if _SITES.intersection(candidates(prev.norm)) and tok.start == c.span.start:
        return True  # "قصف مواقع المسلحين", "استهدفت تجمعات الحوثيين": the sites' owner is struck
    if candidates(prev.norm)[-1].endswith(("ي", "يه")):
        return False  # "قصف عشوائي للحوثيين", "قصف مدفعي للجيش": the trigger's adjective, then its doer
    word = doc.text[tok.start:tok.end]
    word = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if word.startswith("لل"):
        return True  # ("للحوثيين": لـ + الحوثيين)
    head = doc.text[tok.start:c.span.start].lstrip("وف")
    if head == "ل":
        return True  # the mention starts after the proclitic: "لحزب العمال"
    if head or not word.startswith("ل"):
        return False
    forms = [key(w) for w in c.span.text.split()]  # a nominal matched without its ل: "لقوات"
    return forms[0].startswith("ل") and (forms[0][1:], *forms[1:]) in nominal_table() \
        and tuple(forms) not in nominal_table()


# (not "أنها/أنه": a pronoun there is the speaker again — "أكدت القوات أنها بسطت سيطرتها")
_PLAIN_THAT = frozenset({"ان", "إن", "أن", "بان", "بأن"})


def _reported_clause(tokens: Sequence, c: Candidate, trig: Trigger) -> bool:
    """"وقال الضابط بالجيش الصومالي لرويترز إن الهجوم وقع": a candidate before إن/أن speaks; the
    physical act after it sits in what is reported (a talk or a call the speaker reports is as
    often his own: "وأشار الوزير إلى أنه أجرى لقاء")."""
    return trig.type in PHYSICAL and any(t.text.lstrip("وف") in _PLAIN_THAT or t.norm in _PLAIN_THAT
               for t in tokens if c.span.end <= t.start and t.end <= trig.start)


def _conjoined_doers(doc: Document, trig: Trigger, actors: list[Candidate], victims: list[Candidate],
                     after: list[Candidate]) -> tuple[list, list, list]:
    """"هجمات شنتها قوات مكافحة الشغب وقوات خاصة", "ورحبت حركتا حماس والجهاد الإسلامي": a
    candidate joined to the last actor by و, of the same role, acts with it; it is no target.
    A verbal act's unnamed pair after a subject-less verb is its object ("كما حض الحكومة ومجلس
    الأمة"), so there both must be named."""
    if not actors or _role(actors[-1]) is None:
        return actors, victims, after
    last = actors[-1]
    nxt = next((c for c in after + victims if c.span.start > last.span.end), None)
    if nxt is None or _role(nxt) != _role(last) \
            or (trig.type not in PHYSICAL and (last.span.entity is None or nxt.span.entity is None)):
        return actors, victims, after
    between = doc.text[last.span.end:nxt.span.start]
    before = _forms_before(doc.text, last.span.start, 1)
    two_sides = bool(before) and "بين" in before[-1]  # "اشتباكات بين الجيش وقوات المعارضة"
    if not _JOINED.match(between) or two_sides or any(key(w) in _PREPOSITIONS for w in between.split()[:-1]):
        return actors, victims, after
    return actors + [nxt], [v for v in victims if v is not nxt], [a for a in after if a is not nxt]


def _role(c: Candidate) -> str | None:
    """The role part of a candidate's code (MIL, GOV, REB …), or a nominal's table role."""
    return c.span.code[3:] if c.span.code else c.role


def _joined_plural_verb(tokens: Sequence, trig: Trigger) -> bool:
    """"وطالبوا", "ونددوا": و + a masculine plural perfect of a verbal act, its subject left out
    (a physical act there is as often another group's: "حيث اقتحم المستعربون …، واطلقوا النار")."""
    word = tokens[trig.first].norm
    return trig.type not in PHYSICAL and word.startswith("و") and word.endswith("وا") \
        and _verb_like(tokens, trig)


def _opening_subject(tokens: Sequence, earlier: list[Candidate]) -> Candidate | None:
    """The candidate right after the verb that opens the sentence ("وندد المتظاهرون"); not after
    a reporting verb, whose subject reports what follows ("وقال رئيس الجامعة … واطلقوا النار")."""
    if len(tokens) < 2 or _bare(tokens[0].norm) in LEAD_VERBS:
        return None
    return next((c for c in earlier if tokens[1].start <= c.span.start < tokens[1].end), None)


def _population_next(tokens: Sequence, trig: Trigger, victims: list[Candidate]) -> bool:
    """A civilian nominal (السكان، المواطنون، الأهالي) right after a finite verb: its subject."""
    if not _verb_like(tokens, trig) or trig.last + 1 >= len(tokens):
        return False
    nxt = tokens[trig.last + 1].without_proclitics()[0]
    return any(v.span.start == nxt and (v.span.code or "").endswith("CVL") for v in victims)


def _received_by(tokens: Sequence, trig: Trigger, lo: int, actor: Candidate) -> bool:
    """A verb of receiving (تعرض، واجه، تلقى) up to 6 words before the act noun, and before its
    would-be actor: that one is the act's object, whatever stands between (a place: "في الهند")."""
    if actor.span.end > trig.start:
        return False
    return any(RECEIVING.intersection(candidates(tokens[k].norm)) and tokens[k].end <= actor.span.start
               for k in range(max(lo, trig.first - 6), trig.first))


_CHARGING = frozenset({"اتهم", "اتهمت"})


def _passive_charge(doc: Document, tokens: Sequence, trig: Trigger) -> bool:
    """"اتهم عضو بحزب … باغتصاب فتاة": the perfect of اتهم before an indefinite noun (no ال, no
    name) and its nisba adjectives, then a ب-phrase where the object should stand, reads
    passive (اتُّهم). Not "اتهم مسؤول أمريكي إيران بـ" (an object after the adjective), nor a
    definite or named subject ("اتهمت الحكومة المعارضة بالتخريب", "اتهمت واشنطن طهران")."""
    verb = tokens[trig.first].norm
    verb = verb[1:] if verb[:1] in "وف" and verb[1:] in _CHARGING else verb
    if verb not in _CHARGING or trig.first + 2 >= len(tokens):
        return False
    noun = tokens[trig.first + 1]
    if noun.norm.startswith("ال") or not noun.norm.isalpha() \
            or any(m.start <= noun.start < m.end for m in mentions_in(doc, Span(noun.start, noun.end, ""))):
        return False
    k = trig.first + 2
    while k < len(tokens) and not tokens[k].norm.startswith(("ب", "ال")) and tokens[k].norm.endswith(("ي", "يه")):
        k += 1  # "مسؤول أمريكي"
    return k < len(tokens) and tokens[k].norm.startswith("ب") and len(tokens[k].norm) > 3


def _owner_in_main_clause(tokens: Sequence, trig: Trigger, hi: int,
                          everywhere: list[Candidate]) -> list[Candidate]:
    """"وخلال مؤتمر صحفي بعد لقائه وزير الخارجية الروسي، أكد دي ميستورا": an act noun with a
    possessive pronoun (لقائه، زيارتها) and no doer in its phrase is the act of the subject of
    the main clause that follows: a political actor right after that clause's verb."""
    word = tokens[trig.last].text
    if _verb_like(tokens, trig) or not word.endswith(("ه", "ها")) or word.endswith("اه"):
        return []
    if hi + 2 >= len(tokens) or any(ch.isalpha() for ch in tokens[hi].norm):
        return []
    subject = tokens[hi + 2]
    return [c for c in everywhere if c.institutional and c.span.start == subject.without_proclitics()[0]][:1]


def _object_named_next(tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> bool:
    """Any actor or nominal (a victim's too: "وطالب المحتجون") right after the verb."""
    if trig.last + 1 >= len(tokens):
        return False
    nxt = tokens[trig.last + 1].without_proclitics()[0]
    return any(c.span.start == nxt for c in everywhere)


def _dropped_subject(doc: Document, tokens: Sequence, trig: Trigger, country: str | None, *,
                     participial: bool = False) -> list[Candidate]:
    """"وعبر وزير الخارجية عادل الجبير عن …. وطالب المجتمع الدولي …": a sentence that opens
    with و + a perfect verb and names no one after it continues the previous sentence, whose
    political subject (right after its own opening verb, of the same gender) is the doer; so
    does one opening with a circumstantial participle (`participial`: "متهمًا", any gender)."""
    if trig.first != 0 or not participial and (not tokens[0].norm.startswith("و") or not _verb_like(tokens, trig)):
        return []
    prev = [s for s in doc.sentences if s.end <= tokens[0].start][-1:]
    if not prev:
        return []
    ptoks = [t for t in doc.tokens if prev[0].start <= t.start < prev[0].end]
    if len(ptoks) < 3 or not participial and _feminine_verb(ptoks[0].norm) != _feminine_verb(tokens[0].norm):
        return []
    subject = ptoks[1].without_proclitics()[0]
    return [c for c in _candidates(doc, ptoks, 0, min(len(ptoks), 8), country, ())
            if c.institutional and c.span.start == subject][:1]


_TO_POST = frozenset({"الي", "لدى", "لدي"})


def _title_reaching(doc: Document, tokens: Sequence, trig: Trigger, cand: Candidate) -> bool:
    """"طالب المبعوث الدولي إلى سوريا ستافان دي ميستورا": a political title right after the verb
    whose complement is a post (إلى/لدى + place) reaches the person named after it; the words
    between are the title, with no punctuation ("طالب المبعوث، …" is no title chain)."""
    gap = [t for t in tokens if trig.end <= t.start and t.end <= cand.span.start]
    if not 3 <= len(gap) <= 7 or cand.span.entity is None:
        return False
    if not _POLITICAL_TITLES.intersection(_forms(gap[0].text)):
        return False
    return any(t.norm in _TO_POST for t in gap) and all(any(ch.isalpha() for ch in t.norm) for t in gap)


def _same_one(a: Candidate, c: Candidate) -> bool:
    """One and the same actor ("في هجوم حمل بصمات جماعة بوكو حرام": the group does it; it is
    not also its own target)."""
    return a.span.start == c.span.start or (a.span.entity is not None and a.span.entity == c.span.entity)


def _private_person(doc: Document, c: Candidate) -> bool:
    """A named person with no code and no political title (see `_political`)."""
    return not c.institutional and c.span.entity is not None and not c.span.code \
        and any(e.id == c.span.entity and e.label == "PER" for e in doc.entities)


_BLOC_ADJECTIVES = frozenset({"غربي", "اوروبي"})
# acts a state does as such (a statement noun — "الانتقادات الروسية" — is as often an undated
# stance as an act)
_OWNED_ACTS = ("ASSAULT", "SANCTION", "THREATEN")


def _nation_of_act(doc: Document, tokens: Sequence, trig: Trigger) -> Candidate | None:
    """The nationality adjective right after the noun of a state's act (not a verb; not a
    protest, whose people are no government: "الاحتجاجات الإيرانية"), as the state that did it,
    or a bloc adjective (الغربية) as a doer with no single code."""
    if trig.type not in _OWNED_ACTS or _verb_like(tokens, trig) \
            or trig.last + 1 >= len(tokens):
        return None
    adj = tokens[trig.last + 1]
    if not adj.norm.startswith("ال"):
        return None
    w = _adjective_stem(adj.norm)
    if w in _BLOC_ADJECTIVES:
        return Candidate(ArgSpan(adj.start, adj.end, adj.text, None, None), False)
    iso = DEMONYMS.get(w)
    if iso is None:
        return None
    return Candidate(ArgSpan(adj.start, adj.end, adj.text, None, iso + "GOV"), True)


def _joint_holders(doc: Document, actors: list[Candidate], after: list[Candidate]
                   ) -> tuple[list[Candidate], list[Candidate]]:
    """"توعد الرئيسان الأمريكي دونالد ترامب والفرنسي إيمانويل ماكرون دمشق": after a dual or
    plural office, a person joined by "و + nationality adjective" holds it too, and is an
    actor, not the object ("التقى الرئيس الأمريكي نظيره الفرنسي ماكرون" has one office)."""
    first = actors[-1]
    words = doc.text[max(0, first.span.start - 60):first.span.start].split()[-3:]
    if not any(_JOINT_TITLES.intersection(_forms(w)) for w in words):
        return actors, after
    actors = list(actors)
    while after and after[0].span.entity is not None:
        gap = doc.text[actors[-1].span.end:after[0].span.start].split()
        if len(gap) != 1 or not gap[0].startswith("و") or not _nation_word(gap[0][1:]):
            break
        actors.append(after[0])
        after = after[1:]
    return actors, after


def _nation_word(word: str) -> bool:
    return DEMONYMS.get(_adjective_stem(key(word)), "") != ""


def _adjective_stem(w: str) -> str:
    """A nisba adjective as DEMONYMS lists it: without ال and the feminine ending ("الغربية" → غربي)."""
    w = w[2:] if w.startswith("ال") else w
    return w[:-1] if w.endswith(("ه", "ة")) else w


# relative verbs of waging with the trigger as their object ("غارات شنتها مقاتلات التحالف"):
# their subject is the trigger's doer; "استهدفت" takes the target as its object, so is none
_WAGING = frozenset({"شنتها", "شنها", "شنوها", "نفذتها", "نفذها", "نفذوها", "اطلقتها", "اطلقها"})


def _waged_by(tokens: Sequence, trig: Trigger, after: list[Candidate]) -> Candidate | None:
    """The subject of a relative verb of waging right after the trigger: the owner of the
    first noun after the verb when one follows it, else a named one, else the first."""
    k = trig.last + 1
    if k >= len(tokens) or not _WAGING.intersection(candidates(tokens[k].norm)):
        return None
    near = [c for c in after if _near(tokens, tokens[k].end, c.span.start, 2)]
    if len(near) > 1 and near[1].span.start - near[0].span.end <= 1:
        return near[1]  # "مقاتلات التحالف": the coalition's aircraft, the coalition acts
    return next((c for c in near if c.span.entity or c.span.code), near[0] if near else None)


# Nouns of what is fired or dropped (key forms): their genitive is who fires it ("قذائف الحوثي"),
# where a verbal noun's genitive is as often its object ("قصف المدينة", "استهداف الحوثيين")
_WEAPONS = frozenset({"غارات", "غاره", "قذائف", "قذيفه", "صواريخ", "صاروخ", "رصاص", "نيران", "ضربات",
                      "ضربه"})


def _weapon_owner(tokens: Sequence, trig: Trigger, after: list[Candidate]) -> Candidate | None:
    """"جراء قذائف ميليشيا الحوثي", "بغارات لطائرات تحالف دعم الشرعية": the actor named right
    after a weapon noun owns it; the owner of an aircraft nominal right after it is the one."""
    if trig.type != "ASSAULT" or trig.last + 1 >= len(tokens) \
            or not _WEAPONS.intersection(candidates(tokens[trig.last].norm)):
        return None
    nxt = tokens[trig.last + 1]
    owned = [c for c in after if nxt.start <= c.span.start < nxt.end]
    if not owned:
        return None
    rest = [c for c in after if c.span.start > owned[0].span.end]
    if owned[0].span.entity is None and rest and _near(tokens, owned[0].span.end, rest[0].span.start, 0):
        return rest[0]  # "لطائرات تحالف دعم الشرعية": the coalition's aircraft, the coalition acts
    # "ضربات لحزب العمال": after لـ the one struck, unless it names the aircraft (above)
    return None if _bare(nxt.norm) != nxt.norm.lstrip("وف") else owned[0]


def _apposed(doc: Document, actor: Candidate, c: Candidate) -> bool:
    """"رفض وزير الدفاع الأمريكي جيمس ماتيس": a person named right after an actor that is a
    title (nothing but a comma between) is the actor, not a target; a country or a body there
    is the object ("اتهم وزير الخارجية الأمريكي إيران"), and so is a person after a body. The
    monarch's "الملك" and the name after it are his too ("العاهل السعودي الملك سلمان")."""
    if c.span.start < actor.span.end:
        return False
    if not (_POLITICAL_TITLES.intersection(_forms(actor.span.text.split()[0]))
            or _office_of(doc, actor)):
        return False  # "اتهمت الحكومة المصرية محمد مرسي": a body's object
    between = doc.text[actor.span.end:c.span.start].strip(" ،,").split()
    monarch = _MONARCH[0] in _forms(actor.span.text.split()[0])
    if c.span.entity is None:  # "العاهل الأردني، الملك …": the monarch is the king
        return monarch and not between and _MONARCH[1] in _forms(c.span.text.split()[0])
    king_between = monarch and len(between) == 1 and _MONARCH[1] in _forms(between[0])  # "العاهل السعودي الملك سلمان"
    if between and not king_between and not (1 < len(between) <= 3 and key(between[0]) in _TO_POST):
        return False  # ("السفير الأمريكي لدى إسرائيل ديفيد فريدمان": his post between)
    return any(e.id == c.span.entity and e.label == "PER" for e in doc.entities)


_MONARCH = (key("عاهل"), key("ملك"))  # "العاهل X" is always "الملك Y": one person, two titles


def _office_of(doc: Document, actor: Candidate) -> bool:
    """A body governed by a title right before it ("الأمين العام لجامعة الدول العربية", "رئيس
    مجلس النواب"): the name after it is the office holder's."""
    before = _forms_before(doc.text, actor.span.start, 3)
    attached = doc.text[actor.span.start - 1:actor.span.start] == "ل"
    return bool(before) and (attached or bool(before[-1]) and not before[-1][0].startswith("ال")) \
        and any(_POLITICAL_TITLES.intersection(f) for f in before)


_BLAME = ("حمل", "يحمل", "تحمل")
_RESPONSIBILITY = frozenset({"مسؤوليه", "المسؤوليه"})


def _blamed_first(tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> bool:
    """"ودانت الجامعة الهجوم، وحملت سلطات الاحتلال المسؤولية": one short name between "حمّل"
    and "المسؤولية", with a doer told earlier in the sentence, is the one blamed ("حملت الجامعة
    العربية إسرائيل المسؤولية" names both after the verb, the blamer first)."""
    if not candidates(tokens[trig.first].norm)[-1].startswith(_BLAME):
        return False
    duty = _duty(tokens, trig)
    return duty is not None and any(c.span.end <= tokens[trig.first].start and not _passive(c)
                                    for c in everywhere)


def _duty(tokens: Sequence, trig: Trigger) -> int | None:
    """The token of "المسؤولية" up to three words after "حمّل", else None."""
    return next((i for i in range(trig.last + 1, min(len(tokens), trig.last + 4))
                 if set(candidates(tokens[i].norm)) & _RESPONSIBILITY), None)


def _one_blamed(doc: Document, tokens: Sequence, trig: Trigger) -> bool:
    """One name between "حمّل" and "المسؤولية" ("وحمّلت إسرائيل المسؤولية"), not two ("وحمّلت
    قطر إسرائيل المسؤولية": the first is the new subject)."""
    gap = Span(tokens[trig.first].end, tokens[_duty(tokens, trig)].start, "")  # (after _blamed_first: it is there)
    return len(mentions_in(doc, gap)) <= 1


def _states_next_to(doc: Document, tokens: Sequence, trig: Trigger,
                    exclude: Sequence[tuple[int, int]]) -> list[tuple[Candidate, bool]]:
    """Countries and capitals right before or right after a finite verb of speech or
    diplomacy, for their governments (SPEC §2.1 <ISO3>GOV), each with whether it comes before.
    Physical acts are left alone (a country next to "قصف" is as often where it happened), and
    so is a country with any word or a preposition between it and the verb ("من إيران")."""
    if not _verb_like(tokens, trig):
        return []
    # a physical verb keeps only the country right after it, when it opens its clause in the
    # feminine perfect: "قصفت روسيا مدينة إدلب", "اعتقلت إيران عشرة أشخاص" (its subject)
    physical = trig.type in PHYSICAL
    if physical and not (_opens_clause(tokens, trig) and tokens[trig.first].norm.endswith("ت")
                         and _feminine_verb(tokens[trig.first].norm)):
        return []
    places = places_by_entity(doc)
    out = []
    for m in mentions_in(doc, Span(tokens[0].start, tokens[-1].end, "")):
        p = places.get(m.entity) if m.label == "LOC" and m.entity else None
        if p is None or ISO3.get(p.country or "") is None \
                or (not physical and any(s <= m.start < e for s, e in exclude)):
            continue  # (the state doing a physical act may be its place too: "اعتقلت إيران عشرة")
        if p.feature != "country" and not is_capital(p.name_en, p.country):
            continue
        before = m.end <= trig.start
        if physical and (before or p.feature != "country"):
            continue
        # (inside a gapped pattern: "طردت بريطانيا 23 دبلوماسيا" — right after its verb)
        verb_end = tokens[trig.first].end if m.start < trig.end else trig.end
        gap = (m.end, trig.start) if before else (verb_end, m.start)
        if gap[0] > gap[1] or any(gap[0] <= t.start and t.end <= gap[1] for t in tokens):
            continue
        if before and _governed(doc, tokens, m):
            continue
        out.append((Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity,
                                      ISO3[p.country] + "GOV"), True), before))
    return out


# between a noun trigger's state subject and the noun: a masdar of imposing ("أعادت واشنطن
# فرض عقوبات"), a time, punctuation
_SUBJECT_GAP = ("فرض", "هذا", "هذه", "اسبوع", "يوم", "امس", "ثلاثاء", "اربعاء", "خميس", "جمعه",
                "سبت", "احد", "اثنين")


_IMPOSING = ("فرض", "اعاد", "شدد", "وسع", "جدد", "مدد")
# verbs that conclude a deal ("أبرمت روسيا وفصائل معارضة … اتفاق هدنة"); the deal word is the
# trigger or right before it
_CONCLUDING = ("ابرم", "وقع", "عقد")
_DEAL_WORDS = ("اتفاق", "الاتفاق")


def _a_deal(tokens: Sequence, trig: Trigger) -> bool:
    words = [tokens[trig.first]] + ([tokens[trig.first - 1]] if trig.first > 0 else [])
    return any(c.startswith(_DEAL_WORDS) for t in words for c in candidates(t.norm))


def _subject_of_governing_verb(doc: Document, tokens: Sequence, trig: Trigger,
                               exclude: Sequence[tuple[int, int]]) -> Candidate | None:
    """"فرضت الولايات المتحدة عقوبات على إيران": a noun trigger's actor is the state right
    after the feminine perfect that governs it (the feminine test is the verb's, not the
    noun's); the verb one of imposing or renewing. Not when that verb is itself a trigger ("ودانت مصر العقوبات التي فرضتها
    واشنطن": مصر condemns), nor a physical act."""
    if trig.type not in ("SANCTION", "AGREE") or _verb_like(tokens, trig):
        return None  # ("وطالت طهران اتهامات": accusations reached Tehran, its target)
    deal = trig.type == "AGREE"
    if deal and not _a_deal(tokens, trig):
        return None
    starts = {t.first for t in find_triggers(tokens)}
    for v in range(trig.first - 1, max(-1, trig.first - (16 if deal else 11)), -1):
        norm = tokens[v].norm
        if deal:
            if not candidates(norm)[-1].startswith(_CONCLUDING) or v in starts:
                continue
        elif not _feminine_verb(norm) or not norm.endswith("ت") or v in starts \
                or not candidates(norm)[-1].startswith(_IMPOSING):
            continue
        verb = Trigger(tokens[v].start, tokens[v].end, trig.type, None, 2, v, v)
        for cand, preverbal in _states_next_to(doc, tokens, verb, exclude):
            gap = [t for t in tokens if cand.span.end <= t.start and t.end <= trig.start]
            if not preverbal and (deal or all(not any(ch.isalpha() for ch in t.norm)
                                              or candidates(t.norm)[-1].startswith(_SUBJECT_GAP) for t in gap)):
                return cand
        return None
    return None


# words after which a verb still opens its clause: "وقد دعت بريطانيا", "بعدما رفضت مصر"
_OPENERS = frozenset({"قد", "وقد", "لقد", "فقد", "كما", "ثم", "بعدما", "عندما", "حين", "حينما",
                      "بينما", "فيما", "اذ", "كذلك", "ايضا", "بدورها", "بدوره"})


def _opens_clause(tokens: Sequence, trig: Trigger) -> bool:
    if trig.first == 0:
        return True
    prev = tokens[trig.first - 1]
    return prev.norm in _OPENERS or not any(ch.isalpha() for ch in prev.norm)


def _feminine_verb(norm: str) -> bool:
    """اتهمت، دعت، تطالب، ترفض (and و/ف before them) — not اتهم، يطالب، توصلوا، الاتهامات."""
    w = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
    if w.startswith("ال") or w.endswith(("ات", "وا", "ون", "ان", "ين")):
        return False
    return w.endswith("ت") or (w.startswith("ت") and not w.endswith("ا"))


def _governed(doc: Document, tokens: Sequence, m) -> bool:
    """The mention follows a preposition, attached ("لإيران") or written apart ("من إيران")."""
    if doc.text[m.start - 1:m.start] in ("ل", "ب", "ك"):
        return True
    prev = [t for t in tokens if t.end <= m.start][-1:]
    return bool(prev) and prev[0].norm in _PREPOSITIONS


def _topic(tokens: Sequence, c: Candidate) -> bool:
    """An institutional actor that opens the sentence (after و/ف) and is described by a
    relative clause before the verb ("والنظام السوري الذي ينفي …، كان قد دعا")."""
    if not (c.institutional and tokens and tokens[0].start <= c.span.start < tokens[0].end + 2):
        return False
    nxt = [t for t in tokens if t.start >= c.span.end][:1]
    return bool(nxt) and nxt[0].norm in ("الذي", "التي", "الذين")


def participle(tokens: Sequence, trig: Trigger) -> bool:
    """An active participle in the accusative (مشيداً، مطالباً، داعياً; the listed feminine and
    Form I ones: مطالبةً، رافضاً، رافضةً)."""
    w = candidates(tokens[trig.first].norm)[-1]
    return w in PARTICIPLES or (w.startswith("م") and w.endswith("ا") and len(w) >= 4)


def _passive(c: Candidate) -> bool:
    return bool(c.span.code) and c.span.code[3:] in PASSIVE_ROLES and c.span.entity is None


def _near(tokens: Sequence, a: int, b: int, n: int) -> bool:
    return sum(1 for t in tokens if a <= t.start and t.end <= b) <= n
