"""Places an event takes beyond its own words (SPEC §2.6, §3): which places a following sentence
may inherit and with what precision, the story's country, an unnamed capital, and the places of
statements (their setting, an office's seat, a nationality) and of doers; the actors' home
country.
"""
from __future__ import annotations

import re

from rasd.gazetteer.countries import ISO2, is_capital
from rasd.model.document import Document
from rasd.model.record import Place
from rasd.model.span import Span
from rasd.stages.event_actors import demonym, nominals_in
from rasd.stages.event_actors_named import envoy
from rasd.stages.event_dates import reporter_place
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_filters import PHYSICAL
from rasd.stages.event_mentions import (DESCRIPTORS, DIRECTIONS, INSTITUTION, THAT, bare_word, clause_bounds,
                                        dateline_end, mentions_in, place_mentions, relative_between)
from rasd.stages.event_places import (holders, in_topic, is_holder, is_locative, is_side, joined_by_and, most_specific,
                                      wanted_move)
from rasd.stages.event_told import DOER_VERBS, definite, nominal
from rasd.stages.places import geo_precision
from rasd.text import norm_key

# acts a state does to a place ("يزور قطر": the country visited is the place; "انسحاب أميركا من
# الاتفاق" is no place at all)
_STATE_ACTS = ("ASSAULT", "COERCE", "MOBILIZE")

TOWN_FEATURES = frozenset({"city", "town", "village"})
_TOWN_WORDS = frozenset({"المدينه", "البلده", "القريه"})


def town_descriptor(tokens: list, trig: Trigger) -> bool:
    """"في المدينة" with no name after it, in the trigger's clause after it — or after a
    direction word ("في شارع الأربعين شمال شرقي المدينة": a street of the town just named)."""
    _lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return any((tokens[k - 1].norm in ("في", "وفي") or bare_word(tokens[k - 1].norm) in DIRECTIONS)
               and tokens[k].norm.replace("ة", "ه") in _TOWN_WORDS
               and (k + 1 >= hi or tokens[k + 1].norm in (",", "،", ".")) for k in range(trig.last + 1, hi))


def says_the_country(tokens: list, trig: Trigger) -> bool:
    """"في شرق البلاد", "في أنحاء البلاد" in the trigger's clause: somewhere in the country told."""
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return any(candidates(t.norm)[-1] == "بلاد" and definite(t) for t in tokens[lo:hi])


def story_country(doc: Document, *, body_only: bool = False) -> Place | None:
    """The country the article is about: the most named country that is a place of its own.
    `body_only`: not counting the names in a bureau dateline ("دبي، الإمارات العربية المتحدة (CNN)--")."""
    named: dict[str, int] = {}
    cut = dateline_end(doc) if body_only else 0
    mentions = {e.id: sum(1 for m in e.mentions if m.start >= cut) for e in doc.entities}
    for p in doc.places:
        if p.country and p.lat is not None:
            named[p.country] = named.get(p.country, 0) + mentions.get(p.entity, 1)
    states = {p.country: p for p in doc.places if p.feature == "country" and p.lat is not None}
    best = max((c for c in named if c in states), key=lambda c: named[c], default=None)
    return states.get(best) if best else None


def state_after_verb(tokens: list, trig: Trigger, m, p: Place) -> bool:
    """A country or capital named right after a one-word attack, arrest or deployment trigger:
    its subject ("قصفت روسيا", "هاجمت إسرائيل"), not where the act happened."""
    if trig.type not in _STATE_ACTS or trig.first != trig.last or trig.last + 1 >= len(tokens):
        return False
    if nominal(tokens[trig.first]) or definite(tokens[trig.first]):
        return False
    nxt = tokens[trig.last + 1]
    state = p.feature == "country" or (p.lat is not None and is_capital(p.name_en, p.country))
    return state and nxt.start <= m.start < nxt.end


def inherited_precision(place: Place | None, *, inherited: bool, near: bool = False) -> int | None:
    """A place taken from the previous sentence only says the happening was in that area
    (SPEC §3: the flight "from the same area" is معرة النعمان with geo_precision 2), and so does
    one it happened `near` ("بالقرب من فندق وهيلي": 2)."""
    if place is None:
        return None
    gp = geo_precision(place)
    return max(gp, 2) if (inherited or near) and gp is not None else gp


def context_places(doc: Document, tokens: list, sent: Span) -> list[Place]:
    """The places a sentence says something happened at, for the next sentence to inherit:
    not the dateline ("إدلب -") nor a container after a direction ("جنوب إدلب"), unless
    the sentence names nothing else (SPEC §3: the flight is from معرة النعمان)."""
    named = place_mentions(doc, tokens, sent)
    held = holders(doc, tokens, named)  # (and the names joined to a holder: "رفضت روما وفاليتا")
    found = [(m, p) for m, p in named if m not in held and not _who(doc, tokens, m, p)
             and not wanted_move(tokens, m)
             and not reporter_place(tokens, m)]  # ("حسبما أفادت الشرطة في بيان … في شتوتغارت")
    own = [p for m, p in found if not is_dateline(doc, m) and not after_direction(doc, m)]
    return own or [p for _, p in found]


def _who(doc: Document, tokens: list, m, p: Place) -> bool:
    """A place the sentence names as someone, not somewhere: a holder ("قلق إسرائيل",
    "انتقادات لإسرائيل") or a side ("الموالية لإيران")."""
    return is_holder(tokens, m) or is_side(tokens, m) or in_topic(tokens, m)


def unnamed_capital(doc: Document, tokens: list, trig: Trigger) -> Place | None:
    """"في وسط العاصمة", "شوارع العاصمة الإيرانية": the capital the article names elsewhere, when
    the trigger's clause says "the capital" without its name (of the adjective's country, or the
    only capital the article names). No place is made for the bare word itself (SPEC 2.2)."""
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    for k in range(lo, hi):
        if "العاصمه" not in candidates(tokens[k].norm):
            continue
        if k + 1 < hi and mentions_in(doc, Span(tokens[k + 1].start, tokens[k + 1].end, "")):
            return None  # "العاصمة بغداد": named, the places stage has it
        nation = demonym(tokens[k + 1]) if k + 1 < hi else None
        capitals = {(p.name_en, p.country): p for p in doc.places
                    if p.lat is not None and p.feature != "country" and is_capital(p.name_en, p.country)
                    and (nation is None or p.country == ISO2.get(nation))}
        return next(iter(capitals.values())) if len(capitals) == 1 else None
    return None


def is_dateline(doc: Document, m) -> bool:
    return doc.text[m.end:m.end + 2].strip()[:1] in ("-", "–", ":")


def after_direction(doc: Document, m) -> bool:
    before = doc.text[max(0, m.start - 12):m.start].split()
    return bool(before) and bare_word(norm_key(before[-1])) in DIRECTIONS


# --- places of statements and doers (third pass)



SETTING_WORDS = frozenset({"كلمه", "ندوه", "مؤتمر", "موتمر", "خطاب", "منتدي", "محاضره", "جلسه",
                           "اجتماع", "لقاء", "قمه", "زياره", "تصريحات", "حفل"})


_SETTING_REACH = 8  # words from the setting noun to the place ("كلمة الأحد خلال مؤتمر لحزب … في أنقرة")


def speech_setting(tokens: list, trig: Trigger, m) -> bool:
    """"وأضاف أردوغان في كلمة خلال مؤتمر … في أنقرة، أنه … إطلاق قذائف": a place in the speech's
    setting (a setting noun shortly before it), with the reported clause's أن/إن between it and
    the trigger, is where the words were said, not where the act told happened."""
    if m.start >= trig.start:
        return False
    k = next((i for i, t in enumerate(tokens) if t.start >= m.start), len(tokens))
    if not any(candidates(t.norm)[0].lstrip("و") in THAT for t in tokens[k + 1:trig.first]):
        return False
    return any(candidates(t.norm)[-1] in SETTING_WORDS for t in tokens[max(0, k - _SETTING_REACH):k])


def verbal_place(doc: Document, sent: Span, tokens: list, trig: Trigger,
                 prev: list[tuple[list, Span]]) -> Place | None:
    """A statement with no place in its clause: a locative place later in its sentence
    ("طالب الرئيس … بعدما حصد تفجير … قرب مطار كابول"), else the setting of the speech an
    earlier sentence (`prev`, nearest first) describes ("في كلمة ألقاها بقاعة الصداقة")."""
    found = [(m, p) for m, p in place_mentions(doc, tokens, sent)
             if m.start >= trig.end and is_locative(doc, tokens, m)
             and not relative_between(tokens, trig.end, m.start)]
    if found:
        return most_specific(found)[1]
    for toks, span in prev:
        if not {candidates(t.norm)[-1] for t in toks} & SETTING_WORDS:
            continue
        found = [(m, p) for m, p in place_mentions(doc, toks, span)
                 if is_locative(doc, toks, m) and not is_dateline(doc, m)
                 and (geo_precision(p) or 5) <= 3]  # not "الشرق الأوسط"
        if found:
            return most_specific(found)[1]
    return None


def commentary(doc: Document, trig: Trigger) -> bool:
    """"قال الدكتور … في تغريدته: "استهداف رجال الأمن استهداف لنا جميعا"": an attack word inside
    someone's direct quote, with no place, date or toll of its own, is comment on the news; so is
    one in an opinion piece, told in the writer's own first person (the caller checks that the
    act has no place, date or toll)."""
    return trig.type in PHYSICAL and (any(
        q.kind == "direct" and q.content.start <= trig.start and trig.end <= q.content.end
        for q in doc.quotes) or _writers_voice(doc))


# the writer's "we"/"I" ("ونحن نمر بنفس الموقف", "أعتقد بكل أسف", "على بلادنا"): only the
# unambiguous forms (not "اعتقد", which is also "he believed"; not verbs like "ننتظر")
_FIRST_PERSON = re.compile(r"(?<!\w)(?:و?نحن|[إأا]ننا|[إأا]نني|و?أعتقد|بلادنا|وطننا|مجتمعنا)(?!\w)")
_VOICE_MIN = 2  # one "نحن" may be a quoted official's
# "وقال الكعود في حوار مع «عكاظ»", "في حواره مع الوطن": an interview's "we" is the speaker's,
# whose answers stand unquoted; the acts he tells are news
_INTERVIEW = re.compile(r"(?<!\w)(?:حوار|حواره|حوارها|مقابلة|مقابلته|مقابلتها) مع(?!\w)")


def _writers_voice(doc: Document) -> bool:
    """At least two first-person words outside every quote, in no interview: the article is the
    writer's opinion."""
    if _INTERVIEW.search(doc.text):
        return False
    inside = [(q.content.start, q.content.end) for q in doc.quotes]
    hits = [m.start() for m in _FIRST_PERSON.finditer(doc.text)
            if not any(a <= m.start() < b for a, b in inside)]
    return len(hits) >= _VOICE_MIN


def doer_places(doc: Document, tokens: list, trig: Trigger, places: list) -> set:
    """Places that are the subject of a support verb (شنت، نفذت، وجهت) before the trigger,
    or of one with the trigger's pronoun right after it ("ضربات وجهتها الولايات المتحدة
    وبريطانيا وفرنسا"), and the places coordinated with them."""
    out, chain_end = set(), None
    for m, _ in sorted(places, key=lambda mp: mp[0].start):
        before = m.end <= trig.start
        joined = chain_end is not None and joined_by_and(doc.text, chain_end, m.start)
        prev = [t for t in tokens if t.end <= m.start][-1:]
        verb = candidates(prev[0].norm)[-1] if prev else ""
        if joined or (before and verb.startswith(DOER_VERBS)) or verb in _ALONGSIDE or (
                not before and prev and prev[0].start >= trig.end
                and any(_resumptive(f) for f in candidates(prev[0].norm))
                and _describes(tokens, trig.end, prev[0].start)):
            out.add(m)
            chain_end = m.end
        else:
            chain_end = None
    return out


# "شنتها بلاده إلى جانب فرنسا وبريطانيا", "بمشاركة مصر": partners in the act, not its places
_ALONGSIDE = frozenset({"جانب", "بمشاركه", "مشاركه", "رفقه", "بالتعاون"})


# what may stand between a trigger and its resumptive verb: the trigger's adjectives ("غارات
# جوية غير مسبوقة شنتها"), not a preposition or a comma ("غارات على مواقع في سوريا شنتها")
_DESCRIBING_MAX = 4
_NOT_DESCRIBING = frozenset({"في", "على", "علي", "من", "الى", "إلى", "عن", "مع", "ضد", "قرب", "داخل", "،", ",",
                             ".", ":", "؛"})


def _describes(tokens: list, start: int, end: int) -> bool:
    between = [t for t in tokens if start <= t.start < end]
    return len(between) <= _DESCRIBING_MAX and not any(t.norm in _NOT_DESCRIBING for t in between)


def _resumptive(verb: str) -> bool:
    """A support verb with the object pronoun that points back at the trigger (وجهتها)."""
    return verb.startswith(DOER_VERBS) and verb.endswith(("ها", "ه", "هم"))


def seat_place(doc: Document, tokens: list, trig: Trigger) -> Place | None:
    """"مسعود برزاني رئيس إقليم كردستان العراق … وطالب الحزب": the place an office before the
    trigger belongs to is where its holder speaks from."""
    by_entity = {p.entity: p for p in doc.places if p.entity}
    seats = []
    for e in doc.entities:
        p = by_entity.get(e.id)
        for m in e.mentions if p is not None and e.label == "LOC" else ():
            if tokens and tokens[0].start <= m.start and m.end <= trig.start \
                    and _office_before(tokens, m.start):
                seats.append(p)
    return seats[-1] if seats else None


def _office_before(tokens: list, pos: int) -> bool:
    """An office word right before `pos`, over descriptors ("رئيس إقليم كردستان")."""
    before = [candidates(t.norm)[-1] for t in tokens if t.end <= pos][-3:]
    for w in reversed(before):
        if w in INSTITUTION:
            return True
        if w not in DESCRIPTORS and w not in ("اقليم", "امير"):
            return False
    return False


def nation_place(doc: Document, tokens: list, trig: Trigger) -> Place | None:
    """"أعلن الرئيس التونسي، الباجي قايد السبسي، …، بعد التشاور مع …": the named actor has no
    code, but the institution noun before the trigger carries a nationality; the act happens
    in that country (when the article names it as a place)."""
    nations = [n.nation for n in nominals_in(tokens, 0, trig.first) if n.nation and n.institutional]
    iso2 = ISO2.get(nations[-1]) if nations else None
    return next((p for p in doc.places if iso2 and p.country == iso2 and p.feature == "country"),
                None)


def strikes_abroad(doc: Document, trig: Trigger, actors: list) -> bool:
    """Air strikes and shelling reach across borders: a foreign state's ("مدعومة بغارات جوية
    روسية" in a story of Syria) fell in the story's country, not in its doer's. A state striking
    in the story of its own land stays there."""
    if trig.type != "ASSAULT" or trig.mode not in ("airstrike", "shelling"):
        return False
    story = story_country(doc, body_only=True)
    homes = {ISO2.get((a.span.code or "")[:3]) for a in actors} - {None}
    return bool(homes) and story is not None and story.country not in homes


def home_country(doc: Document, actors: list, *, meeting: bool = False) -> Place | None:
    """A verbal act with no place in its sentence happens in its actor's country (when the
    article names that country as a place). Not a meeting's, by a person coded only from his
    title (event_actors_named.titled_code): leaders meet abroad as often as at home ("اجتماع له
    مع ترامب على هامش القمة")."""
    uncoded = {e.id for e in doc.entities if e.label == "PER" and e.actor is None} if meeting else set()
    for a in actors:
        if a.span.entity in uncoded or envoy(doc, a.span.entity):
            continue  # (an envoy speaks abroad: "المبعوث الأميركي إلى سوريا")
        code = a.span.code or ""
        iso2 = ISO2.get(code[:3])
        if iso2:
            for p in doc.places:
                if p.country == iso2 and p.feature == "country":
                    return p
    return None
