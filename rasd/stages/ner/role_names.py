"""Person names the tagger missed after a role noun and the body the person serves (SPEC 2.1):
"رئيس مجلس النواب عقيلة صالح", "المتحدث باسم شرطة كابول حشمت ستانيكازي، إن". Pure functions
of the words and the chunks; the stage (`__init__.py`) applies them."""
from __future__ import annotations

from .around import NOT_NAME_PARTICLES
from .features import TITLES
from .gazetteer import PERSON_TYPES
from .norm import norm_key
from .textmemo import flagged


# Role nouns a person's name follows after the body they serve ("رئيس مجلس النواب عقيلة صالح",
# "عضو مجلس الشورى لطيفة الشعلان", "ومندوبها الدائم بالجامعة العربية دياب اللوح")
_ROLES = TITLES | frozenset(norm_key(w) for w in """عضو عضوة مندوب مندوبة مندوبها مندوبه مساعد نائب ممثل
مبعوث المبعوث المندوب رئيسة وزيرة قائد مدير مديرة محافظ الطبيب الطبيبة""".split())
_ROLE_REACH = 5  # words of the body between the role and the name


def _role_word(word: str) -> bool:
    """A role noun, alone or behind one letter (و, ل, ب …): "ومندوب", "لرئيس"."""
    key = norm_key(word)
    return key in _ROLES or key[1:] in _ROLES


_ROLE_MEMO: dict[str, bool] = {}  # token text → _role_word (textmemo.flagged)


def titled_names(words: list[str], chunks: list[tuple[int, int, str]], types, common,
                 person=lambda w: False) -> list[tuple[int, int, str]]:
    """Person chunks the tagger missed after a role and its body: a listed name word, then one
    or two more words that are names or not mostly common words ("لطيفة الشعلان", not "سعيد
    بالنتائج"). `types(word)`: name-list types; `common(word)`: mostly untagged in news;
    `person(word)`: mostly a person's name in news (a given name no list has: أفيخاي)."""
    taken = {k for a, b, _ in chunks for k in range(a, b)}
    out: list[tuple[int, int, str]] = []
    # (the role words first, in one pass of memoised tests: most words are none)
    for t in flagged(words, _ROLE_MEMO, _role_word):
        a = t + 1
        while a < len(words) and a - t <= _ROLE_REACH and a not in taken and words[a].isalpha() \
                and not _given(words[a], types, common) and not closed_pair(words, a, types, taken, person):
            a += 1
        if a < len(words) and a - t <= _ROLE_REACH and closed_pair(words, a, types, taken, person) \
                and not (out and out[-1][1] > a):
            out.append((a, a + 2, "PER"))  # "الطبيب أشرف القدرة إن": two words closed by a particle
            continue
        if a >= len(words) or a in taken or a - t > _ROLE_REACH or not _given(words[a], types, common):
            continue
        b = a + 1
        while b < len(words) and b - a < 3 and b not in taken and words[b].isalpha() \
                and norm_key(words[b]) not in NOT_NAME_PARTICLES and norm_key(words[b]) not in _ROLES \
                and (types(words[b]) & PERSON_TYPES or not common(words[b])):
            b += 1
        if b - a >= 2 and not (out and out[-1][1] > a):
            out.append((a, b, "PER"))
    return out


# "المتحدث باسم شرطة كابول حشمت ستانيكازي، إن": a spokesman's body, then his name — the
# one role whose name nearly always follows, so two words no list gives, closed by a particle
# or a comma, are his name even where the body holds a place (audit U32)
_SPOKESMEN = frozenset(norm_key(w) for w in "المتحدث المتحدثة الناطق الناطقة".split())
_ON_BEHALF = norm_key("باسم")
_SPOKESMAN_CLOSERS = frozenset(norm_key(w) for w in "إن أن إنه أنه في على عن لـ ، ,".split())


def _spokesman_word(word: str) -> bool:
    """المتحدث/الناطق, alone or behind one letter ("والمتحدث")."""
    key = norm_key(word)
    return key in _SPOKESMEN or key[1:] in _SPOKESMEN


_SPOKESMAN_MEMO: dict[str, bool] = {}  # token text → _spokesman_word (textmemo.flagged)


def spokesman_names(words: list[str], chunks: list[tuple[int, int, str]], types, common) -> list[tuple[int, int, str]]:
    """(a, a + 2, "PER") for two name words after "المتحدث/الناطق باسم" and its body (place
    and group chunks of the body skipped), closed by a particle or a comma. Each word is
    letters only, no article, no particle or role, not mostly a common word in news
    (`common`) unless the lists give it as a name (وحيد), no place, group or people by the
    lists (`types`). Not "المتحدث باسم الحكومة اليوم الأحد إن" (definite), nor "… في تصريح
    صحفي إن" (common words)."""
    starts = {a: (b, lab) for a, b, lab in chunks}
    out: list[tuple[int, int, str]] = []
    # (the role words first, in one pass of memoised tests: most words are none)
    for t in flagged(words[:-3], _SPOKESMAN_MEMO, _spokesman_word):
        if norm_key(words[t + 1]) != _ON_BEHALF:
            continue
        a = t + 2
        while a < len(words) - 2 and a - t <= _ROLE_REACH + 2:
            if a in starts and starts[a][1] != "PER":
                a = starts[a][0]  # "شرطة كابول": the body's place
                continue
            if _spokesman_pair(words, a, starts, types, common):
                out.append((a, a + 2, "PER"))
                break
            if not words[a].isalpha() or norm_key(words[a]) in _SPOKESMAN_CLOSERS or not _body_word(words[a], common):
                break  # (a name-like word that opens no pair: the name is not two words)
            a += 1
    return out


def _body_word(word: str, common) -> bool:
    """A word of the spokesman's body: definite ("الصحة") or a common word ("شرطة")."""
    return norm_key(word).startswith(("ال", "وال", "لل")) or common(word)


def _spokesman_pair(words: list[str], a: int, starts, types, common) -> bool:
    if a + 2 >= len(words) or a in starts or norm_key(words[a + 2]) not in _SPOKESMAN_CLOSERS:
        return False
    if a + 1 in starts and starts[a + 1] != (a + 2, "PER"):
        return False  # (a one-word person chunk may be the surname the tagger saw alone)
    for k, word in enumerate(words[a:a + 2]):
        key, found = norm_key(word), types(word)
        if (not word.isalpha() or key.startswith(("ال", "وال", "بال", "لل")) or key in NOT_NAME_PARTICLES
                or key in _ROLES or found & {"NAT", "ORG", "LOCB"}):
            return False
        if common(word) and not (k == 0 and found & PERSON_TYPES):
            return False
    return True


# words that close a name after a role: a clause particle or a preposition ("أشرف القدرة إن")
_CLOSERS = frozenset(norm_key(w) for w in "إن أن في على عن لـ".split())


def closed_pair(words: list[str], a: int, types, taken, person=lambda w: False) -> bool:
    """Words a, a+1 are a listed given name and one more word (a family name the lists may
    give as a common word or a place: "أشرف القدرة"), then a particle (2026-11-27). The given
    name may be listed as a place too (أشرف), for the particle closes the name, or be in no
    list but mostly a person's name in news (`person`: "أفيخاي أدرعي على صفحته")."""
    if a + 2 >= len(words) or a in taken or a + 1 in taken:
        return False
    first, second = norm_key(words[a]), norm_key(words[a + 1])
    return (("PERF" in types(words[a]) or person(words[a]))
            and not first.startswith("ال") and first not in NOT_NAME_PARTICLES
            and words[a + 1].isalpha() and second not in NOT_NAME_PARTICLES and second not in _ROLES
            and not second.startswith(("بال", "لل", "كال", "وال", "فال"))  # "وعد بالعمل على": a verb and a noun
            and not types(words[a + 1]) & {"NAT", "ORG", "LOCB"} and norm_key(words[a + 2]) in _CLOSERS)


# first halves of given names with الدين ("عز الدين", "عزالدين", "نورالدين")
_DIN_HEADS = frozenset(norm_key(w) for w in ("عز", "نور", "علاء", "صلاح", "سيف", "شمس", "بدر", "تقي", "جمال",
                                             "كمال", "محيي", "محي", "خير", "نصر", "فخر", "بهاء", "شرف", "عماد",
                                             "زين", "ضياء", "نجم", "حسام", "عصام", "سعد", "نظام", "تاج"))


def _given(word: str, types, common) -> bool:
    """A listed given name, or a word of listed people's names that is no common word ("في" is
    in some), and no place or group; or a compound with الدين written as one word ("عزالدين")."""
    found, key = types(word), norm_key(word)
    if key.endswith("الدين") and key[:-5] in _DIN_HEADS:
        return True
    if found & {"LOCB", "ORG", "NAT"} or key in NOT_NAME_PARTICLES or key.startswith("ال"):
        return False
    return "PERF" in found or ("PERT" in found and not common(word))
