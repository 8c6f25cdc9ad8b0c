"""The edges of a person's mention (2026-11-27): the tagger runs a name on into the verb of
appointment, speech or reply before it ("عين سيري ميكونن": appointed Sirie Mekonnen; "فرد ماتيس":
Mattis replied), an imperfect verb of the plural ("يضايقون الساعدي"), a state word
("المسجون راول بادويل": the jailed), or the accusative title after it ("نايف البكري محافظا":
as governor); and it cuts a compound given name after its first half ("أسد | الله أسدي")."""
from __future__ import annotations

from collections import Counter

from .around import ENDING_PARTICLES, NOT_NAME_PARTICLES, not_name_word, plural_verb
from .eponyms import ROYAL_TITLES
from .gazetteer import PERSON_TYPES
from .norm import norm_key
from .textmemo import flagged

# past-tense verbs of appointment and speech, and state words, that a name never starts with
_LEADING = frozenset(norm_key(w) for w in """عين عينت أعلن أعلنت قال قالت أكد أكدت أوضح أضاف أقال رد ردت فرد فردت
المسجون المعتقل المعتقلة الراحل الراحلة المتهم المتهمة الأسير الأسيرة""".split())
# verbs a name never ends with ("أبي عين": Abiy appointed)
_TRAILING_VERBS = frozenset(norm_key(w) for w in "عين عينت أقال".split())
# indefinite accusative titles after a name: "عين X محافظا" (as governor)
_TITLES_AS = tuple(norm_key(w) for w in """محافظا وزيرا قائدا رئيسا سفيرا مديرا نائبا مستشارا
متحدثا ناطقا أمينا مبعوثا""".split())
# first halves of compound given names whose second half is الله or الدين (a separate word)
_COMPOUND_HEADS = frozenset(norm_key(w) for w in "أسد عبد نصر عطا حسب سيف نور عز صلاح فتح جار خير".split())
_COMPOUND_TAILS = frozenset(norm_key(w) for w in ("الله", "الدين"))


def person_edges(toks, a: int, b: int, types=lambda w: frozenset()) -> tuple[int, int]:
    """Token range [a, b) of a person's chunk with the edges above fixed. A chunk of two
    words keeps both unless one is a verb (a name of one word is still a name). `types`: the
    name lists' types of a word (for an adjective before the name: `_leading_adjective`)."""
    if b - a >= 2 and (norm_key(toks[a].text) in _LEADING or _leading_adjective(toks, a, b, types)):
        a += 1
    elif b - a >= 2 and plural_verb(toks[a].text) and not types(toks[a].text) & PERSON_TYPES:
        a += 1  # "حراس يضايقون الساعدي": the guards harass al-Saadi; no name starts with a plural verb (audit U58)
    if b - a >= 2 and (norm_key(toks[b - 1].text) in _TRAILING_VERBS or _title_as(norm_key(toks[b - 1].text))):
        b -= 1
    if a > 0 and norm_key(toks[a].text) in _COMPOUND_TAILS and norm_key(toks[a - 1].text) in _COMPOUND_HEADS \
            and toks[a - 1].end + 1 >= toks[a].start:
        a -= 1  # "أسد الله أسدي" (not across punctuation)
    return a, b


# adjectives of birth order before a son's or daughter's name: "ابنه البكر سالم", "الأصغر كينجي"
_BIRTH_ORDER = frozenset(norm_key(w) for w in "البكر الأكبر الأصغر الأوسط".split())
# endings of a relative adjective, singular, dual or plural: البنغلادشي، العراقيان، الحمساويون
_NISBA_ENDS = ("ي", "يان", "يين", "يون")
_GIVEN_TYPES = frozenset({"PERF", "PERT"})


def _leading_adjective(toks, a: int, b: int, types) -> bool:
    """Does the chunk open with an adjective of the man, not his name (audit ent41)? A birth
    order ("البكر سالم"), or a definite nisba no name list gives as a person's word before two
    name words or more, the first a listed given name ("البنغلادشي محمد عبد الكلام", "العراقيان
    عمر الكربولي", "الحمساوي صالح العاروري"). Not a nisba-shaped given name: الباجي قايد السبسي,
    الهادي (listed as persons' words)."""
    first = norm_key(toks[a].text)
    first = first[1:] if first.startswith("وال") else first  # "والعراقيان عمر الكربولي"
    if first in _BIRTH_ORDER:
        return True
    return (b - a >= 3 and first.startswith("ال") and first.endswith(_NISBA_ENDS) and len(first) > 4
            and not types(first) & PERSON_TYPES and bool(types(toks[a + 1].text) & _GIVEN_TYPES))


def _title_as(word: str) -> bool:
    """An accusative title, or one misspelt by a letter ("محافطا")."""
    return word.endswith("ا") and any(word == t or (len(word) == len(t) and len(t) >= 5
                                                    and sum(x != y for x, y in zip(word, t)) == 1)
                                      for t in _TITLES_AS)


# "(24 عاما)": an age in parentheses after a name says the name is a person's
_AGE_WORDS = frozenset(norm_key(w) for w in ("عاما", "عاماً", "عام", "سنة", "سنوات", "أعوام", "ربيعا"))
# nouns of a person right before a name, with or without a comma: "المتهم، عمران علي"
_PERSON_NOUNS = frozenset(norm_key(w) for w in """المتهم المتهمة الشاب الشابة الطفل الطفلة الفتى
الفتاة""".split())


def person_frame(toks, a: int, b: int) -> tuple[int, int] | None:
    """Token range of a person named in a person's frame (2026-11-27), or None: a chunk
    followed by an age in parentheses ("عمران علي (24 عاما)": taking in one more name word
    before the age), or preceded by a person noun ("المتهم، عمران"). The CRF reads such a
    first name as a place (عمران, the Yemeni province)."""
    if _age_at(toks, b):
        return a, b
    if b < len(toks) and _age_at(toks, b + 1) and _name_word(toks[b].text):
        return a, b + 1
    k = a - 1 if a > 0 and toks[a - 1].text in "،," else a
    if k > 0 and norm_key(toks[k - 1].text).removeprefix("و") in _PERSON_NOUNS:
        return a, b
    return None


def _age_at(toks, k: int) -> bool:
    """Tokens k… are "(", a number, a word of years, ")"."""
    return (k + 3 < len(toks) and toks[k].text == "(" and toks[k + 1].text.isdigit()
            and norm_key(toks[k + 2].text) in _AGE_WORDS and toks[k + 3].text == ")")


def _name_word(word: str) -> bool:
    """A word of Arabic letters that may be a name's last word (not a particle or a number)."""
    return len(word) >= 2 and word.isalpha() and not word.isascii() and norm_key(word) not in _AGE_WORDS


# "named ...": the words after them are a person's name (2026-11-27: "ويدعى كيان اشتر قتل")
# (not يسمى: "ما يسمى بالهيئة", so-called)
_CALLED = frozenset(norm_key(w) for w in "يدعى ويدعى تدعى وتدعى المدعو المدعوة والمدعو والمدعوة".split())
# words no name goes on into after "يدعى": the particles no name is (around.py), and و
_CALLED_STOPS = NOT_NAME_PARTICLES | {norm_key("و")}


def _called_word(word: str) -> bool:
    return norm_key(word) in _CALLED


_CALLED_MEMO: dict[str, bool] = {}  # token text → _called_word (textmemo.flagged)


def called_names(text: str, toks, chunks: list[tuple[int, int, str]], common) -> list[tuple[int, int, str]]:
    """Person chunks after "يدعى"/"المدعو": one to three words, each Arabic, no particle, and
    (after the first) in a tagger's chunk or not mostly a common word (`common(word)`: the
    label priors saw it untagged), so a verb after the name stops it ("كيان اشتر | قتل"). Only
    two words or more (a lone word is left to the tagger), with one space between each."""
    words = [t.text for t in toks]
    out = []
    # (the "named" words first, in one pass of memoised tests: most articles have none)
    called = flagged(words[:-1], _CALLED_MEMO, _called_word)
    in_chunk = {k for a, b, _ in chunks for k in range(a, b)} if called else set()
    for t in called:
        a = b = t + 1
        while b < len(words) and b - a < 3 and words[b].isalpha() and norm_key(words[b]) not in _CALLED_STOPS \
                and (b == a or b in in_chunk or not common(words[b])) \
                and (b == a or text[toks[b - 1].end:toks[b].start] == " "):  # (not over a line break)
            b += 1
        if b - a >= 2:
            out.append((a, b, "PER"))
    return out


def _hyphen_part(toks, b: int, types) -> bool:
    """Tokens b, b+1 are "-" and a second half glued to the word before (see join_hyphen_halves)."""
    if b < 1 or b + 1 >= len(toks) or toks[b].text != "-":
        return False
    hyphen, part = toks[b], toks[b + 1]
    if hyphen.start != toks[b - 1].end or part.start != hyphen.end or len(part.text) < 2:
        return False
    if not all("\u0621" <= ch <= "\u064a" for ch in part.text):
        return False  # Arabic letters only: no digit, date or Latin tail
    key = norm_key(part.text)
    if key in NOT_NAME_PARTICLES or key in ENDING_PARTICLES or not_name_word(part.text, types(part.text)):
        return False  # a dash before a function word: "بوردة-في أي خطوة"
    return not (b + 2 < len(toks) and toks[b + 2].start == part.end and toks[b + 2].text == "-")


def join_hyphen_halves(toks, chunks: list[tuple[int, int, str]], types=lambda w: frozenset()) -> list[tuple[int, int, str]]:
    """A person's chunk runs on through a hyphenated second half written without spaces
    ("كيم جونغ-أون", "تشوي سون-هوي", "أنجيلا غودفري-غولدشتاين"): the tagger stops at the
    hyphen, and may tag the half alone as a name. Not a dash before a function word
    ("بوردة-في أي خطوة"), a run "X-Y-Z", nor a half inside a longer chunk; places and
    groups keep their halves apart ("تبسة-حيدرة", "الفلسطينية-الإسرائيلية")."""
    at = {a: (a, b, lab) for a, b, lab in chunks}
    inside = {k for a, b, _ in chunks for k in range(a + 1, b)}
    in_persons = Counter(norm_key(toks[k].text) for a, b, lab in chunks if lab == "PER" for k in range(a, b))
    out, dropped = [], set()
    for a, b, lab in sorted(chunks):
        if (a, b, lab) in dropped:
            continue
        if lab == "PER" and _hyphen_part(toks, b, types) and b + 1 not in inside and b not in at:
            half = at.get(b + 1)
            if half is None or (half[1] == b + 2 and half[2] in ("PER", "MISC")):
                if half is not None:
                    dropped.add(half)
                b += 2
            elif b - a == 1 and half[2] == "PER" and in_persons[norm_key(toks[a].text)] == 1:
                dropped.add(half)  # "جان-فيليب غودان": a hyphenated given name before the
                b = half[1]        # rest of the name (not "ترامب-كيم جونغ أون": ترامب is named apart)
        out.append((a, b, lab))
    return out


# Korean family names: a Korean name is the family name and a given name of two syllables,
# which Arabic news writes as two words ("كيم جونغ أون", "كيم يونغ تشول")
_KOREAN_FAMILIES = frozenset(norm_key(w) for w in "كيم بارك تشوي يون جانغ كانغ".split())


def korean_names(toks, chunks: list[tuple[int, int, str]], types, mostly_no_name) -> list[tuple[int, int, str]]:
    """A person chunk of a Korean family name and one syllable runs on to the second syllable
    the tagger left out ("كيم جونغ | أون"), or tagged alone: a short word right after it that
    the name lists give as a person's name and the label priors do not see mostly untagged.
    Not a function word ("مون جاي إن" stays: إن is a particle), nor across punctuation."""
    at = {a: (a, b, lab) for a, b, lab in chunks}
    covered = {k for a, b, _ in chunks for k in range(a, b)}
    out, dropped = [], set()
    for a, b, lab in sorted(chunks):
        if (a, b, lab) in dropped:
            continue
        if lab == "PER" and b - a == 2 and norm_key(toks[a].text) in _KOREAN_FAMILIES and b < len(toks):
            nxt, alone = toks[b], at.get(b)
            if (nxt.start == toks[b - 1].end + 1 and 2 <= len(nxt.text) <= 4
                    and all("\u0621" <= ch <= "\u064a" for ch in nxt.text)
                    and (b not in covered or (alone is not None and alone[1] == b + 1))
                    and types(nxt.text) & PERSON_TYPES and not mostly_no_name(nxt.text)
                    and norm_key(nxt.text) not in NOT_NAME_PARTICLES and norm_key(nxt.text) not in ENDING_PARTICLES):
                if alone is not None:
                    dropped.add(alone)
                b += 1
        out.append((a, b, lab))
    return out


# the links of a lineage: "بن" (son of), "بنت" (daughter of)
_LINEAGE_LINKS = frozenset(norm_key(w) for w in ("بن", "بنت"))
_GIVEN_TYPES_F = frozenset({"PERF"})


def lineage_start(toks, a: int, types, taken: set[int]) -> int:
    """Where a person's chunk starts when the tagger began it at the father's name, or at the
    link before it, and left out the given name (audit U46: "الأميرة مشاعل | بنت عبدالمحسن بن
    عبدالعزيز" was the father alone): at the given name when the link is بن/بنت and the word
    before it a given name, listed as one or right after a royal title (الأمير، الأميرة …), one
    space apart. `a` otherwise; not a word another chunk holds, nor a definite word ("الشيخ بن"),
    nor one before another link word ("هي ابنة فيصل": ابنة is no link here)."""
    link = a if norm_key(toks[a].text) in _LINEAGE_LINKS else a - 1
    if link < 1 or norm_key(toks[link].text) not in _LINEAGE_LINKS or link - 1 in taken or (link < a and link in taken):
        return a
    given = toks[link - 1]
    word = norm_key(given.text)
    if (not word.isalpha() or word.startswith("ال") or link + 1 >= len(toks)
            or toks[link].start - given.end != 1 or toks[link + 1].start - toks[link].end != 1):
        return a  # (one space apart: "مشاعل بنت عبدالمحسن", not across a comma)
    titled = link >= 2 and norm_key(toks[link - 2].text) in ROYAL_TITLES
    return link - 1 if titled or types(given.text) & _GIVEN_TYPES_F else a


def join_adjacent_persons(text: str, toks, chunks: list[tuple[int, int, str]], titles=frozenset()) -> list[tuple[int, int, str]]:
    """Two person chunks one space apart are one name the tagger cut (audit U48: "كيم | جونغ
    أون", "أحمد مجدى | إبراهيم محمد زهرة"), and so are two with the given name علي between them,
    which the tagger reads as the preposition على ("حسين | علي | أميري"). Not after a conjunction
    ("الحوثي وصالح", "ظريف | ووليد المعلم"), across punctuation or a line break, after a title the
    first chunk ends in ("الشيخ | علي بن سعد"), before a lineage, a whole name of its own ("خالد | علي
    بن سعد"), nor when either part stands as a person of its own
    elsewhere in the article: "أقال الرئيس عبد العزيز بوتفليقة | الهامل" (the president, named
    alone elsewhere, dismissed al-Hamel), "نيو هامشير جين | شاهين" ("وقالت شاهين")."""
    def key(a, b):
        return tuple(norm_key(t.text) for t in toks[a:b])
    persons = sorted((a, b) for a, b, lab in chunks if lab == "PER")
    out: list[tuple[int, int, str]] = []
    for a, b, lab in sorted(chunks):
        prev = out[-1] if out else None
        if (prev is not None and prev[2] == lab == "PER" and _joins(text, toks, prev, a, titles)
                and not any(norm_key(t.text) in _LINEAGE_LINKS for t in toks[a:b])
                and not _named_apart(persons, key, (prev[0], prev[1]), (a, b))):
            out[-1] = (prev[0], b, "PER")
            continue
        out.append((a, b, lab))
    return out


def _joins(text: str, toks, prev: tuple[int, int, str], a: int, titles) -> bool:
    pa, pb, _ = prev
    gap = a - pb
    if gap not in (0, 1) or (gap == 1 and toks[pb].text != "\u0639\u0644\u064a"):  # علي as written
        return False
    if any(text[toks[k - 1].end:toks[k].start] != " " for k in range(pb, a + 1)):
        return False  # one space apart each: no punctuation, no line break
    if norm_key(toks[a].text) in NOT_NAME_PARTICLES and toks[a].text != "\u0639\u0644\u064a":
        return False  # "سعد | على الفور": the preposition على, not the name علي
    if toks[a].text.startswith("\u0648") or toks[pb - 1].text.startswith("\u0648") \
            or norm_key(toks[pb - 1].text) in titles:
        return False  # "ظريف ووليد المعلم", "شاهين والسيناتورة | كريستين": و joins two; "الشيخ | علي": a title
    return True


def _named_apart(persons: list[tuple[int, int]], key, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Does the first part's last word end a person chunk elsewhere that the second does not
    follow, or the second part's first word begin one that the first does not precede?"""
    last, head = key(first[1] - 1, first[1]), key(second[0], second[0] + 1)
    for a, b in persons:
        if (a, b) in (first, second):
            continue
        if key(b - 1, b) == last and not any(key(c, c + 1) == head and 0 <= c - b <= 1 for c, _ in persons):
            return True  # "الرئيس بوتفليقة" elsewhere
        if key(a, a + 1) == head and not any(key(d - 1, d) == last and 0 <= a - d <= 1 for _, d in persons):
            return True  # "وقالت شاهين" elsewhere
    return False
