"""The complement search of the quote finder: from a cue, the complementiser (أن/إن/بأن…),
colon or opening quotation mark it reaches within its sentence before any other cue, and
whether a quotation there is the cue's speech or a quoted name or title."""
from __future__ import annotations

from rasd.lang.words import PASSIVE_AUX
from rasd.stages.quotes_clauses import PERHAPS, especially
from rasd.stages.quotes_content import MIN_DIRECT_WORDS, runaway, words_in
from rasd.stages.quotes_ctx import Ctx, outlet_told
from rasd.stages.quotes_lex import Cue, cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_marks import Quotation
from rasd.text.normalize import norm_key

GAP_MAX = 25          # tokens between a cue and its complementiser ("قال الناطق … إن")
COLON_GAP_MAX = 12    # "وقال الدكتور خالد المصلح في تغريدته:"
QAAILAN_NEAR = 4      # "وأضاف المتحدث قائلا:": قائلا this close continues the cue
# participles this close that say how the cue's speech was said: قائلا، متسائلا (audit U48)
_MANNER_LEMMAS = frozenset({"قال", "تساءل"})
NOUN_GAP_MAX = 6      # "مزاعم المعارضة بأن"
MIN_GAP_DIRECT_WORDS = 4  # a quotation after the subject, not right after the cue


def _comp_after_close(ctx: Ctx, q: Quotation) -> bool:
    """A complementiser right after a quoted name: 'باسم قوات "التحالف" إلى أن'."""
    k = ctx.token_index_at(q.close + 1)
    for j in range(k, min(k + 3, len(ctx.toks))):
        if ctx.is_punct(j) or cue_of(ctx.norms[j]) is not None:
            return False  # '«…» مضيفة أن': the complementiser belongs to the next cue
        if strip_conj(ctx.norms[j]) in _BUT:
            return False  # '"عثرنا عليهم سالمين" إلا أن …': "but", a new clause (held-out U42)
        if is_word(ctx.norms[j], "comp"):
            return True
    return False


_BUT = frozenset({"الا", "غير"})  # "إلا أن", "غير أن": but (normalised)


def _speech_opener(ctx: Ctx, i: int, j: int, q: Quotation, cue: Cue) -> bool:
    """Is the quotation opening at token j (cue at i) what the cue introduces?"""
    if q.closed and _comp_after_close(ctx, q):
        return False  # 'باسم قوات "التحالف" إلى أن': a quoted name inside the subject
    if j > i + 1 and (word_is(ctx.norms[j - 1], "named") or word_is(ctx.norms[j - 1], "desc")):
        return False  # 'ندوة «ظاهرة التطرف»': a title; 'منظمة "إس أو إس المتوسط"': a name
    if j > i + 1 and (outlet_told(strip_conj(ctx.norms[j - 1])) or _told_name(ctx, j, q)):
        # 'قال مسؤولان لشبكة "إن بي سي نيوز"', 'في تصريحات لـ"سكاي نيوز عربية"' (held-out U28): the
        # name of whom it was told, not what was said
        return False
    if j > i + 1 and strip_conj(ctx.norms[j - 1]) in _TIME_PREPOSITIONS:
        return False  # 'أكد اختياره بعد "مشاورات مطولة"': a quoted noun of the time, not speech (audit U64)
    if (cue.lemma in _ANNOUNCING and j > i + 1 and strip_conj(ctx.norms[j - 1]) in _OBJECT_PREPOSITIONS
            and not _opens_with_comp(ctx, q)):
        return False  # 'ليعلن عن "تطور كبير"': what is announced, a noun, is no quote (SPEC 2.7)
    need = (MIN_DIRECT_WORDS if j == i + 1 or _after_medium(ctx, i, j)
            or (cue.lemma in _SAYING and _first_person(ctx, q)) else MIN_GAP_DIRECT_WORDS)
    return words_in(ctx.text, q.inner_start, q.inner_end) >= need


_WE_I = frozenset({"نحن", "انا", "اننا", "انني", "لقد"})
_SAYING = frozenset({"قال", "اضاف", "صرح", "تابع", "كتب"})  # (lemmas, normalised: not رأى/اعتبر)


def _first_person(ctx: Ctx, q: Quotation) -> bool:
    """'وقال الحاكم للصحفيين "عثرنا عليهم سالمين"' (held-out U42): a short quotation after the
    subject that opens in the first person (a verb in ـنا, نحن/أنا) is speech, not a name."""
    words = ctx.text[q.inner_start:q.inner_end].split()
    w = strip_conj(norm_key(words[0])) if words else ""
    return w in _WE_I or (len(w) >= 5 and w.endswith("نا"))


NAME_WORDS_MAX = 4  # a quoted name: "سكاي نيوز عربية"


def _told_name(ctx: Ctx, j: int, q: Quotation) -> bool:
    """A short quotation right after a bare لـ is a name, of whom it was told; a longer one is
    speech ('عن استغرابه لـ«عدم الانكباب بجدية وبسرعة …»')."""
    return ctx.norms[j - 1] == "ل" and words_in(ctx.text, q.inner_start, q.inner_end) <= NAME_WORDS_MAX


def _after_medium(ctx: Ctx, i: int, j: int) -> bool:
    """'وقال الجيش في بيان "يجري بحث التفاصيل"': a quotation right after "في بيان/تصريح/كلمة"
    (and at most one word more: "في بيان رسمي") is what was said there, short as it may be."""
    for k in (j - 1, j - 2):
        if i < k - 1 and is_word(ctx.norms[k], "stmt") and ctx.norms[k - 1] == "في":
            return True
    return False


# After an announcing verb, a quotation right after one of these prepositions is the announced
# noun ("أعلنت عن "تحرير …""); after دعا إلى, حذر من it is the speaker's own words, a quote.
_ANNOUNCING = frozenset({"اعلن", "كشف"})  # (lemmas, normalised)
# a quotation right after "after/before/during" is the noun of a time phrase, whatever the cue
_TIME_PREPOSITIONS = frozenset({"بعد", "قبل", "خلال", "اثر", "عقب"})
_OBJECT_PREPOSITIONS = frozenset({"عن", "الي", "علي", "في", "من", "حول", "بشان", "ب", "ل", "بـ", "لـ"})


def _opens_with_comp(ctx: Ctx, q: Quotation) -> bool:
    """'أشار إلى "أن …"': the quotation opens with a complementiser, so it is speech after all."""
    k = ctx.token_index_at(q.inner_start)
    return k < len(ctx.toks) and is_word(ctx.norms[k], "comp")


def _is_colon(ctx: Ctx, j: int) -> bool:
    """A colon, but not the one in a clock time ("5:32")."""
    t = ctx.toks[j]
    text = ctx.text
    return ctx.norms[j] == ":" and not (0 < t.start and t.end < len(text)
                                        and text[t.start - 1].isdigit() and text[t.end].isdigit())


def _aside_end(ctx: Ctx, j: int) -> int:
    """Index of the token closing the aside opened at j ("-" … "-", "(" … ")"), or -1."""
    want = ")" if ctx.norms[j] == "(" else "-"
    for k in range(j + 1, min(j + 40, len(ctx.toks))):
        if not ctx.same_sentence(j, k):
            return -1
        if ctx.norms[k] == want:
            return k
    return -1


# "وزاد أن", "وزاد وزير الداخلية أنهم" (added): زاد says something only with its complement
# close by; farther on it is "increased" ("زاد حنق أعداء … هو أن …") (audit U46)
_SHORT_REACH = frozenset({"زاد", "علق"})  # ("علق" also suspends: "علقت الحكومة الرحلات … بعد أن")
SHORT_REACH_MAX = 10  # "وزاد الناطق الرسمي باسم وزارة الدفاع اليمنية أنهم"


_SAYING_MASDAR = frozenset({"بالقول", "للقول"})  # (normalised)


def find_complement(ctx: Ctx, i: int, cue: Cue) -> tuple[str, int] | None:
    """('comp'|'colon'|'open', token index) of what the cue at token i introduces."""
    if strip_conj(ctx.norms[i]) in _SAYING_MASDAR and i + 1 < len(ctx.toks) and ctx.same_sentence(i, i + 1) \
            and not (is_word(ctx.norms[i + 1], "comp") or _is_colon(ctx, i + 1) or ctx.is_punct(i + 1)
                     or ctx.toks[i + 1].start in ctx.opener_at):
        # "رد بالقول ماذا كنتم تريدونني أن أفعل", "ومضى للقول الفريق ليس جاهزا": the speech follows
        # the masdar unmarked — not from the first أن inside it (audit U46); read as after a colon
        return "colon", i
    span = NOUN_GAP_MAX if cue.kind == "n" else SHORT_REACH_MAX if cue.lemma in _SHORT_REACH else GAP_MAX
    j = i + 1
    aside = 0  # tokens inside "- … -" or "( … )" asides do not count against the gap
    while j < min(len(ctx.toks), i + 1 + span + aside):
        if not ctx.same_sentence(i, j):
            return None
        n = ctx.norms[j]
        if n in ("-", "(") and j > i + 1:
            close = _aside_end(ctx, j)
            if close > j:
                aside += close - j
                j = close + 1
                continue
        q = ctx.opener_at.get(ctx.toks[j].start)
        if q is not None and runaway(ctx, q):
            j += 1  # an unbalanced mark: the words after it are the clause's own
            continue
        if q is not None:
            if _speech_opener(ctx, i, j, q, cue):
                return "open", j
            if not q.closed:
                return None
            j = ctx.token_index_at(q.close + 1)
            continue
        if _is_colon(ctx, j):
            # a far colon introduces a list, not the cue's speech
            near = j - i - aside <= COLON_GAP_MAX
            quoted = j + 1 < len(ctx.toks) and ctx.toks[j + 1].start in ctx.opener_at
            return ("colon", j) if near or quoted else None
        if _glued_initials(ctx, j):
            j += 1  # "لسي.إن.إن": a spelt acronym's dots and letters, no end and no إن (U56)
            continue
        if is_word(n, "comp"):
            if j > i + 1 and (word_is(ctx.norms[j - 1], "block") or especially(ctx, j - 1) or _masdar_of_own(ctx, i, j)
                              or (ctx.norms[j - 1] == "في" and j - 2 > i and especially(ctx, j - 2))) \
                    and not _earlier_adverb(ctx, i, j):
                j += 1  # "على أساس أن", "بعد أن": not the cue's complementiser
                continue
            return "comp", j
        if n in ("!", "?") or (n == "." and not (j > 0 and len(ctx.norms[j - 1]) == 1)):
            return None  # the sentence ended ("د." is an abbreviation, not an end)
        if n == "لقد" and j > i + 1 and cue.lemma in _SAYING:
            # "قال الحكمي لـ«عكاظ» لقد تم قبولي": unmarked speech opens at لقد (audit U52); read
            # as after a colon, as "بالقول" is
            return "colon", j - 1
        if n in PERHAPS and j > i + 1 and ctx.is_punct(j - 1):
            return None  # "تكشف الأرقام عمق العلاقة، ولعل أهمها أن": the أن of another clause (U50)
        other = cue_of(n)
        if other is not None and other.kind in "vpxn" and j > i + 1 and not own_name_next(ctx, j) \
                and not masdar_after_passive(ctx, j) \
                and not books_noun(ctx, j) \
                and n != "القول" \
                and not (other.kind == "p" and other.lemma in _MANNER_LEMMAS and j - i <= QAAILAN_NEAR):
            return None  # another statement starts; "وأضاف المتحدث قائلا:" is still this one
        j += 1
    return None


# "تم/يتم/جرى + masdar": the impersonal passive auxiliaries (normalised, و/ف stripped)


def masdar_after_passive(ctx: Ctx, j: int) -> bool:
    """"الذي تم نقل خطابه": a cue word right after تم/يتم/جرى is a masdar in a passive, no verb
    of saying — no statement of its own, and no end to the statement around it (audit U60
    saudinewsnet-2015-08-06-02601: "وقال أوباما الذي تم نقل خطابه … إن" went to نقل)."""
    return j > 0 and ctx.same_sentence(j - 1, j) and strip_conj(ctx.norms[j - 1]) in PASSIVE_AUX


def _glued_initials(ctx: Ctx, j: int) -> bool:
    """A full stop with no space on either side that the sentence splitter kept inside its
    sentence ("لسي.إن.إن"), or the word glued right after one: parts of an acronym."""
    if ctx.norms[j] == "." and 0 < j < len(ctx.toks) - 1:
        return (ctx.toks[j - 1].end == ctx.toks[j].start == ctx.toks[j].end - 1
                and ctx.toks[j + 1].start == ctx.toks[j].end and ctx.same_sentence(j, j + 1))
    return j > 1 and ctx.norms[j - 1] == "." and ctx.toks[j - 1].end == ctx.toks[j].start \
        and _glued_initials(ctx, j - 1)


_OF_OWN = frozenset({"منه", "منها", "منهم", "منهما"})


def _masdar_of_own(ctx: Ctx, i: int, j: int) -> bool:
    """"ظنا منه أنهم", "اعتقادا منها أن": the أن after an accusative masdar and منه belongs to
    the masdar (a motive), not the cue (audit U54); "نسخة منه إن" after a noun stays the cue's."""
    w = ctx.norms[j - 2] if j - 2 > i else ""
    return ctx.norms[j - 1] in _OF_OWN and len(w) >= 3 and w.endswith("ا") and not w.startswith("ال")


# nouns whose genitive "كتب" is "books": "مؤلف كتب الأطفال", "معرض كتب", "عشرات الكتب" (normalised)
_OF_BOOKS = frozenset({"مؤلف", "مؤلفة", "مؤلفي", "كاتب", "كاتبة", "ناشر", "دار", "معرض", "مكتبة", "سلسلة", "عدة",
                       "بعض", "عشرات", "مئات", "الاف", "ملايين", "قراءة", "نشر", "توزيع", "بيع", "طباعة", "ترجمة"})


def books_noun(ctx: Ctx, j: int) -> bool:
    """"كتب" right after a noun of authorship or a quantity ("وقال X مؤلف كتب الأطفال إن") is the
    plural noun "books", not the verb "wrote" (audit U52, U54)."""
    return ctx.norms[j] == "كتب" and j > 0 and strip_conj(ctx.norms[j - 1]) in _OF_BOOKS


# "فضل عدم ذكر اسمه", "رفض أن يكشف هويته": the verb's object is the speaker's own name
_OWN_NAME = frozenset({"اسمه", "اسمها", "اسمهم", "اسمهما", "هويته", "هويتها", "هويتهم", "هويتهما"})


def _earlier_adverb(ctx: Ctx, i: int, j: int) -> bool:
    """"زعمت إيران من قبل أن السعودية …": "من قبل" is the adverb "before, earlier", and the أنّ
    after it, followed by a definite noun or a name (the conjunction "قبل أن" takes a verb:
    "من قبل أن يصل"), is the cue's complementiser."""
    if ctx.norms[j - 1] != "قبل" or j - 2 <= i or ctx.norms[j - 2] != "من" or j + 1 >= len(ctx.norms):
        return False
    nxt = ctx.norms[j + 1]
    return nxt.startswith("ال") or (ctx.mention_of[j + 1] is not None and ctx.toks[j + 1].start == ctx.mention_of[j + 1].start)


def own_name_next(ctx: Ctx, i: int) -> bool:
    """The word after token i (or after its "عن") is the speaker's own name."""
    nxt = ctx.norms[i + 1:i + 3]
    if nxt and nxt[0] == "عن":
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in _OWN_NAME
