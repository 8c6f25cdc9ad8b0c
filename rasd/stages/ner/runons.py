"""Chunk edges and labels the tagger gets wrong around everyday words (audit U52): a person's
name run on into the verb or noun of company after it, the "in favour of" preposition read as
the given name صالح, a place after "بلدة" read as a person, spelt letters cut after the first,
a person's quoted name read as a paper's, and حماس the noun (enthusiasm) read as the movement; and
words of piety around a name ("رسول الله محمد صلى الله", audit U54)."""
from __future__ import annotations

from rasd.lang.words import PLATFORM_NAMES
from rasd.model.span import Span
from rasd.text.chars import span_without_final_tatweel
from rasd.text.letters import LETTER_NAMES

from .gazetteer import PERSON_TYPES
from .mentions import PLACE_TYPES, stem_norm
from .norm import norm, norm_key

# words of company that follow a name in visit reports and end it ("مستشفى الملك خالد بمرافقة
# مدير الطوارئ", "بدأ جولته يرافقه مدير الصحة"): verbs and verbal nouns, no name's words
ACCOMPANY = frozenset(norm_key(w) for w in """يرافقه يرافقها يرافقهم يرافقهما ترافقه ترافقها ترافقهم
بمرافقة برفقة بصحبة""".split())


def without_company(toks, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tagger's person chunks without the words of company they run on into ("الملك خالد
    بمرافقة" → الملك خالد), and without those that are one alone ("يرافقه"): cut before the
    institutions named after a ruler are read ("مستشفى الملك خالد", a place)."""
    out = []
    for a, b, lab in chunks:
        while lab == "PER" and b > a and norm_key(toks[b - 1].text) in ACCOMPANY:
            b -= 1
        if b > a:
            out.append((a, b, lab))
    return out


_GOD = norm_key("الله")
_BLESSING = norm_key("صلى")
# the nouns "of God" that come before the Prophet's name ("رسول الله محمد", "نبي الله موسى"); any
# other word before الله may be a compound's first part ("نصر الله", "عبد الله", "فضل الله")
_OF_GOD = frozenset(norm_key(p + w) for w in ("رسول", "نبي") for p in ("", "و", "ب", "ل", "ف"))


def without_formula(toks, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tagger's person chunks without the words of piety around a name (audit U54): "رسول
    الله محمد صلى الله عليه وسلم" was the person "الله محمد صلى الله" — a leading الله comes off
    (the messenger *of God*, after رسول or نبي only: "نصر الله كريمي" is a compound the tagger
    may start at الله) and the chunk ends before the blessing صلى; الله alone is no name."""
    out = []
    for a, b, lab in chunks:
        if lab == "PER" and b - a > 1:
            if norm_key(toks[a].text) == _GOD and a > 0 and norm_key(toks[a - 1].text) in _OF_GOD:
                a += 1
            cut = next((k for k in range(a + 1, b) if norm_key(toks[k].text) == _BLESSING), b)
            b = cut
        if b > a:
            out.append((a, b, lab))
    return out


# "لصالح ترامب" (in favour of Trump): ل + صالح, the preposition, which reads as the given name
_IN_FAVOUR = frozenset(norm_key(w) for w in ("لصالح", "ولصالح"))


def in_favour_start(toks, chunks, a: int, b: int) -> int:
    """Where a person's chunk that begins with "لصالح" starts: after it, when the rest of the
    chunk ends as another person's name of the article ends under another given name
    ("دونالد ترامب" … "لصالح ترامب"); else `a` ("الموالين لصالح", the Yemeni president)."""
    if b - a < 2 or norm_key(toks[a].text) not in _IN_FAVOUR:
        return a
    last = toks[b - 1].norm
    given = toks[a + 1].norm
    for c, d, lab in chunks:
        if lab == "PER" and d - c >= 2 and toks[d - 1].norm == last and toks[c].norm not in (given, toks[a].norm) \
                and norm_key(toks[c].text) not in _IN_FAVOUR:
            return a + 1
    return a


# settlements: a name right after one is a place, whatever the tagger's person label says
# ("منزله القريب من بلدة كوربس كريستي"); not محافظة or ولاية, which also head institutions
# (معتمدية: a Tunisian delegation, named like a saint: "معتمدية سيدي مخلوف", audit U60)
# and border crossings ("عبر منفذ سلوى": the Saudi crossing, not a woman called سلوى, audit U60)
_SETTLEMENTS = frozenset(norm(w) for w in "بلدة مدينة قرية بلدات مدن قرى معتمدية معتمديات منفذ معبر".split())


def settlement_before(toks, a: int) -> bool:
    """The word before token `a` is a settlement word, with or without a proclitic (بمدينة)."""
    return a > 0 and stem_norm(toks[a - 1].text) in _SETTLEMENTS


# the Arabic names of Latin letters that spell acronyms (text.letters: "سي آي إيه", "إف بي آي")
# that are also everyday words (في، أو، إن، أن، أم، بي): only inside a run, never ending one open
_WORDS_TOO = frozenset("في أو إن أن أم بي".split())
_CLOSERS = frozenset(")]»\"”'.,،؛:")


def spelt_letters_end(text: str, toks, a: int, b: int, taken: set[int]) -> int:
    """Where a chunk of spelt letters ends when the tagger cut it after the first ones ("(سي
    آي إيه)" tagged سي): over the letters after it that no other chunk holds, up to a closing
    bracket, quote or punctuation (or a letter that is no everyday word)."""
    if not all(t.text in LETTER_NAMES for t in toks[a:b]):
        return b
    k = b
    while k < len(toks) and k not in taken and toks[k].text in LETTER_NAMES \
            and not text[toks[k - 1].end:toks[k].start].strip():
        k += 1
    while k > b and toks[k - 1].text in _WORDS_TOO and not (k < len(toks) and toks[k].text[:1] in _CLOSERS):
        k -= 1
    return k


def quoted_person(toks, a: int, b: int, types, mostly_person) -> bool:
    """An organisation's chunk of two or three words that is a person's name: a listed given
    name (no place's, group's or people's) and then words the priors saw mostly in persons'
    names or family nisbas ('ذكرت "هدى القحطاني" معلمة': quotation marks read as a newspaper's)."""
    if not 2 <= b - a <= 3:
        return False
    found = types(toks[a].text)
    if "PERF" not in found or found & {"LOCB", "ORG", "NAT"} or toks[a].norm.startswith("ال"):
        return False
    return all((mostly_person(t.text) or _family_nisba(t.norm)) and not types(t.text) & {"ORG", "LOCB", "NAT"}
               for t in toks[a + 1:b])


def _family_nisba(key: str) -> bool:
    """A family name of the nisba shape, ال … ي (القحطاني، الدوسري)."""
    return key.startswith("ال") and key.endswith("ي") and len(key) >= 6


# حماس is also a common noun, enthusiasm ("سيصوتون «بحماس»", "حماس وإصرار اللاعب"): in an
# article with no word of Palestine's news the noun is the reading where its frame says so
_HAMAS = frozenset(norm_key(w) for w in ("حماس", "بحماس"))
_PALESTINE_CUES = ("غزة", "فلسطين", "الفلسطيني", "إسرائيل", "اسرائيل", "الإسرائيلي", "الاسرائيلي", "الاحتلال",
                   "القسام", "هنية", "الضفة", "القدس", "المقاومة", "حمساوي")
_ZEAL_NEXT = frozenset(norm_key(w) for w in "كبير كبيرا كبيراً شديد شديدا بالغ منقطع".split())
# nouns of spirit joined to it ("حماس وإصرار اللاعب"); not any و-word: "أن حماس وافقت" is the movement
_ZEAL_PAIRS = frozenset(norm_key("و" + w) for w in "إصرار عزيمة رغبة حيوية شغف تفاؤل اندفاع ثقة حب إرادة".split())


def enthusiasm(text: str, toks, a: int) -> bool:
    """Token `a`, read as the movement حماس, is the noun enthusiasm: after "بكل" or with ب
    on it, before an adjective of degree, or before و and a noun of spirit, in an article that
    names nothing of Palestine."""
    if norm_key(toks[a].text) not in _HAMAS or any(c in text for c in _PALESTINE_CUES):
        return False
    if toks[a].text.startswith("ب") or (a > 0 and norm_key(toks[a - 1].text) == norm_key("بكل")):
        return True
    nxt = toks[a + 1].text if a + 1 < len(toks) else ""
    return norm_key(nxt) in _ZEAL_NEXT or norm_key(nxt) in _ZEAL_PAIRS


def without_tatweel(spans: list[tuple[Span, str, str | None]]) -> list[tuple[Span, str, str | None]]:
    """Mentions without the tatweel (ـ) that stretches their last letter ("مطارات حماة
    والتيفورـ إلى"): the stroke is the writer's layout, no letter of the name."""
    trimmed = ((span_without_final_tatweel(span), lab, alias) for span, lab, alias in spans)
    return [t for t in trimmed if t[0] is not None]


# "on" and "via" before a platform: where a name's owner wrote, not more of the name
_ON_VIA = frozenset(norm_key(w) for w in ("على", "عبر"))
_PLATFORMS = frozenset(norm_key(w) for w in PLATFORM_NAMES)


def before_platform(toks, a: int, b: int) -> int:
    """Where a chunk ends that runs "على/عبر + platform" on after a name (audit U60): "وكتب سكوت
    على تويتر" was the person "سكوت على تويتر" → سكوت. على before any other word stays (Egyptian
    news writes the name علي so: "محمد على البرهومي"); a chunk that opens with على is left as it
    is ("على فيس بوك": the grouping then joins the platform to a product named after it)."""
    for k in range(a + 1, b - 1):
        if norm_key(toks[k].text) in _ON_VIA and norm_key(toks[k + 1].text) in _PLATFORMS:
            return k
    return b


def fa_article_split(toks, chunks: list[tuple[int, int, str]], types) -> list[tuple[int, int, str]]:
    """Chunks cut before a later word that is ف + ال + a place (audit U60: "ثم سلوى فالرقعي",
    then Salwa, then al-Ruqi, was one person): the whole word is in no list, and the word after
    the ف is listed as a place and not as a person's name; that part is then a place. No name
    has ف + ال inside it that way ("فرانك فالتر": التر is nothing)."""
    out = []
    for a, b, lab in chunks:
        for k in range(a + 1, b):
            segs = toks[k].segments
            if (len(segs) < 3 or segs[0].kind != "proclitic" or segs[0].norm != "ف" or segs[1].kind != "article"
                    or len(segs[2].norm) < 3 or types(toks[k].text)):
                continue
            found = types(toks[k].norm[1:])
            if found & PLACE_TYPES and not found & PERSON_TYPES:
                out += [(a, k, lab), (k, b, "LOC")]
                break
        else:
            out.append((a, b, lab))
    return out
