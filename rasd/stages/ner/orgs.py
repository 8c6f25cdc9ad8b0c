"""Named organisations the CRF misses: an organisation noun in construct with a definite name.

"منظمة حظر الأسلحة الكيميائية", "وكالة الأنباء السعودية", "حزب العدالة والتنمية", "رابطة العالم
الإسلامي": long names that are rare in the training corpora, so the CRF tags a piece of them
or nothing, while their shape is regular. An organisation noun without ال (a party, agency,
league, union, club, university, company …) heads a chain of definite words, joined by و
where the name coordinates ("العدالة والتنمية"), optionally after one indefinite verbal noun
("حظر"). Generic institutions (وزارة، الحكومة، مجلس الوزراء) are not names (SPEC 2.1), so their
nouns are not heads here; nor are the descriptor words SPEC 2.7 keeps outside names.
"""
from __future__ import annotations

from rasd.lang.words import POSSESSIVE_SUFFIXES
from rasd.text.tokenize import Token

from .features import TITLES
from .norm import norm
from .starts import ORG_HEAD_WORDS, after_letters

# Not شركة, جبهة: "شركة الكبريت" is a description, "جبهة العند" a front line. صحيفة, like
# قناة (SPEC 2.7), stays outside the name: "صحيفة الوئام" → الوئام.
_HEADS = frozenset(norm(w) for w in ORG_HEAD_WORDS.split())
_OUTSIDE = frozenset({norm("صحيفة")})
# Definite words that end a name rather than continue it: time words, relatives, prepositions
# that begin with ال, and the epithets news adds after a name ("حزب الشعوب … المؤيد للأكراد").
_STOP = frozenset(norm(w) for w in """اليوم الأمس الآن الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس
الجمعة السبت الماضي الماضية المقبل المقبلة الحالي الحالية الجاري الذي التي الذين اللذين اللتين
اللاتي إلى الى إلا الا الحاكم الحاكمة المعارض المعارضة المحظور المحظورة التابع التابعة المقرب
المقربة المؤيد المؤيدة الموالي الموالية المعبر الراحل الناطق الناطقة""".split()) | TITLES
# A name that stops at one of these is "the official agency" of somewhere: with a single word
# before it ("وكالة الأنباء الرسمية") there is no name at all.
_DESCRIPTIVE = frozenset(norm(w) for w in "الرسمية الرسمي الحكومية الحكومي المحلية المحلي".split())
_NISBA = ("ي", "يه", "يين", "يون", "يات")  # relative adjectives (normalised: ة → ه)
_MAX = 6  # tokens, head included


# Definite heads of named bodies ("الجمعية المغربية لحقوق الإنسان", "المفوضية السامية لشؤون
# اللاجئين", "الحملة الوطنية السعودية لنصرة الأشقاء"): a name only with a national or
# international adjective and a cause after لـ, or two adjectives ("المجلس الوطني الانتقالي");
# "اللجنة الأمنية للمحافظة", "الهيئة العامة للإحصاء" stay generic institutions (SPEC 2.1).
_BODIES = frozenset(norm(w) for w in """الجمعية المفوضية الهيئة الرابطة الاتحاد الائتلاف المرصد المنظمة
اللجنة المؤسسة المنتدى المركز الشبكة الحملة المجلس المعهد""".split())
_WIDE = frozenset(norm(w) for w in """الوطنية الوطني الدولية الدولي السامية العربية العربي الإسلامية
الإسلامي العالمية العالمي الأوروبية الأوروبي الأفريقية الأفريقي""".split())


# short words that never open a genitive after لـ ("للانتخابات | إن التصويت")
_PARTICLES = frozenset(norm(w) for w in "إن أن إنه أنه كان قد لقد إلى على عن في من منذ حتى".split())
# nisba-shaped words that are no adjectives of a name: "الأخرى", ordinals and numbers
_NOT_ADJECTIVES = frozenset(norm(w) for w in """الأخرى الأولى الثاني الثانية الثالث الثالثة الثمانية
الثماني الرابعة الخامسة""".split())


def org_phrases(tokens: list[Token], types=None, known=None) -> list[tuple[int, int, int]]:
    """(i, j, start): token range [i, j) of each organisation name of the shapes above, left
    to right, and the offset where the name starts (after a proclitic on the head: لمنظمة).
    `types(word)`: the word's types in the NER's name lists (NAT: a demonym, "المغربية";
    LOCB: a country or big place); `known(i, j)`: do tokens [i, j) name a listed actor?"""
    words = [token_word(t) for t in tokens]
    out: list[tuple[int, int, int]] = []
    j = 0  # where the name found last ends
    # only a word that `_bare_stem` makes a body or that `_head` takes starts a name: the
    # loop below visits those alone (most words are neither)
    for i in [k for k, w in enumerate(words) if w in _STARTS]:
        if i < j:
            continue  # inside the name before
        j = _body_end(words, i, tokens, types, known) if _bare_stem(words[i]) in _BODIES else i
        if j > i:
            out.append((i, j, _after_proclitic_def(tokens[i], words[i])))
            continue
        if _head(words[i]) and _stem(words[i]) in _OUTSIDE:
            j = _paper_end(words, i)
            if j > i + 1:
                out.append((i + 1, j, tokens[i + 1].start))
                continue
        j = _chain_end(words, i, types, tokens, known) if _head(words[i]) else i
        if j > i:
            out.append((i, j, _after_proclitic(tokens[i], words[i])))
    return out


# the words that `_bare_stem` makes a body (والجمعية, للجمعية) or that `_head` takes (بحزب)
_STARTS = frozenset(_BODIES | {"ل" + b[1:] for b in _BODIES} | {c + b for c in "وفب" for b in _BODIES}
                    | _HEADS | {c + h for c in "وفبلك" for h in _HEADS})


def _after_proclitic(tok: Token, word: str) -> int:
    """Where the head noun starts in `tok`: after its first letter when that is a proclitic."""
    return tok.start if word in _HEADS else after_letters(tok, 1)


def token_word(tok: Token) -> str:
    """The token's normalised form in this module's spelling (ة → ه, as `norm`), or "" when
    it is not all letters. The text stage's form is reused: `norm` on every token of every
    article would cost more than the rest of this module."""
    w = tok.norm
    return w.replace("ة", "ه") if w.isalpha() else ""


def _stem(w: str) -> str:
    return w if w in _HEADS else w[1:]


def _head(w: str) -> bool:
    return w in _HEADS or (w[:1] in "وفبلك" and w[1:] in _HEADS)


def _definite(w: str) -> bool:
    return len(w) > 3 and w.startswith("ال") and w not in _STOP and w not in _DESCRIPTIVE


def _paper_end(words: list[str], i: int) -> int:
    """End of a paper's name after "صحيفة" at i: the one word after it, bare ("حريات") or
    definite ("الوئام"), not the adjective that places it ("حريات | التركية") nor the object
    of the verb ("نشرت صحيفة الوئام | التقرير"); a longer name ("الشرق الأوسط") is the CRF's
    to find, and one it tags wins over this. i + 1 when no name follows."""
    j = i + 1
    if j >= len(words) or not words[j] or words[j] in _STOP or words[j] in _DESCRIPTIVE:
        return j
    return j + 1



def _chain_end(words: list[str], i: int, types=None, tokens=None, known=None) -> int:
    """End of the name headed by words[i], or i when no name follows."""
    j = i + 1
    w = words[j] if j < len(words) else ""
    if _party_of_country(words, i, types, tokens, known):
        return i + 3  # "حزب آفاق تونس", "حزب نداء تونس": the country is the party's name, no place
    if w and not w.startswith(("ال", "ل")) and len(w) >= 3 and j + 1 < len(words) and _definite(words[j + 1]):
        # an attached pronoun: no noun in construct ("منظمة اعتبرها الاتحاد الأوروبي": which the EU
        # deemed), and it ends a name
        if w.endswith(POSSESSIVE_SUFFIXES) and len(w) >= 5:
            return i  # "منظمة اعتبرها الاتحاد": a verb with its object, no name (audit U48)
        if (types is not None and "LOCB" in types(tokens[j].text)
                and not words[j + 1].endswith(_NISBA)):
            return j + 1  # "جامعة أوساكا | الروبوتات": the place names it, the noun after is the verb's object
        j += 1  # one indefinite noun: منظمة حظر الأسلحة, وكالة أنباء الأناضول
    k, adjectives = j, False
    while k < len(words) and k - i < _MAX:
        w = words[k]
        # و joins a name's second word only ("العدالة والتنمية", not "… الهندي والحكومة")
        if not (_definite(w) or (k == j + 1 and w.startswith("وال") and _definite(w[1:]))):
            break
        # after an adjective only adjectives: "رابطة العالم الإسلامي | التصريحات …"
        if adjectives and not w.endswith(_NISBA):
            break
        adjectives = adjectives or w.endswith(_NISBA)
        k += 1
    if k == j or (k - j == 1 and k < len(words) and words[k] in _DESCRIPTIVE):
        return i
    return k


_PARTY = norm("حزب")


def _party_of_country(words: list[str], i: int, types, tokens, known=None) -> bool:
    """"حزب" + one indefinite noun + a listed country: a party named for its country ("حزب
    آفاق تونس", "حزب تحيا تونس"; audit U60), not a place. Not a verb of the party's ("حزب
    يحكم تونس": the imperfect's ي) nor a particle ("حزب في تونس"); nor a party the actor
    lexicon lists without the word ("نداء تونس" keeps its listed name and code)."""
    if types is None or i + 2 >= len(words) or _stem(words[i]) != _PARTY:
        return False
    w = words[i + 1]
    return (len(w) >= 3 and not w.startswith(("ال", "ل", "ي", "و")) and w not in _PARTICLES
            and not w.endswith(POSSESSIVE_SUFFIXES) and bool(words[i + 2])
            and "LOCB" in types(tokens[i + 2].text) and not (known and known(i + 1, i + 3)))


def _bare_stem(w: str) -> str:
    """A definite word without a proclitic before its ال ("والجمعية", "للجمعية" → الجمعية)."""
    if w.startswith("لل"):
        return "ا" + w[1:]
    return w[1:] if w[:1] in "وفب" and w[1:].startswith("ال") else w


def _after_proclitic_def(tok: Token, word: str) -> int:
    """Where a definite head starts in `tok` (SPEC 2.1: "للجمعية" → "لجمعية", "والجمعية" → "الجمعية")."""
    return tok.start if word.startswith("ال") else after_letters(tok, 1)


def _body_end(words: list[str], i: int, tokens: list[Token], types, known) -> int:
    """End of a named body headed by the definite words[i] (see _BODIES), or i."""
    k, adjectives, wide = i + 1, 0, False
    feminine = _feminine(_bare_stem(words[i]))
    # an adjective of the body agrees with it: one of the other gender describes a noun before
    # the name ("ممثلة الاتحاد الأوروبي السامية": the EU's High Representative, audit U58)
    while k < len(words) and adjectives < 3 and name_adjective(words[k]) and _feminine(words[k]) == feminine:
        wide = wide or words[k] in _WIDE or bool(types and "NAT" in types(tokens[k].text))
        adjectives, k = adjectives + 1, k + 1
    if not adjectives or not wide:
        return i
    c = cause_end(words, k, i + _MAX + 2)
    if c > k and not (known and known(i, k) and not known(i, c)):
        # (after a known name, "الاتحاد الأفريقي | لدعم مسيرة الحوار" is a purpose); the cause's
        # country is part of the name: "… لنصرة الأشقاء في سوريا"
        # — not after an adjective ("للأمن الإلكتروني | في بريطانيا": where it is) nor after a
        # name already listed ("المرصد السوري لحقوق الإنسان | في لندن")
        if (c + 1 < len(words) and words[c] == "في" and types and "LOCB" in types(tokens[c + 1].text)
                and not name_adjective(words[c - 1]) and not (known and known(i, c))):
            c += 2
        return c
    # no cause: two adjectives, the first a wide one ("المجلس الوطني الانتقالي"; not "الحملة
    # الجوية السعودية", "المؤسسة العسكرية الجزائرية")
    return k if adjectives >= 2 and words[i + 1] in _WIDE else i


def _feminine(w: str) -> bool:
    """Is the normalised noun or adjective feminine by its ending (ة, written ه here; يات)?"""
    return w.endswith(("ه", "يات"))


def name_adjective(w: str) -> bool:
    return (w.startswith("ال") and w.endswith(_NISBA) and w not in _STOP and w not in _DESCRIPTIVE
            and w not in _NOT_ADJECTIVES)


# verbal nouns of a cause that take their object after a preposition: "للدفاع عن حقوق الإنسان",
# "للحفاظ على النمور" (audit U54: the name stopped at للحفاظ)
_VERB_PREP = {norm("للدفاع"): norm("عن"), norm("للحفاظ"): norm("على"), norm("للمحافظة"): norm("على")}


def cause_end(words: list[str], k: int, limit: int) -> int:
    """End of the cause after لـ at k: "لحقوق الإنسان", "لشؤون اللاجئين", "لمعلومات حقوق
    الإنسان", "للحقوق المدنية والسياسية", "للانتخابات", "للحوار والدراسات", "للدفاع عن حقوق
    الإنسان" — an indefinite لـ word needs a definite genitive after it (past at most one more
    indefinite word), else it is a purpose ("لدعم جهود") and no name. A coordinated word
    continues it as an adjective ("والسياسية", not "والإعلام"), or as the partner of a لـ+ال
    word ("للصناعة والتجارة"); k when there is no cause."""
    if not (k < len(words) and words[k].startswith("ل") and len(words[k]) > 3):
        return k
    definite = words[k].startswith("لل")
    j = k + 1
    if words[k] in _VERB_PREP and j + 1 < len(words) and words[j] == _VERB_PREP[words[k]]:
        j, definite = j + 1, False  # "عن حقوق الإنسان" goes on as an indefinite genitive would
    if j < len(words) and len(words[j]) > 3 and not words[j].startswith(("ال", "و", "ل")) \
            and words[j] not in _PARTICLES and j + 1 < len(words) and _definite(words[j + 1]):
        j += 1  # "لمعلومات حقوق الإنسان"
    end, partners, genitive = j, definite, definite
    while end < len(words) and end < limit:
        w = words[end]
        # one definite genitive ("الإنسان"), then adjectives only ("… الإنسان | المحاكمة")
        if _definite(w) and _bare_stem(w) not in _BODIES and (not genitive or name_adjective(w)):
            end, partners, genitive = end + 1, False, True
        elif w.startswith("وال") and _bare_stem(w[1:]) not in _BODIES and (name_adjective(w[1:]) or partners):
            end += 1
        else:
            break
    return end if definite or end > j else k
