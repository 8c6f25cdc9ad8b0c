"""Organisation mentions read from the text around the tagger's spans (SPEC 2.1, 2.7): outlets
in datelines and quotations, agencies, names in quotation marks after a type word, a base that
is not al-Qaeda, party epithets, generic institutions, a group's short name or alias; and place
names the tagger split in two. Pure functions of the text and the spans; the stage
(`__init__.py`) applies them."""
from __future__ import annotations

import re

from rasd.lang.lexicon import packaged_text
from rasd.model.span import Span
from rasd.text.chars import unclosed_quote

from .actors import AMBIGUOUS_ALIASES
from .actors import key as actor_key
from .mentions import DATELINE_OUTLETS
from .norm import norm_key


# doc.extras key: generic institutions left out of the entities, (start, end, actor code)
INSTITUTIONS = "ner.institutions"
# Roles of a state's own forces and offices: named by common nouns, they are no entities
STATE_ROLES = frozenset({"MIL", "GOV", "POL", "SPY", "JUD", "LEG"})
# Common nouns that head generic institutions (SPEC 2.1: not entities)
GENERIC_HEADS = frozenset(norm_key(w) for w in (
    "الجيش", "جيش", "القوات", "قوات", "التحالف", "الحكومة", "حكومة", "وزارة", "الوزارة", "الشرطة",
    "شرطة", "الأمن", "قوى", "الحرس", "حرس", "الاستخبارات", "المخابرات", "البحرية", "الداخلية",
    "البنك"))  # (البنك الدولي, an IGO, stays: a listed non-state body)
# Heads of party and movement names, whose nationality adjective is an epithet
PARTY_HEADS = frozenset(norm_key(w) for w in ("حزب", "حركة", "المقاومة", "جبهة"))


def _epithets() -> dict[str, str | None]:
    """Adjectives of a country or a people (the places stage's nisba list, and the Kurdish
    and separatist ones), not of a faith: "حزب الدعوة الإسلامية", "حزب البيت اليهودي" keep
    theirs. Each with its country's ISO2 (None for a people)."""
    words: dict[str, str | None] = {}
    for line in packaged_text("places_nisba.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, iso = line.partition("\t")
            words[norm_key(word)] = iso.strip() or None
    for w in ("الكردي", "الكردية", "الانفصالي", "الانفصالية"):
        words[norm_key(w)] = None
    return words


PARTY_EPITHETS = _epithets()
# "وكالة أنباء فارس", 'لوكالة أنباء "الأناضول"': the name after these words is the agency's
_AGENCY_BEFORE = re.compile(r"(?:^|\s)[وفلب]?وكالة\s+أنباء\s*[«\"“]?$")
_AGENCY_LOOKBACK = 24


def agency_name(text: str, start: int) -> bool:
    """The span follows "وكالة أنباء" (and perhaps an opening quotation mark)."""
    return bool(_AGENCY_BEFORE.search(text[max(0, start - _AGENCY_LOOKBACK):start]))


def closing_quote(text: str, start: int, end: int) -> int:
    """A name that opens a quotation mark inside itself ends after the closing one right
    behind it: 'حزب «الشعوب الديمقراطي»' (the tagger's last token stops before »)."""
    close = unclosed_quote(text[start:end])
    return end + 1 if close is not None and text[end:end + 1] == close else end


_QAEDA = norm_key("القاعدة")
# Words before "القاعدة" that make it a place ("داخل القاعدة": inside the base), and its
# adjectives as a base or a rule ("القاعدة الجوية", "القاعدة الدستورية")
_BASE_BEFORE = frozenset(norm_key(w) for w in """داخل محيط احتلال فوق تحت مشارف باتجاه عمق تأمين
هذه ميناء قرب اقتحام انتزاع حصار تحاصر""".split())
_BASE_AFTER = frozenset(norm_key(w) for w in """الجوية البحرية العسكرية الاستراتيجية الدستورية
الأمريكية الأميركية الروسية التركية الفرنسية البريطانية الشعبية الانتخابية الأساسية الذهبية
القانونية""".split())


def a_base(text: str, start: int, end: int) -> bool:
    """"القاعدة" that is a base or a rule, not al-Qaeda: after a word of place (داخل، محيط،
    احتلال …) or before a base's or rule's adjective (الجوية، الدستورية …)."""
    if norm_key(text[start:end]) != _QAEDA:
        return False
    before, after = text[max(0, start - 20):start].split(), text[end:end + 20].split()
    prev = norm_key(before[-1]) if before else ""
    nxt = norm_key(after[0].strip("،,.:؛")) if after else ""
    # (a conjunction or ل on the word before: "وتأمين القاعدة", "لتأمين القاعدة")
    return (prev in _BASE_BEFORE or (prev[:1] in "وفل" and prev[1:] in _BASE_BEFORE) or nxt in _BASE_AFTER
            or _base_story(text))


# "قاعدة العند", "قاعدة عسكرية": a base named in the article; "تنظيم القاعدة", "عناصر القاعدة",
# "القاعدة في جزيرة العرب": the group named in it
_A_BASE = re.compile(r"(?<![\u0621-\u064a])[وبل]?قاعدة\s+[\u0621-\u064a]{3,}")
_THE_GROUP = re.compile(r"(?:تنظيم|عناصر|زعيم|مسلحي|مقاتلي|أنصار|فرع|لتنظيم|بتنظيم)\s+[«\"]?القاعدة"
                        r"|القاعدة\s+في\s+(?:جزيرة|بلاد|اليمن|المغرب)")


def _base_story(text: str) -> bool:
    """An article that names a base and never the group: its "القاعدة" is the base."""
    return bool(_A_BASE.search(text)) and not _THE_GROUP.search(text)


_DATELINE = re.compile(r"[^\n:]{0,80}")
_DASHED = re.compile(r"[^-–:\n]+")


def dateline_outlets(text: str, spans: list) -> list:
    """ORG mentions of the outlets (DATELINE_OUTLETS) named between dashes in the dateline,
    the opening line up to its colon: "محمد المواسي - سبق - جازان:", "عين اليوم – عمان"."""
    head = _DATELINE.match(text)
    if head is None or not re.search(r"[-–]", head.group()):
        return []
    out = []
    for seg in _DASHED.finditer(head.group()):
        raw = seg.group()
        start = seg.start() + len(raw) - len(raw.lstrip())
        end = seg.start() + len(raw.rstrip())
        if end > start and norm_key(text[start:end]) in DATELINE_OUTLETS and not any(
                s.start < end and start < s.end for s, _l, _a in spans):
            out.append((Span(start, end, text[start:end]), "ORG", None))
    return out


# "وقال مصدر لـ«الوطن»", "في تصريح لـ"العربية.نت"": the outlet told, in quotation marks
# لـ«الوطن», ل"الرياض" — ل a word of its own (not the end of وقال "…")
_TOLD = re.compile(r"(?<![^\s(])لـ? ?[«\"“]([^»\"”\n]{2,25})[»\"”]")
# "علمت "الوطن" أن", "ذكرت «عكاظ»": the outlet as the subject of a verb of reporting; or of
# the contact a paper made ('تواصلت معه "الرياض" هاتفيا', 'تواصلت "سبق" مع', audit U52)
_REPORTED = re.compile(r"(?:علمت|ذكرت|نشرت|نقلت|كشفت|أفادت|افادت|أوردت|اوردت|تواصلت(?:\s+مع(?:ه|ها|هم|هما))?)"
                       r"\s+[«\"“]([^»\"”\n]{2,25})[»\"”]")
_SPEECH = re.compile(r"(?:قال|قالت|يقول|تقول|أكد|اكد|أكدت|اكدت|أوضح|اوضح|أوضحت|صرح|صرحت|كشف|كشفت|أفاد|افاد"
                     r"|أفادت|ذكر|ذكرت|أضاف|اضاف|أضافت|تحدث|تحدثت|حديث|تصريح|تصريحات|مقابلة|بيان)\S*")
_SPEECH_REACH = 40
# what was told follows the outlet: a colon or the complement's إن/أن ('وقال الناشط المدني في اللجنة
# التنسيقية فلان لـ"الوطن": …', 'وفي تفاصيل أوردتها مصادر خاصة لـ"سبق" أن …'): the speech word may lie
# further back than _SPEECH_REACH, or be one the list lacks
_TOLD_WHAT = re.compile(r"\s*(?::|،?\s*(?:[إأا]ن|ب[أا]ن|[إأا]نه|[إأا]نها)(?!\S))")


def told_outlets(text: str, spans: list) -> list:
    """The outlet a speaker talked to, quoted after لـ ("وقال مصدر لـ«الوطن»"), or one that
    reports ('علمت "الوطن" أن'), is an ORG:
    added when no mention covers it, relabelled when the tagger called it a place or a
    miscellany (the paper الرياض, the site العربية.نت); "لـ«داعش»" after no speech word is left
    as it is."""
    out = list(spans)
    told = [m for m in _TOLD.finditer(text) if _SPEECH.search(text[max(0, m.start() - _SPEECH_REACH):m.start()])
            or _TOLD_WHAT.match(text, m.end())]
    for m in told + list(_REPORTED.finditer(text)):
        start, end = m.start(1), m.end(1)
        raw = m.group(1)
        start, end = start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip())
        # (a paper named like a city the article also names, الرياض, is still the paper:
        # grouping keeps the quoted outlet apart from the city)
        hit = [i for i, (sp, _l, _a) in enumerate(out) if sp.start < end and start < sp.end]
        if not hit:
            out.append((Span(start, end, text[start:end]), "ORG", None))
        elif len(hit) == 1 and (out[hit[0]][0].start, out[hit[0]][0].end) == (start, end):
            sp, lab, alias = out[hit[0]]
            if lab == "PER" and m.re is _REPORTED and " " in sp.text.strip():
                continue  # 'ذكرت "هدى القحطاني" معلمة': a woman the stage read as one (audit U52)
            out[hit[0]] = (sp, "ORG", alias)
    return out


# An organisation's type word, then its name in quotation marks: 'حزب "النهضة"', 'تيار «المستقبل»'.
# The type word of a party or a list is part of the name (gold-dev keeps 'حزب «الشعوب
# الديمقراطي»' whole); the descriptors stay outside ('تنظيم "جند الخلافة"' → جند الخلافة), and so
# do the type words of bodies, agencies and magazines, whose quoted name is their own and is
# written alone elsewhere: 'منظمة "أنقذوا الأطفال"', 'وكالة «ناسا»', 'مؤسسة «بي 612»' (2026-11-27).
_TYPE_INSIDE = ("حزب", "هيئة", "ائتلاف", "تيار", "قائمة", "لائحة", "اتحاد",
                # a university's name is "جامعة X" (SPEC 2.1): 'بجامعة «هارفارد»' was جامعة and هارفارد (audit U52)
                "جامعة")
# A broadcast network's quoted name is the outlet, not a country inside it: 'شبكة "روسيا اليوم"',
# 'لشبكة "سكاي نيوز"' (audits U24b, U27).
_TYPE_OUTSIDE = ("حركة", "تنظيم", "جماعة", "قناة", "جمعية", "صحيفة", "موقع", "فصيل", "منظمة", "وكالة", "مؤسسة",
                 "مجلة", "شبكة")
# keys of both: a type word before a quoted name is read by quoted_orgs, not as a listed name's start
QUOTE_TYPE_KEYS = frozenset(norm_key(w) for w in _TYPE_INSIDE + _TYPE_OUTSIDE)
# (a news agency's type may run over two words: 'وكالة أنباء "أعماق"', 'وكالة أنباء "وفا"', audit U32)
_QUOTED_ORG = re.compile(
    rf"(?<![^\s«\"“(])[وفبل]?(?P<type>{'|'.join(_TYPE_INSIDE + _TYPE_OUTSIDE)})(?:(?<=وكالة)\s+[أا]نباء)?\s*"
    r"(?P<open>[«\"“])(?P<name>[^«»\"“”″\n.،,:؛]{2,40})(?P<close>[»\"”″])")
# outlets whose own name a nationality adjective may follow inside the quotation marks
_OUTLET_TYPES = ("صحيفة", "وكالة", "قناة", "مجلة", "شبكة")


def _outlet_nisba(words: list[str]) -> bool:
    """The quoted outlet's name ends in a nationality-like adjective after a proper name
    that is not definite ("سرنوشت الأفغانية", 2026-11-27); "الدراسات الفلسطينية" (a common
    noun first) keeps it."""
    last, first = norm_key(words[-1]), norm_key(words[0])
    return (last.startswith("ال") and last.endswith(("يه", "ي")) and len(last) >= 6
            and not first.startswith("ال") and len(words) <= 4)


# a quoted word that is no name: a preposition or particle first, or an adjective ("إرهابية")
_NOT_FIRST = frozenset(norm_key(w) for w in "في من على إلى عن إن أن لا لم لن ما هي هو".split())


def quoted_orgs(text: str, spans: list) -> list:
    """Organisations named in quotation marks after their type word, added when no mention
    crosses them; a mention of the bare type word (the tagger's "[حزب] «الدعوة»") gives way."""
    out = list(spans)
    for m in _QUOTED_ORG.finditer(text):
        words = m.group("name").split()
        if not 1 <= len(words) <= 6 or norm_key(words[0]) in _NOT_FIRST:
            continue
        key = norm_key(words[0])
        if len(words) == 1 and (key.endswith("يه") or (key.startswith("ال") and key.endswith("ي"))):
            continue  # منظمة "إرهابية": an adjective in quotation marks
        if m.group("type") in _TYPE_OUTSIDE:
            raw = m.group("name")
            start = m.start("name") + len(raw) - len(raw.lstrip())
            end = m.start("name") + len(raw.rstrip())
            if m.group("type") in _OUTLET_TYPES and len(words) >= 2 and _outlet_nisba(words):
                end = start + len(raw.strip()) - len(words[-1]) - 1  # 'صحيفة "سرنوشت الأفغانية"' → سرنوشت
        else:
            start, end = m.start("type"), m.end("close")
        lo, hi = m.start("type"), m.end("close")
        inside = [i for i, (sp, _l, _a) in enumerate(out) if sp.start < hi and lo < sp.end]
        if all(lo <= out[i][0].start and out[i][0].end <= hi for i in inside):
            # the bare type word ("[حزب]") and names inside ("مصر" of 'حزب "مصر القوية"') give way
            out = [x for i, x in enumerate(out) if i not in inside]
            # (the whole, type word and all, is the alias: the actor look-up and the grouping
            # of an outlet's bare name read it)
            whole = text[lo:hi] if m.group("type") in _TYPE_OUTSIDE else None
            out.append((Span(start, end, text[start:end]), "ORG", whole))
    return out


# Names the CRF tags as two places side by side: "إقليم كردستان | العراق"
JOINED_NAMES = frozenset(norm_key(w) for w in ("إقليم كردستان العراق", "كردستان العراق"))


# First words of place names that name no place alone: "سان | بطرسبرغ" is one city, and "سان"
# alone would be looked up as a place of its own (Ulsan, written ألسان)
NAME_PREFIXES = frozenset(norm_key(w) for w in """سان سانت سانتا سانتو ساو لوس لاس نيو بورت فورت كفر دير
بيت عين تل رأس راس بئر خان أبو أم سيدي جسر""".split())


def join_split_names(text: str, spans: list) -> list:
    """Two LOC mentions separated by a space that together spell a name kept whole
    (JOINED_NAMES), or whose first is a name's first word alone (NAME_PREFIXES: "سان" +
    "بطرسبرغ"), become one mention."""
    out: list = []
    for item in sorted(spans, key=lambda x: x[0].start):
        prev = out[-1] if out else None
        if (prev is not None and prev[1] == item[1] == "LOC" and text[prev[0].end:item[0].start] == " "
                and (norm_key(text[prev[0].start:item[0].end]) in JOINED_NAMES
                     or norm_key(prev[0].text) in NAME_PREFIXES)):
            out[-1] = (Span(prev[0].start, item[0].end, text[prev[0].start:item[0].end]), "LOC", prev[2])
            continue
        out.append(item)
    return out


# Foreign first words of place names (a compass point, a saint, "new", an article) that the
# tagger leaves out behind a conjunction: "وساوث [كارولاينا]", "إيست [ساسكس]"; not the Arabic
# ones of NAME_PREFIXES (أم, أبو also read "or", "father of")
_FOREIGN_PREFIXES = frozenset(norm_key(w) for w in "سان سانت سانتا سانتو ساو لوس لاس نيو ساوث نورث ويست إيست".split())


def prefixed_places(text: str, spans: list) -> list:
    """A LOC mention right after a foreign name's first word (_FOREIGN_PREFIXES) that no
    mention covers, alone or behind و/ف, starts at that word: "ولايات نورث كارولاينا وساوث
    كارولاينا" → ساوث كارولاينا (the و stays outside, SPEC 2.1)."""
    starts = {sp.start for sp, _l, _a in spans}
    ends = {sp.end for sp, _l, _a in spans}
    out = []
    for sp, lab, alias in spans:
        if lab == "LOC" and sp.start > 1 and text[sp.start - 1] == " ":
            word_start = text.rfind(" ", 0, sp.start - 1) + 1
            word = text[word_start:sp.start - 1]
            key = norm_key(word)
            lead = 1 if key[:1] in "وف" and key[1:] in _FOREIGN_PREFIXES else 0
            if (key in _FOREIGN_PREFIXES or lead) and word.isalpha() and (sp.start - 1) not in ends \
                    and word_start not in starts:
                start = word_start + lead
                sp = Span(start, sp.end, text[start:sp.end])
        out.append((sp, lab, alias))
    return out


# Type words a party's or a group's short name follows ("حزب بي كيه كيه", "منظمة حماس")
_ALIAS_TYPES = frozenset(norm_key(w) for w in _TYPE_INSIDE + _TYPE_OUTSIDE)
_PAREN = re.compile(r"\(\s*([^()\n]{2,30}?)\s*\)")


def type_then_alias(text: str, spans: list) -> list:
    """An organisation's mention "type word + short name", where the short name is the one
    the article gives in parentheses after an organisation's full name ("حزب العمال
    الكردستاني (بي كيه كيه)" … "اعضاء حزب بي كيه كيه"), is that short name: the full name's
    entity, not a third one (2026-11-27). A short name never given in parentheses is left
    as it is ("حزب العدالة والتنمية" beside "العدالة والتنمية" stays whole)."""
    ends = {sp.end for sp, lab, _a in spans if lab == "ORG"}
    aliases = {norm_key(m.group(1)) for m in _PAREN.finditer(text) if text[:m.start()].rstrip() and
               len(text[:m.start()].rstrip()) in ends}
    if not aliases:
        return spans
    out = []
    for sp, lab, alias in spans:
        words = sp.text.split(maxsplit=1)
        head = norm_key(words[0])
        if lab == "ORG" and len(words) == 2 and (head in _ALIAS_TYPES or head[1:] in _ALIAS_TYPES) \
                and norm_key(words[1]) in aliases:
            start = sp.start + sp.text.index(words[1], len(words[0]))
            out.append((Span(start, sp.end, text[start:sp.end]), lab, alias or sp.text))
        else:
            out.append((sp, lab, alias))
    return out


# heads of forces' names a short form drops: "قوات سوريا الديمقراطية" → "سوريا الديمقراطية"
_FORCE_HEADS = frozenset(norm_key(w) for w in ("قوات", "وحدات", "قوى"))


def short_force_names(text: str, spans: list) -> list:
    """"سوريا الديمقراطية" in an article that names "قوات سوريا الديمقراطية" is that force, not
    the country (2026-11-27): the force's name without its head word, ending in a definite
    adjective, written elsewhere without the head, becomes an ORG mention with the full name
    as its alias (so it joins the force's entity); the mentions inside it give way. Only
    where the tagger named something inside it (so "الأمن الداخلي" after "قوات الأمن الداخلي"
    stays a phrase), not where the head stands before it, not a one-word short form."""
    out = list(spans)
    for sp, lab, _a in spans:
        words = sp.text.split()
        if lab != "ORG" or len(words) < 3 or norm_key(words[0]) not in _FORCE_HEADS \
                or not norm_key(words[-1]).startswith("ال"):
            continue
        short = sp.text[sp.text.index(words[1], len(words[0])):]
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            before = text[:at].split()
            head = norm_key(before[-1]) if before else ""
            bounded = (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha())
            if bounded and head not in _FORCE_HEADS and head[1:] not in _FORCE_HEADS:
                inside = [x for x in out if at <= x[0].start and x[0].end <= end]
                crossing = [x for x in out if x[0].start < end and at < x[0].end and x not in inside]
                if inside and not crossing:  # (a name the tagger saw in it: "سوريا")
                    out = [x for x in out if x not in inside] + [(Span(at, end, short), "ORG", sp.text)]
            at = text.find(short, end)
    return out


def short_alias_names(text: str, spans: list, listed) -> list:
    """An ambiguous short alias (AMBIGUOUS_ALIASES: "الحشد", "الجيش الوطني") standing alone in an
    article that names the listed group it begins ("الحشد الشعبي") is that group: an ORG mention
    with the long name as its alias, so it joins the group's entity and code (audit U44: "قادة
    الحشد" after "الحشد الشعبي"). After a proclitic (بالحشد, وللحشد: from the second ل, SPEC 2.1);
    not before a definite word ("الحشد العسكري": the build-up), nor inside another mention.
    `listed(name)`: is the name a group of the actor lexicon?"""
    out = list(spans)
    for sp, lab, _a in spans:
        words = sp.text.split()
        if lab != "ORG" or len(words) < 2 or not listed(sp.text):
            continue
        n = next((n for n in range(1, len(words)) if actor_key(" ".join(words[:n])) in AMBIGUOUS_ALIASES), None)
        if n is None or not words[0].startswith("ال"):
            continue
        short = " ".join(words[:n])
        pattern = r"(?<!\w)(?:[وف]?[بك]?(%s)|[وف]?ل(%s))(?!\w)(?!\s+ال)" % (re.escape(short), re.escape(short[1:]))
        for m in re.finditer(pattern, text):
            g = 1 if m.group(1) else 2
            start, end = m.start(g), m.end(g)
            if not any(x[0].start < end and start < x[0].end for x in out):
                out.append((Span(start, end, text[start:end]), "ORG", sp.text))
    return out
