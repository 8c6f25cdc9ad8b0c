"""Person-name fixes read from the words around the tagger's chunks (SPEC 2.1, 2.7): words a
name never ends in or runs on into (weekdays, particles, kin and role nouns, plural verbs,
religious formulas), titles before a name (آية الله, الملا), names of two people run together,
family names written alone. Pure functions of the words and the chunks; the stage
(`__init__.py`) applies them. Names after a role and its body are `role_names.py`'s; the
organisation and outlet mentions read from the text are `org_context.py`'s."""
from __future__ import annotations

import re
from collections import Counter

from .features import TITLES
from .gazetteer import PERSON_TYPES
from .mentions import PLACE_TYPES
from .norm import norm_key


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
_NISBA_SURNAME = re.compile(r"^ال\S{3,}ي$")  # الدوسري، العتيبي، القحطاني


def formula_tail(words: list[str]) -> int:
    """How many of a chunk's last words are a religious formula "<word> الله" (0 if none):
    "عبدالعزيز طيب الله" → 2 (the name is عبدالعزيز), "رضوان الله" → 2 (no name left); or the
    الله that opens a wish after a name ending in a nisba: "سعود الدوسري الله" → 1 (compound
    names join الله to a noun, definite or not: عبد الله، نصر الله، العبد الله، الحمد الله)."""
    if len(words) >= 2 and norm_key(words[-1]) == _GOD and norm_key(words[-2]) in _FORMULA_HEADS:
        return 2
    if len(words) >= 2 and norm_key(words[-1]) == _GOD and _NISBA_SURNAME.match(norm_key(words[-2])):
        return 1  # "سعود الدوسري الله يرحمك": a nisba is never the first half of "… الله"
    return 0


def surname_title(word: str) -> bool:
    """Is the word one of SURNAME_TITLES, also behind a proclitic ("والملا", "للملا")?"""
    key = norm_key(word)
    if key.startswith("لل"):
        key = "ا" + key[1:]
    elif key[:1] in "وفبك" and key[1:3] == "ال":
        key = key[1:]
    return key in SURNAME_TITLES


# Nouns of friendship and kinship with a possessive ending, which open no name: "رحم الله أخي
# وصديقي سعود", "حبيبي خالد" (audit U62: tributes wrote "وصديقي سعود الدوسري" as one person)
_MY_FRIENDS = frozenset(norm_key(w) for w in """صديقي صديقتي صديقنا صديقه حبيبي حبيبتي حبيبنا زميلي زميلتي
زميلنا رفيقي رفيقتي رفيقنا أخي أختي أخونا""".split())
# ... and the definite ones, before an indefinite word the lists give as a name's only: الصديق
# is also a name ("الصديق المهدي")
_THE_FRIENDS = frozenset(norm_key(w) for w in "الصديق الصديقة الزميل الزميلة الأخ الأخت".split())


def friend_word(word: str, next_word: str, next_types: frozenset[str]) -> bool:
    """A noun of friendship or kinship before a name, also behind و/ف ("وصديقي"): a possessive
    one always, a definite one before a name's word the lists give (`next_types`: the next
    word's name-list types) that has no ال: "الصديق سعود الدوسري" → سعود الدوسري."""
    key = norm_key(word)
    if key[:1] in "وف" and len(key) > 4:
        key = key[1:] if key[1:] in _MY_FRIENDS or key[1:] in _THE_FRIENDS else key
    return key in _MY_FRIENDS or (key in _THE_FRIENDS and bool(next_types & PERSON_TYPES)
                                  and not norm_key(next_word).startswith("ال"))


# an accusative of manner (فاعلاً: مازحا، ضاحكا; مُفعِلاً: مشيرا) or a verb in the plural or dual
# (يتكبدون، ينظران, تتوليان; not يعلون) or the first person's future (سأعترف): words the tagger
# runs a name on into ("بيبي سأعترف", audit U56; مفعولاً, "مصدوما", is `tails.participle_tail`'s:
# مندوزا has its shape)
_MANNER = re.compile(r"^(?:[^ا]ا[^ا]{2}|م[^ا]{3})ا$")
_VERB_PLURAL = re.compile(r"^(?:ي[^ا]{3,}(?:ون|ان)|تت[^ا]{2,}ان)$")
_FUTURE_I = re.compile(r"^سأ[^ا\s]{3,}$")  # (on the word as written: the keys fold سأ into سا of سامي)
# a past verb of the form أفعل with the object "me" (أوجعني، أحزنني، أسعدني): "الإعلامي سعود الدوسري
# أوجعني رحيلك" (audit U62); no alif among the three letters (ألباني is a name), as written
_VERB_ME = re.compile(r"^أ[^ا\s]{3}ني$")
# a people in the plural (الأكراد، الأتراك، السوريون): a family name is a singular nisba (التركي)
_PEOPLE = re.compile(r"^ال(?:ا[^ا]{2}ا[^ا]|.{3,}ي(?:ون|ين))$")
# a definite passive participle in the feminine or the plural (المسجونة، المعتقلين، المطلوبون):
# a description after the name ("زاغاري راتكليف المسجونة في إيران", audit U64); a family name of
# that shape is masculine singular (المنصور، المحجوب)
_PASSIVE_DESCRIPTION = re.compile(r"^الم[^ا]{2}و[^ا](?:ه|ين|ون)$")


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
    return bool(_MANNER.match(key) or _VERB_PLURAL.match(key) or _FUTURE_I.match(word) or _VERB_ME.match(word)
                or ("NAT" in types and _PEOPLE.match(key)) or _PASSIVE_DESCRIPTION.match(key))


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
                                                                  "بسبب", "خلال", "ضمن", "حول",
                                                                  # "ما حدث مع مريم لأي فتاة" (audit U64): "to any";
                                                                  # bare أي stays, a letter name ("أي إم أي")
                                                                  "لأي", "لأية"))
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


# particles and short words that are no word of a name (after a role, in a spokesman's pair)
NOT_NAME_PARTICLES = frozenset(norm_key(w) for w in """في من على عن إلى الى إن أن إنه أنه قد لا لم لن ما مع
بعد قبل عند منذ حتى كان كانت""".split())


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


def abd_name(word: str) -> bool:
    """"عبدربه", "عبدالله": a word that is the first half of a compound given name."""
    return len(word) >= 6 and word.startswith("عبد") and word.isalpha()
