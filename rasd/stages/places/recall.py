"""Entity fixes the places stage makes on its own evidence (it runs after the NER):

- a mention the NER labelled ORG/PER/MISC right after a place descriptor is a place
  ("شرق حي الزيتون", "في منطقة القاعدة" when the gazetteer has that town in the story's country);
- a named facility the NER missed, when the text says which town it is in ("مستشفى قوى الامن
  بالرياض", "بقاعة الصداقة بالخرطوم") or names it after a person the NER found ("المستشفى
  الجامعي فرحات حشاد");
- LOC mentions that are not places: a nationality adjective after a definite word ("الحملة
  الوطنية السعودية"), an adjective agreeing with an indefinite descriptor ("منطقة مزدحمة"), a
  name inside an institution's name ("جامعة ويتشيتا" is ORG, SPEC §2.7).

Each rule needs a cue word in the text; literal gazetteer matches back the name-based ones.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from rasd.gazetteer.base import Gazetteer
from rasd.gazetteer.variants import base_key, compact
from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.places.context import TextContext
from rasd.stages.places.lexicons import cue_words, may_strip, nisba, strip_proclitic, word_lists
from rasd.text.chars import unclosed_quote

_PLACE_KINDS = {"neighbourhood", "town", "village", "city", "admin1", "admin2", "region"}
# ORG/PER taken for a place only after these kinds, when the gazetteer knows the name there
_SETTLED = ("city", "town", "village", "neighbourhood", "admin1", "admin2")
_WORDS = word_lists()
_FACILITY_HEADS = {base_key(w): w for w in _WORDS["facility_head"]}
# Adjectives a facility head commonly takes before its name ("المستشفى الجامعي فرحات حشاد"),
# definite and indefinite ("مستشفى خاص").
_FACILITY_ADJ = {base_key(v) for w in _WORDS["facility_adj"] for v in (w, w[2:])}
# Adjectives of size, age and fame after a name are not part of it ("كنيسة القيامة الصغيرة").
_TRAILING_ADJ = {base_key(w) for w in _WORDS["trailing_adj"]}
# Words that end a facility name: function words, relatives, common verbs of news prose.
_NAME_STOP = {base_key(w) for w in _WORDS["name_stop"]}
# Heads of institutions whose conventional names contain a place: the whole is an ORG
# ("جامعة ويتشيتا", "وكالة الأناضول"). Not SPEC §2.7's descriptors (قناة السويس → السويس).
_ORG_HEADS = {base_key(w) for w in _WORDS["org_head"]}
# Indefinite descriptors an adjective agrees with ("منطقة مزدحمة", "مناطق نائية").
_FEM_DESCRIPTORS = {base_key(w) for w in _WORDS["fem_descriptor"]}
# after an indefinite family noun the name is the family's (an idafa: "عائلة الشيبة") or its
# origin adjective ("عائلة سورية"), not a place; after a definite one it may be the object of a
# verb ("وصلت الأسرة سوريا")
_FAMILY_WORDS = {base_key(w) for w in ("عائلة", "عائلات", "أسرة", "أسر")}


def _adjective_shaped(key: str) -> bool:
    """An indefinite feminine adjective: a participle (مزدحمة، محظورة) or a nisba (سكنية)."""
    return not key.startswith("ال") and key.endswith("ه") and (key.startswith("م") or key.endswith("يه"))


# Function words a hamza-folded key confuses with a place ("بأنه" "that it" → Baneh, بانه).
FUNCTION_WORDS = frozenset(_WORDS["function_word"])
# Words that name a place only after a place cue: "محافظة الداخلية" is Oman's province, "الداخلية"
# alone the interior ministry; "العرب" alone are the Arabs.
CUED_ONLY = frozenset(base_key(w) for w in _WORDS["cued_only"])
PUNCT = re.compile(r"[.,;:!?()\[\]«»\n،؛؟]")
# Tanween marks an indefinite common noun ("درعاً": a shield), never a place's name.
_TANWEEN = ("\u064b", "\u064c", "\u064d")
# A place name followed by a word that makes the pair an expression: "مسقط رأسه" (birthplace),
# "جدة والده", "جدة الأمير وليام" (a grandmother)
_NOT_BEFORE = {base_key(k): tuple(base_key(w) for w in after) for k, after in (
    ("مسقط", ("رأس",)), ("جدة", ("والد", "الأمير", "الأميرة", "الملك", "الملكة")),
    # "سيول وفيضانات", "سيول جارفة": torrents, not Seoul
    ("سيول", ("فيضان", "وفيضان", "أمطار", "وأمطار", "جارف", "انهيار", "وانهيار", "عارم", "غزير", "واسع", "مدمر",
              "هائل", "عنيف", "قوي")),
    ("هزة", ("أرضية", "ارتدادية", "عنيفة", "قوية")),  # an earthquake, not Heze
    # common-noun compounds spelled like a place: "الرباط الصليبي" (the cruciate ligament, not
    # Rabat), "الموصل العصبي" (a neurotransmitter, not Mosul), "بلم شمل" (ب + لمّ شمل: reuniting,
    # not Belém), "جنان الخلد" (the gardens of paradise, not Jinan)
    ("الرباط", ("الصليبي",)), ("الموصل", ("العصبي",)), ("بلم", ("شمل",)),
    ("جنان", ("الخلد", "النعيم", "الفردوس")))}
# ... and one preceded by a word that makes the pair an expression: "يفتح الباب" (opens the
# door), "أذان المغرب" / "صلاة المغرب" (the sunset prayer)
_NOT_AFTER = {base_key(k): frozenset(base_key(w) for w in before) for k, before in (
    ("الباب", ("فتح", "يفتح", "تفتح", "فتحت", "أغلق", "يغلق", "تغلق", "أغلقت", "أوصد", "باب", "كسر", "كسروا",
               "كسرت", "خلع", "خلعوا", "طرق", "طرقوا")),
    ("المرج", ("الهرج",)),  # "الهرج والمرج": commotion, not El-Marg
    ("الدوما", ("مجلس",)),  # "مجلس الدوما": the Russian parliament, not Douma in Syria
    ("المغرب", ("أذان", "اذان", "صلاة", "صلاتي", "وقت", "موعد", "قبيل", "بعيد", "إفطار", "آذان")),
    ("سيول", ("أمطار", "فيضانات", "انهيارات", "عواصف", "ثلوج", "أرضية", "غزيرة", "سقوط", "تدفق", "جرفتها")))}
_MAX_NAME_WORDS = 3


def _word_index(tc: TextContext, pos: int) -> int | None:
    """Index of the word that starts at `pos` (or contains it)."""
    i = bisect.bisect_right(tc.starts, pos) - 1
    return i if i >= 0 and tc.words[i][0] <= pos < tc.words[i][1] else None


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Nothing but spaces (or a quote mark) between a and b."""
    return not text[a:b].strip(" \"'“”") and b - a <= 3


def _literal_places(gaz: Gazetteer, name: str, features=_SETTLED) -> list:
    """Places that have `name` as written among their names, where one of it and the place's
    own name ends the other ("الثرثار" / "قرية الثرثار"; "المملكة العربية السعودية" / "السعودية"):
    not a stray alias."""
    key = compact(base_key(name))
    if not key:
        return []
    out = []
    for c in gaz.candidates(key, limit=20, literal=True):
        own = compact(base_key(c.name))
        if c.feature in features and (own.endswith(key) or key.endswith(own)):
            out.append(c)
    return out


def _cue_before(text: str, tc: TextContext, start: int, kinds=_PLACE_KINDS) -> str | None:
    """Kind of the place cue word right before `start` ("حي", "بمنطقة"), else None."""
    i = _word_index(tc, start)
    if i is None or i == 0 or tc.words[i][0] != start:
        return None
    ws, we, wkey = tc.words[i - 1]
    if not _gap_ok(text, we, start):
        return None
    hit = strip_proclitic(wkey, cue_words())
    kind = cue_words().get(hit) if hit else None
    return kind if kind in kinds else None


# "معبر كرم أبو سالم", "مضيق هرمز", "جبل الزيتون": what follows these is a place, never a person
_SITE_KINDS = frozenset({"facility", "natural"})


def relabel_cued(text: str, tc: TextContext, gaz: Gazetteer, entities: list[Entity],
                 countries: set[str]) -> list[Span]:
    """Mentions of ORG/PER/MISC entities that sit right after a place cue and are places:
    after حي (a quarter is named, whatever the gazetteer knows), or after another place cue
    when the gazetteer has the name as a place of a country the article is about. The
    mentions are taken out of their entity (an entity left empty is dropped) and returned."""
    out: list[Span] = []
    for e in entities:
        if e.label == "LOC":
            continue
        # a person or thing the tagger saw only after a crossing, strait or mountain word (a
        # person named elsewhere keeps the name: "سجن سمر بدوي" is her jailing)
        sites = e.label in ("PER", "MISC") and all(
            _cue_before(text, tc, m.start, _SITE_KINDS) for m in e.mentions)
        keep = []
        for m in e.mentions:
            # (a facility's cue too: "في سجن المنستير" is the prison in that town)
            kind = _cue_before(text, tc, m.start, _PLACE_KINDS | {"facility"})
            ok = kind == "neighbourhood" and len(m.text.split()) <= 2
            if kind and not ok:
                ok = any(c.country in countries for c in _literal_places(gaz, m.text))
            ok = ok or (sites and not _titled(m.text))
            (out if ok else keep).append(m)
        e.mentions = keep
    entities[:] = [e for e in entities if e.mentions]
    return out


_TITLES = frozenset(base_key(w) for w in ("الملك", "الأمير", "الشيخ", "الرئيس", "الإمام", "السلطان"))


def _titled(name: str) -> bool:
    """"مطار الملك خالد": a facility named after a titled person (the name is no place)."""
    return base_key(name.split()[0]) in _TITLES


def _agreeing_nisba(word: str, definite: bool) -> bool:
    """A nisba adjective (…ي, …ية as written: not الطوارئ) agreeing in definiteness with the
    head before it."""
    return word.startswith("ال") == definite and word.endswith(("ي", "ية")) and len(word) > (4 if definite else 2)


def _facility_end(text: str, tc: TextContext, i: int) -> int:
    """Index one past the last word of a facility name whose first name word is i."""
    j = i
    while j < len(tc.words) and j - i < _MAX_NAME_WORDS:
        ws, we, wkey = tc.words[j]
        if wkey in _NAME_STOP or (j > i and (wkey[:1] in "بلو" or PUNCT.search(text[tc.words[j - 1][1]:ws]))):
            break  # a preposition, a proclitic ("بالرياض"), "و" ("واثنان"), punctuation
        if any(ch.isdigit() for ch in text[ws:we]):
            break
        j += 1
    return j


def _town_after(text: str, tc: TextContext, gaz: Gazetteer, j: int, loc_starts: set[int]) -> bool:
    """Does a town follow word j-1: "بالرياض", "في الخرطوم", "في مدينة أبها"? The town is a LOC
    mention already, or under its own name a city of 100k people or more or a province (not a
    word that names a hamlet)."""
    words = tc.words
    if j >= len(words) or PUNCT.search(text[words[j - 1][1]:words[j][0]]):
        return False
    ws, we, wkey = words[j]
    k, start = None, None
    if text[ws:we][:1] == "ب" and len(text[ws:we]) > 3:
        k, start = j, ws + 1
    elif wkey == base_key("في") and j + 1 < len(words):
        k, start = j + 1, words[j + 1][0]
    if k is None:
        return False
    if strip_proclitic(words[k][2], cue_words()) and k + 1 < len(words):
        k, start = k + 1, words[k + 1][0]  # "في مدينة أبها", "بمحافظة بيشة"
    if start in loc_starts:
        return True
    name = compact(base_key(text[start:words[k][1]]))
    return any(compact(base_key(c.name)) == name and (c.feature == "admin1" or (
        c.feature == "city" and c.population >= 100_000)) for c in gaz.candidates(name, limit=20, literal=True))


@lru_cache(maxsize=100_000)
def _facility_head(wkey: str) -> str | None:
    """strip_proclitic(wkey, _FACILITY_HEADS), memoised: asked of every word of every text."""
    return strip_proclitic(wkey, _FACILITY_HEADS)


def find_facilities(text: str, tc: TextContext, gaz: Gazetteer, entities: list[Entity]) -> list[Span]:
    """Named facilities the NER missed: HEAD [adjective] NAME, where NAME is 1–3 words and
    either the text names the town right after ("مستشفى قوى الامن بالرياض") or the NER found
    NAME as a person or organisation (a hospital named after someone). Other mentions of a
    found name follow ("وطوارئ مستشفى قوى الامن")."""
    taken = [(m.start, m.end, e) for e in entities for m in e.mentions]
    loc_starts = {m.start for e in entities if e.label == "LOC" for m in e.mentions}
    found: list[Span] = []
    words = tc.words
    for k in may_strip(tc.keys, _FACILITY_HEADS):
        ws, we, wkey = words[k]
        head = _facility_head(wkey)
        if head is None or k + 1 >= len(words) or not _gap_ok(text, we, words[k + 1][0]):
            continue
        s = ws + (len(text[ws:we]) - len(_FACILITY_HEADS[head]))  # proclitics stay outside
        i = k + 1
        definite = head.startswith("ال")
        while i < len(words) and i - k <= 2 and (words[i][2] in _FACILITY_ADJ or (
                _agreeing_nisba(text[words[i][0]:words[i][1]], definite)
                and not any(words[i][0] <= a < words[i][1] for a, _b, _e in taken))):
            # "المستشفى الجامعي", "المستشفى الجهوي": adjectives, not the name — unless the NER
            # found a name there ("فندق وهيلي": هيلي, not an adjective like دولي)
            i += 1
        if i >= len(words) or i - k > 2 or words[i][2] in _NAME_STOP or (i > k + 1 and words[i][2][:1] == "و"):
            continue  # no name after the adjectives ("مستشفى خاص واثنان …")
        if i > k + 1 and not _gap_ok(text, words[i - 1][1], words[i][0]):
            continue  # "بالقرب من مستشفى محلي.\n\nالحوثيون يعلنون": the phrase ended with the adjective
        after = j = _facility_end(text, tc, i)
        while j > i + 1 and words[j - 1][2] in _TRAILING_ADJ:
            j -= 1  # a trailing adjective is not the name ("كنيسة القيامة الصغيرة")
        if j == i:
            continue
        end = words[j - 1][1]
        if '"' in text[s:end] and text[end:end + 1] == '"' and text[s:end].count('"') % 2:
            end += 1  # the closing quote of a quoted name: 'مستشفى "دار الشفاء"'
        inside = [(a, b, e) for a, b, e in taken if a < end and s < b]
        if any(e.label == "LOC" or b > end or a < s for a, b, e in inside):
            continue  # the NER has a place there, or an entity that reaches outside the phrase
        # a person or body the name is given after starts it ("… فرحات حشاد"); one further on is
        # apposition ("في المسجد الأقصى رضوان عمرو": the man works there)
        named = [b for a, b, e in inside if e.label in ("PER", "ORG") and a < words[i][1]]
        if not named and any(e.label in ("PER", "ORG") for _a, _b, e in inside):
            continue
        if named and definite and i == k + 1 and any(e.label == "PER" for _a, _b, e in inside):
            continue  # "مدير عام المستشفى منصور الزحوفي": a definite head names no one; the man is its director (U50)
        if named:
            end = max(named)  # the person's name ends the facility's ("… فرحات حشاد استقبل")
            found.append(Span(s, end, text[s:end]))
        elif _town_after(text, tc, gaz, after, loc_starts):
            found.append(Span(s, end, text[s:end]))
    return found + _facility_repeats(text, found, taken)


def _facility_repeats(text: str, found: list[Span], taken) -> list[Span]:
    out: list[Span] = []
    spans = [(sp.start, sp.end) for sp in found] + [(a, b) for a, b, _e in taken]
    for name in {sp.text for sp in found}:
        for m in re.finditer(re.escape(name), text):
            a, b = m.start(), m.end()
            if (b < len(text) and text[b].isalpha()) or any(a < y and x < b for x, y in spans):
                continue
            out.append(Span(a, b, name))
            spans.append((a, b))
    return out


def drop_entities_inside(entities: list[Entity], spans: list[Span]) -> None:
    """Non-LOC entity mentions inside a found facility (its namesake person) are dropped."""
    for e in entities:
        if e.label != "LOC":
            e.mentions = [m for m in e.mentions if not any(sp.start <= m.start and m.end <= sp.end for sp in spans)]
    entities[:] = [e for e in entities if e.mentions]


def _prev_word(text: str, tc: TextContext, start: int) -> tuple[str, str] | None:
    """(surface, key) of the word right before `start`, when only spaces/quotes separate them."""
    i = _word_index(tc, start)
    if i is None or i == 0:
        return None
    ws, we, wkey = tc.words[i - 1]
    if tc.words[i][0] != start or not _gap_ok(text, we, start):
        return None
    return text[ws:we], wkey


def in_expression(text: str, tc: TextContext, key: str, end: int, start: int | None = None) -> bool:
    """Does the word after a name ending at `end` ("مسقط رأسه"), or the word before it
    starting at `start` ("يفتح الباب", "أذان المغرب"), make an expression of it?"""
    if key in _NOT_BEFORE:
        nxt = _next_key(text, tc, end)
        if nxt is not None and nxt.startswith(_NOT_BEFORE[key]):  # (رأسه, والدته: with a suffix)
            return True
    if start is not None and key in _NOT_AFTER:
        i = _word_index(tc, start)  # (the word before the mention's word, also behind a و on it)
        prev = None if not i else _prev_word(text, tc, tc.words[i][0])
        return prev is not None and strip_proclitic(prev[1], _NOT_AFTER[key]) is not None  # ("وبعد أذان")
    return False


def _next_key(text: str, tc: TextContext, end: int) -> str | None:
    """Key of the word right after `end`, when only spaces separate them."""
    i = bisect.bisect_left(tc.starts, end)
    if i >= len(tc.words) or text[end:tc.words[i][0]].strip():
        return None
    return tc.words[i][2]


def _in_name(text: str, tc: TextContext, gaz: Gazetteer, m: Span) -> bool:
    """Is the mention the end of a longer place name ("المملكة العربية السعودية")?"""
    i = _word_index(tc, m.start)
    if not i:
        return False
    for k in (1, 2):
        if i - k < 0 or PUNCT.search(text[tc.words[i - k][0]:m.start]):
            break
        if _literal_places(gaz, text[tc.words[i - k][0]:m.end], ("country", "admin1", "city")):
            return True
    return False


def _bare_cue(key: str) -> bool:
    """A mention that is a cue word alone ("بجزيرة" of "بجزيرة لومبوك") names no place: the
    name follows it ("الجزيرة", with ال, is a name: قناة الجزيرة، ولاية الجزيرة)."""
    hit = strip_proclitic(key, cue_words()) if " " not in key else None
    return hit is not None and not hit.startswith("ال") and cue_words()[hit] != "direction"


def _definite(word: str) -> bool:
    return word.startswith(("ال", "لل")) or (word[:1] in "وبفك" and word[1:].startswith("ال"))


def not_places(text: str, tc: TextContext, gaz: Gazetteer, entities: list[Entity]) -> list[Span]:
    """Drop LOC mentions that are not places (see the module docstring); returns them, so
    that no later pass adds them back."""
    adjectives = nisba()
    dropped: list[Span] = []
    orgs: list[Span] = []
    for e in entities:
        if e.label != "LOC":
            continue
        keep = []
        for m in e.mentions:
            prev = _prev_word(text, tc, m.start)
            key = base_key(m.text)
            drop = m.text in FUNCTION_WORDS or m.text.endswith(_TANWEEN) or (
                key in CUED_ONLY and not (prev and strip_proclitic(prev[1], cue_words()) is not None))
            drop = drop or in_expression(text, tc, key, m.end, m.start) or _bare_cue(key) or _two_seas(text, key, m.end)
            drop = drop or _paired_nisba(gaz, key, adjectives)
            if prev and not drop:
                surface, pkey = prev
                if strip_proclitic(pkey, _FAMILY_WORDS) is not None:
                    drop = True  # "(عائلة الشيبة)": a family, not the village of that name
                elif strip_proclitic(pkey, _ORG_HEADS) is not None:
                    drop = True  # جامعة ويتشيتا: the university is the entity (ORG)
                    orgs.append(_institution(text, tc, m))
                elif (key in adjectives and m.text.startswith("ال") and _definite(surface)
                      and not _in_name(text, tc, gaz, m)):
                    # an idafa's first term has no ال: "X-ال السعودية" is an adjective, also after
                    # a proclitic ("للداخلية السعودية", "بالحكومة السورية")
                    drop = True
                elif (" " not in m.text and _adjective_shaped(key) and strip_proclitic(pkey, _FEM_DESCRIPTORS)
                      and not gaz.candidates(compact(key), limit=1, literal=True)):
                    drop = True  # "منطقة مزدحمة": an adjective agreeing with the descriptor
            (dropped if drop else keep).append(m)
        e.mentions = keep
    _papers_everywhere(gaz, entities, orgs, dropped)
    entities[:] = [e for e in entities if e.label != "LOC" or e.mentions]
    _add_orgs(entities, [o for o in orgs if not _crossed(entities, o)])
    return dropped


# the dual and plural endings of a nisba adjective: اليمنيتين/اليمنيتان (two Yemeni …), السوريين
_PAIRED = (("يتين", "يه"), ("يتان", "يه"), ("يين", "ي"), ("يون", "ي"))
_PAIRED_ENDS = tuple(end for end, _sing in _PAIRED)


def _paired_nisba(gaz: Gazetteer, key: str, adjectives: dict[str, str]) -> bool:
    """Is the one-word mention a nationality adjective in the dual or plural ("محافظتي حجة
    وصعدة اليمنيتين": the two Yemeni provinces)? Not a name the gazetteer has as written
    (مديات is Midyat, a town)."""
    if " " in key or not key.endswith(_PAIRED_ENDS):  # (one C call rules most words out)
        return False
    stem = next((key[:-len(end)] + sing for end, sing in _PAIRED if key.endswith(end)), None)
    return (stem is not None and stem in adjectives
            and not gaz.candidates(compact(key), limit=1, literal=True))


_BAHRAIN = base_key("البحرين")
# "في البحرين الأحمر والمتوسط": the dual of بحر, two seas each named by its adjective
_SEA_ADJECTIVE = r"ال(?:[أا]حمر|[أا]بيض|[أا]سود|متوسط|عربي|ميت|[أا]صفر|كاريبي|شمالي|بلطيق|[أا]درياتيكي|[إا]يجي)"
_TWO_SEAS = re.compile(rf"\s+{_SEA_ADJECTIVE}\s+و{_SEA_ADJECTIVE}(?![\w])")


def _two_seas(text: str, key: str, end: int) -> bool:
    """Is "البحرين" here the two seas ("البحرين الأحمر والمتوسط"), not Bahrain? Not when no
    second sea is joined by و ("البحرين الأحمر"), nor in "البحرين والسعودية"."""
    return key == _BAHRAIN and _TWO_SEAS.match(text, end) is not None


def _papers_everywhere(gaz: Gazetteer, entities: list[Entity], orgs: list[Span], dropped: list[Span]) -> None:
    """"صحيفة بوسطن غلوب" … "لدعوة بوسطن غلوب": a paper's name that is no place is the paper
    in its other mentions too (a paper's span is the mention itself, صحيفة outside)."""
    if not orgs:
        return  # (no institution named: no paper to look for)
    dropped_at = {(m.start, m.end) for m in dropped}
    papers = {o.text for o in orgs if (o.start, o.end) in dropped_at}
    for e in entities:
        moved = [m for m in e.mentions if e.label == "LOC" and m.text in papers
                 and not gaz.candidates(compact(base_key(m.text)), limit=1, literal=True)]
        if moved:
            orgs.extend(moved)
            dropped.extend(moved)
            e.mentions = [m for m in e.mentions if m not in moved]


# صحيفة stays outside a paper's name (SPEC 2.7: "صحيفة الوئام" → الوئام)
_OUTSIDE_HEADS = frozenset({base_key("صحيفة")})


def _institution(text: str, tc: TextContext, m: Span) -> Span:
    """The ORG a name inside an institution's name stands for: the head noun (without its
    proclitic) to the name's end, and a closing quotation mark ('جامعة "ويتشيتا"')."""
    i = _word_index(tc, m.start)
    ws, we, _k = tc.words[i - 1]
    surface = text[ws:we]
    shift = next((k for k in range(3) if base_key(surface[k:]) in _ORG_HEADS), 0)
    start = m.start if base_key(surface[shift:]) in _OUTSIDE_HEADS else ws + shift
    end = m.end
    close = unclosed_quote(text[start:m.end])
    if close is not None:  # a quoted name goes on to its closing mark: 'إذاعة "أوروبا الحرة"'
        j = text.find(close, m.end, m.end + _QUOTE_REACH)
        if j >= 0 and "\n" not in text[m.end:j]:
            end = j + 1
    return Span(start, end, text[start:end])


_QUOTE_REACH = 40


def last_entity_number(entities: list[Entity]) -> int:
    """The highest n of the entity ids e{n}: new entities the stage adds take the next ones."""
    return max((int(e.id[1:]) for e in entities if e.id[:1] == "e" and e.id[1:].isdigit()), default=0)


def _inside(mm: Span, sp: Span) -> bool:
    return sp.start <= mm.start and mm.end <= sp.end


def _crossed(entities: list[Entity], sp: Span) -> bool:
    """Another mention overlaps the institution's span without lying inside it."""
    return any(mm.start < sp.end and sp.start < mm.end and not _inside(mm, sp)
               for e in entities for mm in e.mentions)


def _add_orgs(entities: list[Entity], spans: list[Span]) -> None:
    """ORG entities for institutions found here, one per name; a piece of one the NER tagged
    ("جامعة" of 'جامعة "ويتشيتا"') gives way to it."""
    if not spans:  # (what the lines below leave of the list then)
        entities[:] = [e for e in entities if e.mentions]
        return
    for e in entities:
        e.mentions = [mm for mm in e.mentions if not any(_inside(mm, sp) for sp in spans)]
    entities[:] = [e for e in entities if e.mentions]
    by_name = {e.name: e for e in entities if e.label == "ORG"}
    n = last_entity_number(entities)
    for sp in spans:
        ent = by_name.get(sp.text)
        if ent is None:
            n += 1
            ent = by_name[sp.text] = Entity(id=f"e{n}", label="ORG", name=sp.text, mentions=[])
            entities.append(ent)
        ent.mentions.append(sp)
