"""Institutions named after a ruler: one name, not a person inside a noun phrase.

"جامعة الملك سعود", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "أكاديمية الملك عبدالله
الاقتصادية", "مستشفى الملك فهد": the CRF sees a title and a person's name and tags the person
(سلمان, with the king's actor code), while the noun before the title says the phrase names an
institution (ORG, SPEC 2.1: universities) or a facility (LOC, as the gold data writes
"مستشفى قوى الامن"). Airports and streets are left alone: SPEC 2.7 keeps مطار and شارع outside
names, and "مدينة" heads an eponymous name only with an adjective ("مدينة الملك عبدالله
الرياضية", a place) or a field after لـ ("مدينة الملك عبدالعزيز للعلوم والتقنية", a body), not
the many "مدينة الشيخ زويد" that are towns.
"""
from __future__ import annotations

from rasd.text.tokenize import Token

from .norm import norm
from .orgs import cause_end, name_adjective, token_word
from .starts import after_letters

_ORG_HEADS = frozenset(norm(w) for w in "جامعة أكاديمية مركز معهد كلية مجمع مؤسسة صندوق مكتبة دارة".split())
_LOC_HEADS = frozenset(norm(w) for w in "مستشفى جسر ملعب استاد".split())
_FIELD_HEADS = frozenset({norm("مدينة")})  # only with an adjective or "لـ + field" after the name
ROYAL_TITLES = frozenset(norm(w) for w in "الملك الملكة الأمير الأميرة السلطان".split())
# institutions are also named after an imam or a sheikh: "جامعة الإمام محمد بن سعود الإسلامية",
# "مستشفى الشيخ خليفة" (audit U46: the university was the person محمد بن سعود)
_CLERICAL_TITLES = "الإمام الشيخ"
_EPONYM_TITLES = ROYAL_TITLES | frozenset(norm(w) for w in _CLERICAL_TITLES.split())
# … with the heads that name only institutions: "مركز الشيخ مقصود", "مدينة الشيخ زويد" are places
_CLERICAL_HEADS = frozenset(norm(w) for w in "جامعة كلية معهد أكاديمية مكتبة مستشفى".split())
# the titles as the text stage writes them (Token.norm, ة kept): a cheap first test
_TITLE_FORMS = frozenset(w for t in f"الملك الملكة الأمير الأميرة السلطان {_CLERICAL_TITLES}".split()
                         for w in (t, t.replace("أ", "ا"), t.replace("إ", "ا"), t.replace("ة", "ه"),
                                   t.replace("أ", "ا").replace("ة", "ه")))
_LINKS = frozenset(norm(w) for w in "بن ابن بنت".split())
_FAMILY = norm("آل")
_ABD = norm("عبد")
_NOT_NAMES = frozenset(norm(w) for w in """في من إلى الى على عن مع إن أن إنه أنه كان قد لقد هو هي
الذي التي خلال بعد قبل""".split())


def eponym_phrases(tokens: list[Token]) -> list[tuple[int, int, str, int]]:
    """(i, j, label, start): token range [i, j) of each institution named after a ruler,
    its label, and the offset where the name starts (after a proclitic: "لمركز" → "مركز")."""
    titled = [i - 1 for i, t in enumerate(tokens) if i > 0 and t.norm in _TITLE_FORMS]
    if not titled:  # most articles: no ruler's title at all
        return []
    words = [token_word(t) for t in tokens]
    out = []
    for i in titled:
        if out and i < out[-1][1]:
            continue
        head = _head(words[i])
        found = _phrase(words, i, head) if head else None
        if found is None:
            continue
        j, label = found
        out.append((i, j, label, after_letters(tokens[i], len(words[i]) - len(head))))
    return out


def _head(w: str) -> str:
    """The institution noun in w without its proclitics (ولمركز → مركز), or ""."""
    return _after_proclitics(w, _INSTITUTION_HEADS)


_INSTITUTION_HEADS = _ORG_HEADS | _LOC_HEADS | _FIELD_HEADS
# heads of a place of learning: the name they open is the institution's, whatever place follows
_ACADEMIC_HEADS = frozenset(norm(w) for w in "جامعة كلية معهد أكاديمية".split())


def academic_head(tok: Token) -> bool:
    """Is the token جامعة/كلية/معهد/أكاديمية, after up to two proclitics ("بجامعة")?"""
    return bool(_after_proclitics(token_word(tok), _ACADEMIC_HEADS))


def _after_proclitics(w: str, heads: frozenset[str]) -> str:
    """The word of `heads` that w is, after up to two of و/ف/ب/ل (not ال), or ""."""
    for n in (0, 1, 2):
        if w[n:] in heads and all(c in "وفبل" for c in w[:n]):
            return w[n:]
    return ""


def _phrase(words: list[str], i: int, head: str) -> tuple[int, str] | None:
    """End and label of the eponymous name headed at i, or None."""
    if i + 2 >= len(words) or words[i + 1] not in _EPONYM_TITLES:
        return None
    if words[i + 1] not in ROYAL_TITLES and head not in _CLERICAL_HEADS:
        return None
    k = _person_end(words, i + 2)
    if k is None:
        return None
    adjectives = 0
    while k < len(words) and adjectives < 2 and name_adjective(words[k]):
        k, adjectives = k + 1, adjectives + 1
    if head in _LOC_HEADS:  # a ground's name has no field: "ملعب الأمير فيصل | لمشاهدة مباراة"
        return k, "LOC"
    end = cause_end(words, k, k + 5)
    if head in _FIELD_HEADS:  # "مدينة الملك عبدالله الرياضية" is a place, "… للعلوم" a body
        return (end, "ORG") if end > k else ((k, "LOC") if adjectives else None)
    return end, "ORG"


def _person_end(words: list[str], k: int) -> int | None:
    """End of the ruler's name starting at k: a given name ("عبد الله" as two words), then
    "بن X" links and "آل X"; None when no name is there."""
    k = _given_end(words, k)
    if k is None:
        return None
    while k + 1 < len(words) and words[k] in _LINKS:
        nxt = _given_end(words, k + 1)
        if nxt is None:
            break
        k = nxt
    if k + 1 < len(words) and words[k] == _FAMILY and _name_word(words[k + 1]):
        k += 2
    return k


def _given_end(words: list[str], k: int) -> int | None:
    if k >= len(words):
        return None
    if words[k] == _ABD and k + 1 < len(words) and words[k + 1].startswith("ال"):
        return k + 2
    return k + 1 if _name_word(words[k]) else None


def _name_word(w: str) -> bool:
    """A word that can be a given name: letters, not definite, not a particle."""
    return len(w) >= 2 and not w.startswith("ال") and w not in _NOT_NAMES and w not in _LINKS


# Units named after a historical figure: "كتيبة أبو بكر الصديق", "جيش خالد بن الوليد" (the head
# belongs to the name); after فصيل the name alone is the faction's (2026-11-27)
_UNIT_HEADS = frozenset(norm(w) for w in "كتيبة كتائب لواء ألوية سرية سرايا جيش".split())
_FACTION_HEADS = frozenset(norm(w) for w in "فصيل".split())
# Sites named after one: "معسكر خالد بن الوليد" — the site word stays outside (SPEC 2.7)
_SITE_HEADS = frozenset(norm(w) for w in "معسكر مسجد مدرسة".split())


def unit_eponyms(tokens: list[Token], chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Relabel a person chunk right after an indefinite unit or site word: the unit's name
    (ORG) or the site's (LOC), not the person it honours. "اللواء قاسم" (definite: a rank),
    "قائد لواء العمالقة حمدي شكري" (the person does not follow the head) and "جيش" + one word
    ("جيش حفتر": the man's forces) are left alone."""
    out = []
    for a, b, lab in chunks:
        head = _unit_head(token_word(tokens[a - 1])) if lab == "PER" and a > 0 else ""
        if head in _UNIT_HEADS and (head != norm("جيش") or b - a >= 2):
            out.append((a - 1, b, "ORG"))
        elif head in _FACTION_HEADS:
            out.append((a, b, "ORG"))
        elif head in _SITE_HEADS:
            out.append((a, b, "LOC"))
        else:
            out.append((a, b, lab))
    return out


def _unit_head(w: str) -> str:
    """The unit or site word in w without و/ف/ب/ل before it (not ال: definite is a rank), or ""."""
    return _after_proclitics(w, _UNIT_OR_SITE_HEADS)


_UNIT_OR_SITE_HEADS = _UNIT_HEADS | _FACTION_HEADS | _SITE_HEADS


# "ميليشيات فجر ليبيا", "قوات درع ليبيا": a group's name of a noun + a place (2026-11-27)
_GROUP_WORDS = frozenset(norm(w) for w in "ميليشيات مليشيات ميليشيا مليشيا قوات كتائب تحالف جماعة عملية".split())
_PLACE_NAME_NOUNS = frozenset(norm(w) for w in "فجر درع".split())


def place_named_groups(tokens: list[Token], chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A place chunk after فجر/درع that follows a group word is the group's name (ORG over the
    noun and the place): "ميليشيات فجر ليبيا" is Libya Dawn, not Libya. Without the group word
    ("فجر ليبيا الجديدة" as dawn) it is left alone."""
    def words(a: int, b: int) -> tuple[str, ...]:
        return tuple(token_word(t) for t in tokens[a - 1:b])

    named = {words(a, b) for a, b, lab in chunks
             if lab == "LOC" and a >= 2 and token_word(tokens[a - 1]) in _PLACE_NAME_NOUNS
             and _after_proclitics(token_word(tokens[a - 2]), _GROUP_WORDS)}
    if not named:
        return chunks
    # the group's later mentions without the group word ("وقال قادة فجر ليبيا") go with it
    return [(a - 1, b, "ORG") if lab == "LOC" and a >= 1 and words(a, b) in named else (a, b, lab)
            for a, b, lab in chunks]
