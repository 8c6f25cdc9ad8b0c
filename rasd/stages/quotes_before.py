"""The speaker named before the cue (SVO): `speaker_before` (the subject before the verb, a
relative clause's head, a platform's poster), `plural_before` (the definite plural noun a
…وا cue agrees with), `according_before` ("بحسب X") and `statement_before` (who spoke in the
sentence before a subject-less و-cue).
"""
from __future__ import annotations

from rasd.lang.words import WAS
from rasd.model.span import ArgSpan
from rasd.stages.quotes_after import speaker_after
from rasd.stages.quantities_lex import NOUNS
from rasd.stages.quotes_ctx import Ctx, addressee, nominal, span_arg
from rasd.stages.quotes_lex import ACCORDING, but_clause, cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_near import NAME_MAX, placed, is_platform, source_word, timed
from rasd.stages.quotes_subject import noun_phrase, opening_subject, speech_subject, main_subject
from rasd.text.conj import without_conjunction


BACK_MAX = 6


def _poster(ctx: Ctx, k: int, i: int) -> ArgSpan | None:
    """"وقبيل انقضاء المهلة، نشرت السفارة الروسية عدة تغريدات بموقع تويتر تقول": the subject
    of the verb of posting before the platform at token k, in cue i's sentence."""
    for j in range(k - 1, -1, -1):
        if not ctx.same_sentence(j, i):
            return None
        if strip_conj(ctx.norms[j]) not in _POSTING:
            continue
        m = ctx.mention_of[j + 1]
        if m is not None:
            return ctx.mention_arg(m) if m.label in ("PER", "ORG") and not is_platform(ctx, j + 1) else None
        rng = nominal(ctx, j + 1, k)
        first = strip_conj(ctx.norms[j + 1])
        subject_like = first.startswith("ال") or any(word_is(first, c) for c in ("source", "title", "desc"))
        # ("نشر عدة تغريدات": no subject written, the post itself follows)
        return span_arg(ctx, *rng) if rng is not None and subject_like else None
    return None


_POSTING = frozenset({"نشر", "نشرت", "نشروا", "كتب", "كتبت", "كتبوا", "غرد", "غردت", "بث", "بثت"})


# "went on (saying)": مضى/راح/عاد before a present cue (normalised, with و/ف)
_WENT_ON = frozenset(c + w for c in ("", "و", "ف") for w in ("مضي", "مضت", "راح", "راحت", "عاد", "عادت"))


# feminine nouns of a person (the counted-people list's: امرأة، سيدة، تلميذة، مريضة …), normalised;
# not a count unit or a case
_WOMAN = frozenset(k for k, (unit, _, _) in NOUNS.items()
                   if unit == "person" and k.endswith("ة") and k not in ("نسمة", "حالة"))


def _indefinite_feminine(ctx: Ctx, k: int, i: int) -> ArgSpan | None:
    """"امرأة قالت إنها", "سيدة مسنة أكدت أن": a bare feminine perfect cue (no و) right after an
    indefinite feminine noun of a person, with an adjective of its own at most, is that noun's attributive
    clause — the noun speaks, and the verb's gender agrees (audit U60
    ant-JA-localNews-1095: the woman who complained was given the story's sources)."""
    seg = ctx.toks[i].segments
    if k < 0 or not ctx.same_sentence(k, i) or not ctx.norms[i].endswith("ت") or (seg and seg[0].kind == "proclitic"):
        return None
    if ctx.norms[k] in _WOMAN:
        return span_arg(ctx, k, k + 1)
    # an indefinite adjective of hers between ("سيدة مسنة أكدت")
    n = ctx.norms[k]
    if k > 0 and ctx.same_sentence(k - 1, i) and ctx.norms[k - 1] in _WOMAN and n.endswith("ة") \
            and not n.startswith("ال") and ctx.mention_of[k] is None:
        return span_arg(ctx, k - 1, k + 1)
    return None


def speaker_before(ctx: Ctx, i: int) -> ArgSpan | None:
    """SVO: "وكانت وسائل إعلام قد نقلت", "مريم الفقيه التي أشارت", "دميرتاش صرح"."""
    k = i - 1
    # "الشرطة الفرنسية كانت (قد) أعلنت": the auxiliary and قد stand between the subject and the cue
    # (وقد too: strip_conj keeps two-letter stems whole, and "وقد قال:" was its own speaker — U54)
    while k >= 0 and ctx.same_sentence(k, i) and (strip_conj(ctx.norms[k]) in ("قد", "لقد", "فقد", "وقد")
                                                  or ctx.norms[k] in WAS):  # (no و: "وكانت" opens a sentence)
        k -= 1
    if k == i - 1 and (woman := _indefinite_feminine(ctx, k, i)) is not None:
        return woman  # "بناء على شكوى تقدمت بها امرأة قالت إنها": the woman, not the story's source
    if k == i - 1 and k >= 0 and ctx.norms[k] in _WENT_ON and ctx.norms[i][:1] in "يت":
        # "ومضى يقول:", "وراحت تقول": a verb of going on with the present cue, no subject of
        # its own — the subject is further back, or the speaker before goes on (audit U60)
        k -= 1
    if k < 0 or not ctx.same_sentence(k, i):
        return None
    if ctx.is_mark(k) and k > 0 and ctx.same_sentence(k - 1, i) and (m := ctx.mention_of[k - 1]) is not None \
            and m.label != "LOC" and not _governed(ctx, k - 1):
        return ctx.mention_arg(m)  # 'وكانت "رويترز" ذكرت': a quoted name before the cue (audit U48)
    if _nisba(ctx.norms[k]) and k > 1 and ctx.is_mark(k - 1) and ctx.same_sentence(k - 2, i) \
            and (m := ctx.mention_of[k - 2]) is not None and m.label != "LOC" and not _governed(ctx, k - 2):
        # 'صحيفة «هآرتس» الإسرائيلية ذكرت': the adjective describes the quoted name (audit U58)
        return ctx.mention_arg(m)
    if _things_relative(ctx, k):
        # "وله تاريخ من السرقات التي يقول إنه": the sentence's subject
        return main_subject(ctx, i) or _surname_in_sentence(ctx, i)
    if ctx.norms[k] == "," and k > 0 and ctx.mention_of[k - 1] is not None and is_platform(ctx, k - 1):
        # "بسبب رسالة نشرها على فيسبوك، قال فيها إنه": where it was posted, not who (audit U37
        # SK-669): the poster, else the sentence's subject
        return _poster(ctx, k - 1, i) or main_subject(ctx, i)
    if ctx.norms[k] == "," and k > 0 and ctx.mention_of[k - 1] is not None:
        j = k - 1
        while j > 0 and ctx.mention_of[j - 1] is ctx.mention_of[k - 1]:
            j -= 1
        if not placed(ctx, j):
            return ctx.mention_arg(ctx.mention_of[k - 1])  # "رئيس الحزب، سمير جعجع، اعتبر أن"
        # "وفي القابون، قالوا": where, not who; "جيش الإسلام"، أحد الفصائل في الغوطة، أعلن": the
        # name before the apposition's opening comma
        r = j - 1
        while r > 0 and ctx.same_sentence(r, i) and ctx.norms[r] != ",":
            r -= 1
        q = r - 1
        while q > 0 and ctx.norms[q] in ('"', "»", "”"):
            q -= 1  # 'وكان "جيش الإسلام"، …'
        m = ctx.mention_of[q] if r > 0 and ctx.norms[r] == "," and ctx.same_sentence(r, i) else None
        return ctx.mention_arg(m) if m is not None and m.label != "LOC" else None
    if ctx.norms[k] == "," and (topic := _topic(ctx, k, i)) is not None:
        return topic  # "أما قناة الإخبارية السورية، فقد نقلت", "أما الوزارة، فقد قالت"
    if ctx.norms[k] == ",":
        # "الجيش الأميركي، الذي صعد …، قد قال": find "، الذي" and take the noun before it
        r = k - 1
        while r > 0 and ctx.same_sentence(r, i) and not (is_word(ctx.norms[r], "rel") and ctx.norms[r - 1] == ","):
            r -= 1
        if r <= 1 or not ctx.same_sentence(r, i):
            return None
        k = r - 2
    elif is_word(ctx.norms[k], "rel"):
        if (head := _relative_source(ctx, k, i)) is not None:
            return head  # "وتبنت الهجوم وكالة أعماق التي زعمت", "نفى التقارير، التي قالت"
        k -= 1
        if k >= 0 and ctx.same_sentence(k, i) and (m := ctx.mention_of[k]) is not None \
                and not is_platform(ctx, k) and _governed(ctx, k):
            # "ووجه رسالة تحذير لروسيا التي أكدت أن": the relative's head speaks, whatever
            # governs it in the clause before (audit U54)
            return ctx.mention_arg(m)
    elif is_word(ctx.norms[k], "stmt"):
        return main_subject(ctx, i)  # "أصدرت القيادة بيانا قالت فيه إن"
    elif word_is(ctx.norms[k], "clause") or is_word(ctx.norms[k], "clause"):
        return None
    elif but_clause(ctx.norms[k]):
        # "وقال مسؤولون إنهم … ولكنهم قالوا", "ويأمل آخرون …، لكنهم يقولون": the plural pronoun
        # on لكن is the sentence's subject (لكنه/لكنها are clause words, handled above)
        return opening_subject(ctx, i) or main_subject(ctx, i)
    if k < 0 or not ctx.same_sentence(k, i):
        return None
    k = _before_place(ctx, k, i)
    if ctx.mention_of[k] is not None:
        if is_platform(ctx, k):
            # "نشرت الشرطة تغريدة على تويتر تقول", "أحمد السقا، الذي نشر تغريدة … قال": who posted
            return _relative_head(ctx, i) or _poster(ctx, k, i) or main_subject(ctx, i)
        if (owned := _owned_by(ctx, k, i)) is not None:
            return owned  # "مكتب حقوق الإنسان التابع للأمم المتحدة قال": the office, not the UN
        if not _governed(ctx, k):
            return ctx.mention_arg(ctx.mention_of[k])
        # "كان السيناتور البارز عن نيويورك قد أعلن": the name ends the subject's description
    b = k + 1
    a = k
    while a > 0 and b - a < BACK_MAX and ctx.same_sentence(a - 1, i) and not ctx.is_punct(a - 1) \
            and not is_word(ctx.norms[a - 1], "clause") and not is_word(ctx.norms[a - 1], "comp"):
        a -= 1
    if ctx.is_punct(k) or (a > 0 and ctx.same_sentence(a - 1, i) and not (
            is_word(ctx.norms[a - 1], "clause") or is_word(ctx.norms[a - 1], "comp") or ctx.is_punct(a - 1))):
        return None
    while b > a and timed(ctx, b - 1):
        b -= 1  # "وفي يونيو/حزيران قال إن": a time right before the cue says when, not who
    if b <= a:
        return None
    if b - a >= 2 and ctx.norms[a] in _WENT_ON and ctx.norms[i][:1] in "يت":
        a += 1  # "ومضى الوزير يقول": the verb of going on is no part of its subject
    if _despite(ctx, a, b):
        # "أعرب الخبراء عن قلقهم، ورغم ذلك أكدوا أن": the sentence's subject (audit U46)
        return opening_subject(ctx, i) or main_subject(ctx, i)
    if _connective(ctx, a, b):
        return None  # "من جهتها نقلت", "من جهة أخرى قالت": a discourse connective, not who
    if b - a >= 3 and _connective(ctx, b - 2, b):
        # "دياب من جهته يرى أن": the subject stands before the connective (audit U46)
        b -= 2
        if ctx.mention_of[b - 1] is not None:
            return ctx.mention_arg(ctx.mention_of[b - 1])
    if not noun_phrase(ctx, a, b) and not (ctx.is_mark(a - 1) and ctx.norms[a] == "من"):
        # ('"مصدر مقرب" من عائلته قد قال': the PP completes a quoted head)
        # "في حملة قالت إن", "إلا أنها أكدت", "نشر التنظيم أسماء … قال", "صورا قالت": the words
        # before the cue are no subject; the sentence's main subject said it
        return opening_subject(ctx, i) or main_subject(ctx, i)
    if (m := ctx.mention_of[a]) is not None and m.label == "PER" and ctx.mention_of[b - 1] is not m:
        # "وكان سامي العلي رئيس لجنة الاحتراف قد قال": the name, not the name and its office
        # (SPEC §2.5: the closest name span; audit U46)
        return ctx.mention_arg(m)
    return span_arg(ctx, a, b)


def _nisba(n: str) -> bool:
    """A definite adjective of origin ("الإسرائيلية", "العبري"), normalised."""
    return n.startswith("ال") and len(n) >= 6 and n.endswith(("ية", "يه", "ي"))


def _before_place(ctx: Ctx, k: int, i: int) -> int:
    """"وكانت مصادر رئاسية في عدن قد قالت": a place after في right before the cue says where
    the source is, not who (audit U56: the speaker was "عدن"); the subject ends before في, as
    gold-dev stops "مجلس المقاومة الشعبية" before "في عدن"; a person named before في speaks
    ("وكان سامي العلي في حلب قد قال"). Unchanged: a place with no words before its في in the
    clause, or another place before في."""
    m = ctx.mention_of[k]
    if m is None or m.label != "LOC":
        return k
    j = k
    while j > 0 and ctx.mention_of[j - 1] is m:
        j -= 1
    if j < 2 or ctx.norms[j - 1] != "في" or not ctx.same_sentence(j - 2, i) or ctx.is_punct(j - 2) \
            or (ctx.mention_of[j - 2] is not None and ctx.mention_of[j - 2].label == "LOC") \
            or is_word(ctx.norms[j - 2], "clause") \
            or is_word(ctx.norms[j - 2], "comp"):
        return k
    return j - 2


def _relative_source(ctx: Ctx, r: int, i: int) -> ArgSpan | None:
    """The cue right after a relative pronoun at token r: its head is the noun phrase before
    the pronoun (and a comma) that opens with a source word ("وكالة أعماق التي زعمت" →
    وكالة أعماق, not the verb and object before it; "التقارير، التي قالت" → التقارير; audit
    U37; "بحسب الوكالة التي أشارت" → الوكالة, not "بحسب الوكالة"). None when that phrase is a
    name (the caller takes it) or has no source word."""
    k = r - 1
    if k > 0 and ctx.norms[k] == ",":
        k -= 1
    if k < 0 or not ctx.same_sentence(k, i) or ctx.is_punct(k) or ctx.mention_of[k] is not None:
        return None
    for j in range(k, max(-1, k - NAME_MAX), -1):
        if not ctx.same_sentence(j, i) or ctx.is_punct(j) or ctx.is_mark(j):
            return None
        if source_word(ctx.norms[j]):
            # (a time ends the phrase: "وأصدرت المنظمة الثلاثاء بيانها التي قالت" → المنظمة)
            b = next((t for t in range(j + 1, k + 1) if timed(ctx, t)), k + 1)
            return span_arg(ctx, j, b)
    return None


def plural_before(ctx: Ctx, i: int) -> ArgSpan | None:
    """"بين الأوساط السياسية واعتبروا أن": a plural و-cue (…وا) right after a definite noun
    with its adjectives takes that noun, whose plural it agrees with. Not after a feminine
    singular head ("الحكومة السورية وأكدوا"), a name, a time word or punctuation."""
    n = strip_conj(ctx.norms[i])
    if not n.endswith("وا") or i < 1 or not ctx.same_sentence(i - 1, i):
        return None
    a = i
    while a > 0 and i - a < NAME_MAX and ctx.same_sentence(a - 1, i) and _definite_word(ctx, a - 1):
        a -= 1
    if a == i:
        return None
    head = ctx.norms[a]
    if head.endswith(("ة", "ه")) or timed(ctx, a) or not _adjectives_after(ctx, a, i):
        return None
    return span_arg(ctx, a, i)


def plural_svo_subject(ctx: Ctx, i: int) -> ArgSpan | None:
    """"لكن بعض الدراويش المتواكلين تناسوا هذه الآيات، وزعموا أن": a plural و-cue (…وا) in a
    sentence that opens (after لكن/كما) with a noun phrase and then a plural verb (…وا) shares
    that subject, whose number it agrees with. The phrase must open with بعض/معظم/أغلب or a
    definite word and hold no punctuation, name or cue."""
    if agreement(ctx.norms[i]) != "pl" or not strip_conj(ctx.norms[i]).endswith("وا"):
        return None
    a = ctx.sentence_first(i)
    while a < i and ctx.norms[a] in _OPENING_PARTICLES:
        a += 1
    first = strip_conj(ctx.norms[a]) if a < i else ""
    if not (first in _SOME or (first.startswith("ال") and len(first) >= 5)) or ctx.mention_of[a] is not None:
        return None
    for v in range(a + 1, min(i, a + NAME_MAX + 1)):
        n = ctx.norms[v]
        if ctx.is_punct(v) or ctx.mention_of[v] is not None or is_word(n, "rel"):
            return None
        if n.endswith("وا") and not n.startswith("ال"):
            return span_arg(ctx, a, v) if v - a >= 2 or first not in _SOME else None
    return None


_OPENING_PARTICLES = frozenset({"لكن", "ولكن", "كما", "بيد", "الا", "غير", "ان"})  # (normalised)
_SOME = frozenset({"بعض", "معظم", "اغلب", "غالبية", "كثير"})


def _definite_word(ctx: Ctx, k: int) -> bool:
    n = ctx.norms[k]
    # (len: not the particles "الا", "الي")
    return n.startswith("ال") and len(n) >= 5 and ctx.mention_of[k] is None and not ctx.is_punct(k) \
        and not is_word(n, "rel") and cue_of(n) is None


def _adjectives_after(ctx: Ctx, a: int, i: int) -> bool:
    """The words after the head are adjectives ("السياسية"), not a construct's second noun."""
    return all(ctx.norms[k].endswith(("ي", "ية", "يه", "يون", "يين")) for k in range(a + 1, i))


def _things_relative(ctx: Ctx, r: int) -> bool:
    """Token r is "التي" after a plural of things ("السرقات التي", "الغارات … والتي"): a
    feminine-singular relative on a sound feminine plural that names no person, group or
    source. Such a noun cannot speak, so the cue inside the relative clause is the main
    subject's. "والتي" may refer to a noun a few words back, over a prepositional phrase."""
    if strip_conj(ctx.norms[r]) != "التي":
        return False
    k = r - 2 if r > 1 and ctx.norms[r - 1] == "," else r - 1
    reach = 1 if ctx.norms[r] == "التي" else 10
    for j in range(k, max(-1, k - reach), -1):
        if not ctx.same_sentence(j, r) or ctx.is_punct(j):
            return False
        m = ctx.mention_of[j]
        if m is not None and m.label in ("PER", "ORG"):
            return False
        if _thing_plural(ctx.norms[j]):
            return True
    return False


def _surname_in_sentence(ctx: Ctx, i: int) -> ArgSpan | None:
    """The first word of token i's sentence that is the last name of a person named in full
    elsewhere ("رضوان فايد" … "ويعد فايد واحدا"), where the NER left it untagged."""
    surnames = ctx.surnames()
    s = ctx.sentence_first(i)
    for k in range(s, i):
        if ctx.mention_of[k] is None and strip_conj(ctx.norms[k]) in surnames and len(ctx.norms[k]) > 2:
            return span_arg(ctx, k, k + 1)
    return None


def _thing_plural(norm: str) -> bool:
    """"السرقات", "الغارات": a definite sound feminine plural that is no source, title or
    group word (not "السلطات", "المنظمات", "الجماعات")."""
    n = strip_conj(norm)
    if not (n.startswith("ال") and n.endswith("ات") and len(n) > 6):
        return False
    forms = (n, n[:-2] + "ة", n[:-2] + "ه", n[2:], n[2:-2] + "ة", n[2:-2] + "ه")
    return not any(is_word(w, c) for w in forms for c in ("source", "desc", "anaph", "title", "media", "named"))


def _owned_by(ctx: Ctx, k: int, i: int) -> ArgSpan | None:
    """"X التابع/التابعة لـ NAME" before SVO cue i, the name ending at token k: the body X of
    NAME speaks, so the span runs from X (back to a comma, clause word or complementiser)
    through the name; None when no التابع stands right before the name."""
    m = ctx.mention_of[k]
    j = k
    while j > 0 and ctx.mention_of[j - 1] is m:
        j -= 1
    if j < 2 or strip_conj(ctx.norms[j - 1]) not in _BELONGING:
        return None
    a = j - 1
    while a > 0 and j - a <= BACK_MAX and ctx.same_sentence(a - 1, i) and not ctx.is_punct(a - 1) \
            and not is_word(ctx.norms[a - 1], "clause") and not is_word(ctx.norms[a - 1], "comp"):
        a -= 1
    return span_arg(ctx, a, k + 1) if a < j - 1 else None


_BELONGING = frozenset({"التابع", "التابعة", "التابعه"})


def _connective(ctx: Ctx, a: int, b: int) -> bool:
    """"من جهته/جهتها/جانبه", "من جهة أخرى", "في المقابل", "إلى ذلك": a sentence-opening connective."""
    words = [strip_conj(ctx.norms[k]) for k in range(a, b)]
    if words and words[0] in ("ومن", "فمن"):
        words[0] = "من"  # ("ومن جهته أكد": strip_conj keeps و on a bare preposition)
    if len(words) >= 2 and words[0] == "من" and words[1].startswith(("جهت", "جهة", "جانب", "ناحيت")):
        return len(words) <= 3
    return words in (["في", "المقابل"], ["الي", "ذلك"], ["إلى", "ذلك"])


_DESPITE = (["رغم", "ذلك"], ["برغم", "ذلك"], ["مع", "ذلك"], ["بالرغم", "من", "ذلك"], ["علي", "الرغم", "من", "ذلك"])


def _despite(ctx: Ctx, a: int, b: int) -> bool:
    """"ورغم ذلك", "ومع ذلك", "وبالرغم من ذلك" (despite that) before the cue: no subject."""
    words = [ctx.norms[k] for k in range(a, b)]
    if words and words[0][:1] in "وف" and len(words[0]) > 2:
        words[0] = words[0][1:]
    return words in _DESPITE


def according_before(ctx: Ctx, i: int) -> ArgSpan | None:
    """"وبحسب مصادر محلية، فإن … . وأكدت أن": the source of a بحسب/حسب/وفق phrase opening the
    sentence just before token i's is the antecedent of a subject-less cue."""
    before = _sentence_before(ctx, i)
    if before is None:
        return None
    p, s = before
    head = strip_conj(ctx.norms[p])
    head = head[1:] if head[:1] in "وف" and head[1:] in ACCORDING else head
    if head not in ACCORDING or p + 1 >= s:
        return None
    a = p + 1
    m = ctx.mention_of[a]
    if m is not None:
        return ctx.mention_arg(m)
    rng = nominal(ctx, a, s)
    return span_arg(ctx, *rng) if rng is not None and word_is(strip_conj(ctx.norms[a]), "source") else None


def _sentence_before(ctx: Ctx, i: int) -> tuple[int, int] | None:
    """(first, end) tokens of the sentence just before token i's, or None at the start."""
    s = ctx.sentence_first(i)
    return (ctx.sentence_first(s - 1), s) if s > 0 else None


def statement_before(ctx: Ctx, i: int, cue_toks: tuple, prev: list[ArgSpan]) -> ArgSpan | None:
    """The antecedent of a subject-less و-cue when the sentence just before its own holds no
    quote but names who spoke there: the source of a trailing "كما قال والده" / "حسبما أفاد
    X", or the explicit subject of a speech act outside the cue list ("وكان التنسيقي اتهم في
    بيان …", "وندد الجيش بـ…"). A quote in that sentence keeps the ordinary chain."""
    got = _sentence_before(ctx, i)
    if got is None:
        return None
    p, s = got
    if any(p <= c < s for c in cue_toks):
        return None
    return (_phrase_source_in(ctx, p, s, prev) or speech_subject(ctx, p, s) or _opened_speech_subject(ctx, p, s, prev)
            or _agreeing_anaphor(ctx, p, s, i, prev) or _quoteless_cue_subject(ctx, p, s, i))


def _quoteless_cue(ctx: Ctx, p: int) -> bool:
    """Token p is a finite reporting verb (its sentence made no quote: statement_before's test)
    — "واعترفت إيران بتنفيذ …", "وأعلنت الشرطة مقتل …" (audit U48)."""
    cue = cue_of(ctx.norms[p])
    return cue is not None and cue.kind == "v"


def _quoteless_cue_subject(ctx: Ctx, p: int, s: int, i: int) -> ArgSpan | None:
    """"واعترفت إيران رسميا بتنفيذ 246 حكما … . وقالت إنه …": the sentence before opens with a
    reporting verb that made no quote (its object is a noun), and the subject-less cue agrees
    with it in gender and number (اعترفت … قالت): the named subject right after that verb goes
    on speaking, not the speaker of an older quote (audit U48: "بوميدوحة … وقالت"). Only a
    marked (feminine or plural) pair: the masculine is everyone's default."""
    if not _quoteless_cue(ctx, p) or p + 1 >= s:
        return None
    mark = agreement(ctx.norms[p])
    if mark == "m" or agreement(ctx.norms[i]) != mark:
        return None
    m = ctx.mention_of[p + 1]
    if m is None:
        # "وأعلنت الشرطة الفرنسية مقتل …. وقالت": an institution named by its noun phrase
        head = strip_conj(ctx.norms[p + 1])
        rng = nominal(ctx, p + 1, s) if word_is(head, "source") and not word_is(head, "anaph") else None
        return span_arg(ctx, *rng) if rng is not None else None
    if ctx.toks[p + 1].start != m.start or addressee(ctx, p + 1, m) or timed(ctx, p + 1):
        return None
    return ctx.mention_arg(m)


def _agreeing_anaphor(ctx: Ctx, p: int, s: int, i: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """"وأكدت الوزارة على توجيهات الملك سلمان …. وأشارت إلى أن": the sentence before opens with
    a speech verb whose subject is an anaphoric head (الوزارة، الهيئة …), and the cue agrees
    with that verb in gender and number (أكدت … أشارت): the same subject goes on, resolved as
    the head would be after the cue (its named antecedent, else the phrase). Not a disagreeing
    cue ("وأكدت الوزارة … . وأشار إلى أن": someone else)."""
    speech = word_is(ctx.norms[p], "speech")
    if p + 1 >= s or not (speech or _quoteless_cue(ctx, p)) or ctx.mention_of[p + 1] is not None \
            or not is_word(strip_conj(ctx.norms[p + 1]), "anaph"):
        return None
    if agreement(ctx.norms[p]) != agreement(ctx.norms[i]) or not speech and agreement(ctx.norms[i]) == "m":
        return None
    return speaker_after(ctx, p, p + 2, prev)  # (the head alone: a name later in the clause is its object)


def agreeing_opening_subject(ctx: Ctx, i: int, before: ArgSpan | None) -> ArgSpan | None:
    """"وبثت وكالة أعماق … تسجيلاً لثلاثة ادعت أنهم": a cue with no subject of its own, after a
    noun that cannot be its subject, takes the subject of the verb opening its sentence when
    the two verbs agree in gender and number (بثت … ادعت). `before` is what speaker_before
    found: only none, or a stretch that starts with that opening verb itself (no subject)."""
    s = ctx.sentence_first(i)
    while s < i and (is_word(ctx.norms[s], "clause") or ctx.norms[s] == ","):
        s += 1
    if before is not None and before.start != ctx.toks[s].start:
        return None
    mark = agreement(ctx.norms[i])
    if s >= i or mark == "m" or cue_of(ctx.norms[s]) is not None or agreement(ctx.norms[s]) != mark:
        return None  # (only a marked form, feminine or plural: the masculine is everyone's default)
    return opening_subject(ctx, i)


def agreement(norm: str) -> str:
    """Gender/number of a (normalised) reporting verb or participle: "f" (أكدت، تقول، مشيرة),
    "pl" (قالوا، يقولون، مشيرين), else "m" (قال، يقول، مشيرا)."""
    w = without_conjunction(norm)
    if w.endswith(("وا", "ون", "ين")):
        return "pl"
    if w.endswith(("ت", "ة", "ه")) or (w[:1] == "ت" and not w.endswith("ت")):
        return "f"
    return "m"


def _opened_speech_subject(ctx: Ctx, p: int, s: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """"ومن ناحيته، أعلن قائد الشرطة الفريق X مقتل …", "وفي محافظة ديالى …، حذر النائب X من …",
    "ومع ذلك، رفض رئيس التحالف X الزعم": a speech verb (or a cue that made no quote, or رفض)
    right after the comma closing an adverbial opening, or within a short opening phrase after
    في/من/مع, whose subject stretch (up to a comma or a preposition other than في) holds a
    person's name: who spoke in tokens [p, s)."""
    short = ctx.norms[p] in _OPENING_PREPOSITIONS or strip_conj(ctx.norms[p]) in _OPENING_PREPOSITIONS
    for v in range(p + 1, s - 1):
        if word_is(ctx.norms[v], "clause"):
            short = False  # "وفي ديالى وبينما أفادت مصادر …": a clause of its own opens
        if not (ctx.norms[v - 1] == "," or (short and v - p <= _OPENING_MAX)):
            continue
        n = strip_conj(ctx.norms[v])
        cue = cue_of(ctx.norms[v])
        if not (word_is(ctx.norms[v], "speech") or n in _REFUSING or (cue is not None and cue.kind == "v")):
            continue
        limit = v + 1
        while limit < s and not ctx.is_punct(limit) and strip_conj(ctx.norms[limit]) not in _STRETCH_STOPS:
            limit += 1
        sp = speaker_after(ctx, v, limit, prev)
        k = ctx.token_index_at(sp.start) if sp is not None else -1
        m = ctx.mention_of[k] if v < k < limit else None  # (named there, not an antecedent)
        if m is not None and m.label == "PER":
            return sp
        if m is None and k == v + 1 and ctx.norms[v - 1] == "," and word_is(strip_conj(ctx.norms[k]), "title"):
            # "من ناحيته، أكد رئيس تنفيذي لإحدى الشركات ضرورة …. وأوضح أن": an unnamed
            # official opening his turn speaks on (held-out U50)
            return sp
    return None


_OPENING_PREPOSITIONS = frozenset({"في", "من", "مع", "وفي", "ومن", "ومع"})  # (short: no strip_conj)
_OPENING_MAX = 4  # tokens of an opening phrase with no comma: "وفي محافظة ديالى حذر"
_REFUSING = frozenset({"رفض", "رفضت", "رفضوا"})
# the subject stretch ends at a preposition that opens the verb's complement ("حذر X من …")
_STRETCH_STOPS = frozenset({"من", "عن", "علي", "الي", "ب", "بان", "ان"})  # (normalised)


def _phrase_source_in(ctx: Ctx, p: int, s: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """The source X of the last "كما/حسبما/بحسب ما + reporting verb + X" in tokens [p, s)."""
    for k in range(s - 2, p - 1, -1):
        n = strip_conj(ctx.norms[k])
        lead = n in ("كما", "حسبما") or (n == "ما" and k > p and strip_conj(ctx.norms[k - 1]) in ACCORDING)
        cue = cue_of(ctx.norms[k + 1]) if lead else None
        if cue is None or cue.kind != "v":
            continue
        limit = k + 2
        while limit < s and (not ctx.is_punct(limit) or ctx.is_mark(limit)):
            limit += 1  # (a quoted source: 'نقلت "فرانس برس"')
        if limit <= k + 2:
            return None
        relay = next((r for r in range(k + 2, limit) if ctx.norms[r] == "عن"), -1) if cue.lemma == "نقل" else -1
        if relay > 0:
            # "بحسب ما نقلت "فرانس برس" عن "مصدر في طالبان"": the relayed source spoke
            after = relay + 1 if relay + 1 < s and ctx.is_mark(relay + 1) else relay
            return speaker_after(ctx, after, s, prev) or speaker_after(ctx, k + 1, relay, prev)
        return speaker_after(ctx, k + 1, limit, prev)
    return None


def _relative_head(ctx: Ctx, i: int) -> ArgSpan | None:
    """The name right before "، الذي/التي" earlier in token i's sentence, or None."""
    r = i - 1
    while r > 1 and ctx.same_sentence(r, i) and not is_word(ctx.norms[r], "rel"):
        r -= 1
    if r <= 1 or not ctx.same_sentence(r, i) or not is_word(ctx.norms[r], "rel"):
        return None
    q = r - 2 if ctx.norms[r - 1] == "," else r - 1
    m = ctx.mention_of[q]
    return ctx.mention_arg(m) if m is not None and m.label in ("PER", "ORG") else None


def _topic(ctx: Ctx, k: int, i: int) -> ArgSpan | None:
    """"أما X، (ف)…": the topic X that the comma at token k closes, when the sentence opens with أما."""
    s = ctx.sentence_first(i)
    if strip_conj(ctx.norms[s]) not in ("اما", "أما") or s + 1 >= k:
        return None
    m = ctx.mention_of[s + 1]
    if m is not None and all(ctx.mention_of[j] is m for j in range(s + 1, k)):
        return ctx.mention_arg(m)
    return span_arg(ctx, s + 1, k) if k - s - 1 <= NAME_MAX + 1 else None


def topic_subject(ctx: Ctx, i: int) -> ArgSpan | None:
    """"أما منظمة "سي ووتش" الألمانية فاعتبرت ما حصل …", "أما المنظمة، فقالت": a ف-cue in a
    sentence opened by أما speaks for the topic أما names (its last person or organisation — "أما
    شيخ قبائل ربيعة الشيخ تركي المتحمي فقال" — else the topic itself); not a topic opened by a preposition ("أما عن الخسائر فقال": what about)."""
    s = ctx.sentence_first(i)
    if not ctx.norms[i].startswith("ف") or strip_conj(ctx.norms[s]) != "اما" or s + 1 >= i \
            or is_word(ctx.norms[s + 1], "prep") or ctx.norms[s + 1] in _ABOUT:
        return None
    k = i - 1 if ctx.norms[i - 1] == "," else i
    m = next((ctx.mention_of[j] for j in range(k - 1, s, -1) if ctx.mention_of[j] is not None
              and ctx.mention_of[j].label in ("PER", "ORG")), None)  # (the last: a title's holder)
    return ctx.mention_arg(m) if m is not None else _topic(ctx, k, i)


_ABOUT = frozenset({"بالنسبة", "بخصوص", "بشان", "فيما"})  # (normalised)


def _governed(ctx: Ctx, k: int) -> bool:
    """The name at token k sits after a preposition other than في/من/إلى ("عن نيويورك",
    "التابع للأمم المتحدة"): it completes a description rather than being the subject."""
    m = ctx.mention_of[k]
    if m is None or not addressee(ctx, k, m):
        return False
    j = k
    while j > 0 and ctx.mention_of[j - 1] is m:
        j -= 1
    return not placed(ctx, j) and m.label != "PER"


__all__ = ["according_before", "plural_before", "speaker_before", "statement_before", "topic_subject"]
