"""Mention fixes read from the words around the tagger's chunks (SPEC 2.1, 2.7): outlets in
datelines and quotations, agencies, a base that is not al-Qaeda, names split or run on,
party epithets, generic institutions, family names written alone. Pure functions of the
text and the spans; the stage (`__init__.py`) applies them."""
from __future__ import annotations

import re
from collections import Counter

from rasd.lang.lexicon import packaged_text
from rasd.model.span import Span
from rasd.text.chars import unclosed_quote

from .actors import AMBIGUOUS_ALIASES
from .actors import key as actor_key
from .features import TITLES
from .gazetteer import PERSON_TYPES
from .mentions import DATELINE_OUTLETS, PLACE_TYPES
from .norm import norm_key
from .textmemo import flagged

# Words a person's name never ends with: the tagger runs on into a weekday or a preposition
NAME_ENDERS = frozenset(norm_key(w) for w in """الخميس الجمعة السبت الأحد الاثنين الإثنين الثلاثاء
الأربعاء أمس اليوم بالقرب أمام خلال""".split())
# Words a run-on person's mention ends before, or is split at: particles, and nouns of kin and
# role that follow a name ("الأمير وليام نجل ولي العهد", "جدة الأمير وليام الأميرة أليس"); not
# titles that are also family names (الشيخ، القاضي، السيد, الحاج)
NAME_BREAKS = frozenset(norm_key(w) for w in """إن أن فإن وإن لأن بأن نجل نجله نجلها زوجته زوجها
شقيقه شقيقها شقيقته والده والدته ابنه ابنته دوق الأميرة الملكة السفير المتحدث الناطق الوزير""".split())
# regnal ordinals: a king's or pope's name ends with one, so a name run on after it is another
# person's ("كلف الملك عبدالله الثاني سمير زيد": the king charged Samir Zaid), unless a link
# carries the king's name on ("عبدالله الثاني ابن الحسين")
REGNAL_ORDINALS = frozenset(norm_key(w) for w in """الأول الثاني الثالث الرابع الخامس السادس السابع
الثامن التاسع العاشر""".split())
# titles and role nouns that are also family names ("عبدالله الملا", "يوسف الشاهد"; الشاهد "the
# witness" before "أليكس شاكر"): a title only before more of a name, so
# dropped at a chunk's start ("الملا محمد عمر" → محمد عمر, as gold writes "محمد أختر منصور") and
# a break inside one ("للملا عمر الملا عبدالله منان" → عمر | عبدالله منان), never at its end
SURNAME_TITLES = frozenset(norm_key(w) for w in ("الملا", "الملّا", "الشاهد"))


# a word that makes "<word> الله" a formula, not a name ("رضوان الله عليهم", "طيب الله ثراه",
# "بحمد الله", "بنيان الله"); names with الله (عبد، نصر، فتح، سيف، خليل، عطا، الحمد الله) are not here
_FORMULA_HEADS = frozenset(norm_key(w) for w in """رضوان رضي رحمه رحمة طيب بحمد بنيان بإذن بسم سبحان لعنة
أسكنه تقبله حفظه حفظها حفظهم يحفظه يحفظها يحفظهم رعاه يرعاه يرحمه رحمهم""".split())
# (the wishes after a ruler's or the dead's name: "-حفظهم الله-", "يرعاه الله", "يرحمه الله")
_GOD = norm_key("الله")


def formula_tail(words: list[str]) -> int:
    """How many of a chunk's last words are a religious formula "<word> الله" (0 if none):
    "عبدالعزيز طيب الله" → 2 (the name is عبدالعزيز), "رضوان الله" → 2 (no name left)."""
    if len(words) >= 2 and norm_key(words[-1]) == _GOD and norm_key(words[-2]) in _FORMULA_HEADS:
        return 2
    return 0


def surname_title(word: str) -> bool:
    """Is the word one of SURNAME_TITLES, also behind a proclitic ("والملا", "للملا")?"""
    key = norm_key(word)
    if key.startswith("لل"):
        key = "ا" + key[1:]
    elif key[:1] in "وفبك" and key[1:3] == "ال":
        key = key[1:]
    return key in SURNAME_TITLES
# an accusative of manner (فاعلاً: مازحا، ضاحكا; مُفعِلاً: مشيرا) or a verb in the plural or dual
# (يتكبدون، ينظران, تتوليان; not يعلون) or the first person's future (سأعترف): words the tagger
# runs a name on into ("بيبي سأعترف", audit U56; مفعولاً, "مصدوما", is `tails.participle_tail`'s:
# مندوزا has its shape)
_MANNER = re.compile(r"^(?:[^ا]ا[^ا]{2}|م[^ا]{3})ا$")
_VERB_PLURAL = re.compile(r"^(?:ي[^ا]{3,}(?:ون|ان)|تت[^ا]{2,}ان)$")
_FUTURE_I = re.compile(r"^سأ[^ا\s]{3,}$")  # (on the word as written: the keys fold سأ into سا of سامي)
# a people in the plural (الأكراد، الأتراك، السوريون): a family name is a singular nisba (التركي)
_PEOPLE = re.compile(r"^ال(?:ا[^ا]{2}ا[^ا]|.{3,}ي(?:ون|ين))$")


_VERB_PLURAL_LONG = re.compile(r"^ي[^\s]{4,}ون$")


def plural_verb(word: str) -> bool:
    """Is the word (as its key) an imperfect verb of the plural: the narrow shape above, or one
    of six letters or more with an alif inside ("يضايقون", "يلاحقون"; names of that shape —
    يارون — are five)? Callers check the name lists first."""
    key = norm_key(word)
    return bool(_VERB_PLURAL.match(key) or _VERB_PLURAL_LONG.match(key))


def not_name_word(word: str, types: frozenset[str]) -> bool:
    """A word a person's name does not go on into: a weekday, a particle, a kin or role noun,
    an adverb, a plural verb, a people ("شتاينماير الأكراد"). (Not places, nor nisbas: family
    names are often both, الأحمدي, التركي, السلام of "صلاح عبد السلام".)"""
    key = norm_key(word)
    if key in NAME_ENDERS or key in NAME_BREAKS or word.endswith(("اً", "ًا")):
        return True
    if any(ch.isdigit() for ch in word):
        return True  # "أردوغان 6- وزير الصحة": a list's number (audit U48)
    if types & PERSON_TYPES:
        return False  # "ماريا", "يونان": listed as names
    if key.startswith("لل") and len(key) >= 5:
        return True  # "سارة ساندرز للصحفيين": ل + ال before a noun, no name's word (audit U48)
    return bool(_MANNER.match(key) or _VERB_PLURAL.match(key) or _FUTURE_I.match(word)
                or ("NAT" in types and _PEOPLE.match(key)))


_LINKERS = frozenset(norm_key(w) for w in ("بن", "ابن", "أبو", "ابو", "آل", "عبد", "أبي"))
# words that link a name to the next word, so a person's name never ends in one ("أنييس فون دير
# مول", "عبدالله بن مساعد")
# (not أبو/أبي/آل/عبد: "شينزو آبي" ends in a name that reads like أبي)
NAME_LINKS = frozenset(norm_key(w) for w in ("بن", "ابن", "بنت", "فون", "فان", "دي", "دير", "دو", "دا"))
PREPOSITIONS = frozenset(norm_key(w) for w in ("إلى", "الى", "في", "من", "على", "عن", "مع", "بين", "لدى", "ضد"))
# prepositions and particles no name ends in ("حركة الجمهورية إلى الأمام" is no "الجمهورية إلى")
ENDING_PARTICLES = PREPOSITIONS | frozenset(norm_key(w) for w in ("أن", "إن", "ان", "لا", "قد",
                                                                   # "عن سيرغي لافروف قوله": his saying
                                                                   "قوله", "قولها", "قولهم", "قولهما",
                                                                   # "داخل الاتحاد الدولي للعبة بسبب" (audit U50)
                                                                   "بسبب", "خلال", "ضمن", "حول"))
# particles no name starts with ('"وفا" بأن أحمد منصور حسان'), as written with their hamza:
# bare "بان" starts "بان كي مون"
LEADING_PARTICLES = frozenset(("بأن", "أن", "إن", "لأن", "وأن", "وإن", "فإن", "كأن", "بأنه", "بأنها"))


# "آية الله" (ayatollah) is a title, written with ة or ه, or آيت: the name comes after it
_AYATOLLAH = frozenset(norm_key(w) for w in ("آية", "آيه", "آيت", "اية", "ايه"))


def after_title(chunks: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """Person chunks that begin with "آية الله" start after it ("آية الله علي السيستاني" →
    علي السيستاني); a chunk that is the title alone goes, and a person chunk up to two words
    after it takes in the words between ("آية الله" + "خامنئي" → علي خامنئي)."""
    out: list[tuple[int, int, str]] = []
    title_end = None
    for a, b, lab in chunks:
        if lab == "PER" and b - a >= 2 and norm_key(words[a]) in _AYATOLLAH and norm_key(words[a + 1]) == "الله":
            if b - a == 2:
                title_end = b
                continue
            a += 2
        elif lab == "PER" and title_end is not None and title_end < a <= title_end + 2:
            a = title_end
        title_end = None
        out.append((a, b, lab))
    return out


# Role nouns a person's name follows after the body they serve ("رئيس مجلس النواب عقيلة صالح",
# "عضو مجلس الشورى لطيفة الشعلان", "ومندوبها الدائم بالجامعة العربية دياب اللوح")
_ROLES = TITLES | frozenset(norm_key(w) for w in """عضو عضوة مندوب مندوبة مندوبها مندوبه مساعد نائب ممثل
مبعوث المبعوث المندوب رئيسة وزيرة قائد مدير مديرة محافظ الطبيب الطبيبة""".split())
_ROLE_REACH = 5  # words of the body between the role and the name
NOT_NAME_PARTICLES = frozenset(norm_key(w) for w in """في من على عن إلى الى إن أن إنه أنه قد لا لم لن ما مع
بعد قبل عند منذ حتى كان كانت""".split())


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
                and not _given(words[a], types, common) and not _closed_pair(words, a, types, taken, person):
            a += 1
        if a < len(words) and a - t <= _ROLE_REACH and _closed_pair(words, a, types, taken, person) \
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


def _closed_pair(words: list[str], a: int, types, taken, person=lambda w: False) -> bool:
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


def _given(word: str, types, common) -> bool:
    """A listed given name, or a word of listed people's names that is no common word ("في" is
    in some), and no place or group; or a compound with الدين written as one word ("عزالدين")."""
    found, key = types(word), norm_key(word)
    if key.endswith("الدين") and key[:-5] in _DIN_HEADS:
        return True
    if found & {"LOCB", "ORG", "NAT"} or key in NOT_NAME_PARTICLES or key.startswith("ال"):
        return False
    return "PERF" in found or ("PERT" in found and not common(word))


# first halves of given names with الدين ("عز الدين", "عزالدين", "نورالدين")
_DIN_HEADS = frozenset(norm_key(w) for w in ("عز", "نور", "علاء", "صلاح", "سيف", "شمس", "بدر", "تقي", "جمال",
                                             "كمال", "محيي", "محي", "خير", "نصر", "فخر", "بهاء", "شرف", "عماد",
                                             "زين", "ضياء", "نجم", "حسام", "عصام", "سعد", "نظام", "تاج"))


def _to_title(key: str) -> bool:
    """ل + ال + a title, contracted: "للرئيس", "للوزير"."""
    return key.startswith("لل") and len(key) > 4 and "ا" + key[1:] in TITLES


def split_persons(chunks: list[tuple[int, int, str]], words: list[str], types) -> list[tuple[int, int, str]]:
    """Person chunks that run two people together, split: at a kin or role noun between them
    ("وليام الأميرة أليس" → وليام, أليس), before a second name joined by و, a listed
    name the article also writes alone ("لافروف وكيري"; not "إسكندر وتوت", one man), and
    between two family names of people the article names in full ("ميركل بوتين" after
    "أنغيلا ميركل" and "فلاديمير بوتين")."""
    alone = {norm_key(w) for w in words}
    persons = [tuple(norm_key(w) for w in words[a:b]) for a, b, lab in chunks if lab == "PER" and b - a >= 2]
    lasts = Counter(p[-1] for p in persons if p[-1] not in _LINKERS)
    named = Counter(persons)  # the person chunks of two words or more
    singles = Counter(norm_key(words[a]) for a, b, lab in chunks if lab == "PER" and b - a == 1)
    places = {tuple(norm_key(w) for w in words[a:b]) for a, b, lab in chunks if lab == "LOC"}
    out = []
    for a, b, lab in chunks:
        two = tuple(norm_key(w) for w in words[a:b])
        cut = _two_people(two, named, singles, lasts) if lab == "PER" else None
        if cut:  # "ترامب فلاديمير بوتين" beside "ترامب" and "فلاديمير بوتين"
            out += [(a, a + cut, lab), (a + cut, b, lab)]
            continue
        # each word ends another person's name, and the pair is no name written elsewhere
        # (not "سلمان العودة" twice)
        if (lab == "PER" and len(two) == 2 and lasts[two[0]] >= 1 and lasts[two[1]] >= 2
                and sum(1 for p in persons if two in zip(p, p[1:])) == 1):
            out += [(a, a + 1, lab), (a + 1, b, lab)]
            continue
        k = a + 1
        while lab == "PER" and k < b:
            key = norm_key(words[k])
            if key in NAME_BREAKS or (surname_title(words[k]) and k < b - 1):
                out.append((a, k, lab))
                a, k = k + 1, k + 2
            elif _to_title(key) and k < b - 1:
                # "بيونغ يانغ للرئيس مون": ل + a title ends one name and starts another (audit
                # U48); the first is a place when the lists, or the article's place chunks, give
                # it as one, and the lists as no person
                first = types(" ".join(words[a:k]))
                place = bool(first & PLACE_TYPES) or tuple(norm_key(w) for w in words[a:k]) in places
                out.append((a, k, "LOC" if place and not first & PERSON_TYPES else lab))
                a, k = k + 1, k + 2
            elif key in REGNAL_ORDINALS and k < b - 1 and not _regnal_link(words[k + 1]):
                out.append((a, k + 1, lab))  # "عبدالله الثاني | سمير زيد"
                a, k = k + 1, k + 2
            elif (key[:1] == "و" and len(key) > 3 and key[1:] in alone and not types(words[k])
                  and types(words[k][1:]) & PERSON_TYPES):
                out.append((a, k, lab))
                a, k = k, k + 1
            else:
                k += 1
        if a < b:
            out.append((a, b, lab))
    return out


def _regnal_link(word: str) -> bool:
    """A word that carries a king's name on after its ordinal: بن, ابن, آل ("عبدالله الثاني ابن
    الحسين")."""
    return norm_key(word) in _LINKERS or norm_key(word) in NAME_LINKS


def _two_people(name: tuple[str, ...], named: Counter, singles: Counter, lasts: Counter) -> int | None:
    """Where a chunk of three words or more runs a one-word name and another person's whole
    name together, each also written apart in the article: the cut, else None."""
    if len(name) < 3 or any(w in _LINKERS or w in NAME_LINKS for w in name):
        return None  # ("محمد بن سلمان" beside "بن سلمان" is one man)
    if (singles[name[0]] or lasts[name[0]]) and named[name[1:]]:
        return 1
    if (singles[name[-1]] or lasts[name[-1]] >= 2) and named[name[:-1]] and name[-1] != name[-2]:
        # (this chunk's own last word is one of `lasts`: another name must end in it too)
        return len(name) - 1
    return None


# A family name that is also one of these is not propagated alone (التركي: Turkish; الحاج,
# الثاني: titles)
NOT_SURNAME = frozenset({"NAT", "LOCB", "LOCS", "ORG", "PERT"})


def surname_shaped(key: str) -> bool:
    """Not a title, a preposition with the article (بالقرب of a run-on "صالح بالقرب"), nor a
    feminine adjective (الانقلابية of "قوات صالح الانقلابية")."""
    bare = key[2:] if key.startswith("ال") else key
    return (key not in TITLES and bare not in TITLES and norm_key("ال" + bare) not in TITLES
            and not key.startswith(("بال", "لل", "كال", "وال", "فال"))
            and not (key.startswith("ال") and key.endswith(("يه", "ية")) and len(bare) >= 6))


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


def abd_name(word: str) -> bool:
    """"عبدربه", "عبدالله": a word that is the first half of a compound given name."""
    return len(word) >= 6 and word.startswith("عبد") and word.isalpha()


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
