"""Mentions into entities: one name, one entity; a surname joins the full name; one actor
group, one entity; the actor code of each (SPEC 2.1)."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from rasd.model.record import Actor, Entity

from .actors import ActorLexicon
from .actors import key as actor_key
from .norm import norm_key


# "عبد الحكيم" and "عبدالحكيم", "أبو بكر" and "أبوبكر", "#هشام_جنينة": one name, spelt apart or
# together, or as a hashtag
_JOINED = re.compile(r"(?<!\S)(عبد|ابو) ")
_HASH_OPEN = re.compile(r"(?<!\S)#(?=\w)")


def name_key(text: str) -> str:
    # (a hashtag's "#" anywhere in the name: "أنطونيو #غوتيريس" is keyed as أنطونيو غوتيريس; and
    # quotation marks inside it: 'الجوهرة "اف ام"' is الجوهرة اف ام)
    return _JOINED.sub(r"\1", " ".join(norm_key(text.replace("_", " ").replace("#", "")).replace('"', " ").split()))


def _contracted(text: str | None, span) -> bool:
    """A mention after the first ل of a contracted لل ("للأمم المتحدة" → "لأمم المتحدة")."""
    return bool(text) and span.start > 0 and text[span.start - 1] == "ل" and span.text.startswith("ل")


def _contracted_name(actors: ActorLexicon | None, mention: str) -> str:
    """The name of an entity first met in its contracted form: "الحوثيين" for "لحوثيين" (from
    "للحوثيين") when the lexicon knows the ال form and not the mention as written; "لبنان" (from
    "للبنان") and "لحج" stay as written (SPEC 2.1: the name is the name, the span skips the ل)."""
    full = "ا" + mention
    if actors is None or not actors.entries.get(actor_key(full)) or actors.entries.get(actor_key(mention)):
        return mention
    return full


# a group's descriptor right before a mention (SPEC 2.7 keeps it outside the name): "تنظيم الدولة"
_GROUP_WORD = re.compile(r"(?:^|\s)[وف]?[بل]?(?:تنظيم|حركة|جماعة)\s+$")


# a medium's type word right before a name (optional proclitic and quotation mark): the name is
# the outlet's ('يومية "نوفي ديان"', "تلفزيون فارو المحلي"), not a person's or a misc name
_MEDIUM_WORD = re.compile(r"(?:^|\s)[وفبل]?(?:صحيفة|جريدة|يومية|مجلة|أسبوعية|تلفزيون|إذاعة|قناة|شبكة|وكالة)"
                          r"\s*[\"«“]?\s*$")


# a company's type word right before a name (a dash, quotation mark or parenthesis between): the
# name is the company's, even when it is a man's ("شركة – بن لادن", "شركة جو برو", audit U48)
_COMPANY_WORD = re.compile(r"(?:^|\s)[وفبل]?شركة\s*[-–\"«“(]?\s*$")


def _outlet_label(text: str | None, span, lab: str) -> str:
    """ORG for a person or misc mention named right after a medium's or a company's type word;
    else `lab` (a place after قناة stays: "قناة بورسعيد الجديدة" is a canal)."""
    if lab in ("PER", "MISC") and text and (_MEDIUM_WORD.search(text[max(0, span.start - 14):span.start])
                                            or _COMPANY_WORD.search(text[max(0, span.start - 10):span.start])):
        return "ORG"
    return lab


def _actor_hit(actors: ActorLexicon, span, alias: str | None, text: str | None):
    """The actor of a mention: its own look-up, or its descriptor's reading when that names a
    group and its own does not. "تنظيم الدولة" → الدولة is the Islamic State, not the generic
    state (GOV) the bare word reads as; "الدولة" elsewhere ("إرهاب الدولة") stays as it was."""
    hit = actors.lookup(span.text)
    if hit is not None and hit[1]:
        return hit
    longer = alias
    if longer is None and text:
        before = _GROUP_WORD.search(text[max(0, span.start - 12):span.start])
        longer = before.group(0).strip() + " " + span.text if before else None
    group = actors.lookup(longer) if longer else None
    return group if group is not None and (hit is None or group[1]) else hit


def group_entities(spans: list[tuple], actors: ActorLexicon | None = None,
                   text: str | None = None) -> list[Entity]:
    """Group mentions into entities. `spans`: (Span, label) or (Span, label, alias), where
    alias is a longer text for the actor look-up (the mention before a descriptor was cut).

    Same normalised name → one entity; a PER mention whose words are all inside a longer PER
    name ("ترامب" ⊂ "دونالد ترامب") joins it; mentions resolving to the same actor group join.
    With the article's `text`, a mention after a contracted لل ("لأمم المتحدة") joins the
    entity of its full form ("الأمم المتحدة"), which names it.
    """
    groups: list[dict] = []
    places = {name_key(sp[0].text) for sp in spans if sp[1] == "LOC"}
    # names the article quotes as an organisation («الرياض», the paper): a quoted place mention
    # of one is the paper too ('لـ«الرياض»' after a speaker, audit ent41)
    quoted_orgs = {name_key(sp[0].text) for sp in spans if sp[1] == "ORG" and text and _in_quotes(text, sp[0])}
    by_key: dict[str, dict] = {}
    by_group: dict[str, dict] = {}
    # longest names first so that short forms can attach to them; contracted forms last; a
    # name without quotation marks names its entity before the same name with them ('حزب «الدعوة»')
    order = sorted(range(len(spans)), key=lambda i: (_contracted(text, spans[i][0]),
                                                     -len(spans[i][0].text.split()),
                                                     '"' in norm_key(spans[i][0].text), spans[i][0].start))
    for i in order:
        span, lab = spans[i][:2]
        lab = _outlet_label(text, span, lab)
        alias = spans[i][2] if len(spans[i]) > 2 else None
        k = name_key(span.text)
        if lab == "LOC" and k in quoted_orgs and _in_quotes(text, span):
            lab = "ORG"
        if lab == "ORG" and k in places and text and _in_quotes(text, span):
            k = "«" + k  # 'وقال مصدر ل"الرياض"': the paper, not the city named elsewhere
        if _contracted(text, span) and name_key("ا" + span.text) in by_key:
            k = name_key("ا" + span.text)  # (لبنان in "للبنان" has no full form to join)
        hit = _actor_hit(actors, span, alias, text) if actors else None
        if hit and k.startswith("«") and not (hit[0] or "").endswith("MED"):
            hit = None  # the paper الرياض is not the Saudi state the city's name stands for
        if (hit and lab == "ORG" and not hit[1] and actors and hit[0] in actors.country_codes
                and text and (_in_quotes(text, span) or _MEDIUM_WORD.search(text[max(0, span.start - 14):span.start]))):
            hit = None  # nor where the article names no city: 'لصحيفة "المدينة"' (audit U48) is no state
        if hit and lab == "LOC" and not hit[1]:
            hit = None  # a place is not an actor (a country name as LOC gets no code)
        if hit and lab == "PER" and actors and hit[0] in actors.country_codes:
            hit = None  # a person named like a country ("ديفيد كاميرون … كاميرون") is no state
        surname_only = bool(hit) and lab == "PER" and not hit[1] and " " not in span.text.strip()
        if hit and lab == "PER" and hit[1]:
            # nor is a person a group: "الحوثي" alone is the man (SPEC 2.7), who keeps the
            # group's code as his affiliation but joins no group's entity
            hit = (hit[0], None)
        g = by_key.get(k)
        if g is None and hit and hit[1]:
            g = by_group.get(hit[1])
        if g is None and lab == "MISC" and not hit:
            g = _misc_bearer(k, groups)
            lab = "PER" if g is not None else lab
        if g is None and lab == "PER" and not (text and _stands_apart(text, span)):
            g = _bearer(k, span, groups)
            if g is None:  # "نتنياهو" / "بنيامين نتانياهو", "مسعود برزاني" / "مسعود بارزاني"
                g = next((cand for cand in groups if cand["label"] == "PER" and _spelling_variant(k, cand["key"])
                          and not _father_chain(k.split(), cand["key"].split())), None)
        if g is None:
            name = _contracted_name(actors, span.text) if _contracted(text, span) else span.text
            # a hashtag's "#خان_يونس": the name is خان يونس (the places stage looks it up); one space
            # for "_ " too ("#الاتحاد_ الأوروبي", audit U58)
            name = " ".join(name.replace("_", " ").split())
            # a hashtag inside a name ("دونالد #ترمب", `hash_joined`): the mention must hold the
            # "#" (one span), the name is the man's (audit U58); only a "#" that opens a word
            name = _HASH_OPEN.sub("", name) if "#" in name else name
            g = {"key": k, "label": lab, "mentions": [], "labels": {}, "actor": None, "name": name}
            groups.append(g)
        g["mentions"].append(span)
        g["labels"][lab] = g["labels"].get(lab, 0) + 1
        if hit and g["actor"] is None:
            g["actor"] = hit
            g["actor_word"] = actor_key(span.text) if surname_only else None
            if hit[1]:
                by_group[hit[1]] = g
        by_key.setdefault(k, g)
        if lab == "ORG" and _typed(alias, span.text):
            g["typed"] = True  # 'وكالة "الأناضول"' → الأناضول: its type word says what it is
    if text:
        groups = _join_acronyms(text, groups)
    groups = _join_outlets(groups)
    groups = _join_short_orgs(groups)
    groups.sort(key=lambda g: min(m.start for m in g["mentions"]))
    out: list[Entity] = []
    for n, g in enumerate(groups, 1):
        ms = sorted(set(g["mentions"]), key=lambda m: m.start)
        label = max(g["labels"].items(), key=lambda kv: (kv[1], kv[0] == g["label"]))[0]
        if g.get("typed"):
            label = "ORG"  # ("OPCW" tagged MISC twice beside 'منظمة "OPCW"')
        if g["actor"] and g.get("actor_word") and actors and _another_bearer(g, actors):
            g["actor"] = None
        actor = Actor(code=g["actor"][0], group=g["actor"][1]) if g["actor"] else None
        if label == "MISC" and actor is not None and actor.code:
            label = "ORG"  # "البيت الأبيض" (USAGOV): an actor is an organisation, not a misc name
        out.append(Entity(id=f"e{n}", label=label, name=g["name"], mentions=ms, actor=actor))
    return out


# An apposition right after a bare given name says who he is ("أحمد، الابن البكر للشهيد")
# (as written, ة kept: "تعيين الملك سلمان نجله" is his son, the object, no apposition)
_APPOSITIONS = frozenset("""الابن الإبن ابن إبن الابنة ابنة نجل نجلة شقيق شقيقة الشقيق الشقيقة الأخ
الاخ أخو""".split())
# Group words before an eponym: "ميليشيات الحوثي" names the group after its leader
_EPONYM_GROUPS = frozenset(norm_key(w) for w in """ميليشيات مليشيات ميليشيا مليشيا جماعة أنصار
جماعه""".split())
_APART_AFTER = re.compile(r"\s*[،,]?\s*(\S+)")
_APART_BEFORE = re.compile(r"(\S+)\s*$")


_BEFORE_REACH = 64  # characters looked back for the word before a mention, at first


def _word_before(text: str, end: int):
    """`_APART_BEFORE.search(text, 0, end)`: the last word before `end`. Searched for in the
    last _BEFORE_REACH characters first (a search from 0 tries every position of the article
    up to `end`); the whole text only when the window holds no whole word (all spaces, or a
    word that may begin before it) — so the match is always the same."""
    lo = max(0, end - _BEFORE_REACH)
    m = _APART_BEFORE.search(text, lo, end)
    if lo and (m is None or m.start() == lo):
        m = _APART_BEFORE.search(text, 0, end)
    return m


def _stands_apart(text: str, span) -> bool:
    """A one-word person's mention that does not join a longer name of the article (2026-11-27):
    a given name with its own apposition ("أحمد، الابن البكر للشهيد" is not "أحمد علاونة",
    killed the day before), or an eponym after a group word ("مليشيات الحوثي" is not the
    article's "عبدالخالق الحوثي")."""
    if " " in span.text.strip():
        return False
    nxt = _APART_AFTER.match(text, span.end)
    if nxt and nxt.group(1) in _APPOSITIONS:
        return True  # (a comma or a space between: "أحمد، الابن", "أحمد نجل …")
    prev = _word_before(text, span.start)
    if prev is None:
        return False
    w = norm_key(prev.group(1))
    return w in _EPONYM_GROUPS or (w[:1] in "وبل" and w[1:] in _EPONYM_GROUPS)


def _typed(alias: str | None, name: str) -> bool:
    """The mention is the quoted name after an outlet's or a body's type word, which the
    alias (the text before trimming) still holds: 'وكالة "الأناضول"' for الأناضول."""
    words = norm_key(alias or "").translate(_NO_QUOTES).split()
    head = words[0] if words else ""
    return (len(words) >= 2 and (head in _OUTLET_TYPES or (head[:1] in "وفبل" and head[1:] in _OUTLET_TYPES))
            and alias != name)


def _another_bearer(g: dict, actors: ActorLexicon) -> bool:
    """The code came from the surname alone ("المالكي" → IRQGOV), and the article's full name
    of the person (ending in that surname) has none of the given names the lexicon lists with
    it, spelt nearly alike: "العقيد تركي المالكي" is not نوري المالكي ("بشار الأسد … الأسد",
    "سيرغي لافروف" for the listed سيرجي keep their code)."""
    surname = g["actor_word"]
    listed = actors.given_names_of(surname)
    given = ["".join(w[:-1]) for m in g["mentions"] if len(w := actor_key(m.text).split()) >= 2 and w[-1] == surname]
    return bool(listed) and bool(given) and not any(
        fuzz.ratio(a, b) >= _SAME_GIVEN for a in given for b in listed)  # (سيرغي / سيرجي)


_SAME_GIVEN = 75


def _bearer(k: str, span, groups: list[dict]):
    """The longer person's name a short mention's words all belong to ("ترامب" ⊂ "دونالد
    ترامب"). With two bearers ("معمر القذافي", "سيف الإسلام القذافي"), the one named first
    among those named before the mention (2026-11-27; not the longest, which took the
    father's bare surname into the son's entity; the article's first bearer is mostly its
    subject: "سامي عنان … سمير عنان، نجل الفريق عنان"). A chain after "بن" is the father's
    name, another person ("سلمان بن عبدالعزيز" in "محمد بن سلمان بن عبدالعزيز")."""
    words = k.split()
    found = [c for c in groups if c["label"] == "PER" and set(words) <= set(c["key"].split())
             and len(c["key"].split()) > len(words) and not _father_chain(words, c["key"].split())]
    if not found:
        found = [c for c in groups if c["label"] == "PER" and _son_of(words, c["key"].split())]
    if len(found) <= 1:
        return found[0] if found else None
    first = {id(c): min([m.start for m in c["mentions"] if len(m.text.split()) > len(words)] or [span.start])
             for c in found}
    before = [c for c in found if first[id(c)] < span.start] or found
    return min(before, key=lambda c: first[id(c)])


def _misc_bearer(k: str, groups: list[dict]):
    """The one person of the article whose name begins or ends with a one-word MISC mention
    ("لوسيل" beside "لوسيل غارسيا", "جيلبراند" beside "كريستين جيلبراند"): the tagger's MISC
    for a bare given name or surname; with two such persons, or a name of more words, none."""
    if " " in k:
        return None
    found = [c for c in groups if c["label"] == "PER" and len(words := c["key"].split()) > 1
             and k in (words[0], words[-1])]
    return found[0] if len(found) == 1 else None


_SON_OF = frozenset(("بن", "ابن"))


def _son_of(words: list[str], cwords: list[str]) -> bool:
    """A short form of a longer person's name that the words alone do not spell (audit U48): "ابن
    عاطف" is "عبدالله بن عاطف" (the man called by his father's name, as Gulf news writes him after
    the full name), not a man whose name holds بن further on ("ابن عبدالعزيز" is not "محمد بن
    سلمان بن عبدالعزيز"); a family name with ال is the same name without it ("الرياني" after
    "محمد هادي رياني")."""
    if len(words) == 2 and words[0] == "ابن":
        return len(cwords) >= 3 and cwords[1] == "بن" and cwords[2] == words[1]
    return (len(words) == 1 and len(cwords) >= 2 and words[0].startswith("ال") and len(words[0]) >= 6
            and not cwords[-1].startswith("ال") and words[0][2:] == cwords[-1])


def _father_chain(words: list[str], cwords: list[str]) -> bool:
    """The words stand in the longer name right after its "بن" (the father and his line): also
    one word that ends the name there ("عبدالعزيز" of "مطار الملك عبدالعزيز" is not "سلمان بن
    عبدالعزيز"); one word inside a longer chain is left to the other rules."""
    n = len(words)
    if n == 1:
        return len(cwords) >= 3 and cwords[-2] in _SON_OF and cwords[-1] == words[0]
    return n >= 2 and any(cwords[i - 1] in _SON_OF and cwords[i:i + n] == words for i in range(1, len(cwords)))


def _spelling_variant(key: str, other: str) -> bool:
    """A person's name written with one long vowel more or less in a word of five letters or
    more (transliterations: نتنياهو / نتانياهو, برزاني / بارزاني), each word matching one of the
    other name's, and the same first word when the names are as long."""
    words, cwords = key.split(), other.split()
    if len(words) > len(cwords) or key == other:
        return False
    if len(words) == len(cwords) and words[0] != cwords[0]:
        # "فلاديمر بوتين" / "فلاديمير بوتين" (2026-11-27): the given name spelt apart, the rest alike
        return words[1:] == cwords[1:] and len(words) >= 2 and _one_vowel_apart(words[0], cwords[0])
    return all(any(w == c or _one_vowel_apart(w, c) for c in cwords) for w in words)


def _one_vowel_apart(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[i] in "اوي" and long[:i] + long[i + 1:] == short for i in range(1, len(long)))


def _in_quotes(text: str, span) -> bool:
    return text[span.start - 1:span.start] in "«\"“" and text[span.end:span.end + 1] in "»\"”" and span.start > 0


def _join_acronyms(text: str, groups: list[dict]) -> list[dict]:
    """"حزب العمال الكردستاني (PKK)", "وكالة الأنباء الأردنية (بترا)": a short name in
    parentheses right after an organisation's name is that organisation, whatever the tagger
    called it (بترا is also a town); its other mentions go with it. So is a person's name in
    parentheses right after a person's ("الرئيس أبو مازن (محمود عباس)", 2026-11-27): the
    person's other name, not a second person. So is a one-word name in quotation marks right
    after an organisation's name of two or more words ('الاتحاد الدولي لكرة القدم "فيفا"')."""
    owners = {m.end: g for g in groups if g["label"] == "ORG" for m in g["mentions"]}
    people = {m.end: g for g in groups if g["label"] == "PER" for m in g["mentions"]}
    full_names = {m.end: g for g in groups if g["label"] == "ORG" for m in g["mentions"] if " " in m.text.strip()}
    out = []
    for g in groups:
        owner = next((o for m in g["mentions"] if (o := owners.get(_before_parenthesis(text, m))) is not None
                      and o is not g and len(m.text.split()) <= 3), None)
        if owner is None:
            owner = next((o for m in g["mentions"] if (o := owners.get(_before_known_as(text, m))) is not None
                          and o is not g and len(m.text.split()) <= 3), None)
        if owner is None:
            owner = next((o for m in g["mentions"] if (o := full_names.get(_before_quotes(text, m))) is not None
                          and o is not g and len(m.text.split()) == 1), None)
        if owner is None and g["label"] == "PER":
            owner = next((o for m in g["mentions"] if (o := people.get(_before_parenthesis(text, m))) is not None
                          and o is not g and len(m.text.split()) <= 3), None)
        if owner is None:
            out.append(g)
            continue
        owner["mentions"] += g["mentions"]
        owner["labels"][owner["label"]] = owner["labels"].get(owner["label"], 0) + len(g["mentions"])
        if owner["actor"] is None:
            owner["actor"] = g["actor"]
    return out


def _before_parenthesis(text: str, m) -> int | None:
    """Where the name before "(" ends when the mention fills a pair of parentheses, else None."""
    if text[m.end:m.end + 1] != ")":
        return None
    j = m.start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0 or text[j] != "(":
        return None
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return j


def _before_quotes(text: str, m) -> int | None:
    """Where a full name of two or more words ends right before the quotation marks a one-word
    mention fills ('الاتحاد الدولي لكرة القدم "فيفا"', audit U50: the short name the tagger read
    as a man), else None. (A one-word name before it is no full name: 'حماس "النفير"'.)"""
    if not _in_quotes(text, m):
        return None
    j = m.start - 1
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return j if j > 0 and text[j - 1].isalpha() and text[j - 1] != "ـ" else None  # (not 'بطيران الـ "أباتشي"')


# '، المعروفة اختصارا بـ"فارك"', 'أو ما يعرف بـ"داعش"' before a short name (2026-11-27)
_KNOWN_AS = re.compile(r"(?:[،,]\s*(?:ال)?معروفة?\s+اختصارا?ً?|\s+(?:أو|او)\s+ما\s+(?:يعرف|يسمى|تعرف|تسمى))"
                       r"\s+بـ?\s*[\"«“]?$")


def _before_known_as(text: str, m) -> int | None:
    """Where the name before "المعروفة اختصارا بـ" / "أو ما يعرف بـ" ends when the mention
    follows that phrase, else None."""
    hit = _KNOWN_AS.search(text, max(0, m.start - 40), m.start)
    return hit.start() if hit else None


# Type words before an outlet's (or a body's) own name: "وكالة (أنباء) الأناضول", "قناة الجزيرة",
# 'منظمة "هيومن رايتس ووتش"'
_OUTLET_TYPES = frozenset(norm_key(w) for w in (
    "وكالة", "أنباء", "الأنباء", "قناة", "صحيفة", "جريدة", "مجلة", "موقع", "شبكة", "إذاعة", "تلفزيون",
    "منظمة", "مؤسسة"))


def _outlet_core(key: str) -> str:
    """A name's key without ال or a contracted ل ("الاناضول", "لاناضول" → "اناضول")."""
    return key[2:] if key.startswith("ال") else key[1:] if key.startswith("ل") and len(key) > 3 else key


_NO_QUOTES = str.maketrans("", "", "\"«»“”")


def _join_outlets(groups: list[dict]) -> list[dict]:
    """"بحسب الأناضول", "وقال … للأناضول" after "وكالة الأناضول": an outlet's own name alone is
    the outlet named in full in the same article, not Anatolia (the tagger's LOC); so is a
    body's ("هيومن رايتس ووتش" after 'منظمة "هيومن رايتس ووتش"')."""
    cores: dict[str, dict] = {}
    core_of: dict[int, str] = {}
    for g in groups:
        words = g["key"].translate(_NO_QUOTES).split()  # ('منظمة "هيومن رايتس ووتش"')
        if g.get("typed"):  # the quoted name after its type word: 'وكالة "الأناضول"' → الأناضول
            core_of[id(g)] = _outlet_core(" ".join(words))
        elif g["label"] == "ORG" and len(words) >= 2 and words[0] in _OUTLET_TYPES:
            rest = _own_name(words)
            if rest:
                core_of[id(g)] = _outlet_core(" ".join(rest))
        if id(g) in core_of:
            cores.setdefault(core_of[id(g)], g)
    if not cores:
        return groups
    out = []
    for g in groups:
        owner = cores.get(core_of.get(id(g)) or _outlet_core(g["key"]))
        if owner is None or owner is g:
            out.append(g)
            continue
        owner["mentions"] += g["mentions"]
        owner["labels"]["ORG"] = owner["labels"].get("ORG", 0) + len(g["mentions"])
        if owner["actor"] is None:
            owner["actor"] = g["actor"]  # ("هيومن رايتس ووتش" is in the actor list, NGOHRI)
    return out


# "وكالة دوغان للأنباء": the type word after the name (2026-11-27)
_TYPES_AFTER = frozenset(norm_key(w) for w in ("للأنباء", "الإخبارية", "للإعلام"))


def _own_name(words: list[str]) -> list[str]:
    """The outlet's or body's own name inside its full name: without the type words before it
    or after it ("وكالة أنباء دوغان", "وكالة دوغان للأنباء" → دوغان) and without a closing
    adjective after a proper name ("مؤسسة غالوب الدولية" → غالوب). [] when all that is left
    is an adjective ("وكالة الأنباء السعودية": the country, not the agency's own name)."""
    rest = [w for w in words[1:] if w not in _OUTLET_TYPES] if words[1] in _OUTLET_TYPES else words[1:]
    while len(rest) >= 2 and rest[-1] in _TYPES_AFTER:
        rest = rest[:-1]
    if len(rest) == 2 and _adjective(rest[1]) and not _adjective(rest[0]) and not rest[0].startswith("ال"):
        rest = rest[:1]  # (2026-11-27; not "منظمة الصحة العالمية": الصحة alone is no name)
    return [] if not rest or _adjective(rest[-1]) else rest


def _adjective(w: str) -> bool:
    return w.endswith(("ي", "ية", "يه"))


def _join_short_orgs(groups: list[dict]) -> list[dict]:
    """An organisation's short form that is the first words of exactly one longer organisation
    named in the article (2026-11-27): "المرصد" after "المرصد السوري لحقوق الإنسان", "فيلق القدس"
    beside "فيلق القدس الإيراني" — one body: when the longer name is a listed actor, or what it
    adds is adjectives (nisbas: "الإيراني", "الدولية"). Not when two longer names start so
    ("الاتحاد" beside "الاتحاد الأوروبي" and "الاتحاد الأفريقي"), when both carry different actor
    codes, nor into an unlisted longer chunk that adds other words ("الأمم المتحدة السامي لحقوق
    الإنسان", "المنظمة الدولية لمساعدة النازحين": the short form may be another body)."""
    orgs = [g for g in groups if g["label"] == "ORG"]
    joined: set[int] = set()
    for g in orgs:
        words = g["key"].split()
        longer = [o for o in orgs if o is not g and id(o) not in joined
                  and len(o["key"].split()) > len(words) and o["key"].split()[:len(words)] == words]
        if len(longer) != 1:
            continue
        owner = longer[0]
        if g["actor"] and owner["actor"] and g["actor"][0] != owner["actor"][0]:
            continue
        extra = owner["key"].split()[len(words):]
        if not (owner["actor"] or all(len(w) >= 4 and _adjective(w) for w in extra)
                or _foreign_first_word(words, extra)):
            continue  # ("الأمم المتحدة" is not "الأمم المتحدة السامي لحقوق الإنسان", a run-on chunk)
        owner["mentions"] += g["mentions"]
        owner["labels"]["ORG"] = owner["labels"].get("ORG", 0) + len(g["mentions"])
        if owner["actor"] is None:
            owner["actor"] = g["actor"]
        joined.add(id(g))
    return [g for g in groups if id(g) not in joined]


def _foreign_first_word(words: list[str], extra: list[str]) -> bool:
    """"سكاي" beside "سكاي نيوز" (2026-11-27): a one-word name without ال that opens a
    transliterated name whose other words have no ال and are no adjectives ("فتح" is not "فتح
    الانتفاضة", "الجيش" not "الجيش الحر")."""
    return (len(words) == 1 and not words[0].startswith("ال") and len(words[0]) >= 3
            and all(not w.startswith("ال") and not _adjective(w) for w in extra))
