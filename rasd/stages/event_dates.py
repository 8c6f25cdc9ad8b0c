"""When an event happened (SPEC §2.6): the time expression its clause gives (not a reported
statement's day, a birth date or an earlier act's day), phrases naming an earlier act that
answers or precedes it, "after N days" and "N years ago" readings, background and stale
anchors, and the too-old test against the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from rasd.model.document import Document
from rasd.model.record import TimeExpr
from rasd.model.span import Span
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_filters import IN_PROTEST, PHYSICAL, SUPERLATIVES, commemorated, toll_clause
from rasd.stages.event_mentions import (CLAUSE_BREAKS, RELATIVES, SAYING, THAT, clause_bounds, in_aside_relative,
                                        relative_between)
from rasd.stages.numbers import parse_number

_BACKGROUND = ("وكان", "كان", "كانت", "وكانت", "سبق", "وسبق")


def toll_start(tokens: Sequence, trig: Trigger) -> int:
    """Where a running-toll clause after the trigger opens (character offset), else no limit."""
    cut = toll_clause([candidates(t.norm) for t in tokens])
    return tokens[cut].start if trig.first < cut < len(tokens) else 1 << 62


def answer_start(tokens: Sequence, trig: Trigger, doc: Document | None = None,
                 trigs: Sequence[Trigger] = ()) -> int:
    """Where a phrase naming the act this one answers opens after it ("قصف الجيش مواقع …
    ردا على هجوم سوروتش في 20 تموز"), as a character offset, else no limit: its time, place
    and weapon are the answered act's. So are those of an earlier attack told after بعد/إثر/عقب
    with a day of its own (`sequel_start`)."""
    cut = next((t.start for t in tokens[trig.last + 1:] if candidates(t.norm)[0] in ANSWERING), None)
    cut = 1 << 62 if cut is None or answered(tokens, trig) else cut
    return min(cut, sequel_start(doc, tokens, trig, trigs)) if doc is not None and trigs else cut


# "ضربات على سوريا السبت بعد الهجوم الكيماوي في دوما في السابع من أبريل": an attack told after
# these, with a day of its own, is an earlier happening ("قتل خمسة بعد قصف استهدف البلدة" is one:
# an outcome and its cause; a bare "بعد الهجوم" refers back; "بعد مقتل طفل إثر إحراق منزل في
# الضفة الغربية", a place but no day, is the news itself)
SEQUEL = frozenset({"بعد", "اثر", "عقب", "اعقاب"})


def sequel_start(doc: Document, tokens: Sequence, trig: Trigger, trigs: Sequence[Trigger]) -> int:
    if trig.strength < 2:
        return 1 << 62
    for o in trigs:
        if o.type != "ASSAULT" or o.first <= trig.last + 1:
            continue
        j = next((k for k in (o.first - 1, o.first - 2) if k > trig.last
                  and candidates(tokens[k].norm)[-1] in SEQUEL), None)
        if j is not None and dated_after(doc, tokens, o):
            return tokens[j].start
    return 1 << 62


def sequel_opening(doc: Document, tokens: Sequence, trig: Trigger, trigs: Sequence[Trigger]) -> int:
    """Where the phrase holding `trig` opens when it tells an act that an earlier trigger of the
    sentence came after ("ضربات … بعد الهجوم الكيماوي في دوما"), else 0 (a later clause is
    not in it)."""
    lo, _hi = clause_bounds(tokens, trig.first, trig.last)
    return max((c for m in trigs if m.last < trig.first
                and tokens[lo].start <= (c := sequel_start(doc, tokens, m, trigs)) <= trig.start), default=0)


def in_sequel(doc: Document, tokens: Sequence, trig: Trigger, trigs: Sequence[Trigger]) -> bool:
    return sequel_opening(doc, tokens, trig, trigs) > 0


def dated_after(doc: Document, tokens: Sequence, o: Trigger) -> bool:
    """A date follows the trigger in its clause ("الهجوم الكيماوي في السابع من أبريل")."""
    _lo, hi = clause_bounds(tokens, o.first, o.last)
    end = tokens[hi - 1].end
    return any(o.end <= t.start < end and t.type in ("date", "range") for t in doc.times)


def pick_time(doc: Document, sent: Span, trig: Trigger, tokens: Sequence, *,
              after: int = 0, trigs: Sequence[Trigger] = ()) -> TimeExpr | None:
    """The date expression governing the trigger: in its clause first, else the sentence
    (only those starting at `after` or later)."""
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    cstart, cend = tokens[lo].start, tokens[hi - 1].end
    # "قتل أربعة …، لتصل الحصيلة منذ 30 مارس إلى 38"; "… ردا على هجوم في 20 تموز"
    toll = min(toll_start(tokens, trig), answer_start(tokens, trig, doc, trigs))
    cands = [t for t in doc.times if max(sent.start, after) <= t.start and t.end <= min(sent.end, toll)
             and t.type in ("date", "range") and t.value and t.precision != "unknown"
             and not birth_date(doc.text, t.start, t.precision)]
    if cands and trig.first >= 2:
        cands = [t for t in cands if not _other_relative(tokens, trig, t)]
    year = (doc.meta.published or "")[:4]
    cands = [t for t in cands if not (t.value[:4] < year and _recalled_time(tokens, trig, t))
             and not _compared_in(tokens, t, year) and not _of_landmark(tokens, trig, t)]
    if not cands:
        return None
    in_clause = [t for t in cands if cstart <= t.start and t.end <= cend]
    in_clause = _reported_clause_times(tokens, trig, in_clause)
    if not in_clause and trig.type in PHYSICAL and _after_prior(tokens, trig):
        # "ألغى ترامب زيارته المقررة هذا الأسبوع … بعد الهجوم الكيماوي": the time told before
        # dates the later news, not the act it followed
        cands = [t for t in cands if t.start > trig.start]
    pool = in_clause or cands
    if not pool:
        return None
    return min(pool, key=lambda t: abs(t.start - trig.start))


RELATIVE_REACH = 3  # words from a relative pronoun to the act its clause tells ("الذي شن الهجوم")


def _is_relative(tok) -> bool:
    return tok.norm in RELATIVES or (tok.norm[:1] == "و" and tok.norm[1:] in RELATIVES)


def _other_relative(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """"اسم التونسي والذي طرد يوم السبت كان مسجلا لدى أنيس العامري الذي شن الهجوم": the day
    stands in one relative clause (a relative pronoun up to RELATIVE_REACH words before it) and
    the act in a later one (its pronoun up to RELATIVE_REACH words before the trigger) — each
    tells of someone else, so the day does not date the act."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if k is None or k >= trig.first:
        return False
    own = [r for r in range(max(k + 1, trig.first - RELATIVE_REACH), trig.first) if _is_relative(tokens[r])]
    return bool(own) and any(_is_relative(tokens[r]) for r in range(max(0, k - RELATIVE_REACH), k))


def _reported_clause_times(tokens: Sequence, trig: Trigger, times: list) -> list:
    """"قالت المنظمة في تقرير أصدرته الأحد إن القوات قتلت 12 متظاهرا الشهر الماضي": a time of the
    frame before the أن/إن that opens the trigger's clause dates the statement; the reported
    clause's own time, when it has one, dates the act."""
    that = [tok.end for tok in tokens[:trig.first] if candidates(tok.norm)[0].lstrip("و") in THAT]
    if not that:
        return times
    reported = [t for t in times if t.start >= that[-1]]
    return reported or times


_PRIOR = frozenset({"بعد", "عقب", "اثر", "إثر"})


def _after_prior(tokens: Sequence, trig: Trigger) -> bool:
    """The trigger is a definite act named right after بعد/عقب/إثر ("بعد الهجوم")."""
    definite = any(c.startswith("ال") for c in candidates(tokens[trig.first].norm))
    return trig.first > 0 and definite and candidates(tokens[trig.first - 1].norm)[-1] in _PRIOR


def _of_landmark(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """"أمرت محكمة باعتقال 12 شخصا … قبل الانتخابات الرئاسية التي جرت الأحد": a time after the
    trigger, in a relative clause on a noun that قبل/بعد/عقب/إثر set the act against, dates
    that landmark, not the act (which came before or after it)."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if k is None or k <= trig.last:
        return False
    for r in range(k - 1, trig.last, -1):
        if tokens[r].text in CLAUSE_BREAKS:
            return False
        if tokens[r].norm in RELATIVES:
            # the landmark noun and up to two adjectives between قبل and the pronoun
            words = [candidates(tok.norm)[-1] for tok in tokens[max(trig.last + 1, r - _LANDMARK_REACH):r]]
            return any(w in _LANDMARKED for w in words[:-1])
    return False


# (not منذ: "منذ الانتفاضة التي أطاحت بالقذافي في 2011" opens the period the act spans)
_LANDMARKED = frozenset({"قبل", "بعد", "عقب", "اثر", "إثر"})
_LANDMARK_REACH = 4  # قبل + the noun + up to two adjectives ("قبل الانتخابات الرئاسية التي")


def _compared_in(tokens: Sequence, t: TimeExpr, year: str) -> bool:
    """"في أعنف هجوم هذا العام", "وهو الأعنف منذ عام 2015": the current year or month, or a time
    after منذ, up to four words after a superlative measures the comparison, not the act ("أكبر
    مقارنة بعددهم العام الماضي" is left alone)."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if k is None or not any(candidates(tok.norm)[0] in SUPERLATIVES for tok in tokens[max(0, k - 4):k]):
        return False
    since = k > 0 and candidates(tokens[k - 1].norm)[-1] == "منذ"
    return since or (t.precision in ("year", "month") and t.value[:4] == year)


def _recalled_time(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """"وتزامنت المسيرات مع يوم الأرض الذي يحيي فيه الفلسطينيون ذكرى مقتل 6 … عام 1976": a time
    in what an anniversary after the trigger recalls dates the past act, not the news (the
    caller asks only of a year before publication: "في الذكرى السبعين للنكبة في 15 أيار" is the
    anniversary's own day)."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if k is None or k <= trig.last:
        return False
    keys = [candidates(tok.norm) for tok in tokens[trig.last + 1:k + 1]]
    return commemorated(keys, len(keys) - 1)


_BIRTH = re.compile(r"(?:مواليد|المولود|المولودة|مولود|مولودة|ولد|ولدت)\s+(?:في\s+|عام\s+)?(?:ال)?$")


# "من مواليد دولة الشيشان عام 1997", "المولود في دمشق سنة 1990": a birthplace between (up to
# three words, no punctuation; only before a bare year)
_BIRTHPLACE = re.compile(r"(?:مواليد|المولود|المولودة)\s+(?:[^\s،,.:؛()]+\s+){1,3}$")
_YEAR_WORD = re.compile(r"(?:عام|العام|سنة|السنة)\s+$")


def birth_date(text: str, start: int, precision: str | None = None) -> bool:
    """"من مواليد العام 1415هـ", "المولود عام 1990": a birth date, never an event's date; so is
    a year after a birthplace ("من مواليد دولة الشيشان عام 1997")."""
    if _BIRTH.search(text[max(0, start - 20):start]):
        return True
    if precision != "year":
        return False
    return bool(_BIRTHPLACE.search(_YEAR_WORD.sub("", text[max(0, start - 60):start])))


# "وقال مسعفون السبت إن …", "أعلنت المنظمة أمس الأربعاء أن …": a day between a reporting verb and
# its complementiser dates the statement; what it reports happened then or in the days before
_SAYING_REACH = 6  # tokens between the reporting verb and the day


def speech_dated(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """Does the day `t` stand between a reporting verb and the complementiser that opens the
    trigger's clause ("قال مسعفون السبت إن القوات أطلقت النار")?"""
    first = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if first is None or first > trig.first:
        return False
    that = any(candidates(tok.norm)[0].lstrip("و") in THAT for tok in tokens[first:trig.first]
               if tok.start >= t.end) or _about_next(tokens[first:trig.first], t)
    # (words only: "أعلن حلف شمال الأطلسي (الناتو) اليوم (السبت)، أن" — brackets are no words)
    words = [tok for tok in tokens[max(0, first - 3 * _SAYING_REACH):first] if any(c.isalpha() for c in tok.norm)]
    near = words[-_SAYING_REACH:]
    verb = next((j for j in range(len(near) - 1, -1, -1) if candidates(near[j].norm)[-1] in SAYING), None)
    # "وأضافت أنه، في 24 يوليو الماضي، قتل …": a day after the complementiser is told inside
    # the report, the act's own day, not the statement's
    return that and verb is not None and not any(
        candidates(tok.norm)[0].lstrip("و") in THAT for tok in near[verb + 1:])


def announced_act(tokens: Sequence, trig: Trigger) -> bool:
    """"أعلنت قيادة قوات التحالف، الأحد، عن هدنة إنسانية": the act named right after أعلن … عن is
    what the announcement made (a truce, sanctions declared), so the announcement's day is its
    own ("كشف مصدر، الأحد، عن توصل السلطات لاتفاق" reveals an act that may be older)."""
    if trig.first == 0 or candidates(tokens[trig.first - 1].norm)[-1] != "عن":
        return False
    return any(candidates(tok.norm)[-1].lstrip("و").startswith(_DECLARING)
               for tok in tokens[max(0, trig.first - 1 - _DECLARING_REACH):trig.first - 1])


_DECLARING = ("اعلن", "يعلن", "تعلن")
_DECLARING_REACH = 8  # the verb, its subject and a day set off by commas before عن


def _about_next(tokens: Sequence, t: TimeExpr) -> bool:
    """"أعلنت مصادر، السبت، عن مقتل قيادي": عن opening the reported news right after the day
    stands where أن would."""
    words = [tok for tok in tokens if tok.start >= t.end and any(c.isalpha() for c in tok.norm)]
    return bool(words) and words[0].norm == "عن"


def reported_day(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """"قتل ستة …، حسبما ذكرت السلطات أمس", "خطفت جبهة النصرة ثمانية عناصر، بحسب ما ذكر المرصد،
    الخميس": a day in a trailing source phrase (after the trigger, up to eight words after
    بحسب/حسبما/وفق ما/كما + a reporting verb) dates the report, not the act."""
    return _in_source_phrase(tokens, trig.last, t.start, _REPORTED_REACH)


def reported_place(tokens: Sequence, trig: Trigger, m) -> bool:
    """"… ولم يصب أحد وقت الهجوم، حسبما أفادت الشرطة المحلية في بيان مشترك مع النيابة العامة في
    شتوتغارت": a place in a trailing source phrase (up to twelve words after بحسب/حسبما/وفق ما/كما +
    a reporting verb) is where the reporter is, not where the act happened."""
    return _in_source_phrase(tokens, trig.last, m.start, _REPORTED_PLACE_REACH)


def reporter_place(tokens: Sequence, m) -> bool:
    """`reported_place` for a sentence as a whole (what a following sentence may inherit)."""
    return _in_source_phrase(tokens, -1, m.start, _REPORTED_PLACE_REACH)


def _in_source_phrase(tokens: Sequence, last: int, start: int, reach: int) -> bool:
    k = next((i for i, tok in enumerate(tokens) if tok.start >= start), None)
    if k is None or k <= last:
        return False
    back = [candidates(tok.norm) for tok in tokens[max(last + 1, k - reach):k]]
    for j, forms in enumerate(back):
        if forms[-1] in _ACCORDING or forms[0] in _ACCORDING:
            return any(_saying(c[-1]) or _saying(c[0]) for c in back[j + 1:])
    return False


def _saying(form: str) -> bool:
    """A reporting verb, also with the object pronoun of "وفقا لما ذكرته الشرطة" (what it said)."""
    return form in SAYING or any(form.endswith(p) and form[:-len(p)] in SAYING for p in _OBJECT_PRONOUNS)


_OBJECT_PRONOUNS = ("ه", "ها")


def report_verb_day(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """"طال القصف مستودعا …، قبل أن يعلن، اليوم الأربعاء، ارتفاع عدد القتلى", "… ثم أعلن المرصد
    الثلاثاء": a day after the trigger whose verb, up to two words before it ("اليوم" aside),
    is a reporting verb dates that later report, not the act."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if k is None or k <= trig.last or relative_between(tokens, trig.end, t.start):
        return False  # ("الاحتجاجات التي دعا إليها أمس": who called for the act, and when)
    return said_on(tokens, t, trig.last + 1)


def said_on(tokens: Sequence, t: TimeExpr, lo: int = 0) -> bool:
    """Is the day `t` that of a reporting verb up to two words before it (from token `lo` on;
    "اليوم" aside): "قبل أن يعلن، اليوم الأربعاء،", "ثم أعلن المرصد الثلاثاء"?"""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), len(tokens))
    words = [tok for tok in tokens[lo:k] if any(c.isalpha() for c in tok.norm)]
    while words and candidates(words[-1].norm)[-1] in _TODAY:
        words.pop()
    return any(candidates(tok.norm)[-1].lstrip("و") in SAYING or candidates(tok.norm)[0] in SAYING
               for tok in words[-_REPORT_VERB_REACH:])


_TODAY = frozenset({"اليوم", "يوم"})
_REPORT_VERB_REACH = 3  # the verb and its subject of up to two words ("أعلن المرصد الثلاثاء",
# "قبل أن يعلن الدفاع المدني، اليوم الأربعاء")


_ACCORDING = frozenset({"بحسب", "حسب", "حسبما", "وفق", "وفقا", "كما", "طبقا"})
_REPORTED_REACH = 8
_REPORTED_PLACE_REACH = 12  # (the reporter's phrase may run on: "في بيان مشترك مع النيابة العامة في")


_REPORT_THAT_REACH = 8  # tokens from the reporting verb to its complementiser


def report_opening(tokens: Sequence, trig: Trigger, m) -> int | None:
    """The offset of the first new report ("و" + a reporting verb, then أن/إن) that opens between
    the trigger and the mention or time `m` ("قصفت مقاتلات مواقع … وذكرت وسائل اعلام أن الشرطة
    نفذت مداهمات في اسطنبول"), else None. A source aside without a complementiser ("قصفت، بحسب
    ما ذكر المرصد، مواقع في حلب") opens none."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= m.start), len(tokens))
    for i in range(trig.last + 1, k):
        forms = candidates(tokens[i].norm)
        if len(forms) < 2 or not forms[0].startswith("و") or forms[-1] not in SAYING:
            continue
        if any(candidates(tok.norm)[0].lstrip("و") in THAT for tok in tokens[i + 1:min(k, i + 1 + _REPORT_THAT_REACH)]):
            return tokens[i].start
    return None


def set_off_after(doc: Document, tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """The time stands right after the trigger's clause, set off by commas ("قد ألقت القبض على
    عشماوي، الاثنين، خلال عملية"): it dates that clause."""
    _lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return not doc.text[tokens[hi - 1].end:t.start].strip(" ،,")


def in_clause(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return tokens[lo].start <= t.start and t.end <= tokens[hi - 1].end


# "بعد ثلاثة أيام من مقتل 14 شخصا", "بعد أسبوع على تظاهرة مماثلة": the happening after من/على
# took place that long before the sentence's own news. Processes are measured, not dated, by
# such a phrase ("بعد ثلاثة أسابيع من القتال": three weeks of fighting).
_AFTER = frozenset({"بعد"})
_OF = frozenset({"من", "علي"})  # normalised: على → علي
_ONLY = frozenset({"فقط", "تقريبا"})
_ONE = frozenset({"واحد", "واحده", "واحدة"})
_PROCESS_MODES = frozenset({"clash", "siege"})
_DURATION = re.compile(r"^P(\d+)([DWM])$")
_AFTER_REACH = 14  # tokens from the duration to the trigger
_MONTHS_REACH = 4  # ("بعد ستة أشهر على أولى عمليات توقيف"; not "بعد شهرين من الإعداد لها ومكنت
# من إلقاء القبض": months measure a preparation as often as they date an act)


def after_phrases(doc: Document, sent: Span, tokens: Sequence) -> list[tuple[int, int, TimeExpr]]:
    """(offset of بعد, token index after من/على, the duration) of each "بعد <N days/weeks/
    months> من|على" in the sentence."""
    out = []
    for t in doc.times:
        if t.type != "duration" or not _DURATION.match(t.value or "") or not (sent.start <= t.start < sent.end):
            continue
        first = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
        last = next((i for i, tok in enumerate(tokens) if tok.end >= t.end), None)
        if first is None or last is None or first == 0 or last + 1 >= len(tokens):
            continue
        if last + 2 < len(tokens) and candidates(tokens[last + 1].norm)[0] in _ONE:
            last += 1  # "بعد يوم واحد من قتل 13": the unit's number written after it
        if last + 2 < len(tokens) and candidates(tokens[last + 1].norm)[0] in _ONLY:
            last += 1  # "بعد يوم فقط من إعلان"
        # any reading of the word before: a sentence opening "وبعد 3 أشهر على هجوم" is read
        # first as one word, وبعد, not as و + بعد
        if _AFTER & set(candidates(tokens[first - 1].norm)) and candidates(tokens[last + 1].norm)[0] in _OF:
            out.append((tokens[first - 1].start, last + 2, t))
    return out


def dated_before(doc: Document, sent: Span, tokens: Sequence, trig: Trigger) -> tuple[str, TimeExpr] | None:
    """(day, the duration) for a trigger inside "بعد <N days/weeks> من …": the day N days or
    weeks before the date of what comes before بعد — the sentence's own date expression, else
    the publication date. None when the trigger is not inside such a phrase."""
    if trig.mode in _PROCESS_MODES:
        return None
    # ("وكانت الولايات المتحدة شنت هجوما …، وذلك بعد 3 أيام من": undated news, and so is what
    # came before it — unless the background names its day: "وكانت الشرطة قد أعلنت أن … أصيبوا
    # في انفجار الاثنين، وذلك بعد يوم واحد من قتل 13": the killing was on the Sunday)
    background = is_background(tokens, trig)
    for after, body, t in after_phrases(doc, sent, tokens):
        reach = _MONTHS_REACH if t.value.endswith("M") else _AFTER_REACH
        if not 0 <= trig.first - body < reach or any(
                tok.text in CLAUSE_BREAKS for tok in tokens[body:trig.first]):
            continue
        anchor = _anchor_day(doc, sent, after, named=background)
        if anchor is None:
            return None
        m = _DURATION.match(t.value)
        days = int(m[1]) * {"W": 7, "M": 30}.get(m[2], 1)
        return (anchor - dt.timedelta(days=days)).isoformat(), t
    return None


def _anchor_day(doc: Document, sent: Span, before: int, *, named: bool = False) -> dt.date | None:
    """The day of what the sentence reports before `before`: its day expression, else (unless
    the day must be `named`) the publication date; None when that is dated coarser ("في أبريل
    عام 2017، وذلك بعد 3 أيام")."""
    dates = [t for t in doc.times if sent.start <= t.start and t.end <= before and t.type in ("date", "range")
             and t.value]
    if dates and dates[-1].precision != "day" or named and not dates:
        return None
    value = dates[-1].value if dates else (doc.meta.published or "")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def last_time(doc: Document, sent: Span, tokens: Sequence = ()) -> TimeExpr | None:
    """The last date expression of a sentence (what a following sentence may inherit); with
    the sentence's `tokens`, not one told only inside a comma-set relative clause about someone
    ("… دفعة الشهيد محمود يونس، الذي نال الشهادة يوم 21 أكتوبر عام 1973،": his biography, not
    the day the story is telling)."""
    cands = [t for t in doc.times if sent.start <= t.start and t.end <= sent.end
             and t.type in ("date", "range") and t.value and t.precision != "unknown"
             and not birth_date(doc.text, t.start, t.precision)
             and not (tokens and in_aside_relative(tokens, t))]
    return cands[-1] if cands else None


# "من جهة أخرى، اعتقلت الشرطة …", "على صعيد آخر، تظاهر …": openers that turn to other news
_OTHER_NEWS_OPENERS = (r"من\s+(?:جانب|جهة)\s+(?:آخر|اخر|أخرى|اخرى|ثانية|ثان)|في\s+سياق\s+(?:آخر|اخر|منفصل)"
                       r"|على\s+صعيد\s+(?:آخر|اخر)|في\s+شأن\s+(?:آخر|اخر)")
# "من جانب آخر، اتهم …", "إلى ذلك": the story moves on (إلى ذلك as often goes on with the same
# story, so it shifts the topic for dates but is no other news for places)
_TOPIC_SHIFT = re.compile(rf"^\W*و?(?:{_OTHER_NEWS_OPENERS}|[إا]لى\s+ذلك)")
_OTHER_NEWS = re.compile(rf"^\W*و?(?:{_OTHER_NEWS_OPENERS})")


def other_news(text: str, prev: str = "") -> bool:
    """The sentence opens by turning to other news: what it tells happened nowhere the
    sentence before (`prev`) named — unless it names a spot of that sentence again, two words
    after في/ب that the gazetteer may not know ("اندلعت في مزرعة المشهور" after "استهدفت
    الضربات … ومزرعة المشهور")."""
    if not _OTHER_NEWS.match(text):
        return False
    return not any(m[1] in prev for m in _AT_SPOT.finditer(text))


_AT_SPOT = re.compile(r"(?:^|\s)(?:في|ب)\s*([^\s،,.؛:]+\s+[^\s،,.؛:]+)")


def stale_anchor(doc: Document, prev: Span, sent: Span, max_age_days: int) -> TimeExpr | None:
    """The last date named before sentence `prev` (the one before the event's), when it is a day
    or month in the past beyond the event window and no date before it is recent: a story that
    is still telling that past (a bare year is mostly an aside: "هدنة العام 2014")."""
    cands = [t for t in doc.times if t.end <= prev.start and t.type in ("date", "range") and t.value
             and t.precision != "unknown" and not birth_date(doc.text, t.start, t.precision)]
    pub = doc.meta.published
    if not cands or not pub or cands[-1].precision not in ("day", "month") or cands[-1].value[:10] >= pub[:10]:
        return None
    if not all(too_old(t.value, pub, max_age_days, t.value_end) for t in cands):
        return None  # the story told recent news before: the old date is an aside
    if any(_TOPIC_SHIFT.match(doc.text[x.start:x.end]) for x in doc.sentences
           if cands[-1].end <= x.start <= sent.start):
        return None
    return cands[-1]


# "اعتقلته المخابرات منذ 26 سنة", "قتل مئات في حملة قبل نحو عقد من الزمان", "استقال قبل سنوات":
# a span of years counted back from the news, after the act in its own clause, puts the act that
# long ago: older background (SPEC §2.7), never the report's week. Only years and decades: a
# span of months or weeks ("المحاصرة منذ أشهر") may still reach into the news window.
_BACK = frozenset({"منذ", "قبل"})
_YEAR_UNITS = frozenset({"سنه", "سنوات", "سنين", "عام", "عاما", "اعوام", "عقد", "عقود"})
_BACK_FILLERS = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "من", "ما", "يقارب", "يزيد", "علي"})
_ERA = frozenset({"الزمان", "الزمن"})
_BACK_REACH = 8  # words from the act to منذ/قبل
_BACK_UNIT_REACH = 4  # words from منذ/قبل to the unit ("قبل أكثر من 20 عاما")
_YEARS_IN = re.compile(r"^P(\d+)Y$")


def years_back(doc: Document, tokens: Sequence, trig: Trigger) -> tuple[str | None, str, TimeExpr | None] | None:
    """(value, precision, time) of the act a span of years back dates ("منذ 26 سنة": the year
    26 years before publication; "قبل ثلاث سنوات": the times stage's year), (None, "unknown",
    None) when the span has no number ("قبل سنوات"), None when there is no such span. Not a
    comparison ("أعنف هجوم منذ سنوات"), a year named ("منذ عام 2013": a date), a span before
    another happening ("قبل عام من الانتخابات") or a conjunction ("قبل أن")."""
    _lo, hi = clause_bounds(tokens, trig.first, trig.last)
    bare = [candidates(t.norm)[-1] for t in tokens]
    for j in range(trig.last + 1, min(hi, trig.last + 1 + _BACK_REACH)):
        if bare[j] not in _BACK or any(w in SUPERLATIVES for w in bare[max(0, j - 4):j]):
            continue
        unit = next((k for k in range(j + 1, min(hi, j + 1 + _BACK_UNIT_REACH)) if bare[k] in _YEAR_UNITS), None)
        if unit is None or any(not (bare[k] in _BACK_FILLERS or any(c.isdigit() for c in bare[k])
                                    or parse_number(tokens[k].text) is not None) for k in range(j + 1, unit)):
            continue
        nxt = bare[unit + 1] if unit + 1 < len(tokens) else ""
        if nxt.isdigit() or nxt in ("من", "علي") and (unit + 2 >= len(tokens) or bare[unit + 2] not in _ERA):
            continue
        return _back_value(doc, tokens[j].start, tokens[unit].end)
    return None


def _back_value(doc: Document, start: int, end: int) -> tuple[str | None, str, TimeExpr | None]:
    pub = doc.meta.published or ""
    for t in doc.times:
        if t.end <= start or t.start >= end or not t.value:
            continue
        if t.type == "date" and t.precision != "unknown":
            return t.value, t.precision, t
        m = _YEARS_IN.match(t.value)
        if t.type == "duration" and m and pub[:4].isdigit():
            return str(int(pub[:4]) - int(m[1])), "year", t
    return None, "unknown", None


def background_day(tokens: Sequence, t: TimeExpr) -> bool:
    """"وكان المهاجرون انطلقوا من ليبيا على متن مركب … فجر الجمعة": a day told in a sentence that
    opens with the pluperfect frame and reports no statement is the day of that earlier
    happening, which a statement told in the next sentence did not share (one told after "وكان
    عباس يلقي، الاثنين، كلمة" or "وكان … قد قال … الأربعاء" did)."""
    if t.precision != "day" or not tokens or candidates(tokens[0].norm)[0] not in _PLUPERFECT:
        return False
    from rasd.stages.event_rule_places import SETTING_WORDS  # (lazy: that module reads this one's users)
    for tok in tokens:
        forms = candidates(tok.norm)
        if forms[-1] in SAYING or forms[0].lstrip("و") in SAYING or forms[-1].replace("ة", "ه") in SETTING_WORDS:
            return False
    return True


# "يذكر أن", "ويشار إلى أن", "ومن الجدير بالذكر أن": the writer's reminder of earlier facts,
# which the article does not date as its news
_NOTE_OPENERS = frozenset({"يذكر", "ويذكر", "يشار", "ويشار", "يذكره", "جدير", "والجدير", "الجدير"})
_PLUPERFECT = _BACKGROUND[:4]  # وكان، كان، كانت، وكانت


def is_background(tokens: Sequence, trig: Trigger) -> bool:
    """Pluperfect framing ("وكان … قد") marks side events the article does not date."""
    head = [candidates(t.norm)[0] for t in tokens[:trig.first]]
    if head and head[0] in _BACKGROUND or "سابق" in " ".join(head[-4:]):
        return True
    if head and head[0] in _NOTE_OPENERS and ("ان" in head[1:4] or "بان" in head[1:4]) \
            and not any(w.lstrip("و") in SAYING for w in head[2:]):
        # "يذكر أن الناشطة عبرت عن موقفها بوقفة احتجاجية": a reminder of the past ("ويذكر أن
        # إسرائيل أعلنت شن غارات" reports the news the article follows: left alone)
        return True
    return any(w in _BACKGROUND for w in head[-3:]) and "قد" in head[-3:]  # "كان قد دعا"


# "رداً على هجوم بغاز الأعصاب", "انتقاما لمقتل قائدها": the act answered came before the news
# that answers it, and the head clause's time is the answer's, not its own
ANSWERING = frozenset({"ردا", "وردا", "انتقاما", "وانتقاما", "ثارا", "حدادا", "استنكارا"}) | IN_PROTEST
# ("يعم الإضراب السبت احتجاجا على مقتل 16": the cause protested came before)
_ANSWER_REACH = 6


def answered(tokens: Sequence, trig: Trigger) -> bool:
    """The trigger is inside the phrase naming the act the sentence's news answers ("ردا على
    هجوم", "انتقاما لمقتل جنديين في هجوم"): up to six words after the answering word, in its clause."""
    for tok in reversed(tokens[max(0, trig.first - _ANSWER_REACH):trig.first]):
        if tok.text in CLAUSE_BREAKS:
            return False
        if candidates(tok.norm)[0] in ANSWERING:
            return True
    return False


# "ويأتي بسبب هجوم كيماوي", "جاء ذلك على خلفية مقتل شاب": the news comes after its cause
_COMES = frozenset({"ياتي", "وياتي", "تاتي", "وتاتي", "جاء", "وجاء", "جاءت", "وجاءت"})
_CAUSES = frozenset({"بسبب", "خلفيه"})
_COMES_REACH = 3  # the verb, ذلك/هذا (and القرار …), the cause word


def cause_of_news(tokens: Sequence, trig: Trigger) -> bool:
    """The trigger opens the cause named after "يأتي/جاء (ذلك) بسبب/على خلفية": the act the
    news comes after, told as its background, not dated by the news (SPEC §2.6)."""
    before = tokens[max(0, trig.first - _COMES_REACH - 1):trig.first]
    if not before or candidates(before[-1].norm)[-1] not in _CAUSES and before[-1].norm not in _CAUSES:
        return False
    for tok in reversed(before[:-1]):
        if tok.text in CLAUSE_BREAKS:
            return False
        if tok.norm in _COMES or candidates(tok.norm)[-1] in _COMES:
            return True
    return False


def too_old(date: str | None, published: str | None, days: int = 30,
            date_end: str | None = None) -> bool:
    """True when the period is over more than `days` before publication, or wholly after it."""
    if not date or not published:
        return False
    try:
        pub = dt.date.fromisoformat(published[:10])
        first, last = _period(date), _period(date_end or date, end=True)
    except ValueError:
        return False
    return (pub - last).days > days or first > pub


def _period(value: str, *, end: bool = False) -> dt.date:
    """First (or last) day of an ISO date, month or year."""
    parts = [int(x) for x in value[:10].split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        if not end:
            return dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
