"""How a word reads by the word before it: a town after a player is its club, a place word in
the construct state names what follows, a definite nisba is a noun or an adjective, a country
written as its nisba ("دبلوماسيا روسيا"). Split from the NER stage (`NerStage._fill`, `_surnames`,
`_repeats`); the places stage reads `country_nisba` too."""
from __future__ import annotations

import re

from rasd.gazetteer.variants import base_key
from rasd.lang.lexicon import reporting_verbs
from rasd.model.document import Document
from rasd.text.conj import without_conjunction

from .around import PREPOSITIONS
from .features import TITLES
from .mentions import is_definite, stem_norm
from .norm import norm, norm_key

OPEN_QUOTES, CLOSE_QUOTES = "«\"“{", "»\"”}"
REPORTING_VERBS = reporting_verbs() | {norm_key("كان"), norm_key("أبدى"), norm_key("يبدي"), norm_key("أعرب")}
# "النادي الأهلي": a club or a team is named by the adjective after its head
CLUB_HEADS = frozenset(norm(w) for w in ("النادي", "الفريق", "المنتخب", "لنادي", "لفريق"))


# words after which a town's name is its club ("لاعب برشلونة", "مهاجم توتنهام", "نظيره الرياض")
_CLUB_WORDS = frozenset(norm_key(w) for w in ("لاعب", "لاعبو", "لاعبي", "مهاجم", "مدافع", "حارس", "مدرب", "نظيره",
                                              "ضيفه", "مضيفه", "فريق", "لفريق", "نادي", "لنادي", "لاعبا"))


def clubs(doc: Document, entities: list, is_nat=lambda w: False) -> None:
    """A town named only after a player, a coach or "نظيره" is its club: ORG, and no state's
    actor code ("مهاجم توتنهام", "فاز الهلال على نظيره الرياض"). So is a place name the sports
    story calls a team ("الخليج فريق طموح"), or one it writes only before a masculine
    nationality adjective (`is_nat`), the club's (النادي), where a town's would be feminine
    ("يلعب لصالح تشيلسي الإنجليزي", audit U60; not عربي: "المغرب العربي"), or one the story
    also calls "نادي X" and never writes after في/إلى/من or a glued ب (where a town is): every
    mention of it is the club's."""
    sporty: bool | None = None  # (read only when some name is called a team)
    for e in entities:
        if e.label != "LOC":
            continue
        if all(" " not in m.text and club_before(doc.text, m.start) for m in e.mentions):
            e.label, e.actor = "ORG", None
        elif all(" " not in m.text and _club_nationality_after(doc.text, m.end, is_nat) for m in e.mentions):
            if sporty is None:
                sporty = sum(w in doc.text for w in _SPORT_WORDS) >= 3
            if sporty and not any(_place_word_before(doc.text, m.start) for m in e.mentions):
                e.label, e.actor = "ORG", None
        elif any(_team_after(doc.text, m.end) for m in e.mentions):
            if sporty is None:
                sporty = sum(w in doc.text for w in _SPORT_WORDS) >= 3
            if sporty and not any(_place_word_before(doc.text, m.start) for m in e.mentions):
                e.label, e.actor = "ORG", None
        elif all(" " not in m.text and not _been_there(doc.text, m.start) for m in e.mentions) \
                and _club_named(doc.text, e.mentions[0].text):
            # (the story's "نادي X" is a sports word itself: two more will do)
            if sum(w in doc.text for w in _SPORT_WORDS) >= 2:
                e.label, e.actor = "ORG", None  # "نادي أتلانتا" … "مع أتلانتا": the club (audit U62)


_PLACE_PREPOSITIONS = frozenset(norm_key(w) for w in ("في", "إلى", "الى", "من", "داخل", "قرب"))


def _been_there(text: str, start: int) -> bool:
    """The name follows a preposition of place ("في أتلانتا", "إلى ميلانو") or a glued ب
    ("بميلانو"): a town's slot, not a club's."""
    if start > 0 and text[start - 1] == "ب":
        return True
    words = text[max(0, start - 12):start].split()
    return bool(words) and norm_key(words[-1]) in _PLACE_PREPOSITIONS


def _club_named(text: str, name: str) -> bool:
    """The story writes "نادي <name>" (also behind و/ف/ب/ل)."""
    return bool(re.search(r"(?<!\S)[وف]?[بل]?نادي\s+" + re.escape(name) + r"(?![\u0621-\u064a])", text))


# an indefinite "team"/"club" right after a name is its predicate ("الخليج فريق طموح"); not
# الفريق, which is also a general's rank ("رئيس هيئة قناة السويس الفريق مهاب مميش")
_TEAM_NOUNS = frozenset(norm_key(w) for w in ("فريق", "نادي", "ناد"))
_SPORT_WORDS = ("الدوري", "لاعب", "مباراة", "المدرب", "كرة القدم", "الأهداف", "النادي", "الملعب", "المنتخب")


def _team_after(text: str, end: int) -> bool:
    if text[end:end + 1] != " ":
        return False
    words = text[end + 1:end + 12].split(maxsplit=1)
    return bool(words) and norm_key(words[0]) in _TEAM_NOUNS


_ARAB = frozenset(norm_key(w) for w in ("العربي", "العربى"))


def _club_nationality_after(text: str, end: int, is_nat) -> bool:
    """A masculine nationality adjective with its article right after the name ("تشيلسي
    الإنجليزي"); not a feminine one ("برشلونة الإسبانية": the city) nor عربي."""
    if text[end:end + 1] != " ":
        return False
    words = text[end + 1:end + 20].split(maxsplit=1)
    key = norm_key(words[0]) if words else ""
    return key.startswith("ال") and key.endswith("ي") and key not in _ARAB and is_nat(words[0])


def _place_word_before(text: str, start: int) -> bool:
    """"في مدينة الخليج": the town itself is named too."""
    words = text[max(0, start - 16):start].split()
    w = norm(words[-1]) if words else ""
    return any(w[n:] in _CONSTRUCT_PLACES for n in range(3) if all(c in "وفبل" for c in w[:n]))


def club_before(text: str, start: int) -> bool:
    words = text[max(0, start - 20):start].split()
    w = norm_key(words[-1]) if words else ""
    return w in _CLUB_WORDS or (w[:1] in "وف" and w[1:] in _CLUB_WORDS)


# Place words in the construct state: the next word is the place's name, and Arabic puts no
# preposition or conjunction between the two ("منطقة بالامرغاب" is Bala Murghab)
_CONSTRUCT_PLACES = frozenset(norm(w) for w in "مدينة منطقة بلدة قرية ولاية إقليم حي محافظة مديرية".split())


def after_construct_place(toks, a: int) -> bool:
    """Token a follows a construct place word (with its own proclitics: "ومدينة", "بمنطقة"),
    or one opening quotation mark after it. Not و/ف + ال: a list goes on ("بلدة والقرى")."""
    k = a - 1 if a > 0 and toks[a - 1].text in OPEN_QUOTES else a
    if k < 1 or norm(toks[a].text).startswith(("وال", "فال")):
        return False
    w = norm(toks[k - 1].text)
    return any(w[n:] in _CONSTRUCT_PLACES for n in range(3) if all(c in "وفبل" for c in w[:n]))


def noun_slot(prev: str) -> str | None:
    """Does a definite nisba after the word `prev` stand as a noun (the person), not as an
    adjective? After a reporting verb ("وقال المعلم": "verb"), a preposition ("من الشيشاني")
    or an indefinite feminine noun ("أرملة الشيشاني": an adjective would be indefinite too)."""
    bare = without_conjunction(prev)
    if bare in REPORTING_VERBS:
        return "verb"
    if bare in PREPOSITIONS or (not bare.startswith("ال") and bare.endswith(("ة", "ه")) and len(bare) >= 4):
        return "noun"
    return None


def adjective_after_noun(prev: str, word: str) -> bool:
    """A definite nisba ("الحوثي") right after a definite noun that is no title: it agrees
    with the noun ("التمرد الحوثي"); after a title it is a name ("السيد الحوثي")."""
    w, p = norm(word), norm(prev)
    return (w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) >= 6 and is_definite(p)
            and p not in TITLES and stem_norm(prev) not in TITLES and p.lstrip("وفبل") not in CLUB_HEADS)


# indefinite accusative person nouns ("طرد دبلوماسيا روسيا", "اعتقل مواطنا تركيا")
_ACCUSATIVE_PEOPLE = frozenset(base_key(w) for w in (
    "مواطنا", "رجلا", "شخصا", "طالبا", "لاجئا", "عاملا", "سائحا", "جاسوسا", "مهاجرا", "ناشطا",
    "مسؤولا", "ضابطا", "طيارا", "مقاتلا", "مدنيا", "جنديا", "صحفيا", "دبلوماسيا", "طفلا", "مسلحا",
    "عسكريا", "معارضا", "رهينه", "مواطنه", "صحفيه", "طالبه", "امراه", "سيده"))


# indefinite broken plurals after which "سورية" is the adjective (non-human plurals agree in
# the feminine singular: "فصائل سورية", "مصادر سورية")
_BROKEN_PLURALS = frozenset(norm_key(w) for w in "فصائل مصادر أطراف وسائل مناطق مدن جهات مواقع".split())


# "النيل من" is also the verbal noun of نال من (to harm): "يريدون النيل منه", "والنيل منهم"
_HARMING = frozenset(norm_key(w) for w in ("النيل", "والنيل", "للنيل", "وللنيل", "فالنيل"))
_FROM_PRONOUN = frozenset(norm_key(w) for w in ("منه", "منها", "منهم", "منهما", "منهن", "منا", "منك", "منكم",
                                                "مني", "منكما"))


_AIMED = frozenset(norm_key(w) for w in ("إلى", "الى"))  # "تهدف إلى النيل من الدولة"
_TO_HARM = frozenset(norm_key(w) for w in ("للنيل", "وللنيل"))  # "سعيا للنيل من سمعته"


def harming_noun(toks, a: int, is_place=lambda w: False) -> bool:
    """The word at `a` is النيل (the verbal noun "harming") before من + a pronoun: a person or a
    state is harmed, the river does not take that object ("مياه النيل من شأنه" keeps the river).
    Also after إلى or with ل ("تهدف إلى النيل من الدولة", "للنيل من سمعته") before من + a word
    that `is_place` does not know: "وصلوا إلى النيل من الخرطوم" is the river."""
    w = norm_key(toks[a].text)
    if w not in _HARMING or a + 1 >= len(toks):
        return False
    nxt = norm_key(toks[a + 1].text)
    if nxt in _FROM_PRONOUN:
        return True
    aimed = w in _TO_HARM or (a > 0 and w == norm_key("النيل") and norm_key(toks[a - 1].text) in _AIMED)
    return (aimed and nxt == "من" and a + 2 < len(toks) and norm_key(toks[a + 2].text) not in ("شان", "شأن")
            and not is_place(toks[a + 2].text))


# words before المغرب that make it the sunset prayer, not Morocco: a time preposition ("قبل
# المغرب"), or the prayer, its call or its hour ("صلاة المغرب", "أذان المغرب", "موعد المغرب")
_BEFORE_SUNSET = frozenset(norm_key(w) for w in """قبل بعد قبيل بعيد عند حتى وقبل وبعد وقبيل وعند
صلاة وصلاة لصلاة بصلاة أذان وأذان لأذان بأذان وقت موعد إفطار""".split())
_MAGHRIB = frozenset(norm_key(w) for w in ("المغرب", "مغرب"))  # ("قبل مغرب اليوم")
_MOROCCO_WORDS = ("مغرب", "مغاربه", "الرباط")


def before_sunset(word: str) -> bool:
    """The word before المغرب makes it the sunset prayer ("قبل", "صلاة"; see sunset_prayer)."""
    return norm_key(word) in _BEFORE_SUNSET


# conjunctions of time that a verb follows, not a noun: "عندما عدن إلى العمل" (when they returned,
# not Aden; audit U46)
_VERB_CONJUNCTIONS = frozenset(norm_key(w) for w in "عندما وعندما بعدما حينما كلما ريثما".split())
# the particles that negate a verb in the jussive or the subjunctive: no noun follows them, so
# "لم يزد على" (did not exceed) is a verb, never the city of Yazd
_VERB_NEGATIONS = frozenset(norm_key(w) for w in "لم ولم فلم لن ولن فلن".split())


def before_verb(word: str) -> bool:
    """The word is a conjunction of time, or a particle that negates a verb (لم, لن), after
    which a verb stands, not a place name."""
    key = norm_key(word)
    return key in _VERB_CONJUNCTIONS or key in _VERB_NEGATIONS


# "جنات عدن", "جنة عدن": the Garden of Eden of the Quran, not the Yemeni port
_GARDENS = frozenset(norm_key(p + w) for p in ("", "و", "ب", "ل", "ف") for w in ("جنة", "جنات", "جنان"))
_EDEN = norm_key("عدن")


def garden_of_eden(prev: str, word: str) -> bool:
    """Is `word` عدن right after a word for garden(s) ("وتعد الناس بجنات عدن", audit U60)?"""
    return norm_key(word) == _EDEN and norm_key(prev) in _GARDENS


def sunset_prayer(toks, a: int) -> bool:
    """The word at `a` is المغرب after a time or prayer word ("قتل خاله قبل المغرب", "بعد صلاة
    المغرب"): the sunset prayer, not Morocco — unless the article names Morocco otherwise (another
    المغرب not so placed, or مغربي, الرباط: "حلت الجزائر بعد المغرب في الترتيب" in a Maghreb story)."""
    if norm_key(toks[a].text) not in _MAGHRIB or a == 0 or not before_sunset(toks[a - 1].text):
        return False
    for k, tok in enumerate(toks):
        w = norm_key(tok.text)
        if k == a or not any(m in w for m in _MOROCCO_WORDS):
            continue
        if w.endswith("مغرب") and k > 0 and before_sunset(toks[k - 1].text):
            continue  # the prayer again
        return False
    return True


# heads of a named house of worship: the name is a place (gold: LOC المسجد الحرام), never MISC
_WORSHIP = frozenset(norm_key(w) for w in ("مسجد", "جامع", "كنيسة", "كاتدرائية", "كنيس"))


def worship_head(word: str) -> bool:
    """The word is مسجد/جامع/كنيسة …, bare, with ال, or after و/ب/ف/ل ("بالمسجد", "وكنيسة")."""
    w = norm_key(word)
    for lead in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
        if w.startswith(lead):
            rest = w[len(lead):]
            rest = rest[2:] if rest.startswith("ال") else rest[1:] if lead.endswith("ل") and rest.startswith("ل") else rest
            if rest in _WORSHIP:
                return True
    return False


def counted(toks, k: int) -> bool:
    """The token before k is a number ("23 دبلوماسيا")."""
    return k > 0 and toks[k - 1].text.strip().isdigit()


def country_nisba(prev: str, word: str, counted: bool = False) -> bool:
    """A country name written as its nisba adjective: in -يا right after an indefinite
    accusative person noun, without tanween ("دبلوماسيا روسيا", "مواطنا تركيا"), or after any
    counted indefinite noun (`counted`: a number before it, "23 لاجئا سوريا"); with tanween
    ("سورياً") whatever comes before; "سورية" after an indefinite plural ("مروحيات سورية").
    A listed name ("وألمانيا") never is."""
    w = norm_key(word)
    if w == "سوريه":
        p = norm_key(prev)
        p = p[1:] if p[:1] in "وفبل" and len(p) > 4 else p
        # (and broken plurals of things and bodies: "لفصائل سورية موالية لتركيا", 2026-11-27)
        return (p.endswith("ات") and len(p) >= 5 and not p.startswith("ال")) or p in _BROKEN_PLURALS
    if not w.endswith("يا") or w[:1] in "وف":
        return False
    if "\u064b" in word:
        return True
    p = base_key(prev)  # (the places stage passes its words' keys, folded the same way)
    return p in _ACCUSATIVE_PEOPLE or (counted and p.endswith("ا") and not p.startswith("ال"))


_OF = norm_key("من")
_ORIGIN = frozenset(norm_key(w) for w in ("أصل", "اصل", "أصول", "اصول"))


def of_origin(toks, a: int) -> bool:
    """A country name in -يا right before "من أصل" is a person's nisba, accusative: "اعتقلت
    الشرطة إيطاليا من أصل مغربي" (an Italian of Moroccan origin; audit U48)."""
    return (norm_key(toks[a].text).endswith("يا") and a + 2 < len(toks)
            and norm_key(toks[a + 1].text) == _OF and norm_key(toks[a + 2].text) in _ORIGIN)
