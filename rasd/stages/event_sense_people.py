"""Who is named beside a trigger word, for its other senses (SPEC §2.6): riot police and crowds
dispersed, careers and processes called "marches", marchers on the move, troops massing,
protesters, wrongdoers and hackers, detainees, runaways, fighters fleeing and the civilians
who are displaced (read by `event_other_senses.other_sense`).
"""
from __future__ import annotations

from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_filter_senses import SPORT_WORDS
from rasd.stages.event_filter_words import MANY_PEOPLE
from rasd.stages.event_filters import CUSTODY

# Other senses of trigger words, read from the word before (b) or after (a) them:
# "شرطة مكافحة الشغب" (riot police), "لتفريق الحشود" (the crowds), "مسيرة طويلة حافلة" /
# "مسيرته" (a career), "سيطرت فرق الدفاع المدني على الحريق" (a fire put out)
RIOT_POLICE = frozenset({"مكافحه"})
DISPERSING = ("تفريق", "فرق")
# a process: "مسيرة الحوار الوطني", "مسيرة السلام", "مسيرة التنمية" (a march may bear one as
# its name: "انطلقت مسيرة السلام من وسط المدينة")
_PROCESSES = frozenset({"الحوار", "السلام", "التنميه", "الاصلاح", "البناء", "التسويه", "المصالحه",
                        "الديمقراطيه", "التحول", "الانتقال", "التعاون", "التكامل",
                        "العمل", "الرياضه"})  # ("أضاء مسيرة العمل العربي", "في مسيرة الرياضة الأردنية")
# a team's history: "المدرب رقم 37 في مسيرة النادي", "أسوأ خسارة في مسيرة المنتخب" (a team may
# march too: "انطلقت مسيرة الفريق باتجاه مقر الاتحاد", so these are read as _PROCESSES are)
_TEAMS = frozenset({"النادي", "الفريق", "المنتخب", "الانديه", "اللاعب", "المدرب"})
_CAREER = frozenset({"طويله", "حافله", "المهنيه", "مهنيه", "السياسيه", "الفنيه", "الرياضيه", "الادبيه",
                     "العلميه", "حياه", "الحياه", "عمله", "حياته"}) | _PROCESSES | _TEAMS
# a career's length: "مسيرة أربع سنوات", "مسيرة 20 عاما" (bare forms; not hours: a march lasts hours)
_CAREER_SPANS = frozenset({"سنوات", "اعوام", "عاما", "عامين", "سنتين", "سنين", "عقود", "عقدين"})
# a stage of a career on a sport page: "في بداية مسيرة اللاعب الهولندي", "في ختام مسيرته مع الفريق"
# (a march has a start too, "في بداية مسيرة حاشدة", so only where two sport words make it sport talk)
_CAREER_STAGES = frozenset({"بدايه", "بدايات", "مطلع", "نهايه", "ختام", "طوال"})


def career_sense(tokens: list, t: Trigger) -> bool:
    """"مسيرة الحوار الوطني", "بمسيرة التعاون", "مسيرة أربع سنوات": a process or a career, not
    a march. The next word is read in every form (its ال-form in _CAREER, its bare form after a
    proclitic: "لمسيرة السلام"); a span of years follows within two words."""
    after = [candidates(tok.norm.replace("ة", "ه")) for tok in tokens[t.last + 1:t.last + 3]]
    if after and any(f.startswith("حيات") for f in after[0]):
        return True  # "في مسيرة حياتنا", "طوال مسيرة حياتهم": a life's course, whoever's it is
    if t.first and _career_stage(tokens, t):
        return True
    if after and not _CAREER.isdisjoint(after[0]):
        return (_PROCESSES.isdisjoint(after[0]) and _TEAMS.isdisjoint(after[0])) or not _marched(tokens)
    return any(not _CAREER_SPANS.isdisjoint(forms) for forms in after)


def _career_stage(tokens: list, t: Trigger) -> bool:
    """"في بداية مسيرة إبراهيموفيتش" on a sport page (two different sport words), no marchers."""
    if _CAREER_STAGES.isdisjoint(candidates(tokens[t.first - 1].norm.replace("ة", "ه"))):
        return False
    sport = {c[-1] for c in (candidates(tok.norm) for tok in tokens) if not SPORT_WORDS.isdisjoint(c)}
    return len(sport) >= 2 and not _marched(tokens)


# words of marchers on the move: "انطلقت من وسط المدينة", "جابت الشوارع", "باتجاه البرلمان"
_MARCHING = ("انطلق", "جاب", "سارت", "ساروا", "باتجاه", "شوارع", "الشوارع", "لافتات", "هتف", "هتافات",
             "المشاركون", "المشاركين")


def _marched(tokens: list) -> bool:
    return any(f.startswith(_MARCHING) for tok in tokens for f in candidates(tok.norm))


# troops massing are no crowd of protesters: "احتشدت القوات على الحدود"
TROOPS = ("قوات", "جنود", "جيش", "مقاتل", "مسلح", "عسكري", "دبابات", "اليات", "تعزيزات")  # (bare forms)

PROTESTERS = ("المحتج", "محتج", "المتظاهر", "متظاهر", "انصار", "الانصار", "المعتصم", "معتصم")
# wrongdoers: who breaks in is no force raiding, who runs away is no displaced population
WRONGDOERS = frozenset({"لصوص", "اللصوص", "السارقون", "الجناه", "الجاني", "القتله", "القاتل", "الخاطفون",
                        "الخاطف", "الخاطفين", "المتهم", "المتهمون", "المتهمين", "المطلوب", "المطلوبون",
                        "المطلوبين"})


def troops_relative(tokens: list, t: Trigger) -> bool:
    """"للقوات اليمنية التي احتشدت جنوبي المدينة": the verb of a relative clause on troops."""
    if t.first < 2 or tokens[t.first - 1].norm not in ("التي", "الذي", "الذين"):
        return False
    return any(f.startswith(TROOPS) for tok in tokens[max(0, t.first - 3):t.first - 1] for f in candidates(tok.norm))


AIRCRAFT = ("طائر", "طيار", "استطلاع")
NOT_EXPLOSIVE = frozenset({"موجه", "احتجاجات", "مظاهرات", "غضب", "وضع", "اوضاع", "ازمه", "خلاف", "خلافات",
                           "موجات", "شعبي"})

STATUS = frozenset({"حاله", "بحاله"})
_DETAINEES = CUSTODY | {"معتقلا", "معتقلين", "سجين", "سجينا", "سجناء", "نزلاء"}


def detainees_near(tokens: list, t: Trigger) -> bool:
    """Detainees or a prison within three words of a flight word: a jailbreak."""
    near = tokens[max(0, t.first - 3):t.first] + tokens[t.last + 1:t.last + 4]
    return any(f in _DETAINEES for tok in near for f in candidates(tok.norm))


# who runs away without being displaced: "فر اللصوص", "المسلحون هربوا إلى عفرين"
_RUNAWAYS = WRONGDOERS | {"المهاجمون", "المهاجم", "المسلحون", "مسلحون", "الارهابيون", "ارهابيون", "المنفذون",
                          "الارهابيين", "المسلحين", "المهاجمين"}
# "الفارين من النظام/الخدمة": deserters; "الفار من العدالة": a fugitive
# (and the scene of a crime: "ضرب رجلا … قبل أن يفر من الموقع", "الفرار من مسرح الجريمة")
_DESERTED = frozenset({"النظام", "الجيش", "الخدمه", "التجنيد", "العداله", "القضاء", "وجه", "الموقع", "مسرح"})


def runaway_subject(tokens: list, t: Trigger) -> bool:
    """The flight word's subject, right before or after it, is a wrongdoer or a fighter, or
    what was fled is the army or justice."""
    side = tokens[t.first - 1:t.first] + tokens[t.last + 1:t.last + 2]
    if any(f in _RUNAWAYS for tok in side for f in candidates(tok.norm)):
        return True
    # any reading: "فروا" is also read ف + "روا", whose bare form hides the verb
    fled = any(f.startswith(_FLEEING) for f in candidates(tokens[t.first].norm))
    if fled and _counted(tokens, t.last + 1):
        side.append(tokens[t.last + 3])  # "فر كثير من قواتهم", "فر عدد من عناصر التنظيم"
    if fled and t.last + 2 < len(tokens) and tokens[t.last + 1].norm in _MOST and _fighter_word(
            candidates(tokens[t.last + 2].norm)):
        return True  # "بعد فرار معظم قيادات ميليشيات الحوثي": a share of the fighters or leaders
    if fled and any(f.startswith(_FIGHTERS) for tok in side for f in candidates(tok.norm)):
        return True  # (fighters evacuated under a deal are displaced: "إجلاء المقاتلين")
    if fled and (_fighters_subject(tokens, t) or _rest_of_fighters(tokens, t)):
        return True
    after = [candidates(tok.norm) for tok in tokens[t.last + 1:t.last + 4]]
    if any(c[-1] == "صفوف" for c in after):
        return True  # "فرار واسع بين صفوف الميليشيات": a rout
    if any(candidates(tok.norm)[-1].startswith(_TOOK_REFUGE) for tok in tokens[max(0, t.first - 8):t.first]):
        return True  # "ولاذ الرجل الذي يبلغ … بالفرار": a culprit got away
    if fled and _fugitive_near(tokens, t):
        return True  # "وهرب ستيفانسون من نافذة سجن", "شابا يشتبه بقتله لفتاة … بعدما فر"
    if len(after) >= 2 and after[0][-1] == "من" and not _DESERTED.isdisjoint(after[1]):
        return True
    return len(after) >= 2 and after[0][-1] == "من" and _got_away_from_group(tokens, t, after[1])


def _got_away_from_group(tokens: list, t: Trigger, fled: tuple[str, ...]) -> bool:
    """"ثلاث إيزيديات هربن من تنظيم داعش": a few who fled an armed group itself got away from their
    captors (no place was fled); people in numbers near it are displaced ("فر آلاف المدنيين من داعش",
    "هرب سكان القرية من التنظيم")."""
    if not any(c.startswith(_ARMED_GROUPS) for c in fled):
        return False
    near = tokens[max(0, t.first - _SUBJECT_REACH):t.last + 6]
    return not any(f.startswith(MANY_PEOPLE) for tok in near for f in candidates(tok.norm))


# the head of a subject that is fighters or their leaders ("معظم القيادات الأجنبية لتنظيم داعش
# هربت"), or an armed group's name in it ("عناصر داعش هربت")
_LEADERS = ("قيادات", "قاده", "قائد", "زعيم", "مقاتل", "مسلح")
_ARMED_GROUPS = ("داعش", "التنظيم", "تنظيم", "الحوثي", "حوثي", "النصره")
_SUBJECT_REACH = 6
_SUBJECT_OPENERS = frozenset({"ان", "وان", "بان", "،", ",", "فيما", "بينما", "حيث"})
# "فيما فر آخرون": the rest of the fighters the sentence counted before
_THE_REST = frozenset({"اخرون", "اخرين", "البقيه", "الباقون", "الباقين", "بقيتهم"})


def _fighters_subject(tokens: list, t: Trigger) -> bool:
    """A verb of fleeing whose subject, from the clause start up to it (six words), names
    fighters, their leaders or an armed group, and no people who flee in numbers."""
    words = []
    for tok in reversed(tokens[max(0, t.first - _SUBJECT_REACH):t.first]):
        if tok.norm in _SUBJECT_OPENERS or tok.norm in (".", ":", "؛"):
            break
        words.append(candidates(tok.norm))
    if not words or any(any(f.startswith(MANY_PEOPLE) for f in c) and not _counts_fighters(words, j)
                        for j, c in enumerate(words)):
        return False
    return any(_fighter_word(c) for c in words)


_COUNTS = ("الاف", "مئات", "عشرات")
# a share of whoever fled, named right after it (normalised forms)
_MOST = frozenset({"معظم", "اغلب", "غالبيه", "جميع", "كل", "بعض", "اكثر"})


def _fighter_word(forms) -> bool:
    return any(f.startswith(_FIGHTERS + _LEADERS) or f.startswith(_ARMED_GROUPS) for f in forms)


def _counts_fighters(words: list, j: int) -> bool:
    """The number word at j (words nearest the verb first) counts fighters, right after it or
    after من ("العشرات من ميليشيات الحوثي فروا", "عشرات المسلحين فروا"): no people in numbers."""
    if not any(f.startswith(_COUNTS) for f in words[j]):
        return False
    k = j - 1
    if k >= 0 and words[k][-1] == "من":
        k -= 1
    return k >= 0 and _fighter_word(words[k])


def _rest_of_fighters(tokens: list, t: Trigger) -> bool:
    near = [candidates(tok.norm)[-1] for tok in tokens[max(0, t.first - 3):t.first] + tokens[t.last + 1:t.last + 2]]
    if _THE_REST.isdisjoint(near):
        return False
    earlier = [candidates(tok.norm)[-1] for tok in tokens[:t.first]]
    return any(w.startswith(_FIGHTERS + _LEADERS) for w in earlier) and not any(w.startswith(_CIVILIANS) for w in earlier)


_CIVILIANS = ("عائل", "اسر", "سكان", "اهالي", "مدني", "نازح", "مواطن")  # (not counts: "عشرات المتمردين")


def _fugitive_near(tokens: list, t: Trigger) -> bool:
    """A prison or a suspect up to eight words around a verb of fleeing, and no people who flee
    in numbers (families, residents, civilians, thousands)."""
    near = [candidates(tok.norm)[-1] for tok in tokens[max(0, t.first - 8):t.last + 9]]
    return (any(w.startswith(_FUGITIVE_CUES) for w in near)
            and not any(w.startswith(MANY_PEOPLE) for w in near))


_FUGITIVE_CUES = ("سجن", "يشتبه", "مشتبه", "متهم")


def _counted(tokens: list, k: int) -> bool:
    """"كثير من", "عدد من", "عشرات من" at token k, with a noun after it."""
    return k + 2 < len(tokens) and tokens[k].norm in _SOME and tokens[k + 1].norm == "من"


_SOME = frozenset({"كثير", "الكثير", "عدد", "العديد", "عشرات", "مئات", "بعض"})
# fighters: their flight is a rout or a desertion, not displacement ("فر كثير من قواتهم")
_FIGHTERS = TROOPS + ("عناصر", "متمرد", "ميليشيات", "مليشيات")
_TOOK_REFUGE = ("لاذ", "يلوذ", "تلوذ")  # "لاذ بالفرار"
_FLEEING = ("فر", "هرب", "هروب", "يفر", "تفر", "يهرب", "تهرب")


def force_after(tokens: list, t: Trigger) -> bool:
    return any(f.startswith(TROOPS) for tok in tokens[t.last + 2:t.last + 4] for f in candidates(tok.norm))
