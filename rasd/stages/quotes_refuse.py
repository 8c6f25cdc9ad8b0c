"""Cues the quote finder refuses: forms that say nothing here (an attributive "حسبما أفاد", a
negated or impersonal verb, a noun read as a cue, a fact as subject, a cue inside an earlier
speaker's content, a verb of believing without its own أن-clause, narrow present forms)."""
from __future__ import annotations

from rasd.lang.words import RELATIVES
from rasd.stages.quotes_content import Found, subject_next
from rasd.stages.quotes_ctx import Ctx
from rasd.stages.quotes_lex import AS_BEING, NEGATORS, RENEWING, Cue, but_clause, cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_near import indefinite_accusative
from rasd.stages.quotes_speaker import ascribed_to
from rasd.text.conj import without_conjunction


def after_attributive(ctx: Ctx, i: int) -> bool:
    """"حسبما أفاد", "بحسب ما قال", "وفقا لما نقلته": an attributive phrase, not a quote (SPEC §2.7)."""
    return i > 0 and strip_conj(ctx.norms[i - 1]) in ("حسبما", "ما", "لما", "حسب", "بحسب")


def impersonal(ctx: Ctx, i: int) -> bool:
    """"أشلاء يعتقد أنها ناتجة", "الإقامة الجبرية تعتبر وفق المعايير", "الملتقى يعتبر من أهم":
    a cue read as "is believed / is considered", with no speaker before it, is no quote; also
    after و/ف ("ويعتقد أن نحو 13 مليون بحاجة")."""
    if (strip_conj(ctx.norms[i]) not in _IMPERSONAL or i + 1 >= len(ctx.norms)
            or ctx.norms[i + 1] not in _IMPERSONAL_NEXT):
        return False
    named = ctx.mention_of[i - 1] if i > 0 else None  # a name right before: it speaks ("إسرائيل تعتبر أن")
    return named is None or named.label not in ("PER", "ORG", "LOC")


_IMPERSONAL = frozenset({"يعتبر", "تعتبر", "يعد", "تعد", "يعتقد", "يرجح", "يذكر", "يشار", "يقال"})
_IMPERSONAL_NEXT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "من", "بمثابه", "بمثابة", "وفق", "علي", "على"})  # (ة, ى as written or folded)


def bare_saying(ctx: Ctx, i: int) -> bool:
    """"القول" is a cue only as the object of a verb of renewing/repeating a few words before
    it ("وجدد ترامب القول إن", "كرر الوزير القول"); "يمكن القول إن", "حرجا في القول إن" are not."""
    if ctx.norms[i] != "القول":
        return False
    return not any(ctx.norms[k] in RENEWING or (ctx.norms[k][:1] in "وف" and ctx.norms[k][1:] in RENEWING)
                   for k in range(max(0, i - 4), i) if ctx.same_sentence(k, i))


def not_said(ctx: Ctx, i: int) -> bool:
    """"ولم توضح الوزارة إن كان …", "لم يقل إن …": what was not said is no quote; nor is what
    a rhetorical "who" opening its clause says ("فمن قال إن الحرب أن تسقط عدن؟", audit U54)."""
    if i > 0 and ctx.norms[i - 1] in _WHO:
        return i < 2 or ctx.is_punct(i - 2) or not ctx.same_sentence(i - 2, i)
    return i > 0 and ctx.norms[i - 1] in NEGATORS


_WHO = frozenset({"من", "فمن", "ومن"})


def predicate_participle(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"وأنه ليس مؤكدا أن تتمخض المباحثات عن صفقة", "بات مؤكدا أن": a participle right after
    a negator of nouns or a verb of becoming is the predicate ("certain"), not the "confirming"
    that goes on with a speaker: no quote (audit U58)."""
    if cue.kind != "p" or i == 0:
        return False
    w = ctx.norms[i - 1]
    return w in _COPULAS or (w[:1] in "وف" and w[1:] in _COPULAS)


# negators of a noun and verbs of becoming, whose accusative predicate a participle cue can be
# (normalised)
_COPULAS = frozenset({"ليس", "ليست", "غير", "بات", "باتت", "اصبح", "اصبحت", "اضحى", "اضحي", "صار", "صارت"})


def passive_described(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"الفندق الذي وصف بأنه "سجن ذهبي"", "تصريحات لها وصفت بأنها "عنصرية"": وصف/وصفت with
    بأنه/بأنها right after it has no object, so it is the passive وُصف ("was described as"):
    nobody is quoted (audit U56: the speaker had been the crown prince named before; U58: the
    woman whose remarks were so described). The active verb has its object first ("الذي وصف
    الوضع بأنه", "وصفت الوزيرة الخطة بأنها") or on it ("وصفه بأنه"); its subject stands between
    too ("ووصف الوزير بأنه" is not written for "he described it"). A bare بأن with a clause of
    its own ("وصف بأن الخطة …") may be the active verb's content and stays."""
    if cue.lemma != "وصف" or not 0 < i < len(ctx.norms) - 1:
        return False
    n = strip_conj(ctx.norms[i])
    if n not in _DESCRIBED:
        return False
    nxt = ctx.norms[i + 1]
    if ctx.norms[i - 1] in RELATIVES:
        return nxt.startswith("بان")
    return nxt in AS_BEING


_DESCRIBED = frozenset({"وصف", "وصفت"})


def written_on(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"لافتات كتب عليها "…"": the passive "written on it" labels a banner or a wall; nobody
    speaks there (the subject of an active كتب stands before عليه only as a preposition's object)."""
    return cue.lemma == "كتب" and i + 1 < len(ctx.norms) and ctx.norms[i + 1] in _ON_IT


_ON_IT = frozenset({"عليها", "عليه", "عليهما", "عليهم"})  # (normalised)


def concluded_not_speech(ctx: Ctx, i: int, cue: Cue) -> bool:
    """ختم (he concluded) is a cue only with the speech right after it ("وختم: "…"", audit U60);
    "وختم المسؤول بالقول إن" leaves the quote to بالقول, "وختمت الدورة أعمالها" says nothing."""
    return cue.lemma == "ختم" and not (i + 1 < len(ctx.norms) and (ctx.is_mark(i + 1) or ctx.norms[i + 1] == ":"))


def legal_text(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"وجاء في المادة الخامسة من الدستور أن", "جاء في الفصل 12 أن": what an article of a law or
    a constitution lays down is no one's statement — not a quote ("جاء في بيان" still is)."""
    return cue.kind == "j" and i + 2 < len(ctx.norms) and strip_conj(ctx.norms[i + 2]) in _LEGAL


_LEGAL = frozenset({"المادة", "الماده", "مادة", "ماده", "الفصل", "الفقرة", "الفقره", "البند", "الدستور", "القانون"})


def memo_noun(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"صدرت بحقه مذكرة توقيف بتهمة "…"": مذكرة before a bare noun is the noun "memo, warrant";
    the participle "reminding" goes on with أن, بـ, لـ, إلى or a definite object ("مذكرة بأن",
    "مذكرة أن", "مذكرة الجميع بأن")."""
    if cue.kind != "p" or strip_conj(ctx.norms[i]) != "مذكرة" or i + 1 >= len(ctx.norms):
        return False
    n = ctx.norms[i + 1]
    # (a definite object keeps the participle: "مذكرة الجميع بأن")
    return (n[:1].isalpha() and not is_word(n, "comp") and n[:1] not in ("ب", "ل")
            and not n.startswith("ال") and n not in ("الي", "إلى"))


def banner_noun(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"رفعت شابة لافتة تقول: «…»", "من بينها لافتة تقول": لافتة before anything but إلى,
    النظر/الانتباه or a complementiser is the noun "banner"; the participle "noting" goes on
    with them ("لافتة إلى أن", "لافتة النظر إلى") (audit U52: the banner's words had a
    speaker made of the words before it)."""
    if cue.lemma == "قال" and i > 0 and ctx.norms[i] in ("تقول", "يقول") and (
            ctx.norms[i - 1] in _BANNERS or ctx.norms[i - 1] in _SAYINGS):
        return True  # "لافتة تقول «…»", "جملة تقول": a banner's or a saying's words, nobody speaks
    if cue.kind != "p" or strip_conj(ctx.norms[i]) not in ("لافتة", "لافته") or i + 1 >= len(ctx.norms):
        return False
    n = ctx.norms[i + 1]
    return not (is_word(n, "comp") or n in ("الي", "إلى", "النظر", "الانتباه"))


_BANNERS = frozenset({"لافتة", "لافته", "لافتات", "يافطة", "يافطه", "يافطات"})  # (normalised)
# a phrase, a saying or a slogan that "says" its words ("درجت جملة تقول "…"", "شعارا يقول"): no
# speaker either (audit U58); a letter or a tweet that "says" has an author and is not here
_SAYINGS = frozenset({"جملة", "جمله", "جملا", "عبارة", "عباره", "عبارات", "مقولة", "مقوله", "حكمة", "حكمه",
                      "شعار", "شعارا", "شعارات", "لوحة", "لوحه", "لوحات"})  # (normalised)


def noun_after_preposition(ctx: Ctx, i: int, cue: Cue) -> bool:
    """"مسطورة في كتب التراث", "أصر على وصف …": a finite verb never follows a preposition; the
    cue form there is a noun ("books", the masdar "describing"). Not من, also "who" ("هناك من يقول إن")."""
    if cue.kind != "v" or i == 0:
        return False
    prev = ctx.norms[i - 1]
    # "وبعد نقل المهاجرين إلى سفينتين أصر X على …": a masdar after an adverbial preposition,
    # which may carry و/ف (audit U48)
    return prev in _PREPOSITIONS or without_conjunction(prev, 0) in _TIME_PREPOSITIONS


_PREPOSITIONS = frozenset({"في", "على", "علي", "عن", "إلى", "الى", "الي", "مع", "لدى", "لدي", "حول"})  # (normalised)
_TIME_PREPOSITIONS = frozenset({"بعد", "قبل", "عقب", "اثر", "إثر", "منذ", "عند", "خلال", "رغم"})  # (normalised)


def fact_confirms(ctx: Ctx, i: int) -> bool:
    """"مما يؤكد أن", "بما يؤكد أنها", "وهو ما يشير إلى أن": the relative ما (a fact) is the
    subject of a verb of showing; nobody speaks."""
    return i > 0 and ctx.norms[i] in _SHOWING and ctx.norms[i - 1] in _WHICH


_SHOWING = frozenset({"يؤكد", "تؤكد", "يشير", "تشير", "يدل", "تدل", "يعني", "تعني", "يكشف", "تكشف", "يظهر",
                      "تظهر", "يوضح", "توضح", "يثبت", "تثبت", "يبين", "تبين"})
_WHICH = frozenset({"ما", "مما", "بما"})


def nested_cue(ctx: Ctx, i: int, cue: Cue, found: list[Found]) -> bool:
    """"وأضاف أن ممثل بريطانيا رأى أنه …", "إن الدلائل التي تشير إلى أن": a finite cue
    without و/ف inside the indirect content of an earlier quote of the same sentence is part
    of what that speaker said, not a new quote. A participle ("، مشيرا إلى أن") or a و-cue
    ("، وأضاف أن") there continues the speaker's own words and stays a quote."""
    if cue.kind != "v" or not found or strip_conj(ctx.norms[i]) != ctx.norms[i]:
        return False
    last = found[-1]
    pos = ctx.toks[i].start
    if not (last.kind == "indirect" and last.cue_tok >= 0 and last.start <= pos < last.end
            and ctx.same_sentence(last.cue_tok, i)):
        return False
    # only in the content's first clause: a comma or a clause word ("، كشفت مصادر", "فيما
    # اعتبرت فرنسا", "لكنه أكد", "رغم أنها ذكرت") opens a statement of its own
    for k in range(ctx.token_index_at(last.start), i):
        n = ctx.norms[k]
        if ctx.is_punct(k) or ctx.is_mark(k) or word_is(n, "clause") or is_word(n, "clause") \
                or word_is(n, "block") or is_word(strip_conj(n), "clause") or but_clause(n) or n == "الوقت":
            return False  # ("في الوقت الذي قال فيه سكان إن": a second source)
    return True


_BELIEVING = frozenset({"اعتقد", "اعتبر"})  # (lemmas; اعتقد says something only through أن)


def belief_without_clause(ctx: Ctx, i: int, cue: Cue, what: str, j: int) -> bool:
    """"ويعتبر الملا منصور برغماتيا ومؤيدا … ما يزيد الآمال في أن": a verb of believing or
    regarding says something only through its own أن-clause; a predicate (an indefinite
    accusative) between it and the أن, or a preposition governing that أن, shows the أن
    belongs to another clause."""
    if cue.lemma not in _BELIEVING or cue.kind != "v":
        return False
    if what != "comp":
        return cue.lemma == "اعتقد"  # (اعتبر X "شخصا غير مرغوب فيه": a quoted verdict stays)
    if is_word(ctx.norms[j - 1], "prep"):
        return True
    return any(_predicate(ctx, k) for k in range(i + 1, j))


def _predicate(ctx: Ctx, k: int) -> bool:
    """An indefinite accusative word that is no name ("برغماتيا", "مؤيدا")."""
    n = strip_conj(ctx.norms[k])
    return ctx.mention_of[k] is None and indefinite_accusative(n) and not n.endswith(("ها", "نا")) \
        and len(n) > 4 \
        and not is_word(n, "adv") and cue_of(ctx.norms[k]) is None


# Present forms that mostly narrate ("تتابع عن كثب التطورات", "ويذكر أن" 'it is noted'):
# continuing speaks only through a colon or a quotation ('وتتابع داغ: "…"'), mentioning only
# through أن after its own subject ('يذكر خبراء السلاح أن').
NARROW_CONTINUING = frozenset({"تتابع", "يتابع"})
NARROW_MENTIONING = frozenset({"يذكر"})
NARROW_ASCRIBING = frozenset({"نسب", "نسبت"})  # (also the plural of نسبة: "نسب البطالة")
CONTINUING_GAP_MAX = 3  # 'وتتابع داغ:' — at most a short name between the cue and the colon


def narrow_present_refused(ctx: Ctx, i: int, what: str, j: int) -> bool:
    n = strip_conj(ctx.norms[i])
    if n in NARROW_ASCRIBING:
        return ascribed_to(ctx, i, j) < 0
    if n in NARROW_CONTINUING:  # (a far mark: "وتتابع حديثها لوكالة … "…"": who is told stands between)
        return what == "comp" or j - i > CONTINUING_GAP_MAX
    if n in NARROW_MENTIONING:
        return what != "comp" or j == i + 1 or not subject_next(ctx, i + 1)
    return False
