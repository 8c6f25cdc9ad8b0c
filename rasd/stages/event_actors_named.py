"""Candidate actors of an event: the named entities and nominal descriptions in a span of
tokens, with their codes (a political title, a patron party, a state genitive; outlets and
platforms are no actors).
"""
from __future__ import annotations

from typing import Sequence

from rasd.gazetteer.countries import CONTEXT_ISO3, ISO3, is_capital
from rasd.lang.words import PLATFORM_NAMES
from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_actors_physical import addressee
from rasd.stages.event_args import mentions_in, places_by_entity
from rasd.stages.event_mentions import document_memo
from rasd.stages.event_candidates import Candidate, word_forms, word_forms_before
from rasd.stages.event_detect import key
from rasd.stages.event_occupier import occupier_after
from rasd.stages.event_nominals import DEMONYMS, Nominal, nominals_in, same_tokens, scan_nominals
from rasd.stages.event_source import OUTLET_NOUNS


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
POLITICAL_TITLES = frozenset(key(w) for w in (
    "رئيس", "رئيسة", "وزير", "وزيرة", "سفير", "سفيرة", "قنصل", "مندوب", "مندوبة", "مستشار", "متحدث",
    "متحدثة", "ناطق", "ناطقة", "نائب", "نائبة", "زعيم", "زعيمة", "ملك", "ملكة", "أمير", "العاهل", "قائد",
    "مبعوث", "أمين", "محافظ", "حاكم", "عمدة", "عقيد", "عميد", "لواء", "فريق", "جنرال", "ولي", "مرشد",
    "سيناتور", "السيناتور", "عضو", "قيادي", "مسؤول", "والي", "وكيل", "المتحدث", "مشير", "مدير", "البابا",
    "مفوض", "مفوضة",  # (an IGO official: "المفوضة السامية لحقوق الإنسان")
    "رئيسان", "رئيسين", "وزيران", "وزيرين", "زعيمان", "زعيمين", "وزيرا", "زعيما", "قادة"))


# dual and plural offices: the names after them are all holders ("الرئيسان الأمريكي دونالد
# ترامب والفرنسي إيمانويل ماكرون")
JOINT_TITLES = frozenset(key(w) for w in (
    "رئيسان", "رئيسين", "وزيران", "وزيرين", "زعيمان", "زعيمين", "وزيرا", "رئيسا", "زعيما", "قادة"))


POLITICAL_HEADS = frozenset(key(w) for w in (
    "حزب", "حركة", "وزارة", "حكومة", "مجلس", "جيش", "قوات", "هيئة", "منظمة", "الأمم", "جبهة", "شرطة",
    "معارضة", "برلمان", "رئاسة", "تحالف", "ائتلاف", "جماعة", "تنظيم", "كتائب", "ألوية", "لواء", "سفارة",
    "بعثة", "وفد", "اتحاد", "جامعة الدول", "البيت الأبيض", "الكرملين", "ديوان", "قيادة", "إدارة", "محكمة",
    "نيابة", "مفوضية", "لجنة", "الكونغرس", "الكونجرس", "مكتب", "سلطة", "قنصلية", "ميليشيا",
    "ميليشيات", "مليشيات", "فصائل", "فصيل", "الحرس", "أمن", "استخبارات", "مخابرات", "النظام", "دولة",
    "رابطة", "فيلق", "سرايا"))


_GROUP_HEADS = frozenset(key(w) for w in ("حركة", "حزب", "جماعة", "جبهة", "تنظيم"))


OUTLETS = frozenset(OUTLET_NOUNS) | frozenset(key(w) for w in ("أسبوعية", "يومية", "شبكة", "فضائية"))


# social platforms carry statements; they are never actors or targets ("وقال حساب الجيش
# الإسرائيلي على تويتر": the army speaks)
PLATFORMS = frozenset(key(w) for w in PLATFORM_NAMES)


def _outlet_named(text: str, m) -> bool:
    """"صحيفة "جيريزلام بوست"", "وكالة الأنباء الفرنسية": a medium, not an actor."""
    words = text[m.start:m.end].split()
    before = word_forms_before(text, m.start, 1)
    return bool(before and OUTLETS.intersection(before[-1])) or bool(words and OUTLETS.intersection(word_forms(words[0])))


def political_mention(doc: Document, m) -> bool:
    """A named PER/ORG mention without a code that may direct a verbal act (see above)."""
    if m.label == "ORG":
        words = doc.text[m.start:m.end].split()[:2]
        before = word_forms_before(doc.text, m.start, 1)
        # "حركة الجهاد": the head the NER left outside names a group
        return bool(words) and (bool(POLITICAL_HEADS.intersection(word_forms(words[0])))
                                or key(" ".join(words)) in POLITICAL_HEADS
                                or bool(before and _GROUP_HEADS.intersection(before[-1])))
    # the person's mentions, and those of a fuller name ending alike ("أوغلو" after "محمد
    # تشاوش أوغلو", which the NER may leave as two entities)
    last = doc.text[m.start:m.end].split()[-1:]
    same = [mm for e in doc.entities if e.label == "PER" and (e.id == m.entity or e.name.split()[-1:] == last)
            for mm in e.mentions] or [m]
    for mm in same:
        # the title may head a long genitive, or stand before a comma: "رئيس حزب الأمة القومي
        # السوداني المعارض الصادق المهدي", "الرئيس التونسي، الباجي قايد السبسي"
        if any(POLITICAL_TITLES.intersection(f) for f in word_forms_before(doc.text, mm.start, 8, ".:؛;\n")):
            return True
        after = doc.text[mm.end:mm.end + 40].lstrip(" ،,").split()
        if after and POLITICAL_TITLES.intersection(word_forms(after[0])):
            return True  # "الحبيب الصيد، رئيس الوزراء"
    return False


def _platform(text: str, m) -> bool:
    return any(PLATFORMS.intersection(word_forms(w)) for w in text[m.start:m.end].split())


# a title that only speaks: right after the source's name it is that source told again
_SPEAKER_TITLES = frozenset({"الناطق", "الناطقة", "المتحدث", "المتحدثة", "الباحث", "الباحثة"})


def _source_title(text: str, n, exclude: Sequence[tuple[int, int]]) -> bool:
    """"رياض الأشقر الناطق الإعلامي للمركز": a spokesman's or researcher's title right after an
    excluded source (nothing but a space or a comma between) is that source, no doer."""
    words = text[n.start:n.end].split()
    return bool(words) and words[0] in _SPEAKER_TITLES \
        and any(e <= n.start and not text[e:n.start].strip(" ،,") for _s, e in exclude)


def clause_candidates(doc: Document, tokens: Sequence, lo: int, hi: int, country: str | None,
                      exclude: Sequence[tuple[int, int]]) -> list[Candidate]:
    # (who a statement is told to, behind لـ after the reporting verb, neither acts nor suffers)
    out = [c for c in _named_candidates(doc, tokens, lo, hi)
           if not any(s <= c.span.start < e for s, e in exclude) and not addressee(doc, tokens, c)]
    iso3 = CONTEXT_ISO3.get(country or "")  # (the event place's country)
    for n in nominals_in(tokens, lo, hi):
        if any(c.span.start <= n.start < c.span.end or n.start <= c.span.start < n.end for c in out):
            continue
        if _heads_group(doc.text, n, out):
            continue  # "ميليشيات الحوثي", "عناصر داعش": the group named after it is the actor
        if any(s <= n.start < e for s, e in exclude) or _source_title(doc.text, n, exclude):
            continue
        nation = n.nation or occupier_after(doc.text, tokens, n.end) or iso3  # ("سلطات الاحتلال")
        code = nation + n.role if nation and n.role != "-" else None  # "-": no role code
        end, owner = n.end, _state_genitive(doc, tokens, n)
        if owner is not None:  # "مندوب واشنطن", "رئيس وزراء إسرائيل": the office is that state's
            end, code = owner.span.end, owner.span.code[:3] + n.role
        leader = _led_by(doc, n, out)
        if leader is not None:  # "ميليشيات صالح", "حكومة الملقي": one party, named after its head
            out.remove(leader)
            end = leader.span.end
            if leader.span.code:  # (a coded head codes his force: "قوات هادي" is Hadi's state's)
                code = leader.span.code[:3] + n.role
        cand = Candidate(ArgSpan(n.start, end, doc.text[n.start:end], None, code), n.institutional, n.role)
        if not addressee(doc, tokens, cand):
            out.append(cand)
    # "القوات الموالية للحكومة": whose side a party is on, no party of the act
    # (nor whose kin a person is: "ميلانيا ترامب زوجة الرئيس الأميركي")
    return sorted((c for c in out if not _patron_of(doc.text, c, out) and not _kin_of(doc.text, c, out)
                   and not _ward_name(doc.text, c)), key=lambda c: c.span.start)


# heads of a force or a government whose genitive may be the person who leads it
_LED_HEADS = frozenset({"REB", "MIL", "UAF", "GOV"})


def _led_by(doc: Document, n: Nominal, named: list[Candidate]) -> Candidate | None:
    """A person named right after an indefinite force or government nominal, in the construct
    state ("ميليشيات علي عبد الله صالح", "قوات حفتر", "حكومة الملقي"): the force is his, and
    he is no party of the act of his own (he had been taken as the target of clashes); None
    when there is none. A definite head is no idafa ("وقصفت القوات صالح")."""
    word_start = max(doc.text.rfind(" ", 0, n.start), doc.text.rfind("\n", 0, n.start)) + 1
    head = doc.text[word_start:n.end].lstrip("وف")  # (the span may start after a first ل)
    if n.role not in _LED_HEADS or len(head.split()) > 1 or head.startswith(("ال", "لل", "بال")):
        return None  # ("للرئيس عباس": a definite title, its holder named after it)
    for c in named:
        ent = doc.entity(c.span.entity) if c.span.entity else None
        if ent is not None and ent.label == "PER" and c.span.start > n.end \
                and doc.text[n.end:c.span.start] == " ":
            return c
    return None


def _state_genitive(doc: Document, tokens: Sequence, n: Nominal) -> Candidate | None:
    """The country or capital right after an indefinite government title ("مندوب واشنطن",
    "سفير إسرائيل", "رئيس وزراء إسرائيل"), in the construct state: the office's owner, which
    codes it and is part of it (not a party of its own); None when there is none."""
    words = doc.text[n.start:n.end].split()
    if n.nation or n.role != "GOV" or not words or words[-1].lstrip("وفبل").startswith("ال") \
            or not POLITICAL_TITLES.intersection(word_forms(words[0])):
        return None
    nxt = next((t for t in tokens if t.start >= n.end), None)
    if nxt is None or doc.text[n.end:nxt.start] != " ":
        return None
    state = state_at(doc, nxt, tokens[min(len(tokens) - 1, tokens.index(nxt) + 2)].end)
    return state if state is not None and state.span.start == nxt.start else None


# adjectives of allegiance: the party behind لـ after one names whose side another party is on
# ("القوات السورية التابعة للنظام", "ميليشيات عصائب أهل الحق الموالية لإيران")
_PATRON_WORDS = frozenset(key(w) for w in (
    "الموالية", "الموالي", "الموالين", "الموالون", "موالية", "موالي", "موالين", "موالون", "التابعة",
    "التابع", "التابعين", "التابعون", "تابعة", "المؤيدة", "المؤيد", "المؤيدين", "مؤيدة", "المقربة",
    "المقرب", "المقربين", "مقربة", "المحسوبة", "المحسوبين", "الداعمة"))


# kinship nouns (key forms): the party in their genitive only says whose kin someone is
_KIN = frozenset(key(w) for w in (
    "زوجة", "زوج", "عقيلة", "حرم", "أرملة", "ابن", "ابنة", "نجل", "نجلة", "شقيق", "شقيقة", "والد",
    "والدة", "صهر", "حفيد", "حفيدة",
    # a relative, and a cousin or uncle ("قريب بشار الأسد", "ابن عم الرئيس", "عم الملك")
    "قريب", "قريبة", "عم", "خال"))


# wards and houses named after the people they serve (key forms): "قسم الأطفال", "دار الأيتام"
_WARDS = frozenset(key(w) for w in ("قسم", "جناح", "عنبر", "دار", "عيادة", "مستشفى", "وحدة"))


def _ward_name(text: str, c: Candidate) -> bool:
    """A people nominal (no entity) right after a ward noun is part of the place's name
    ("بزيارة قسم الأطفال"), no party of the act."""
    if c.span.entity is not None:
        return False
    words = text[max(0, c.span.start - 12):c.span.start].split()
    if not words:
        return False
    w = key(words[-1])  # (with a proclitic: "بقسم", "ولدار")
    return bool({w, w[1:] if w[:1] in "وبل" else w, w[2:] if w[:2] in ("وب", "ول") else w} & _WARDS)


def _kin_of(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """"ميلانيا ترامب زوجة الرئيس الأميركي": a party in the genitive of a kinship noun set in
    apposition right after another candidate (a comma may stand between) describes that one;
    the person named first acts or suffers. Alone ("زوجة الرئيس قامت بزيارة") it is left."""
    head = text[max(0, c.span.start - 30):c.span.start]
    words = head.split()
    if not words or key(words[-1]) not in _KIN:
        return False
    kin = c.span.start - len(head) + head.rstrip().rfind(words[-1])
    # (one kin word may stand before it: "ابن عم الرئيس")
    return any(d is not c and d.span.end <= kin and (not (gap := text[d.span.end:kin].strip(' ،,"«»“”'))
                                                    or key(gap) in _KIN)
               for d in cands)


def _patron_of(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """A mention behind لـ right after an adjective of allegiance that follows another party:
    "القوات الموالية للحكومة", "برنامج الأغذية العالمي التابع للأمم المتحدة" (the span may hold
    the proclitic, "لحكومة", or start after it). After a thing the owner stays: "مواقع تابعة
    للنظام" names what was hit."""
    base = max(0, c.span.start - 40)
    head = text[base:c.span.start]
    for lam in ("لـ", "ل"):
        if head.endswith(lam) and head[:-len(lam)][-1:].isspace():
            head = head[:-len(lam)]  # the proclitic before the span ("ل|إيران")
            break
    else:
        if not (c.span.text.startswith("ل") and head[-1:].isspace()):
            return False  # no لـ before the mention, nor inside it ("لحكومة")
    words = head.split()
    if not words or key(words[-1]) not in _PATRON_WORDS:
        return False  # (joined by و it is a party of its own: "الحوثيون والموالون لصالح")
    adjective = base + head.rstrip().rfind(words[-1])
    return any(d is not c and d.span.end <= adjective and not text[d.span.end:adjective].strip(' "«»“”')
               for d in cands)


# storms are named like people ("إعصار "فلورنس"", "العاصفة إيرما"): the name right after the
# storm noun (a quote mark may stand between) is the storm, no party of an evacuation it causes
_STORMS = frozenset(key(w) for w in ("إعصار", "الإعصار", "لإعصار", "بإعصار", "عاصفة", "العاصفة",
                                     "للعاصفة", "بالعاصفة", "للإعصار", "بالإعصار"))


def _storm_name(text: str, m) -> bool:
    head = text[max(0, m.start - 14):m.start]
    if "عاصف" not in head and "عصار" not in head:
        return False  # (cheap gate: most mentions follow no storm noun)
    words = head.replace('"', " ").replace("«", " ").replace("“", " ").split()
    return bool(words) and key(words[-1].lstrip("و")) in _STORMS


def _named_candidates(doc: Document, tokens: Sequence, lo: int, hi: int) -> tuple[Candidate, ...]:
    """The named mentions of tokens[lo:hi] that may be actors or targets, before any is
    excluded. Every event of a sentence asks for them (with its own exclusions), so the last
    sentence's are kept: the same document and token objects give the same answer."""
    global _NAMED
    memo = _NAMED
    if memo is not None and memo[0] is doc and memo[1] == (lo, hi) and same_tokens(memo[2], tokens):
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
        if not m.code and _storm_name(doc.text, m):
            continue  # "مع اقتراب إعصار "فلورنس"": the storm, not who was evacuated
        code = m.code or (titled_code(doc, m) if m.label == "PER" else None)
        political = bool(code) or (m.label in ("PER", "ORG") and political_mention(doc, m))
        out.append(Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity, code), political))
    return out


# heads of bodies that are no state's, inside a title ("رئيس المنظمة الإيطالية"): the adjective
# after them is the body's
_NOT_STATE_BODIES = frozenset(key(w) for w in (
    "منظمة", "المنظمة", "جمعية", "الجمعية", "شركة", "الشركة", "حزب", "الحزب", "نادي", "النادي",
    "اتحاد", "الاتحاد", "جامعة", "الجامعة", "مؤسسة", "المؤسسة", "حركة", "الحركة", "منتخب", "المنتخب",
    "صحيفة", "الصحيفة", "وكالة", "الوكالة", "قناة", "القناة", "جماعة", "الجماعة"))
_STATE_ROLES = ("GOV", "MIL", "POL")


def titled_code(doc: Document, m) -> str | None:
    """The code of a person the article names right after a state title with its nationality
    adjective ("الرئيس الفرنسي إيمانويل ماكرون", "وزير الداخلية الإيطالي ماتيو سالفيني" →
    FRAGOV, ITAGOV), for every mention of him and of a fuller name ending alike: a later "ودعا
    ماكرون" is the same office holder. None when no mention is so titled, or two states claim him."""
    titled = document_memo(doc, "titled", _titled_starts)
    last = doc.text[m.start:m.end].split()[-1:]
    codes = {code for e in doc.entities if e.label == "PER" and (e.id == m.entity or e.name.split()[-1:] == last)
             for mm in e.mentions for code in (titled.get(mm.start),) if code}
    return codes.pop() if len(codes) == 1 else None


def _titled_starts(doc: Document) -> dict[int, str]:
    """{start of a PER mention: the code its state title gives it} over the document."""
    found: dict[int, str] = {}
    starts = {t.start: i for i, t in enumerate(doc.tokens)}
    for e in doc.entities:
        if e.label != "PER":
            continue
        for mm in e.mentions:
            i = starts.get(mm.start)
            if not i or doc.text[doc.tokens[i - 1].end:mm.start] != " ":
                continue  # (a comma or a quote between: an apposition is not a title)
            for n in scan_nominals(doc.tokens, max(0, i - 6), i):
                if n.end == doc.tokens[i - 1].end and n.nation and n.role in _STATE_ROLES and n.institutional \
                        and not any(key(w) in _NOT_STATE_BODIES for w in doc.text[n.start:n.end].split()):
                    found[mm.start] = n.nation + n.role
            if mm.start not in found:
                nation = _envoy_nation(doc.tokens, i)
                if nation:
                    found[mm.start] = nation + "GOV"
    return found


_ENVOY_TITLES = frozenset(key(w) for w in ("المبعوث", "مبعوث", "الموفد", "موفد"))
_NEW = frozenset(key(w) for w in ("الجديد", "الجديده", "الخاص", "الخاصه"))
_TO_POST = frozenset(key(w) for w in ("إلى", "الى", "لدى"))


def envoy(doc: Document, entity: str | None) -> bool:
    """A person the article names as his state's envoy (see `_envoy_nation`): he acts abroad."""
    if entity is None:
        return False
    starts = {t.start: i for i, t in enumerate(doc.tokens)}
    return any(_envoy_nation(doc.tokens, starts[m.start]) for e in doc.entities if e.id == entity
               for m in e.mentions if starts.get(m.start))


def _envoy_nation(tokens: Sequence, i: int) -> str | None:
    """"المبعوث الأميركي الجديد إلى سوريا مايكل راتني": an envoy's title, his nationality, then
    only "new"/"special" and his post (إلى/لدى + one or two words) before the name: his state
    sent him (the envoy is no table nominal: as one he made verbal events of his own)."""
    for j in range(max(0, i - 7), i - 1):
        if key(tokens[j].norm.lstrip("و")) not in _ENVOY_TITLES:
            continue
        nation = DEMONYMS.get(adjective_stem(tokens[j + 1].norm))
        if not nation or not tokens[j + 1].norm.startswith("ال"):
            return None
        rest = [key(t.norm) for t in tokens[j + 2:i]]
        while rest and rest[0] in _NEW:
            rest = rest[1:]
        if rest and (rest[0] not in _TO_POST or len(rest) > 3):
            return None
        return nation
    return None


def state_at(doc: Document, tok, end: int) -> Candidate | None:
    """A country or capital named from token `tok` (ending before `end`), for its government
    (SPEC §2.1 <ISO3>GOV)."""
    places = places_by_entity(doc)
    for m in mentions_in(doc, Span(tok.start, end, "")):
        p = places.get(m.entity) if m.label == "LOC" and m.entity else None
        if p is not None and m.start < tok.end and ISO3.get(p.country or "") \
                and (p.feature == "country" or is_capital(p.name_en, p.country)):
            return Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity,
                                     ISO3[p.country] + "GOV"), True)
    return None


def nation_word(word: str) -> bool:
    return DEMONYMS.get(adjective_stem(key(word)), "") != ""


def adjective_stem(w: str) -> str:
    """A nisba adjective as DEMONYMS lists it: without ال and the feminine ending ("الغربية" → غربي)."""
    w = w[2:] if w.startswith("ال") else w
    return w[:-1] if w.endswith(("ه", "ة")) else w
