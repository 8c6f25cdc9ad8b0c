"""The speaker named after the cue (VSO): `speaker_after` and what it skips or reads there —
fillers between cue and subject (adverbs, times, addressees, "من جهته"), prenames and
"السيدة البالغة", close sources ("مصدر مقرب من"), statement owners ("بيان صادر عن X").

SPEC §2.5: the speaker is the closest *name* span; without a name, the nominal
description ("مصدر أمني"); with only "وأضاف", a pronoun or a title ("الرئيس
اليمني", "معاليه"), the previous speaker's span.
"""
from __future__ import annotations

from rasd.lang.lexicon import while_openers
from rasd.stages.quotes_acronym import name_after_acronym
from rasd.model.span import ArgSpan
from rasd.stages.quotes_antecedent import (antecedent_org, head_antecedent, lam_owner, owned_by_lam,
                                           person_antecedent, previous_speaker, titled_before)
from rasd.stages.quotes_ctx import Ctx, addressee, nominal, np_stop, span_arg, title_word
from rasd.stages.quotes_lex import cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_near import (NAME_MAX, addressee_run, in_time, named_after_type, placed, is_platform,
                                     source_word, indefinite_accusative, nearest_name, timed)
from rasd.stages.quotes_titles import (ally_of_named, bare_source_end, described_end, kin_phrase, same_description,
                                       title_holder, whose_office)
from rasd.text.normalize import norm_key


OWNER_MAX = 8  # words of a statement's owner: "مكتب العلاقات العامة للقوات المسلحة الباكستانية"


def _skip_fillers(ctx: Ctx, a: int, limit: int) -> int:
    """Skip adverbs, commas, times, "في بيان", address participles and addressees between
    the cue and the subject."""
    while a < limit:
        n = ctx.norms[a]
        if is_word(n, "adv") or n in (",", ";") or timed(ctx, a):
            a += 1
        elif n == "من" and a + 1 < limit and ctx.norms[a + 1].startswith(("جهت", "جانب")) \
                and ctx.norms[a + 1] not in _AGENT_NOUNS:
            a += 2  # "نقلت من جهتها", "وقال من جانبه": "for its part"
        elif n in _BEFORE_WHOM or ctx.toks[a].text == "أمام":  # (not "إمام", an imam: both fold to امام)
            # "وأضاف أمام لجنة القوات المسلحة بمجلس النواب": before whom, not who — up to
            # punctuation or a title or person that starts the subject ("أمام البرلمان رئيس الوزراء")
            a += 1
            while a < limit and not ctx.is_punct(a) and not ctx.is_mark(a) and not is_word(ctx.norms[a], "comp") \
                    and not word_is(strip_conj(ctx.norms[a]), "title") \
                    and not (ctx.mention_of[a] is not None and ctx.mention_of[a].label == "PER"):
                a += 1
        elif n in ("وهو", "وهي", "وهم") and a + 1 < limit and not word_is(ctx.norms[a + 1], "title"):
            # "وتابع وهو يفخر أنه": a circumstantial clause, up to punctuation
            a += 1
            while a < limit and not ctx.is_punct(a) and not is_word(ctx.norms[a], "comp"):
                a += 1
        elif strip_conj(n) in _ADDRESSING:
            # "وأضاف مخاطبا الصحافيين:", "متحدثا للصحفيين": the participle and whom it
            # addresses, up to punctuation — the speaker is the cue's own (or the previous) one
            a += 1
            while a < limit and not ctx.is_punct(a) and not is_word(ctx.norms[a], "comp"):
                a += 1
        elif n in _PRONOUN_OBJECTS and a > 0 and (c := cue_of(ctx.norms[a - 1])) is not None \
                and c.lemma in _POINTING:
            a += 1  # "ما سبق أن أشار إليه البيان": the verb's pronoun object, not its subject (U54)
        elif _manner_participle(ctx, a, n):
            # "وقال مستشهداً بأبيات الشاعر:", "وأضاف مستهجناً:": a حال right after the cue says
            # how it was said, with its complements up to punctuation — no subject (audit U54)
            a += 1
            while a < limit and not ctx.is_punct(a) and not ctx.is_mark(a) and not is_word(ctx.norms[a], "comp"):
                a += 1
        elif (n == "في" and a + 1 < limit and is_word(ctx.norms[a + 1], "stmt")) or n in _REPLYING:
            # "في مؤتمر صحفي عقد اليوم في واشنطن،", "ردا على سؤال آخر": the whole adverbial, up
            # to punctuation — a place named in it ("في واشنطن") is no speaker
            a += 2 if n == "في" else 1
            while a < limit and not ctx.is_punct(a) and not is_word(ctx.norms[a], "comp") \
                    and (ctx.mention_of[a] is None or placed(ctx, a) or is_platform(ctx, a) or _relayed(ctx, a)):
                a += 1
        elif (b := addressee_run(ctx, a, limit)) > a:
            a = b
        else:
            break
    return a


# a verb with the statement as its object: "في تصريحات نقلتها وكالة …" (normalised)
_RELAYING = frozenset({"نقلتها", "نقلته", "نقلها", "نشرتها", "نشرته", "نشرها", "بثتها", "بثته", "بثها",
                       "اوردتها", "اوردته", "اوردها"})


def _relayed(ctx: Ctx, k: int) -> bool:
    """'وأضاف في تصريحات نقلتها وكالة الأنباء الفلسطينية "…"' (held-out U42): the name after the
    verb relaying the statement is the outlet, not who speaks."""
    first = ctx.token_index_at(ctx.mention_of[k].start)
    return first > 0 and ctx.norms[first - 1] in _RELAYING


# a preposition with a pronoun, the cue's object: "أشار إليه", "ركز عليها" (normalised)
_PRONOUN_OBJECTS = frozenset({"اليه", "اليها", "اليهم", "اليهما", "عليه", "عليها", "عليهم", "عليهما"})
# cues of pointing out that take them (not a passive "نُقل إليه عقب الاعتداء": carried to it)
_POINTING = frozenset({"اشار", "لفت", "نوه", "شدد", "اكد"})


def _manner_participle(ctx: Ctx, a: int, n: str) -> bool:
    """An indefinite accusative participle (م…ا: مستشهدا، مستهجنا، متسائلا) that is no name and
    no title: a nominative subject never has that shape."""
    return (len(n) >= 6 and n[0] == "م" and n.endswith("ا") and not n.endswith(("ها", "نا", "هما"))
            and ctx.mention_of[a] is None  # (not a possessive: "مراسلها", "مشاركتها")
            and not word_is(n, "title") and not is_word(n, "adv"))


# prepositions of the audience or occasion: "أمام لجنة …", "لدى وصوله"
_BEFORE_WHOM = frozenset({"لدي", "لدى", "عند", "اثناء", "أثناء"})

# "من جانب/من قبل/من طرف X" after a (passive) cue names its agent
_AGENT_NOUNS = frozenset({"جانب", "قبل", "طرف"})

# accusative verbal nouns that open an adverbial of the speech: "وأضاف ردا على سؤال أن"
_REPLYING = frozenset({"ردا", "تعقيبا", "تعليقا", "جوابا", "ردها", "رده"})
# accusative participles of address (a ḥāl): "وأضاف مخاطبا الصحافيين", "موجها حديثه إلى"
_ADDRESSING = frozenset({"مخاطبا", "متحدثا", "موجها"})  # (not متحدثة: also "a spokeswoman")


def _is_title_only(ctx: Ctx, a: int, b: int) -> bool:
    """"الرئيس اليمني", "معاليه": a title (plus a nisba adjective) and no name."""
    if not word_is(ctx.norms[a], "title"):
        return False
    rest = [strip_conj(ctx.norms[k]) for k in range(a + 1, b)]
    return all(is_word(w, "title") or w.endswith(("ي", "يه", "ية")) for w in rest)


def _name_after_prename(ctx: Ctx, a: int, limit: int) -> ArgSpan | None:
    """Without a PER mention: the words after a rank or honorific are a name
    ("… الدكتور سعود الشريم:", "العقيد الركن تركي المالكي، المتحدث …")."""
    for k in range(a, limit):
        if not word_is(ctx.norms[k], "prename"):
            continue
        s = k + 1
        while s < limit and word_is(ctx.norms[s], "prename"):
            s += 1
        if _lady_described(ctx, k, s, limit):
            return span_arg(ctx, k, k + 1)
        e = s
        while e < limit and e - s < NAME_MAX and not np_stop(ctx, e) and not word_is(ctx.norms[e], "title") \
                and ctx.mention_of[e] is None:
            e += 1
        if e > s and not word_is(ctx.norms[s], "nosubj"):
            return span_arg(ctx, s, e)
    return None


_MR_MRS = frozenset({"السيد", "السيدة", "السيده"})  # also "the man", "the lady"


def _lady_described(ctx: Ctx, k: int, s: int, limit: int) -> bool:
    """"وأضافت السيدة البالغة من العمر 35 عاما": السيد/السيدة before a definite adjective (no
    name, title or mention) is the noun itself — "the lady aged 35" (audit U37 BB-564), not
    the honorific of a name "البالغة"."""
    if strip_conj(ctx.norms[k]) not in _MR_MRS or s != k + 1 or s >= limit:
        return False
    n = ctx.norms[s]
    return n.startswith("ال") and ctx.mention_of[s] is None and not any(
        word_is(n, c) for c in ("title", "prename", "named", "desc", "source"))


_JOINT = frozenset({"الختامي", "المشترك", "الختامى"})  # (normalised)


def _relative_at(ctx: Ctx, a: int, k: int) -> int:
    """The relative pronoun (التي/الذي/الذين + a verb) opened after the subject's first word
    when the name at k stands in its clause — the name is that clause's doer or object, and
    the subject ends before the pronoun — unless the clause only names ("الرجل الذي يدعى X");
    else -1 (audit U58)."""
    for j in range(a + 1, k - 1):
        if is_word(ctx.norms[j], "rel"):
            return j if strip_conj(ctx.norms[j + 1]) not in _NAMING else -1
    return -1


_NAMING = frozenset({"يدعي", "يدعى", "تدعي", "تدعى", "اسمه", "اسمها", "يلقب", "تلقب", "يعرف", "تعرف", "يسمي", "تسمي",
                     "يسمى", "تسمى"})  # (normalised and as written)


def speaker_after(ctx: Ctx, i: int, limit: int, prev: list[ArgSpan]) -> ArgSpan | None:
    """The subject between cue token i and token `limit` (the complementiser), or None."""
    a = i + 2 if i + 2 < limit and ctx.is_mark(i + 1) and ctx.mention_of[i + 2] else i + 1
    a = _skip_fillers(ctx, a, limit)  # ('وذكرت "سانا" أن': the mark before a quoted name)
    if a + 2 < limit and ctx.norms[a] == "من" and ctx.norms[a + 1] in _AGENT_NOUNS:
        a += 2  # a passive cue's agent: "فيما وصف من جانب جماعات حقوق النساء بأنها"
    while a < limit and (m := ctx.mention_of[a]) is not None and ctx.norms[a].startswith("ل") and addressee(ctx, a, m):
        # "وقال لرويترز": the name told is no speaker; the speaker is the one before
        while a < limit and ctx.mention_of[a] is m:
            a += 1
        a = _skip_fillers(ctx, a, limit)
    if a >= limit:
        return None
    kin = kin_phrase(ctx, a, limit)
    if kin is not None:
        return kin  # "وقالت والدة نيكي فيرستابن": the relative speaks, not the one named
    if is_word(strip_conj(ctx.norms[a]), "stmt") and a + 1 < limit and ctx.norms[a + 1] == "من":
        owner = _statement_owner(ctx, a + 1, limit)
        if owner is not None:
            return owner  # (before any name later in the stretch: "… حيث اختفى الطفل نيكي")
    if _close_source(ctx, a, limit):
        return span_arg(ctx, a, a + 2)  # "مصدر مقرب من التحقيق في قضية فرار X": the source, not X
    if _circles_source(ctx, a, limit):
        return span_arg(ctx, a, a + 1)  # "مصادر من أوساط الوزيرة X": the sources, not X (audit U62)
    office = next((j for k in range(a + 1, limit) if (j := whose_office(ctx, a, k)) >= 0), -1)
    if office > a:
        limit = office  # "مسؤول كبير في إدارة الرئيس باراك أوباما": the subject ends before في
    # 1. a person's name anywhere in the subject stretch wins (titles stay outside it)
    for k in range(a, limit):
        m = ctx.mention_of[k]
        if m is not None and m.label == "PER" and not addressee(ctx, k, m) and not in_time(ctx, m) \
                and not title_holder(ctx, a, k):
            if any(ctx.norms[j] in _ALONGSIDE and not (j == a and ctx.norms[j] in _COUNTERPART)
                   for j in range(a, k)):
                break  # "وقال في أنقرة قبيل محادثات مع نظيره سيرغي لافروف:": the one met, not who
            if (rel := _relative_at(ctx, a, k)) > 0:
                limit = rel  # "ويقول موقع الشركة التي أسسها رجل الأعمال X إن": the founder, not who
                break
            if ally_of_named(ctx, a, k):
                break  # "ووصفت روسيا أقوى حلفاء الرئيس بشار الأسد": the ally's patron, not who speaks
            return ctx.mention_arg(m)
    named = _name_after_prename(ctx, a, limit) or name_after_acronym(ctx, a, limit)
    if named is not None:
        return named  # "… الدكتور سعود الشريم:", "المديرة التنفيذية لمنظمة … (يونيسف) هنرييتا فور"
    n = strip_conj(ctx.norms[a])
    # 2. "بيان الخارجية" → الخارجية; "البيان" alone → the previous speaker
    if is_word(n, "stmt") or n in _STATEMENTS:
        owner = _statement_owner(ctx, a + 1, limit)
        if owner is not None:
            return owner
    if is_word(n, "stmt") and a + 1 < limit and owned_by_lam(ctx, a + 1):
        return lam_owner(ctx, a + 1, i, limit, prev)
    if n == "البيان" and a + 1 < limit and ctx.norms[a + 1] in _JOINT:
        # "وأكد البيان الختامي": a summit's or meeting's communiqué speaks for the meeting —
        # the description itself, not a name from the sentence before (SPEC §2.5; audit U46)
        return span_arg(ctx, a, a + 2)
    if is_word(n, "stmt") or n == "البيان":
        if n == "البيان" or a + 1 >= limit:
            return (previous_speaker(prev) or nearest_name(ctx, i, same_sentence=False, labels=("PER", "ORG"))
                    or span_arg(ctx, a, a + 1))
        return speaker_after(ctx, a, limit, prev)
    if is_word(n, "pron"):
        return person_antecedent(ctx, i, prev)
    # 3. the subject starts with a name (ORG, or a country speaking: "اعتبرت فرنسا")
    k = named_after_type(ctx, a, limit)
    m = ctx.mention_of[k]
    if m is not None and not addressee(ctx, k, m):
        return ctx.mention_arg(m)
    rng = nominal(ctx, a, limit)
    if rng is not None and strip_conj(ctx.norms[rng[0]]) == "الله" and \
            (cue := cue_of(ctx.norms[i])) is not None and cue.lemma == "قال":
        return span_arg(ctx, rng[0], rng[0] + 1)  # "وقد قال الله تعالى: (…)": a verse cited (U54)
    if rng is None or strip_conj(ctx.norms[rng[0]]) == "الله":
        return None  # "ودعا الله أن يرحم": a prayer's addressee is no speaker
    s, e = rng
    if strip_conj(ctx.norms[i]) in _TELLING:
        e = _before_told(ctx, s, e)
        if e <= s:
            return None  # "بيتس أبلغ عنصرا متخفيا": the one told; the subject stands before
    elif (cue := cue_of(ctx.norms[i])) is not None and cue.lemma == "افاد":  # (normalised)
        e = _before_reported(ctx, s, e)
    if _is_title_only(ctx, s, e) and (d := described_end(ctx, s, e, limit)) > e:
        # never the previous speaker: a new description is a new speaker
        words = " ".join(strip_conj(ctx.norms[k]) for k in range(s, d))
        return same_description(ctx, s, d) or titled_before(ctx, i, words) or span_arg(ctx, s, d)
    if _is_title_only(ctx, s, e) or word_is(n, "honor"):
        words = tuple(strip_conj(ctx.norms[k]) for k in range(s, e))
        found = person_antecedent(ctx, i, prev, strip_conj(n), words)
        if found is not None and _contrasted(ctx, i, found, prev):
            return span_arg(ctx, s, e)  # "وقال سامي العلي إن …، فيما قال الوزير إن": another man
        return found or span_arg(ctx, s, e)
    same = e < len(ctx.toks) and is_word(ctx.norms[e - 1], "same")
    if e - s == 1 and is_word(n, "anaph") and (last := _continued(ctx, i, n, prev)) is not None:
        return last  # "وذكر المجلس الوطني … أن «… قرب مجلس الشورى …». وأضاف المجلس": who went on
    if same or (e - s == 1 and is_word(n, "anaph")):
        # the latest of: a named organisation / earlier speaker with that head, or the phrase
        found = [c for c in (antecedent_org(ctx, n, ctx.toks[i].start, prev), head_antecedent(ctx, n, s))
                 if c is not None]
        if found:
            return max(found, key=lambda c: c.start)
        if same and prev:
            return previous_speaker(prev)
    if title_word(n) and (found := _named_with_description(ctx, i, s, e)) is not None:
        return found  # "وأعلنت وزيرة الصحة" after "وزيرة الصحة سميرة مرعي" (held-out U50)
    return span_arg(ctx, s, bare_source_end(ctx, s, e, limit))  # "مسؤول في قصر الرئاسة"


def _named_with_description(ctx: Ctx, i: int, s: int, e: int) -> ArgSpan | None:
    """The person named earlier with this whole description: a title in construct ("وزيرة
    الصحة", "وزير الداخلية") or a definite feminine title alone ("الوزيرة"), which the nisba
    rule (`_is_title_only`) does not read."""
    words = [strip_conj(ctx.norms[k]) for k in range(s, e)]
    if len(words) == 1 and not (words[0].startswith("ال") and words[0].endswith(("ة", "ه"))):
        return None
    keys = [" ".join(words)]
    if words[0].startswith("ال"):
        keys.append(" ".join([words[0][2:]] + words[1:]))
    for key in keys:
        found = titled_before(ctx, i, key)
        if found is not None:
            return found
    return None


def _contrasted(ctx: Ctx, i: int, found: ArgSpan, prev: list[ArgSpan]) -> bool:
    """The cue opens a "while" clause (فيما، بينما، في حين) and the title would go back to the
    speaker of the quote before it in the same sentence: the contrast names a second speaker,
    so the bare title stands for someone else (audit U48 follow-up)."""
    if not prev or prev[-1].start != found.start or not ctx.same_sentence(i, ctx.token_index_at(found.start)):
        return False
    before = [ctx.norms[j] for j in range(max(0, i - 2), i)]
    return bool(before) and (before[-1] in _WHILE or before == ["في", "حين"] or before == ["وفي", "حين"])


_WHILE = while_openers()


def _continued(ctx: Ctx, i: int, head: str, prev: list[ArgSpan]) -> ArgSpan | None:
    """A verb of going on (وأضاف، وتابع) whose subject is an anaphoric head ("المجلس") that
    opens the previous speaker's name: that speaker, not a later phrase with the same head
    inside what was said (audit U48: "مجلس الشورى" in the quote before)."""
    cue = cue_of(ctx.norms[i])
    if cue is None or cue.lemma not in _GOING_ON or not prev:
        return None
    bare = head[2:] if head.startswith("ال") else head
    words = prev[-1].text.split()
    return prev[-1] if words and strip_conj(norm_key(words[0])) in (head, bare) else None


_GOING_ON = frozenset({"اضاف", "تابع", "استطرد", "زاد"})  # (lemmas, normalised)


_CLOSE_TO = frozenset({"مقرب", "مقربة", "مقربه", "مقربون", "مقربين", "قريب", "قريبة", "قريبه", "مطلع", "مطلعة",
                       "مطلعه", "مطلعون", "مطلعين"})  # (normalised)


def _close_source(ctx: Ctx, a: int, limit: int) -> bool:
    """'أعلن مصدر مقرب من التحقيق في قضية فرار رضوان فايد أن' (held-out U42): a source close to
    someone speaks, not the one it is close to (their name comes after من)."""
    return (a + 3 < limit and source_word(ctx.norms[a]) and strip_conj(ctx.norms[a + 1]) in _CLOSE_TO
            and ctx.norms[a + 2] == "من" and ctx.mention_of[a] is None)


# "من أوساط/من محيط/من داخل X": a source from someone's circles (normalised)
_CIRCLES = frozenset({"اوساط", "محيط", "داخل", "مكتب", "حاشيه", "حاشية"})


def _circles_source(ctx: Ctx, a: int, limit: int) -> bool:
    """'أعلنت مصادر من أوساط وزيرة الجيوش فلورانس بارلي أن': sources from someone's circles
    speak, not the one named after them."""
    return (a + 3 < limit and source_word(ctx.norms[a]) and ctx.norms[a + 1] == "من"
            and ctx.norms[a + 2] in _CIRCLES and ctx.mention_of[a] is None)


_STATEMENTS = frozenset({"البيان", "تقرير", "التقرير"})  # heads whose owner may follow (normalised)
# (and the verb: "بيان صدر عن مكتب الادعاء" — audit U52, the verb had been the speaker)
_ISSUED = frozenset({"صادر", "الصادر", "صادره", "الصادره", "صادرة", "الصادرة", "صدر", "صدرت"})
_MADE = frozenset({"اعدته", "اعدها", "نشره", "نشرته", "نشرها", "اصدره", "اصدرته", "اصدرها"})


def _statement_owner(ctx: Ctx, o: int, limit: int) -> ArgSpan | None:
    """Whose statement the words from token o say: "بيان صادر عن X", "تقرير أعدته X",
    "البيان الذي نشره X" → X; None when none of these follows. ("بيان للجيش" is
    `lam_owner`'s.)"""
    j = o
    while j < min(limit, o + 2) and _statement_adjective(ctx, j):
        j += 1
    if j > o:
        # "بيان مقتضب نشره المركز الإعلامي", "بيان رسمي صادر عن الوزارة": the statement's
        # adjectives stand before who made it (audit U37 AL-569)
        return _statement_owner(ctx, j, limit)
    at = o + 1
    while at < min(limit, o + 4) and ctx.norms[o] in _ISSUED and timed(ctx, at):
        at += 1  # "بيان صادر اليوم الجمعة عن المكتب التنفيذي": when it was issued (audit U60)
    if at < limit and ctx.norms[o] in _ISSUED and ctx.norms[at] == "عن":
        start = at + 1
    elif o < limit and is_word(ctx.norms[o], "rel") and o + 1 < limit and ctx.norms[o + 1] in _MADE:
        start = o + 2
    elif o < limit and ctx.norms[o] in _MADE:
        start = o + 1
    elif o + 1 < limit and ctx.norms[o] == "من" and ctx.norms[o + 1].startswith("ال"):
        start = o + 1  # "وقال بيان من الشرطة في إقليم ليمبورغ": the body it came from
    else:
        return None
    if start >= limit:
        return None
    m = ctx.mention_of[start]
    if m is not None and m.label in ("PER", "ORG", "LOC"):
        return ctx.mention_arg(m)
    rng = nominal(ctx, start, limit)
    if rng is None:
        return None
    e = rng[1]
    while e < limit and e - start < OWNER_MAX and ctx.norms[e].startswith(("ال", "لل")) and not ctx.is_punct(e) \
            and ctx.same_sentence(start, e) and cue_of(ctx.norms[e]) is None and not timed(ctx, e) \
            and not is_word(ctx.norms[e], "prep") and not is_word(ctx.norms[e], "adv"):
        e += 1  # "مكتب العلاقات العامة للقوات المسلحة الباكستانية": the owner's full name
    return span_arg(ctx, start, e)


def _statement_adjective(ctx: Ctx, k: int) -> bool:
    """An indefinite adjective of a statement noun ("مقتضب", "رسمي", "مشترك"): a bare word
    that is no name, preposition, relative, issuing or making word, nor punctuation."""
    n = ctx.norms[k]
    return not (ctx.is_punct(k) or ctx.is_mark(k) or ctx.mention_of[k] is not None or n.startswith(("ال", "لل"))
                or n in _ISSUED or n in _MADE or n in ("عن", "من") or is_word(n, "prep") or is_word(n, "rel")
                or cue_of(n) is not None or timed(ctx, k))


_COUNTERPART = frozenset({"نظيره", "نظيرته"})
_ALONGSIDE = frozenset({"مع", "قبيل", "خلال", "اثناء", "بعد", "عقب"}) | _COUNTERPART
# (نظيره opening the subject is the speaker's own title: "وقال نظيره البريطاني بوريس جونسون"
# — the counterpart speaks, audit U64 1265)


_TELLING = frozenset({"ابلغ", "ابلغت", "ابلغوا", "اخبر", "اخبرت", "اخبروا"})  # (normalised)


def _before_reported(ctx: Ctx, s: int, e: int) -> int:
    """"وأفادت المعلومات بحيازة الإرهابيين «…»": after أفاد a word glued to بـ past the subject's
    first word opens what is reported (أفاد بـ), not more of the subject (held-out U50). Only right
    after a definite head that is no title: "مدير بلدية المدينة" keeps its بـ-initial noun."""
    k = s + 1
    head = strip_conj(ctx.norms[s])
    if k < e and head.startswith("ال") and not title_word(head):
        n = ctx.norms[k]
        if n.startswith("ب") and not n.startswith(("باسم", "بن")) and len(n) > 3 and ctx.mention_of[k] is None:
            return k
    return e


def _before_told(ctx: Ctx, s: int, e: int) -> int:
    """End of the subject in tokens [s, e) after a verb of telling: the one told follows it
    unmarked, a named organisation or agency ("أبلغ مصدر مخابراتي رويترز") or an indefinite
    accusative noun ("أبلغ عنصرا متخفيا")."""
    for k in range(s, e):
        m = ctx.mention_of[k]
        n = ctx.norms[k]
        if k > s and m is not None and m.label == "ORG":
            return k
        if m is None and indefinite_accusative(n):
            return k
    return e


__all__ = ["speaker_after"]
