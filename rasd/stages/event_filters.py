"""Which detected triggers are asserted happenings (SPEC §2.6): negation, future, condition,
modality, threats, denials, purposes, prayers, escapes and the like, and sentences that
describe a toll, a lasting state, a habit or a trial.

The functions take each token's candidate forms (`event_detect.candidates`), looked up once
per sentence by the detector.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from rasd.lang.lexicon import complementisers, load_lexicon
from rasd.stages.quotes_marks import ALL_MARKS

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger

VERBAL_TYPES = ("ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN")
# acts done to people or things, as opposed to speech and diplomacy
PHYSICAL = ("ASSAULT", "PROTEST", "COERCE", "DISPLACE", "MOBILIZE", "RETREAT")
# Words that negate or suspend what follows within a few tokens (normalised, ta folded).
NEGATORS = frozenset({"لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "غير",
                      "استبعد", "استبعدت", "يستبعد", "تستبعد", "مستبعد"})  # "استبعد لقاء": ruled out
# "وأحبطت قوات الأمن محاولة تفجير": a foiled act did not happen (read after و/ف or بـ)
FOILED = frozenset({"احبط", "احبطت", "احبطوا", "احباط", "افشل", "افشلت", "افشال"})
_FOILED_REACH = 6
MODALS = frozenset({"ربما", "يمكن", "يحتمل", "محتمل", "محتمله", "اذا", "لو", "حال", "يعتزم", "تعتزم",
                    "ينوي", "تنوي", "يخطط", "تخطط", "خطه", "خطط", "المقرر", "المتوقع", "يتوقع",
                    "تتوقع", "مخاوف", "خشيه", "لمنع", "منع", "لتجنب", "تجنب", "حذر", "حذرت", "يحذر",
                    "تحذر", "تحذير", "سوف", "يريد", "تريد", "سيتم", "ستتم", "امكانيه", "احتمال",
                    "لتفادي", "يسعي", "تسعي", "بهدف", "مستعد", "مستعده", "استعداد", "ينبغي", "يجب",
                    "عزمه", "عزمها", "عزمهما", "عزمهم", "نيه", "نيته", "نيتها", "نيتهم", "نيتهما",
                    "عزم", "الامال", "امل", "يامل", "تامل", "هل", "شريطه", "بشرط", "شرط",
                    "تحسبا", "ينص", "تنص", "يدرس", "تدرس", "ندرس", "يدرسون",  # (considering)
                    # "يمكنهم الاعتقال", "بإمكانه", "ضرورة الإفراج" (and "في حالة": _conditioned)
                    "يمكنهم", "يمكنها", "يمكنه", "بامكانه", "بامكانها", "بامكانهم", "ضروره",
                    # a power granted: "وسيكون بوسع الشرطة احتجاز …"
                    "بامكان", "بوسع", "بوسعه", "بوسعها", "بوسعهم", "بمقدور", "بمقدوره", "بمقدورها",
                    "المطلوب",  # ("المطلوب رفع الحصار": what is required)
                    "حان",  # ("الوقت حان للإفراج عن القس": urged, not done)
                    # hesitating over an act, or a rumour of one: "مترددين في توجيه ضربة",
                    # "إشاعة وقوع هجوم كيميائي"
                    "متردد", "مترددا", "مترددون", "مترددين", "متردده", "اشاعه", "شائعات", "اشاعات",
                    # "التي طالما انتقدته", "لطالما هاجم": a habit ("as long as" with an imperfect:
                    # a condition) — either way no one act
                    "طالما", "لطالما"})
# a future auxiliary before its verbal noun: "سيقوم بزيارة", "ستبدأ في احتجاز" — within its
# clause, past its subject ("سيقوم الوزير يوم غد الأحد بزيارة")
FUTURE_AUX = frozenset("س" + p + v + n for p in "يتن" for v in ("قوم", "عقد", "جري", "بدا", "صل", "زور", "لتقي",
                                                               "بحث", "شارك", "نفذ", "شن", "واصل")
                       for n in ("", "ان", "ون"))  # ("أنقرة وبغداد ستشنان هجوما مشتركا")
MODALS |= FUTURE_AUX | {"يسعون", "تسعين", "يسعيان", "تسعيان", "رغبه", "رغبته", "رغبتها", "رغبتهم"}
# a pledge's or a duty's object has not happened yet (read over the clause, like FUTURE_AUX)
PLEDGES = frozenset({"تعهد", "تعهدت", "يتعهد", "تتعهد", "تعهدوا", "متعهدا", "متعهده", "وعد", "وعدت"})
OUGHT = frozenset({"ينبغي", "يجب", "يتعين", "يتوجب", "لابد"})
_FUTURE_REACH = 8  # words between a future auxiliary and its verbal noun
# a trial's words: the acts it is about are not news of them
JUDICIAL = frozenset({"محاكمه", "المحاكمه", "تحقيقا", "المحكمه", "محكمه", "القضائيه", "حكما",
                      "بالسجن", "السجن", "الادعاء", "النيابه", "اتهامات", "ادين", "ادينت", "ادانته"})
HABITUAL = ("في احيان كثيره", "في احيان", "مرارا", "كثيرا ما", "غالبا ما", "عاده ما", "باستمرار", "يوميا",
            "مرات عده", "مرات عديده", "في مرات كثيره", "في اكثر من مناسبه", "في عده مناسبات", "بانتظام",
            "بشكل منتظم", "بصوره منتظمه", "دابت", "دابت علي", "يدابون",
            "داب علي", "دابوا علي", "اعتاد", "اعتادت", "اعتادوا",  # ("ودأب على انتقاد الحكومة")
            "لطالما")  # ("ولطالما انتقد ناشطون … واستهدافه للمعارضين": all along)
# "اتفاق مبدئي حول انسحاب …", "التوصل إلى اتفاق … على إجلاء", "الخطة التي تتعلق بترحيل …":
# the terms of a deal or plan, not happenings
DEALS = ("اتفاق", "صفقه", "تفاهم", "مسوده", "مبادره", "خطه", "خطط", "مقترح", "اقتراح", "مشروع")
TERMS = frozenset({"حول", "علي", "بشان", "عن", "يقضي", "تقضي", "ينص", "تنص", "يتضمن", "تتضمن", "بموجبه",
                   "مقابل", "يشمل", "تشمل", "يتعلق", "تتعلق", "المتعلقه"})
FAILED = frozenset({"اخفق", "اخفقت", "اخفاق", "فشل", "فشلت", "فشلوا", "تعثر", "تعثرت", "تعذر"})
CARRYING_OUT = frozenset({"اطار", "باطار", "بموجب", "تنفيذا", "تطبيقا", "ضمن"})
# "منذ أربعة أشهر": a state that has lasted, not a happening
STATE_UNITS = frozenset({"اشهر", "شهور", "سنوات", "اعوام", "سنه", "عام", "اسابيع", "عقود", "سنين"})
# "طيلة الأسابيع الستة الماضية", "على مدى أشهر": a stretch of time (plural units only: "خلال
# الأسبوع الماضي" dates one happening)
SPANS = frozenset({"طيله", "طوال", "مدي", "مدار", "خلال"})  # ("على مدار الأسابيع الماضية")
PLURAL_UNITS = frozenset({"اشهر", "شهور", "سنوات", "اعوام", "اسابيع", "عقود", "سنين",
                          "شهرين", "اسبوعين", "عامين", "سنتين"})  # (duals: "خلال الشهرين الأوليين")
THREAT_WORDS = ("هدد", "يهدد", "تهدد", "توعد", "يتوعد", "تتوعد", "تهديد", "بتهديد", "هددت", "هددوا", "توعدت",
                "توعدوا", "يهددون", "يتوعدون", "مهددا", "متوعدا", "مهدده", "متوعده", "هددا", "هددتا", "توعدا",
                "يهددان", "تهددان")
_THREAT_SET = frozenset(THREAT_WORDS)
_AFTER_LINKS = frozenset({"اثر", "عقب", "بعد", "ردا", "وذلك", "جراء", "بسبب"})
# threat nouns with their endings ("وكرر تهديداته بتوجيه ضربات", "وعيده بالرد")
THREAT_NOUNS = ("تهديد", "وعيد")
# words with ب that name no act threatened: "التهديد بسبب الإرهاب", "تهديدات بحق الصحفيين"
NOT_ACTS = frozenset({"بسبب", "بشان", "بخصوص", "بحق", "بعد", "بين", "بالنسبه", "بها", "به", "بهم"})


def act_with_ba(words: Sequence[str]) -> bool:
    """One of `words` is بـ + an act ("بتوجيه", "بقصف"), not a preposition ("بسبب", "بحق")."""
    return any(w.startswith("ب") and len(w) >= 3 and w not in NOT_ACTS for w in words)


def threat_with_act(keys: Sequence[tuple[str, ...]], i: int) -> bool:
    """A threat noun at i followed by بـ and the act threatened ("تهديده بتوجيه ضربات"), past up
    to two adjectives ("التهديدات الغربية الأخيرة بتوجيه ضربة")."""
    if not keys[i][-1].startswith(THREAT_NOUNS):
        return False
    j = i + 1
    while j < len(keys) and j <= i + 2 and _adjective(keys[j][0]):
        j += 1
    return j < len(keys) and act_with_ba(keys[j][:1])


def _adjective(word: str) -> bool:
    """A definite relational adjective ("الغربية", "الأمريكي") or الأخيرة/الجديدة."""
    return word.startswith("ال") and (word.endswith(("يه", "ي")) or word in ("الاخيره", "الجديده"))
DENIAL_WORDS = frozenset({"نفي", "نفت", "ينفي", "تنفي", "نفوا", "نفيه", "ينفون", "كذب", "كذبت", "نافيا",
                          "نافيه", "نافين"})
# "رفضت المحكمة الإفراج", "رفض المتظاهرون مغادرة الساحة": what was refused did not happen
REFUSAL = frozenset({"رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "يرفضون", "رافضا", "رافضه", "رفضه",
                     "رفضها", "رفضهم",
                     # opposing an act ("يعارض فرض أي قيود") does not do it either
                     "يعارض", "تعارض", "يعارضون", "عارض", "عارضت", "عارضوا"})
_CLAUSE_OPENERS = frozenset({"بعد", "قبل", "عقب", "اثر", "ان", "الذي", "التي", "الذين", "حيث", "عندما",
                             "بينما", "فيما", "اذ", "حين", "لكن", "كما"})
# "دعا إلى وقف إطلاق النار", "طالبت بالإفراج عن": the act asked for has not happened (the
# REQUEST event records the call)
ASKING = frozenset({"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "داعيا", "داعيه", "طالب",
                    "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "مطالبا", "مطالبه", "مطالبين",
                    "مطالبته", "مطالبتها", "مطالبتهم", "مطالبات",
                    "ناشد", "ناشدت", "يناشد", "تناشد", "حث", "حثت", "يحث", "تحث",
                    "وحث", "وحثت",
                    # a call as a noun: "أطلق ناشطون دعوات للمشاركة في مسيرات"
                    "دعوات", "الدعوات",  # (not the singular: "تلبية دعوة لزيارة" was a visit made)
                    # insisting on: "أكدت الحكومة تمسكها بانسحاب الميليشيات من الميناء"
                    "تمسك", "تمسكت", "يتمسك", "تتمسك", "تمسكه", "تمسكها", "تمسكهم", "متمسكا", "متمسكه",
                    # determined on: "دليل على التصميم الكبير لواشنطن على إطلاق سراح القس" (not
                    # حرص على: "حرصت القوات على إجلاء المدنيين" did it)
                    "اصر", "اصرت", "يصر", "تصر", "اصرار", "الاصرار", "اصراره", "اصرارها",
                    "تصميم", "التصميم", "تصميمه", "تصميمها"})  # (a three-letter verb keeps its و in the lookup forms)
WARNING = frozenset({"حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون", "محذرا", "محذره", "محذرين",
                     "تحذير", "تحذيرات"})
# "ليساعدها في اقتحام", "للانخراط في محادثات": a purpose or a hoped-for step, not a happening
PURPOSE = frozenset({"ليساعد", "ليساعدها", "ليساعدهم", "لتساعد", "لمساعده", "لمساعدتها", "سعيا",
                     "للانخراط", "لاستئناف", "لعقد", "لاجراء", "ليتمكن", "لتتمكن", "لتمكين",
                     "لتنفيذ", "لشن", "لارتكاب", "امله", "املها", "امالا", "تمهيدا", "كي", "لكي",
                     "لضمان", "لتامين",  # ("لضمان إطلاق سراح مواطن": he is still held)
                     # a truce sought or mediated: "للتوصل إلى هدنة", "تحاول مصر التوسط في هدنة"
                     "للتوصل", "التوسط", "للتوسط", "مساعي", "جهود", "لجهود",
                     # protecting from, making easier, helping to: "لحمايتها من القصف", "لتسهيل
                     # ترحيل المهاجرين", "للمساعدة على إطلاق سراح ابنه"
                     "لحمايه", "لحمايتها", "لحمايته", "لحمايتهم", "لتسهيل", "للمساعده",
                     # allowing or completing: "مشروع قرار … للسماح بتسليم المساعدات والإجلاء
                     # الطبي", "الإجراءات التي طلبتها تركيا لإتمام الترحيل"
                     "للسماح", "لاتمام", "لاستكمال", "لاكمال"})
# a discussion's object is its topic: "اجتمعا لبحث … عودة اللاجئين" (not the talk itself:
# "وبحث الرئيسان في مكالمة هاتفية")
DISCUSSING = frozenset({"لبحث", "لمناقشه", "لدراسه", "بحث", "مناقشه", "ناقش", "ناقشت", "ناقشا", "يناقش",
                        "تناقش", "بحثت", "بحثا", "يبحث"})
# "المفاوضات … بشأن انسحاب المعارضة من دوما": a topic (not "اتصال بشأن أربعة متظاهرين":
# people, not an act)
TOPIC = frozenset({"بشان", "بخصوص"})
PARTICIPANTS = ("متظاهر", "محتج", "معتصم")
PRESSING = ("ضغط", "للضغط", "الضغط", "يضغط", "تضغط", "بالضغط",
            # what a place or a weapon is used for: "منطقة كانت تستخدمها الميليشيات لقصف المدنيين"
            "تستخدم", "يستخدم", "استخدم", "تستخدمها", "يستخدمها", "يستخدمونها",
            # what something is exploited or allowed for: "يستغلون المنطقة لقصف القرى"
            "يستغل", "تستغل", "يسمح", "تسمح", "يتيح", "تتيح", "سيسمح", "ستسمح", "سيتيح", "ستتيح")
# "تستعد لهجوم", "تعد لهجوم": an act being prepared (ل on the trigger; "وتعد إدلب آخر معقل")
PREPARING = frozenset({"يستعد", "تستعد", "يستعدون", "تعد", "يعد", "يعدون", "استعدت", "استعد"})
# "حق التظاهر السلمي", "حرية التظاهر": a right named, not a protest
RIGHTS = frozenset({"حق", "الحق", "حقه", "حقهم", "حقوق", "حريه", "وحريه", "حقها", "لحق"})
# "اللقاء المرتقب", "الاجتماع المقبل": an event awaited, described right after its noun
AWAITED = frozenset({"المرتقب", "المرتقبه", "المقبل", "المقبله", "المزمع", "المزمعه", "المنتظر",
                     "المنتظره", "المقرر", "المقرره", "القادم", "القادمه", "المرتقبين", "الوشيك",
                     "الوشيكه", "وشيك", "وشيكه", "مرتقب", "مرتقبه", "مزمع", "مزمعه", "منتظر", "منتظره",
                     "مقرر", "مقرره",
                     # a possible act ("الاستعدادات لهجوم محتمل على المدينة") has not happened
                     "محتمل", "محتمله", "محتملا", "المحتمل", "المحتمله"})  # ("وسط مظاهرات مزمعة")
# "موعد لقاء", "موعدا للاجتماع": the appointed time of a meeting not yet held
SCHEDULED = frozenset({"موعد", "موعدا", "بموعد", "لموعد", "وموعد"})
# talks hoped to resume ("الآمال في استئناف فوري لمحادثات سلام") have not happened
# a quest right before its ل-act ("في مسعى لاقتحامها"): the act is sought, not done; not the
# quest as a setting of another act ("وفي مسعاه لإنهاء الأزمة التقى الوزير نظيره")
QUEST = frozenset({"مسعي", "مسعاه", "مسعاها", "مسعاهم"})
# "ضمن مخططها للتجنيد الإجباري", "خطة لتهجير السكان": the act a plan is for is planned, not done
PLAN = frozenset({"مخطط", "مخططا", "مخططه", "مخططها", "مخططهم", "مخططات", "مخططاتها", "مخططاته",
                  "خطه", "خطتها", "خطته", "خطتهم", "خطط", "خططها", "خططه", "خططهم"})
# a proposal's object ("رسالة تقترح فيه زيارة الوفد", "اقترح عقد قمة", "مقترح هدنة"): a meeting
# or a deal put forward, not held or made; read right after the proposal word or past فيه/فيها
# and a verbal noun of holding — not "ناقشا المقترح خلال اجتماعهما" (the meeting was held)
PROPOSING = frozenset({"اقترح", "اقترحت", "اقترحوا", "يقترح", "تقترح", "يقترحون", "مقترح", "مقترحا",
                       "المقترح", "اقتراح", "الاقتراح", "اقتراحا", "مقترحات", "المقترحات"})
_PROPOSAL_GAP = frozenset({"فيه", "فيها", "عقد", "اجراء", "بعقد", "باجراء"})
PROSPECTIVE = frozenset({"استئناف", "الانخراط", "انخراط", "العوده", "عوده"})
# "يواجه ماكرون انتقادات", "يحظى بتأييد الناخبين", "تعرض لانتقادات": a statement received, whose
# author the sentence does not name — no verbal act by the subject
RECEIVING = frozenset({"يواجه", "تواجه", "يواجهون", "واجه", "واجهت", "يحظي", "تحظي", "حظي", "حظيت",
                       "يلقي", "لقي", "لقيت", "يتعرض", "تتعرض", "تعرض", "تعرضت", "يتلقي", "تتلقي", "تلقي", "تلقت"})
# "يعيشون في خوف دائم من الاعتقال", "ويواجهون خطر الاعتقال": a feared or risked act, no happening
FEARED = frozenset({"خوف", "الخوف", "خشيه", "مخاوف", "المخاوف", "خطر", "مخاطر", "لخطر", "خوفا", "تخوفا"})
ACCUSING = ("اتهم", "يتهم", "تتهم", "متهم", "اتهام", "الاتهام")
# suspicion of taking part: "تشتبه الشرطة في مشاركة روس في محاولة اغتيال", "اعتقل للاشتباه في"
# (not "المشتبه به في هجوم أمس", the suspect of an attack that did happen, nor "ما يشتبه
# بأنه هجوم كيماوي", an attack whose nature is suspected)
SUSPECTING = ("يشتبه", "تشتبه", "اشتبه", "اشتبهت", "اشتباه", "الاشتباه")
_THAT_IT = frozenset({"انه", "بانه", "انها", "بانها", "انهما", "بانهما", "انهم", "بانهم"})
# charges: "التهم تشمل … احتجاجات", "بتهمة إحداث تفجيرات" (exact forms: تهميش is no charge)
CHARGES = frozenset({"تهم", "التهم", "بتهم", "تهمه", "بتهمه", "التهمه", "تهمتي", "بتهمتي"})
# "حكم الإعدام", "أحكام بالإعدام", "تواجه الإعدام": a death sentence, not an execution (SPEC 2.7:
# trials and verdicts are not events)
SENTENCING = frozenset({"حكم", "الحكم", "احكام", "الاحكام", "حكما", "بحكم", "قضت", "قضي", "حكمت", "تقضي", "يقضي",
                        "عقوبه", "العقوبه", "بعقوبه", "يواجه", "تواجه", "يواجهون", "صدر", "اصدرت"})
CARRIED_OUT = ("نفذ", "تنفيذ", "ينفذ", "تنفذ")
# "دعا … بأن يحفظ الله المملكة", "دعا له بالشفاء": prayers, not appeals to anyone
PRAYING = ("دعا", "دعت", "يدعو", "تدعو", "دعوا")
PRAYER = frozenset({"بالرحمه", "بالشفاء", "بالتوفيق", "بالنصر", "بالمغفره", "اللهم"})
# "تمكنا من الهرب", "لاذ المسلحون بالفرار": doers getting away, not people displaced
ESCAPE = ("تمكن", "يتمكن", "لاذ", "يلوذ", "تلوذ", "استطاع", "نجح", "نجا", "افلت")
# "استقبل المستشفى العديد من الحالات": a hospital receiving patients is not a meeting
RECEIVED = frozenset({"مستشفي", "المستشفي", "مستشفيات", "المستشفيات", "حالات", "الحالات", "مصابين",
                      "المصابين", "جرحي", "الجرحي", "جثث", "الجثث", "جثامين", "طلبات", "الطلبات",
                      "مرضي", "المرضي", "لاجئين", "اللاجئين", "نازحين", "النازحين", "اتصالات",
                      "مركز", "المركز", "مستوصف", "مراجعين"})
CUMULATIVE = ("منذ بدء", "منذ بدايه", "منذ اندلاع", "منذ انطلاق", "منذ مطلع", "منذ عام", "حصيله",
              "منذ انقلاب", "منذ سيطره", "منذ قيام", "منذ تاسيس", "منذ احتلال", "منذ النكبه",
              "سنوات من الحرب", "اعوام من الحرب", "سنوات من الصراع", "سنوات علي الحرب",
              "منذ ان بدات", "منذ ان بدا", "منذ ان انطلقت", "منذ ان اندلعت",  # ("منذ أن بدأت الاحتجاجات")
              "منذ اعلان", "منذ قرار")  # ("وقتل 32 فلسطينيا منذ إعلان ترامب نقل سفارة بلاده")
# ("قتلوا … منذ انقلابها", "منذ قيام إسرائيل ارتكبت 70 مذبحة")
# Accidents and disasters (SPEC 2.7: accidents without violence are not events); matched on the
# tokens' bare forms (ال and clitics off), so "سقوط الطائرة" is "سقوط طائره"
ACCIDENT = ("حادث سير", "حوادث سير", "حادث مرور", "حادث مروري", "حوادث مرور", "سقوط طائره",
            "تحطم طائره", "تحطم مروحيه", "سقوط مروحيه", "تحطمت طائره", "سقطت طائره", "تحطمت مروحيه",
            "سقطت مروحيه", "اصطدام", "اصطدمت", "انقلاب سياره", "انقلاب حافله", "انقلبت سياره",
            "انقلبت حافله", "انقلاب شاحنه", "انقلاب قارب", "غرق قارب", "غرق مركب", "غرقت سفينه",
            "غرق سفينه", "زلزال", "فيضانات", "فيضان", "سيول", "انهيار مبني", "انهيار منزل",
            "انهيار عماره", "صعق")
# "إصابات بالتهاب الكبد": an illness, not a wound (bare forms: بـ and ال off)
ILLNESS = frozenset(load_lexicon("illness_words.tsv", fold_taa=True))
# an outbreak named near a casualty word makes it a case of disease ("أعلن حالة الطوارئ لتفشي وباء
# الكوليرا بعد ارتفاع عدد الوفيات إلى 20 وإصابة أكثر من 2000 شخص"), wherever the illness stands
EPIDEMIC = frozenset({"وباء", "اوبئه", "تفشي", "كوليرا", "كورونا", "حصبه", "ملاريا", "انفلونزا", "ايبولا",
                      "طاعون", "جائحه", "عدوي"})
_EPIDEMIC_REACH = 15  # words either side of the casualty word
# "وقف (فوري) لإطلاق النار", "منطقة وقف إطلاق نار": a ceasefire, not shooting
CEASE = frozenset({"وقف", "وقفا", "ايقاف", "توقف", "اوقف", "اوقفت", "اوقفوا", "تعليق"})
_BREAKS = frozenset({",", ";", ".", ":", "!", "?"})


def _asserted(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """`asserted` with the tokens' candidate forms already looked up (once per sentence)."""
    if _habit_or_background(tokens, keys, trig):
        return False
    for i in _clause_before(keys, trig, 4 + trig.first - _coordinated_head(keys, trig)):  # (not past a
        cands = keys[i]  # comma: "لن تتراجع، متهما"; past "X أو": "قد يتسبب في تشريد أو حصار")
        if _still(keys, i):
            continue  # "لا تزال الاشتباكات مستمرة": still going on, not negated
        if _negates_before_that(keys, i, trig):
            continue  # "الذي طلب عدم نشر اسمه أن اشتباكات اندلعت", "غير أن", "لا شك أن"
        attempt = cands[-1].startswith(("محاول", "حاول", "يحاول", "تحاول")) and trig.type != "ASSAULT"  # an attempted
        # attack is an attack (ACLED); an attempted flight or arrest did not happen
        if _negator(cands[0]) or (i >= _act_head(keys, trig) - 3 and (cands[-1] in MODALS or cands[0] in MODALS
                                                                       or attempt)):
            return False
        if cands[0] == "قد" and _may(tokens, keys, i):
            return False  # قد + imperfect = "may"
        if cands[0] in _THAT_NOT and _verb_next(tokens, i):
            return False  # "أن على الأسد ألا يشن هجوما": أن + لا, not إلا (followed by أن or a noun)
    if trig.first >= 1 and keys[trig.first - 1][0] == "قد" and _may(tokens, keys, trig.first - 1):
        return False
    if (_conditioned(keys, trig) or _expected_to(tokens, keys, trig) or _avoided(keys, trig)
            or _permitted(keys, trig) or _stepped_up(keys, trig)):
        return False
    if trig.first >= 1 and keys[trig.first - 1][-1] in _WAS and _imperfect(tokens[trig.first].norm):
        return False  # "التي كانت تطالب بانفصال": what used to be done
    for i in _clause_before(keys, trig, _FUTURE_REACH):
        if keys[i][0] in FUTURE_AUX or (keys[i][0][:1] in "وف" and keys[i][0][1:] in FUTURE_AUX):
            return False
    if _pledged_or_due(keys, trig):
        return False
    for i in _clause_before(keys, trig, _FOILED_REACH):
        if not FOILED.isdisjoint(keys[i]):
            return False  # "أحبطت قوات الأمن محاولة تفجير سيارة مفخخة"
    if _plotted(keys, trig) or _intended(keys, trig) or commemorated(keys, trig.first) or _warned_against(keys, trig):
        return False
    if _since_it(keys, trig):
        return False  # "ومنذ حادث التفجير في المسجد، بدأت الكويت حملة": a reference point
    if trig.first >= 1 and (not _ANY.isdisjoint(keys[trig.first - 1]) or (
            trig.first >= 2 and keys[trig.first - 1][-1] in _KINDS and not _ANY.isdisjoint(keys[trig.first - 2]))):
        return False  # "أي هجوم واسع سيضعف", "دون حدوث أي اشتباك", "لأي عملية تفجيرية": any
        # attack, none in particular
    if _every(keys, trig):
        return False  # "بعد كل عملية تفجير في مسجد": every such act, none in particular
    if trig.first >= 1 and not _LACK.isdisjoint(keys[trig.first - 1]):
        return False  # "تندد بنقص تعاون السلطات", "حذرت من نقص المساعدات": what is lacking did not happen
    if trig.first >= 2 and keys[trig.first - 1][-1] in _KIND and _SUCH.intersection(keys[trig.first - 2]):
        return False  # "معتبرا أن مثل هذا الهجوم قد يؤدي": such an attack, none in particular
    if trig.last + 1 < len(keys) and _SUCH_AFTER.intersection(keys[trig.last + 1]):
        return False  # "لم يكن من مصلحتها شن هجوم كهذا": (an act) such as this
    if trig.first >= 2 and keys[trig.first - 2][0] == "قد" and keys[trig.first - 1][0] in ("يكون", "تكون"):
        return False
    if (trig.type in VERBAL_TYPES and trig.first >= 2 and not _ANY.isdisjoint(keys[trig.first - 2])
            and _imperfect(tokens[trig.first].norm)):
        return False  # "رحب بأي مبادرة تدعو إلى حقن الدماء": any initiative, no author
    if trig.first and not SCHEDULED.isdisjoint(keys[trig.first - 1]):
        return False  # "قبل ساعات من موعد لقاء الملك": a meeting set, not held yet; "تفاصيل عن
        # موعد انسحاب المعارضة": any act whose time is set or asked about
    if trig.type != "THREATEN":
        for i in range(trig.first - 1, max(-1, trig.first - 6), -1):
            if keys[i][0] in _AFTER_LINKS:
                break  # "هدد … إثر الضربات التي شنها الجيش": the strikes came before the threat
            if not _THREAT_SET.isdisjoint(keys[i]) or threat_with_act(keys, i):  # any form
                return False
        if _threatened_purpose(keys, trig):
            return False
    if trig.type == "ASSAULT" and (_illness(keys, trig) or _ceasefire(keys, trig) or _ready_to_blow(keys, trig)
                                   or _facing_attacks(keys, trig)):
        return False
    if trig.type in VERBAL_TYPES and any(set(c) & RECEIVING for c in keys[max(0, trig.first - 3):trig.first]):
        return False  # "ويواجه العبادي انتقادات بشأن الفساد": criticism received, by no one named
    if _stance_against_evil(keys, trig):
        return False  # "رفض بلاده لأعمال الإرهاب": a stance, no one rejected
    if _for_periods(keys, trig):
        return False  # "الاحتجاز لفترات طويلة": a practice, no arrest told
    if _standing_position(keys, trig):
        return False  # "وتتهم دمشق المتمردين بقصف الممرات": a standing position, no statement told
    if _said_by_some(keys, trig):
        return False  # "ودعا البعض إلى محاسبته": some people, no named actor
    if trig.type == "REJECT" and _declined(keys, trig):
        return False  # "رفضت الحكومة التعليق": declining to comment rejects nobody
    if trig.type not in VERBAL_TYPES and trig.type != "REJECT" and _refused_or_asked(keys, trig):
        return False
    if trig.type in PHYSICAL and _deal_term(keys, trig):
        return False
    if trig.type == "AGREE" and any(set(c) & FAILED for c in keys[max(0, trig.first - 3):trig.first]):
        return False  # "وأخفق التوصل لاتفاق": no deal (a failed attack or meeting still happened)
    awaited = ((trig.last + 1 < len(keys) and bool(set(keys[trig.last + 1]) & AWAITED)) or _expected_after(keys, trig)
               or _consequence_to_come(keys, trig))
    if (awaited or _purpose(keys, trig) or _escape(keys, trig) or _received(keys, trig)
            or _accused_of(keys, trig) or _prayer(keys, trig) or _death_sentence(keys, trig)
            or _prevented(keys, trig) or _ordered(keys, trig) or _postponed(keys, trig)
            or _held_later(keys, trig) or _measured(keys, trig) or _named_setting(keys, trig)):
        return False
    for i in range(trig.first - 1, max(-1, trig.first - 7), -1):  # denial: same clause, 6 words
        if tokens[i].norm in _BREAKS:
            break
        if not DENIAL_WORDS.isdisjoint(keys[i]):
            return False
    return True


_PURPOSE_REACH = 12  # words back from a ل-purpose to the threat whose act it serves


def _threatened_purpose(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"هدد الرئيس التركي رجب طيب إردوغان، بضرب شمال العراق لاستهداف معسكرات المسلحين": a ل +
    verbal noun that is the purpose of a threatened act (بـ + act between the threat and it) is
    threatened too, past the long subject the five-word check stops at."""
    word = keys[trig.first][0]
    if not (word.startswith("ل") and len(word) > 3):
        return False
    acted = False  # (a comma may set off the threat's subject, not stand after the act)
    for i in range(trig.first - 1, max(-1, trig.first - 1 - _PURPOSE_REACH), -1):
        if keys[i][0] in _AFTER_LINKS or (keys[i][0] in _BREAKS and not (acted and keys[i][0] == ",")):
            return False
        acted = acted or act_with_ba(keys[i][:1])
        if acted and (i < trig.first - 1) and not _THREAT_SET.isdisjoint(keys[i]):
            return True
    return False


_WAS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
# "لا تزال", "ما زالت", "لم يزل": "still" — no negation
_STILL = frozenset({"تزال", "يزال", "زال", "زالت", "تزل", "يزل", "زالوا", "يزالون", "تزالان"})
# "تتواصل المعارك", "تصاعدت حدة المعارك": fighting goes on, a general state (SPEC 2.7)
_GOING_ON = frozenset({"تتواصل", "يتواصل", "تواصلت", "تواصل", "تستمر", "يستمر", "استمرت", "استمر",
                       "تصاعدت", "تتصاعد", "يتصاعد", "تصاعد", "تجددت", "تتجدد", "تدور", "يدور", "تشهد",
                       "يشهد"})
_CONTINUING = frozenset({"استمرار", "الاستمرار", "تواصل", "متواصل", "المتواصل", "المستمر", "مستمر"})
_GENERAL = frozenset({"معارك", "اشتباكات", "مواجهات", "اعمال", "احتجاجات", "مظاهرات", "تظاهرات"})
# words that name a day: with one, a general or habitual wording tells that day's news
DAY_WORDS = ("امس", "اليوم", "الليله", "صباح", "مساء", "فجر", "ظهر", "ليل", "السبت", "الاحد", "الاثنين",
             "الثلاثاء", "الاربعاء", "الخميس", "الجمعه")
_DAY_WORDS = frozenset(DAY_WORDS)
# "سبق واعتقل", "سبق أن شنت", "سبق لها أن": done before, background to the news
_BEFORE = frozenset({"سبق", "وسبق"})
_BEFORE_LINKS = frozenset({"ان", "وان", "له", "لها", "لهم", "لهما"})
_DOES = frozenset({"يقوم", "تقوم", "يقومون", "تقومان", "يقومان"})
_YEARS = frozenset({"سنوات", "اعوام", "عقود", "سنين"})


_SINCE = frozenset({"منذ", "ومنذ"})
_INCIDENT = frozenset({"حادث", "حادثه", "وقوع", "حصول"})


def _since_it(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """The trigger is منذ's object ("منذ التفجير", "منذ حادث التفجير"): the time since it."""
    i = trig.first - 1
    if i >= 0 and keys[i][0] in _INCIDENT:
        i -= 1
    return i >= 0 and keys[i][0] in _SINCE


def _still(keys: Sequence[tuple[str, ...]], i: int) -> bool:
    """The negator at i is the first word of "لا تزال" / "ما زال"."""
    return i + 1 < len(keys) and keys[i][-1] in ("لا", "ما", "لم") and keys[i + 1][0] in _STILL


def _habit_or_background(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A habit, a lasting state or an act done before, not the news of one happening: see the
    functions below. A day named in the sentence makes the general wordings news again."""
    near = list(_clause_before(keys, trig, 6))
    if trig.type == "COERCE" and any(not _CONTINUING.isdisjoint(keys[i]) for i in near[:2]):
        return True  # "احتجاجا على استمرار اعتقال تسعة": a detention that lasts, whatever the day
    dated = any(k[-1] in _DAY_WORDS or k[0] in _DAY_WORDS for k in keys)
    if not dated and (_toll_since(keys, trig) or _what_it_does(tokens, keys, trig, near) or _habit_before(keys, trig)
                      or _goes_on(keys, trig, near) or _state_cause(keys, trig) or _war_toll(keys, trig)
                      or any(not BACK_THEN.isdisjoint(k) for k in keys)):
        return True
    return _years_since_in_clause(keys, trig) or _still_doing(tokens, keys, trig, near) or _done_before(
        tokens, keys, trig, near)


# "يخشون الخروج إلى الشوارع، بسبب المعارك": fighting named as the cause of a general state, with
# no count, harm or day in the sentence (SPEC 2.7: general states) — not "قتل 5 جراء المعارك"
_CAUSES = frozenset({"بسبب", "وبسبب", "جراء", "نتيجه", "ونتيجه"})
_HARMED = ("قتل", "مقتل", "اصيب", "اصابه", "جرح", "جريح", "شهيد", "استشهد", "قتيل", "قتلي", "نزح", "نازح",
           "فر", "فرار", "دمر", "تدمير", "اعتقل", "اعتقال", "مصرع", "ضحايا", "الاف", "مئات", "عشرات")


def _state_cause(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.first == 0 or keys[trig.first - 1][0] not in _CAUSES:
        return False
    if keys[trig.first][-1] not in _GENERAL or not keys[trig.first][0].startswith(("ال", "وال")):
        return False  # a general plural, definite: "المعارك", not "معارك عنيفة اندلعت أمس"
    return not any(c.isdigit() or c.startswith(_HARMED) for k in keys for c in k)


def _habit_before(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"وكثيرا ما تنفذ تركيا ضربات …، وشنت من قبل غارات جوية": a habit told before a physical
    act, in an undated sentence, makes it one of the habitual acts, however strong its word
    (the sentence-wide check keeps strength 3: "قصفت الطائرات البلدة التي كثيرا ما تتعرض للقصف")."""
    if trig.type not in PHYSICAL:  # (the cheap test first: most triggers are not physical)
        return False
    before = " ".join(k[0] for k in keys[:trig.first])
    return any(h in before for h in HABITUAL)


_SINCE_TOLLS = tuple(c for c in CUMULATIVE if c.startswith("منذ"))  # (order kept; built once)


def _toll_since(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"ومنذ قيام إسرائيل ارتكبت 70 مذبحة": a منذ toll opens the clause, whatever the word."""
    if trig.type not in PHYSICAL:  # (the cheap test first, as in _habit_before)
        return False
    before = " ".join(keys[i][0] for i in reversed(list(_clause_before(keys, trig, 12))))
    return any(c in before for c in _SINCE_TOLLS)


# "back then": "أكدت رواية الجزائر الرسمية آنذاك اختطاف وذبح الرهبان", "وتم آنذاك اعتقالها": an
# undated sentence told from a past moment is background (a day named keeps it news)
BACK_THEN = frozenset({"انذاك", "حينذاك", "وقتذاك", "حينئذ", "وقتئذ"})
# a war or an insurgency as the subject of an outcome verb: "وأسفرت الحرب السورية عن مقتل …
# وفرار … ونزوح", "أسفرت حركة التمرد هذه عن سقوط … ونزوح", "حرب أودت بحياة": its toll, however
# strong the words (bare forms; a battle, "المعارك", is no war here: its outcomes are news)
WAR_NOUNS = frozenset({"حرب", "حروب", "صراع", "نزاع", "تمرد", "ازمه"})
_WAR_OUTCOME_VERBS = frozenset({"اسفرت", "اسفر", "اودت", "اودي", "حصدت", "اوقعت", "ادت", "خلفت"})
_WAR_SUBJECT_REACH = 3  # words between the outcome verb and the war noun ("أسفرت حركة التمرد هذه")


def _war_toll(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A physical act told as what a war brought about, its verb earlier in the trigger's clause
    (the caller keeps any sentence that names a day: "أسفر النزاع القبلي، الأحد، عن مقتل")."""
    if trig.type not in PHYSICAL:
        return False
    for i in _clause_before(keys, trig, 40):
        if _WAR_OUTCOME_VERBS.isdisjoint(keys[i]):
            continue
        lo, hi = max(0, i - _WAR_SUBJECT_REACH - 1), min(trig.first, i + _WAR_SUBJECT_REACH + 1)
        if any(keys[j][-1] in WAR_NOUNS for j in range(lo, hi) if j != i):
            return True
    return False


def _what_it_does(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger, near: list[int]) -> bool:
    """"داعش الذي يقوم بتجنيد مقاتلين" (physical acts: "يقوم بزيارة" is a visit under way)."""
    return (trig.type in PHYSICAL and bool(near) and keys[near[0]][-1] in _DOES
            and tokens[trig.first].norm[:1] == "ب")


def _goes_on(keys: Sequence[tuple[str, ...]], trig: Trigger, near: list[int]) -> bool:
    """"وتتواصل المعارك في محافظة تعز", "تدور معارك", "التي تشهد معارك طاحنة": fighting that
    goes on; "مع استمرار القصف": any physical act that goes on."""
    if trig.type in PHYSICAL and any(not _CONTINUING.isdisjoint(keys[i]) for i in near[:2]):
        return True
    return keys[trig.first][-1] in _GENERAL and any(not _GOING_ON.isdisjoint(keys[i]) for i in near[:3])


def _still_doing(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger, near: list[int]) -> bool:
    """"لا تزال الحركة تنفذ هجمات": "still" and a present verb before the trigger ("لا تزال
    الاشتباكات مستمرة", where the trigger is what goes on, stays)."""
    return any(_still(keys, i) and any(_imperfect(tokens[j].norm) for j in range(i + 2, trig.first))
               for i in near)


def _done_before(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger, near: list[int]) -> bool:
    """"سبق واعتقل", "سبق أن شنت … غارات", "سبق للحكومة أن هدمت": background."""
    return any(keys[i][0] in _BEFORE and not _outlet_name(tokens, i) and (
        i == trig.first - 1 and tokens[trig.first].norm[:1] == "و"
        or any(keys[j][0] in _BEFORE_LINKS for j in range(i + 1, trig.first))) for i in near)


def _years_since_in_clause(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"ونشرت إيران قوات في سوريا منذ سنوات", "خطفوا أكثر من 1000 طفل منذ عام 2013": "منذ
    سنوات/أعوام/عقود" or منذ a year in the trigger's own clause, after it (up to 8 words)."""
    bare = [k[-1] for k in keys]
    n = len(list(_clause_after(keys, trig, 12)))
    return any(bare[j] == "منذ" and (j <= trig.last + 8 and any(x in _YEARS for x in bare[j + 1:j + 3])
                                     or _since_year(bare, j)) and not _compared(bare, j)
               for j in range(trig.last + 1, trig.last + 1 + n))


# "هي الأولى منذ عام 2014": a first since a year measures the act, spans nothing
_FIRST = frozenset({"اول", "اولي", "ثاني", "ثانيه"})


def _since_year(bare: Sequence[str], j: int) -> bool:
    """منذ at j names a year ("منذ عام 2013", "منذ 2011"), not as a first-since."""
    k = j + 2 if j + 1 < len(bare) and bare[j + 1] == "عام" else j + 1
    year = k < len(bare) and len(bare[k]) == 4 and bare[k].isdigit()
    return year and not any(w in _FIRST for w in bare[max(0, j - 4):j])


def _compared(bare: Sequence[str], j: int) -> bool:
    """The منذ at j measures a superlative up to four words before it ("في أعنف هجوم منذ سنوات")."""
    return any(w in SUPERLATIVES for w in bare[max(0, j - 4):j])


def _outlet_name(tokens: Sequence, i: int) -> bool:
    """"لـ"سبق" إن": the newspaper Sabq, quoted or after لـ."""
    return i > 0 and tokens[i - 1].norm in ('"', "«", "“", "ل", "لـ")


def _pledged_or_due(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"تعهد الرئيس بمواصلة الزحف نحو …", "ينبغي استخدام … مع فرض قيود": the object of a pledge
    or a duty (physical acts only) has not happened. Read back over the clause, not past a
    clause opener ("تعهد الجيش بالرد بعد أن قصف المسلحون حاجزا": the shelling happened)."""
    for i in _clause_before(keys, trig, _FUTURE_REACH):
        if trig.type in PHYSICAL and not OUGHT.isdisjoint(keys[i]):
            return True
        if not PLEDGES.isdisjoint(keys[i]):  # its object: بـ or أن ("تعهد خلال اجتماع": a setting)
            return any(keys[j][0].startswith(("ب", "ان")) for j in range(i + 1, trig.first + 1))
        if keys[i][-1] in _CLAUSE_OPENERS and keys[i][-1] != "ان":
            return False
    return False


# "لهجوم من المتوقع أن يشنه الجيش", "هجوما مثل هذا": expected, or a kind of act, not one
# ("الضربة العسكرية ضد دمشق وشيك": the predicate of a nominal clause, past a phrase)
_EXPECTED = frozenset({"المتوقع", "متوقع", "يتوقع", "المرتقب", "المزمع", "وشيك", "وشيكه"})
_KIND = frozenset({"هذا", "هذه", "ذلك", "تلك"})
# nouns of lack right before an act: "بنقص تعاون", "غياب التنسيق", "قلة المساعدات" (bare forms)
_LACK = frozenset({"نقص", "غياب", "انعدام", "قله", "شح", "ندره"})
_SUCH = frozenset({"مثل", "بمثل", "لمثل"})
_SUCH_AFTER = frozenset({"كهذا", "كهذه", "كتلك"})  # (not كذلك: "also")
# predicates that make an act a duty, a need or a demand (bare forms)
_NEEDED = frozenset({"واجب", "ضروري", "ضروريه", "مطلب", "مطلبا", "شرط", "شرطا"})


def _expected_after(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in PHYSICAL:
        return False  # ("وتؤيد ألمانيا مثل هذا الانفتاح" supports)
    clause = list(_clause_after(keys, trig, 3))
    after = [k[-1] for k in clause]
    for i, w in enumerate(after):
        if not _EXPECTED.isdisjoint(clause[i]) or (w == "مثل" and i + 1 < len(after) and after[i + 1] in _KIND):
            return True
        if not _NEEDED.isdisjoint(clause[i]):  # (any reading: واجب is also و + اجب)
            return True  # "الإفراج عن الأسرى واجب وطني": a duty or a demand, not a happening
        if w in ("الذي", "التي") and i + 1 < len(after) and after[i + 1] in _PREPARING:
            return True  # "الهجوم الذي تحضر له القوات": being prepared
    return False


_PREPARING = frozenset({"تحضر", "يحضر", "تعد", "يعد", "تستعد", "يستعد", "تخطط", "يخطط", "تعتزم", "يعتزم"})
# future verbs of consequence whose subject is an act: "هجوم الأسد على إدلب سيجعل الولايات المتحدة
# غاضبة", "أي ضربة ستؤدي إلى": what the act would bring, so the act is one talked of, not done
CONSEQUENCE_TO_COME = frozenset("س" + p + v for p in "يت" for v in (
    "جعل", "ؤدي", "ادي", "كون", "دفع", "شكل", "تسبب", "قود", "فتح", "عرض", "زيد", "عيد", "خلف", "ترك"))
_CONSEQUENCE_REACH = 5  # words from the act to its future verb ("هجوم الأسد على إدلب سيجعل")


def _consequence_to_come(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A physical act right after أن/إن whose own clause goes on, with no clause opener or day
    between, to a future verb of consequence: the act is the subject of what will follow. "الهجوم
    الذي شنته القوات أمس سيؤدي" (a relative clause, a day) and "شنت هجوما على المدينة سيغير"
    (an object, no أن) stay news."""
    if trig.type not in PHYSICAL or not trig.first or _THAT.isdisjoint(keys[trig.first - 1]):
        return False
    for cands in _clause_after(keys, trig, _CONSEQUENCE_REACH):
        if not CONSEQUENCE_TO_COME.isdisjoint(cands):
            return True
        if not _CLAUSE_OPENERS.isdisjoint(cands) or not _DAY_WORDS.isdisjoint(cands) or cands[0] in _AND_VERB:
            return False
    return False


_AND_VERB = frozenset({"و", "ف"})  # (a lone conjunction token ends the act's noun phrase)


# "ألا" (أن + لا) reads as إلا (except) once hamza is folded; before an imperfect it negates
_THAT_NOT = frozenset({"الا", "والا", "بالا"})


def _verb_next(tokens: Sequence, i: int) -> bool:
    """An imperfect verb follows token i: يـ/نـ, or تـ in a short word ("تشن", not "تنفيذ")."""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return nxt[:1] in "ين" and len(nxt) > 2 or (nxt[:1] == "ت" and 2 < len(nxt) <= 4)


def _negator(word: str) -> bool:
    """A negator, also with و/ف on it ("ولم", "فلن": candidates keeps short words whole) or
    ب/ل on عدم/دون/غير ("بعدم السماح بالتظاهر", "لعدم وقوع")."""
    return word in NEGATORS or (word[:1] in "وف" and word[1:] in NEGATORS) or (
        word[:1] in "بل" and word[1:] in _PREPOSED_NEGATORS)


_PREPOSED_NEGATORS = frozenset({"عدم", "دون", "غير"})
# negators that govern a noun or open a set phrase ("عدم نشر اسمه", "غير أن" however, "لا شك"
# no doubt), not the clause a complementiser (أن/إن/بأن) opens after them
_NOUN_NEGATORS = frozenset({"عدم", "دون", "بدون", "غير"})
_DOUBT = frozenset({"شك", "ريب"})


def _negates_before_that(keys: Sequence[tuple[str, ...]], i: int, trig: Trigger) -> bool:
    """The negator at i stops before a complementiser that stands between it and the trigger."""
    word = keys[i][0]
    bare = word[1:] if word[:1] in "وفبل" and word[1:] in _NOUN_NEGATORS else word
    if bare not in _NOUN_NEGATORS and not (bare == "لا" and i + 1 < len(keys) and keys[i + 1][0] in _DOUBT):
        return False
    that = [j for j in range(i + 1, trig.first) if keys[j][0] in _THAT
            or (keys[j][0][:1] in "وف" and keys[j][0][1:] in _THAT)]
    return bool(that) and not (bare in ("دون", "بدون") and that[0] == i + 1)  # "دون أن يبلغ عن": without


def _clause_after(keys: Sequence[tuple[str, ...]], trig: Trigger, reach: int):
    """The candidate forms of up to `reach` words after the trigger, up to a clause break."""
    for cands in keys[trig.last + 1:trig.last + 1 + reach]:
        if cands[0] in _BREAKS or cands[0] == "،":
            return
        yield cands


def _clause_before(keys: Sequence[tuple[str, ...]], trig: Trigger, reach: int):
    """Indices of up to `reach` words before the trigger, nearest first, back to a clause break
    (a day set off by commas is no break: "قضت محكمة، السبت، بإعدام")."""
    i, stop = trig.first - 1, max(-1, trig.first - 1 - reach)
    while i > stop:
        if keys[i][0] in _BREAKS or keys[i][0] == "،":
            opened = _day_aside(keys, i)
            if opened < 0:
                return
            stop, i = max(-1, stop - (i - opened)), opened - 1
            continue
        yield i
        i -= 1


def _day_aside(keys: Sequence[tuple[str, ...]], i: int) -> int:
    """The comma opening "، الثلاثاء،" when token i is its closing comma, else -1."""
    if keys[i][0] not in (",", "،"):
        return -1
    j = i - 1
    while j >= 0 and i - j <= 3 and keys[j][0] in _DAY_WORDS:
        j -= 1
    return j if j < i - 1 and j >= 0 and keys[j][0] in (",", "،") else -1


# Perfects that begin like an imperfect: "قد تم القبض", "وقد تمكنت القوات" are affirmative
_T_PERFECTS = ("تم", "تعرض", "توصل", "تسلم", "تلقي", "تبني", "تسبب")


def _imperfect(norm: str) -> bool:
    return norm[:1] in "يتن" and not norm.startswith(_T_PERFECTS)


def _in_case(keys: Sequence[tuple[str, ...]], i: int) -> bool:
    """"في حالة وقوع هجوم", "في حال أقدمت": in case of (not "حالة من الاستنفار", a state of alert)."""
    return keys[i][-1] in ("حال", "حاله") and i > 0 and keys[i - 1][0] in ("في", "وفي")


# "في حال أقدمت الأخيرة على شن هجمات", "إذا هاجمت الفصائل مواقعه": a condition's whole clause
# is hypothetical, however far its act stands from the opener (not past a comma or a ف-answer)
CONDITIONS = frozenset({"اذا", "واذا", "فاذا", "لو", "ولو"})
_CONDITION_REACH = 10


def _conditioned(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    for i in _clause_before(keys, trig, _CONDITION_REACH):
        if (keys[i][0][:1] == "ف" and keys[i][0] not in CONDITIONS) or keys[i][-1] in _OTHER_CLAUSE:
            return False  # "وإذا تأكد ذلك فسوف …": the answer after ف is no longer the condition
        if keys[i][0] in CONDITIONS or _in_case(keys, i):
            return True
    return False


# "يفترض أن يتوجه الوزير الأربعاء إلى بروكسل للاجتماع", "من المقرر أن يلتقي": a step expected
# or scheduled (an imperfect after أن), not "الهجوم المفترض" (alleged: the adjective follows)
EXPECTING = frozenset({"يفترض", "المفترض", "المقرر", "المتوقع", "ويفترض", "يتوقع", "ويتوقع",
                       "المرتقب", "المنتظر", "المزمع"})  # ("وكان من المرتقب أن يشارك … في اجتماع")
_EXPECT_REACH = 10


def _expected_to(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    for i in _clause_before(keys, trig, _EXPECT_REACH):
        if keys[i][-1] in _OTHER_CLAUSE:
            return False  # "التي يفترض أن تناقش الوضع غداة الضربات": the strikes happened
        if (keys[i][0] in EXPECTING and i + 2 < len(keys) and keys[i + 1][0] == "ان"
                and _imperfect(tokens[i + 2].norm)):
            return True
    return False


# words that open another clause within a condition's or an expectation's reach
_OTHER_CLAUSE = _CLAUSE_OPENERS - {"ان"} | {"غداه", "جراء", "بسبب", "منذ"}


# "تجنبا لاشتباكات دامية", "تفاديا للتصعيد", "منعا لوقوع هجمات": what is avoided did not happen
# (the act done to avoid it, before the head, did: "فر السكان تجنبا للقصف")
AVOIDING = frozenset({"تجنبا", "تفاديا", "منعا", "لتجنب", "لتفادي", "لمنع", "تحسبا"})


# "وتجنب البيت الأبيض الخميس انتقاد إسرائيل", "امتنعت الحكومة عن إدانة": a verb of avoiding
# governs its verbal noun past a subject and a day (a و/ف-prefixed trigger is a verb of its own:
# "تجنب الجيش المدينة وقصف القرى")
AVOIDING_VERBS = frozenset(v + n for v in ("تجنب", "يتجنب", "تتجنب", "امتنع", "يمتنع", "تمتنع", "تفادي",
                                           "يتفادي", "تتفادي", "تفادت")
                           for n in ("", "ت", "وا", "ون", "ان"))
_AVOID_REACH = 6


def _avoided(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if any(not AVOIDING.isdisjoint(keys[i]) for i in _clause_before(keys, trig, 3)):
        return True
    if keys[trig.first][0][:1] in "وف" and keys[trig.first][0][1:] in keys[trig.first]:
        return False
    return any(_avoiding_verb(keys[i][0]) for i in _clause_before(keys, trig, _AVOID_REACH))


def _avoiding_verb(word: str) -> bool:
    """The written word itself, with و/ف at most ("لتفادي" is a purpose, AVOIDING's)."""
    return word in AVOIDING_VERBS or (word[:1] in "وف" and word[1:] in AVOIDING_VERBS)


# "سمحت للطائرات الأميركية بشن هجمات": an attack or a deployment permitted is not done (only
# those: "سمحت السلطات بدخول قافلة مساعدات" lets the aid in)
PERMITTING = frozenset({"سمح", "سمحت", "سمحوا", "اجاز", "اجازت", "اذن", "اذنت", "وسمح", "وسمحت"})
_PERMITTED_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
_PERMIT_REACH = 6


def _permitted(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in _PERMITTED_TYPES:
        return False
    word = keys[trig.first][0]
    ba = word[:1] == "ب" and keys[trig.first][-1] != word  # "بنشر قوات"
    if not ba and not (trig.first and keys[trig.first - 1][0][:1] == "ب" and keys[trig.first - 1][0][1:] in _BRIDGING):
        return False
    return any(not PERMITTING.isdisjoint(keys[i]) for i in _clause_before(keys, trig, _PERMIT_REACH))


# masdars that carry out the act after them ("بشن هجمات", "بتنفيذ ضربات")
_BRIDGING = frozenset({"شن", "تنفيذ", "اطلاق", "توجيه", "نشر", "ارسال", "استخدام"})


def _act_head(keys: Sequence[tuple[str, ...]], trig: Trigger) -> int:
    """Where the act's words begin: a bridging masdar right before the trigger ("في توجيه ضربة",
    "من شن هجوم") belongs to the act, so a modal counts its reach from there; so does the noun
    the trigger is coordinated with ("قد يتسبب في تشريد أو حصار")."""
    if trig.first >= 1 and not _BRIDGING.isdisjoint(keys[trig.first - 1]):
        return trig.first - 1
    return _coordinated_head(keys, trig)


def _coordinated_head(keys: Sequence[tuple[str, ...]], trig: Trigger) -> int:
    """The first of "X أو <trigger>": the alternatives share whatever governs X."""
    if trig.first >= 2 and keys[trig.first - 1][0] == "او" and keys[trig.first - 2][0] not in _BREAKS \
            and keys[trig.first - 2][0] != "،":
        return trig.first - 2
    return trig.first


# "حذر ترامب، الإثنين، الأسد من شن هجوم": what is warned against (من right before the act or its
# bridging masdar, the first من after the warning) has not happened; "مقدمة لهجوم كبير",
# "تمهيدا لاقتحام المدينة": a prelude to an act to come
_WARNING = frozenset({"حذر", "حذرت", "يحذر", "تحذر", "حذروا", "يحذرون", "محذرا", "محذره", "تحذير",
                      "تحذيرات", "تحذيره", "تحذيرها"})
_WARN_REACH = 20
_PRELUDE = frozenset({"مقدمه", "كمقدمه", "تمهيدا"})


def _warned_against(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    head = _act_head(keys, trig)
    if head >= 1 and keys[head][0][:1] == "ل" and keys[head][0][1:] in keys[head] \
            and not _PRELUDE.isdisjoint(keys[head - 1]):
        return True
    if head < 1 or keys[head - 1][0] != "من":
        return False
    for i in range(head - 2, max(-1, head - 2 - _WARN_REACH), -1):
        if keys[i][0] in (".", "!", "?", ":", "من") or not _CLAUSE_OPENERS.isdisjoint(keys[i]):
            return False  # "ويأتي التحذير بعد يوم من لقاء": the من of another phrase
        if not _WARNING.isdisjoint(keys[i]):
            return True
    return False


# "الذي كثف مؤخرا تفجيراته", "وصعد الحوثيون هجماتهم": a trend of the doer's acts, not one
# happening — unless a day names one ("كثفت الطائرات غاراتها أمس على …")
INTENSIFYING = frozenset(v + n for v in ("كثف", "يكثف", "تكثف", "صعد", "يصعد", "تصعد")
                         for n in ("", "ت", "وا", "ون", "ان"))
_POSSESSED_PLURAL = ("اته", "اتها", "اتهم", "اتهما")
_LATELY = frozenset({"مؤخرا", "اخيرا"})


def _stepped_up(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in PHYSICAL or not keys[trig.first][0].endswith(_POSSESSED_PLURAL):
        return False
    verb = next((i for i in _clause_before(keys, trig, 3) if not INTENSIFYING.isdisjoint(keys[i])), None)
    if verb is None:
        return False
    if any(not _LATELY.isdisjoint(keys[i]) for i in range(verb + 1, trig.first)):
        return True
    return not any(not _DAY_WORDS.isdisjoint(keys[i]) for i in range(verb + 1, trig.first)) \
        and not any(not _DAY_WORDS.isdisjoint(c) for c in _clause_after(keys, trig, 4))


def _may(tokens: Sequence, keys: Sequence[tuple[str, ...]], i: int) -> bool:
    """قد at token i means "may": an imperfect follows, and no كان stands before it in the
    clause — "وكان ترامب قد توعد", "وكانوا قد تظاهروا" are pluperfects (a Form V perfect
    looks like an imperfect)."""
    if i + 1 >= len(tokens) or not _imperfect(tokens[i + 1].norm):
        return False
    for j in range(i - 1, max(-1, i - 1 - _WAS_REACH), -1):
        if keys[j][0] in _BREAKS or keys[j][0] == "،" or keys[j][0] in _THAT:
            return True  # ("كان المسؤول قال إن المحتجين قد يتظاهرون": another clause's كان)
        if not _WAS.isdisjoint(keys[j]):
            return False
    return True


_THAT = complementisers(fold_taa=True)
_WAS_REACH = 5  # "وكان وزير الخارجية الأمريكي قد تعهد"


# "هاجم ترامب بشدة روسيا", "هجوم لاذع": an attack in words is an accusation
VERBAL_ATTACK = frozenset({"بشده", "لاذع", "لاذعا", "لاذعه", "كلامي", "كلاميا", "حاد", "حادا",
                           # what was said follows: "شن ترامب هجومه … بالقول إن"
                           "بالقول", "قائلا", "بقوله", "معتبرا", "واصفا", "متهما", "منتقدا",
                           "معتبره", "واصفه", "متهمه", "منتقده", "قائله", "معتبرين", "واصفين", "متهمين",
                           "منتقدين", "قائلين"})
# a participle of speech set off by a comma still tells what the attack said ("هاجمت الهيئة
# القضائية التيار، معتبرة أن …"); one comma is crossed, no harm word may be in the clause
_SPEECH_PARTICIPLES = frozenset({"قائلا", "معتبرا", "واصفا", "متهما", "منتقدا", "معتبره", "واصفه", "متهمه",
                                 "منتقده", "قائله", "معتبرين", "واصفين", "منتقدين"})
_VERBAL_ATTACK_REACH = 10
_ARMED = ("مسلح", "قوات", "عناصر", "مقاتل", "جنود", "حاجز", "مواقع", "موقع")
ATTACK_STEMS = ("هاجم", "يهاجم", "تهاجم", "هجوم")


def _verbal_attack(keys: Sequence[tuple[str, ...]], trig: Trigger) -> Trigger:
    """ASSAULT's هاجم/هجوم with a word of speech after it (up to ten words, its clause) is
    ACCUSE."""
    if trig.type != "ASSAULT" or not keys[trig.first][-1].startswith(ATTACK_STEMS):
        return trig
    for cands in _clause_after(keys, trig, _VERBAL_ATTACK_REACH):
        if not VERBAL_ATTACK.isdisjoint(cands):
            return replace(trig, type="ACCUSE", mode=None)
    clause = list(_clause_after(keys, trig, _VERBAL_ATTACK_REACH))
    end = trig.last + 1 + len(clause)
    armed = any(c.startswith(_ARMED) for cands in clause for c in cands)  # "هاجم مسلحون حاجزا"
    verb = keys[trig.first][-1].startswith(("هاجم", "يهاجم", "تهاجم"))  # ("مسؤوليتها عن هجوم قندز، قائلة")
    if verb and not armed and end + 1 < len(keys) and keys[end][0] in ("،", ",") \
            and not _SPEECH_PARTICIPLES.isdisjoint(keys[end + 1]):
        return replace(trig, type="ACCUSE", mode=None)  # one comma, then a speech participle
    return trig


_MARKS = ALL_MARKS | {"(", ")"}


def _declined(keys: Sequence[Sequence[str]], trig: Trigger) -> bool:
    """Declining to comment or to be named: "رفضت الحكومة التعليق", "رفضوا الإدلاء بمعلومات",
    "رفض الكشف عن هويته" (not "رفضت نشر قوات": a deployment is rejected)."""
    after = [" ".join(cs) for cs in keys[trig.last + 1:trig.last + 10] if cs[0] not in _MARKS][:6]  # (past
    # the marks of 'رفضت وزارة الدفاع "البنتاغون" التعليق')
    if any("تعليق" in w or "ادلاء" in w for w in after[:5]):
        return True  # (past "في وقت سابق", a subject: "رفض في وقت سابق التعليق")
    told = next((i for i, w in enumerate(after[:3]) if any(v in w for v in ("كشف", "افصاح", "ذكر", "نشر"))), None)
    return told is not None and any(n in w for w in after[told + 1:] for n in ("اسم", "هوي", "معلومات"))


_CALL_REACH = 15  # words a call may stand before what it asks for (its subject and object between)


def _refused_or_asked(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A refusal up to five words before the trigger, or a call or a warning ("حذر … من") up
    to 14, in its clause: "رفضت المحكمة الإفراج عنه", "دعت الأمم المتحدة إلى وقف إطلاق النار",
    "طالبت بانسحاب القوات", "وحذرت الأمم المتحدة من هجوم وشيك" (not "دعا إلى الحوار بعد أن
    قصفت …": a new clause starts at بعد أن)."""
    if _requested(keys, trig):
        return True
    asked = _asked_for(keys, trig)
    # "وحذرت الأمم المتحدة من هجوم وشيك": what is warned of has not happened
    warned = trig.first > 0 and ("من" in keys[trig.first - 1] or (  # ("تحذر … من أن عودة اللاجئين")
        trig.first > 1 and keys[trig.first - 1][0] == "ان" and "من" in keys[trig.first - 2]))
    # a call reaches further: its subject and object stand between it and what it asks for
    # ("ودعت اللجان المركزية … أهالي المحافظة إلى الخروج بمظاهرات", 12 words)
    for i in _clause_before(keys, trig, (_CALL_REACH if asked or warned else 6) - 1):
        if keys[i][-1] in _CLAUSE_OPENERS and not (warned and i == trig.first - 1):
            return False
        if i >= trig.first - 5 and not REFUSAL.isdisjoint(keys[i]):
            return True
        if asked and not ASKING.isdisjoint(keys[i]):
            return True
        if warned and not WARNING.isdisjoint(keys[i]):
            return True
    return False


# "طلب العراق سحب القوات", "طلبت الأمم المتحدة الإفراج عن": طلب takes what it asks for as a
# direct object, so `_asked_for` (إلى/بـ/لـ) misses it
REQUESTING = frozenset({"طلب", "طلبت", "يطلب", "تطلب", "طلبوا", "يطلبون", "وطلب", "وطلبت",
                        "طلبه", "طلبها", "طلبهم",  # ("تؤكد طلبه من مساعدي ترامب ترتيب لقاء")
                        # a condition set: "يشترطان انسحابهم من الميناء"
                        "اشترط", "اشترطت", "يشترط", "تشترط", "يشترطان", "تشترطان", "يشترطون"})
# "بناء على طلب", "تلبية لطلب": done at someone's request, so it happened
_ANSWERING = frozenset({"علي", "تلبيه", "استجابه"})
_REQUEST_REACH = 4  # طلب, its subject (up to two words) and a day
_REQUEST_FROM_REACH = 6  # … and whom it is asked of: "طلب من وزير الدفاع ماتيس اغتيال الرئيس"


def _requested(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A form of طلب up to four words before the trigger, in its clause, with no clause opener
    between: the act asked for has not happened ("انسحبت القوات بطلب من الحكومة", "بناء على طلب
    الحكومة": it has)."""
    asked_of = False  # a من (whom it is asked of) between طلب and the trigger
    word = keys[trig.first][0]
    own_verb = word[:1] in "وف" and word[1:] in keys[trig.first]  # ("… من الرجل الخروج فاعتقلته")
    for i in _clause_before(keys, trig, _REQUEST_REACH if own_verb else _REQUEST_FROM_REACH):
        if keys[i][-1] in _CLAUSE_OPENERS:
            return False
        if keys[i][0] in REQUESTING and (i >= trig.first - _REQUEST_REACH or asked_of):
            return not (i and keys[i - 1][-1] in _ANSWERING)
        asked_of = asked_of or keys[i][0] == "من"
    return False


def _asked_for(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """The trigger is the object of a call: "إلى" right before it, or بـ/لـ on it ("طالبت
    بانسحاب"), not "طالب خلال اجتماعه" (the meeting happened)."""
    prev = _unmarked_before(keys, trig.first)  # (past the marks of 'على تنفيذ "هجمات بالمركبات"')
    if prev >= 0 and keys[prev][-1] in ("الي", "لل", "علي"):
        return True  # ("حث على وقف", "دعا إلى التظاهر")
    if prev >= 0 and keys[prev][0] in _BRINGING:
        return True  # "طالب الوزير بإرسال مساعدات": the sending is asked for
    bridge = prev >= 0 and (keys[prev][0] in _BRIDGES or (keys[prev][0][:1] == "و" and keys[prev][0][1:] in _BRIDGES))
    before = _unmarked_before(keys, prev) if bridge else -1
    if before >= 0 and keys[before][-1] in ("الي", "علي"):
        return True  # "دعا إلى فرض حظر التجول", "حث على إجراء مفاوضات"
    if _joined_noun(keys, trig) or (bridge and keys[prev][0][:1] == "و"):
        return _second_asked(keys, trig)  # "تدعو إلى حرق الناس وتنفيذ هجمات"
    if _joined_by_participation(keys, prev):
        return True  # "دعوات للمشاركة في مسيرات", "دعا إلى المشاركة في مسيرات": the march is asked for
    word = keys[trig.first][0]
    return word[:1] in "بل" and word[1:2] != "" and keys[trig.first][-1] != word


# a participation noun between a call and the act it asks people to join (bare forms)
_PARTICIPATION = frozenset({"مشاركه", "انضمام", "مشاركتهم", "مشاركتها"})


def _joined_by_participation(keys: Sequence[tuple[str, ...]], prev: int) -> bool:
    """"للمشاركة في مسيرات", "إلى المشاركة في": the trigger is what the participation (ل-prefixed,
    or right after إلى) joins, so it is what a call asks for. Only with في/الى before the trigger
    and the call word still to be found by the caller ("خرج الآلاف للمشاركة في مسيرة": no call)."""
    if prev < 1 or keys[prev][-1] not in ("في", "الي"):
        return False
    noun = keys[prev - 1]
    if _PARTICIPATION.isdisjoint(noun):
        return False
    return noun[0][:1] == "ل" or (prev >= 2 and keys[prev - 2][-1] == "الي")


def _unmarked_before(keys: Sequence[tuple[str, ...]], i: int) -> int:
    """The nearest token before i that is no quotation mark or bracket (-1 if none)."""
    j = i - 1
    while j >= 0 and keys[j][0] in _MARKS:
        j -= 1
    return j


_CONJUNCT_REACH = 6  # words back to the first thing asked for ("إلى حرق الناس وتنفيذ")


def _second_asked(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A noun joined by و whose first conjunct, a few words back in its clause, is a masdar
    after إلى/على (the call itself is checked by the caller's ASKING scan)."""
    for i in _clause_before(keys, trig, _CONJUNCT_REACH):
        if keys[i][-1] in _CLAUSE_OPENERS:
            return False
        if keys[i][-1] in ("الي", "علي") and i + 1 < trig.first and keys[i + 1][0] != "ان":
            return True  # (a masdar, not "إلى أن تقصف")
    return False


_BRIDGES = frozenset({"فرض", "اجراء", "اطلاق", "تنفيذ", "ارسال", "تقديم", "ادخال", "توفير", "اعلان", "عقد",
                      "بدء", "استئناف"})
# ب/ل + a masdar of bringing, right before the thing brought
_BRINGING = frozenset({"بارسال", "لارسال", "بتقديم", "لتقديم", "بادخال", "لادخال", "بايصال", "لايصال",
                       "بتوفير", "لتوفير", "بنشر", "لنشر", "بفرض", "لفرض", "باجراء", "لاجراء", "بعقد", "لعقد"})


def _deal_term(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A verbal noun after a terms word (حول، على، يقضي بـ، مقابل) or with بـ/لـ on it, with a
    deal's noun earlier in its clause: what the deal provides for, not what happened ("اتفاق
    مبدئي حول انسحاب المسلحين"; "بعد الاتفاق انسحب المسلحون" is a happening)."""
    if not trig.first:
        return False
    before = keys[trig.first - 1]
    word = keys[trig.first][0]
    governed = bool(set(before) & TERMS) or (word[:1] in "بل" and keys[trig.first][-1] != word)
    if not governed:
        return False
    for i in _clause_before(keys, trig, 10):
        if any(c.startswith(DEALS) for c in keys[i]):
            # "في إطار اتفاق … حول إجلاء السكان", "تنفيذاً لاتفاق": carried out under the deal
            return not any(set(c) & CARRYING_OUT for c in keys[max(0, i - 2):i + 1])
    return False


def _illness(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """An injury word with an illness right after it ("إصابات بالتهاب الكبد"), after "حالات"
    (cases), or an outcome injury word near an outbreak word (وباء، تفشي، الكوليرا …)."""
    if not keys[trig.first][-1].startswith(("اصاب", "اصيب")):
        return False
    if trig.first and keys[trig.first - 1][-1] in ("حالات", "حاله"):
        return True  # "حالات الإصابة" are cases of a disease; wounds are "إصابات"
    if any(set(c) & ILLNESS for c in keys[trig.last + 1:trig.last + 3]):
        return True
    return trig.strength == 1 and any(  # an outcome word only: "قصف" near "الكوليرا" stays an attack
        set(c) & EPIDEMIC for c in keys[max(0, trig.first - _EPIDEMIC_REACH):trig.last + 1 + _EPIDEMIC_REACH])


# "عبوة ناسفة معدة للتفجير", "السيارات المفخخة المجهزة للتفجير": a device made ready, found or
# seized before it went off — no blast
_READIED = frozenset({"معده", "مجهزه", "جاهزه"})  # (not معدات: equipment)
_TO_BLOW = frozenset({"تفجير", "استخدام"})


# "مصر تواجه هجمات شرسة من تنظيمات إرهابية", "نحن نواجه منذ سنوات هجمات": attacks (plural) a
# country or force is facing, in the present, are its condition, not a happening told
FACING = frozenset({"يواجه", "تواجه", "نواجه", "يواجهون", "يواجهان", "تواجهان"})


def _facing_attacks(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A plural ASSAULT noun up to three words after a present-tense واجه, in a sentence with no day."""
    if trig.type != "ASSAULT" or not keys[trig.first][-1].endswith("ات"):
        return False
    if any(set(c) & _DAY_WORDS for c in keys):
        return False  # "تواجه القوات اليوم هجمات على محورين": today's attacks are news
    return any(set(keys[i]) & FACING for i in range(max(0, trig.first - 3), trig.first))


# "ودعا البعض إلى …", "واتهم كثيرون الحكومة": a verbal act whose subject is "some" or "many"
# (people unnamed) has no political actor (SPEC 2.6); "بعض النواب" names a group and is not here
SOME_PEOPLE = frozenset({"البعض", "بعضهم", "كثيرون", "الكثيرون", "اخرون", "الاخرون"})


def _said_by_some(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    return trig.type in VERBAL_TYPES and trig.last + 1 < len(keys) and not SOME_PEOPLE.isdisjoint(keys[trig.last + 1])


# "واشنطن التي تتهم النظام بشن الهجمات", "وتؤيد ألمانيا هذا الانفتاح": an accusation in the present
# inside a relative clause (what an actor is known for), or a backing in the present opening its
# sentence, in the writer's voice, is a standing position (SPEC 2.7: a general state, no happening
# told) — not "قال إن الحكومة تتهم …" (reported speech), not a dated one ("وتتهم الحكومة اليوم …"),
# and not a sentence-opening "وتتهم دمشق المتمردين بقصف الممرات", which news agencies write for the
# day's accusations (news-dev BB-120: a current accusation)
STANDING = frozenset({"يتهم", "تتهم", "يتهمون", "يتهمان", "تتهمان", "يؤيد", "تؤيد", "يؤيدون", "يدعم", "تدعم",
                      "يدعمون"})
_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين", "اللتان", "اللذان"})


def _standing_position(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in ("ACCUSE", "SUPPORT") or STANDING.isdisjoint(keys[trig.first]):
        return False
    if trig.first and _RELATIVES.isdisjoint(keys[trig.first - 1]):
        return False
    if not trig.first and trig.type == "ACCUSE":
        return False
    return not any(set(c) & _DAY_WORDS for c in keys)


# "بما في ذلك الاحتجاز لفترات طويلة دون تهمة", "اعتقالهم لفترات متفاوتة": an act lasting for
# periods (plural) is a practice repeated on many people, not one happening
_PERIODS = frozenset({"فترات", "لفترات"})


def _for_periods(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    return trig.type in PHYSICAL and trig.last + 1 < len(keys) and not _PERIODS.isdisjoint(keys[trig.last + 1])


# "أكد الوزير رفض بلاده لأعمال الإرهاب", "ترفض كل أشكال العنف": a refusal of terrorism or violence
# in general is a stance, directed at no actor or event (SPEC 2.6) — not "رفض العنف الذي تمارسه
# الشرطة" nor "العنف ضد المتظاهرين" (someone's violence, named after it)
_EVILS = frozenset({"ارهاب", "الارهاب", "عنف", "العنف", "تطرف", "التطرف", "طائفيه", "الطائفيه"})
_WHOSE = frozenset({"الذي", "التي", "الذين", "ضد", "من", "بحق", "علي", "في"})


def _stance_against_evil(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "REJECT":
        return False
    for i in range(trig.last + 1, min(len(keys), trig.last + 5)):
        if not _EVILS.isdisjoint(keys[i]):
            return i + 1 >= len(keys) or _WHOSE.isdisjoint(keys[i + 1])
    return False


def _ready_to_blow(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A bombing device followed (≤ 2 words on) by "معدة/مجهزة/جاهزة للتفجير", or that تفجير itself."""
    if trig.mode != "bombing":
        return False
    if trig.first and _READIED.intersection(keys[trig.first - 1]) and _TO_BLOW.intersection(keys[trig.first]):
        return True
    for i in range(trig.last + 1, min(len(keys) - 1, trig.last + 3)):
        if _READIED.intersection(keys[i]) and _TO_BLOW.intersection(keys[i + 1]):
            return True
    return False


def _ceasefire(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"إطلاق النار" one or two words after وقف: a ceasefire (AGREE's word), not shooting; and
    any attack named as what stopped ("توقف كافة عمليات الرد سواء إطلاق النار أو القصف")."""
    reach = 2 if any(c.startswith("اطلاق") for c in keys[trig.first]) else _halted(keys, trig)
    if any(not _STOPPED.isdisjoint(keys[i]) for i in _clause_before(keys, trig, 8)):
        reach = 9
    # (a short form keeps its proclitic in `candidates`: "لوقف", "بوقف")
    return any(w in CEASE or (w[:1] in "لبو" and w[1:] in CEASE)
               for c in keys[max(0, trig.first - reach):trig.first] for w in c)


def _halted(keys: Sequence[tuple[str, ...]], trig: Trigger) -> int:
    """1 when a halt word stands right before the attack word and is itself no call's object:
    "أعلن الحوثيون وقف الهجمات" stops the attacks (not "دعا إلى وقف الغارات التي أدت لمقتل …":
    the raids go on and their toll is theirs)."""
    i = trig.first - 1
    if i < 0 or keys[i][0] not in CEASE:
        return 0
    return 0 if i and keys[i - 1][-1] in ("الي", "علي") else 1


def _plotted(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A plot or an aim is not the act: "كشف مخطط اغتيال", "اتهمها بالتخطيط لاستهداف مؤتمرها",
    "كانت تهدف إلى اختطافه" (up to three words before, in the clause); a plot carried out is
    ("نفذ المسلحون مخطط التفجير")."""
    for i in _clause_before(keys, trig, 3):
        if not PLOTTING.isdisjoint(keys[i]):
            return not any(w.startswith(CARRIED_OUT) for c in keys[max(0, i - 3):i] for w in c)
    return False


_ANY = frozenset({"اي", "لاي", "باي", "واي", "ايه", "لايه", "بايه"})
_KINDS = frozenset({"عمليه", "عمليات", "نوع", "شكل"})  # "لأي عملية تفجيرية"
# "كل" right before an act word, or before its kind noun ("بعد كل عملية تفجير", "مع كل غارة"): a
# habit or a rule about every such act, not one happening; كل after the act ("قصف كل المناطق")
# quantifies its object and leaves the act alone
_EVERY = frozenset({"كل", "لكل", "بكل", "وكل", "فكل"})


def _every(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.first >= 1 and keys[trig.first - 1][0] in _EVERY:
        return True
    return trig.first >= 2 and keys[trig.first - 1][-1] in _KINDS and keys[trig.first - 2][0] in _EVERY


def commemorated(keys: Sequence[tuple[str, ...]], k: int) -> bool:
    """Token k stands in what an anniversary recalls ("يحيي فيه الفلسطينيون ذكرى مقتل 6 …
    خلال مظاهرات عام 1976", "إحياء للذكرى الأولى للاستفتاء … مما أدى إلى مواجهات"): up to
    twenty words after ذكرى, in its clause. A past act, not the news; the march held for the
    anniversary, before the word, is."""
    for i in range(k - 1, max(-1, k - 1 - _RECALL_REACH), -1):
        if keys[i][0] in _BREAKS or keys[i][0] == "،":
            return False
        if not ANNIVERSARY.isdisjoint(keys[i]):
            return True
    return False


ANNIVERSARY = frozenset({"ذكري", "الذكري", "ذكراه", "ذكراها", "ذكراهم"})
_RECALL_REACH = 20


def _intended(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A verb of intending at the head of the clause governs the act however long its subject
    ("يدرس الرئيس الأميركي دونالد ترمب أيضا طرد دبلوماسيين", "عناصر الحزب الذين أرادوا اعتقال
    أبنائهم"), up to a word that opens another clause ("يريد السيطرة عليها بعد أن قصفت
    الطائرات", "أراد استعادة سلعته التي صادرتها الشرطة": these happened)."""
    return _governed_by(keys, trig, INTENDING, _INTENT_REACH)


def _governed_by(keys: Sequence[tuple[str, ...]], trig: Trigger, words: frozenset, reach: int) -> bool:
    """One of `words` in the clause before the act (≤ `reach` words), with no word that opens
    another clause between them."""
    for i in _clause_before(keys, trig, reach):
        if keys[i][-1] in _CLAUSE_OPENERS:
            return False
        if not words.isdisjoint(keys[i]):
            return True
    return False


INTENDING = frozenset({"يدرس", "تدرس", "يدرسون", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينوون",
                       "يخطط", "تخطط", "يخططون", "خططوا", "يريد", "تريد", "يريدون", "اراد", "ارادت",
                       "ارادوا"})
_INTENT_REACH = 8


PLOTTING = frozenset({"مخطط", "مخططا", "مخططات", "مؤامره", "التخطيط", "تخطيط", "تهدف", "يهدف", "هدفت",
                      "يرمي", "ترمي"})


# "كافة/جميع عمليات": the acts a stop or a ceasefire covers
_STOPPED = frozenset({"كافه", "جميع", "عمليات"})


# a statistic's head noun (bare forms): "ارتفاع مستوى الهجمات ضد المستشفيات", "معدل الاعتقالات"
_MEASURES = frozenset({"مستوي", "مستويات", "معدل", "معدلات"})  # (not نسبة: "بالنسبة للعائدين")


def _measured(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A physical act named as what a level or a rate measures is a general state, no one
    happening (SPEC 2.7); not "عدد" ("ارتفع عدد قتلى الغارة": the toll of one act)."""
    return trig.type in PHYSICAL and trig.first > 0 and keys[trig.first - 1][-1] in _MEASURES


_PREPARE_REACH = 5  # "استعدت القوات الأمنية العراقية لاقتحام": the subject stands between


def _prepared_for(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A verb of getting ready in the clause before a ل-prefixed act: the act is prepared, not
    done ("استعدت القوات الأمنية لاقتحام المنطقة"); a clause opener between ends the reach
    ("استعدت القوات بعد أن ... لاقتحام" is not read)."""
    return _governed_by(keys, trig, _GETTING_READY, _PREPARE_REACH)


# not تعد/يعد ("is deemed": "ويعد الهجوم الأعنف") once words stand between
_GETTING_READY = PREPARING - {"تعد", "يعد", "يعدون"} | {"استعدوا", "تاهبت", "تتاهب", "يتاهب",
                                                        "استعدادا", "تمهيدا"}  # ("استعدادا لاقتحامها")


def _purpose(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A trigger up to three words after a purpose word ("ليساعدها في اقتحام تلك المواقع") or a
    word of fear or risk ("في خوف دائم من الاعتقال"); talks or a deal after "استئناف" ("الآمال
    في استئناف محادثات")."""
    words = PURPOSE | PROSPECTIVE if trig.type in ("CONSULT", "AGREE") else PURPOSE
    if trig.type in PHYSICAL:
        words = words | FEARED
    if trig.first and (not RIGHTS.isdisjoint(keys[trig.first - 1]) or (  # ("لحق عودة اللاجئين")
            keys[trig.first - 1][0] in PREPARING and keys[trig.first][0].startswith("ل"))):
        return True
    if keys[trig.first][0].startswith("ل") and _prepared_for(keys, trig):
        return True
    if trig.first and keys[trig.first - 1][0] in QUEST and keys[trig.first][0].startswith("ل"):
        return True  # "تقدمت القوات في مسعى لاقتحامها": not yet in
    if trig.first and not PLAN.isdisjoint(keys[trig.first - 1]) and keys[trig.first][0].startswith("ل"):
        return True  # "تسجيل الأسماء ضمن مخططها للتجنيد": the plan's act, not yet done
    if trig.type in ("CONSULT", "AGREE") and _proposed(keys, trig):
        return True
    if keys[trig.first][0].startswith(("ل", "ب")) and any(  # "للضغط على جيش الإسلام للانسحاب",
            c.startswith(PRESSING) for i in _clause_before(keys, trig, 6) for c in keys[i]):  # "يسمح
        return True  # لموسكو بنشر مزيد من القوات"
    if not keys[trig.first][-1].startswith(PARTICIPANTS) and trig.type != "CONSULT":
        words = words | TOPIC | DISCUSSING
        if _joined_noun(keys, trig) and any(set(keys[i]) & (TOPIC | DISCUSSING)
                                            for i in _clause_before(keys, trig, 8)):
            return True  # "لبحث التسوية السياسية في سورية وعودة اللاجئين": both topics
    before = keys[max(0, trig.first - 3):trig.first]
    if _aimed_at(keys, trig) or _goal_of_effort(keys, trig):
        return True
    if trig.type in _DEAL_TERMS and any(c[0] == "مقابل" for c in before):
        return True  # "انسحاب الحوثيين مقابل رفع العقوبات": the price of a deal, not done
    return any(set(c) & words for c in before)


# "لجنة تنسيق للعمل على عودة اللاجئين", "ناشد المجتمع الدولي المساهمة في عودة اللاجئين": the
# work or the contribution an act is the goal of (not بالمساهمة: "اتهمت الأردن بالمساهمة في
# سقوط معبر نصيب", a charge about a past act, which _accused_of reads)
_EFFORTS = {"علي": frozenset({"للعمل", "العمل", "والعمل"}),
            "في": frozenset({"المساهمه", "للمساهمه", "والمساهمه"})}


def _proposed(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    k = trig.first - 1
    while k >= 0 and keys[k][0] in _PROPOSAL_GAP and k >= trig.first - 2:
        k -= 1
    return k >= 0 and keys[k][0] in PROPOSING


def _goal_of_effort(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """The act right after a work or contribution word and its preposition ("للعمل على عودة",
    "المساهمة في عودة") is what the effort is for, not something done."""
    if _after_effort(keys, trig.first):
        return True
    if not _joined_noun(keys, trig):
        return False
    for i in _clause_before(keys, trig, _GOAL_REACH):  # "لإكمال عودة العالقين خارج اليمن وعودة
        if keys[i][0] in _COMPLETING or _after_effort(keys, i):  # النازحين": both returns
            return True
    return False


def _after_effort(keys: Sequence[tuple[str, ...]], k: int) -> bool:
    """Token k right after a work or contribution word and its preposition."""
    efforts = _EFFORTS.get(keys[k - 1][0]) if k >= 2 else None
    return efforts is not None and keys[k - 2][0] in efforts


_GOAL_REACH = 6  # words back from a joined act to the goal phrase of the act it is joined to
_COMPLETING = frozenset({"لاكمال", "لاستكمال", "لاتمام"})


AIMING = frozenset({"بغيه", "بهدف", "قصد", "بقصد"})


def _aimed_at(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"من أجل توقيف المسؤولين", "بغية اعتقال", "من أجل شن هجمات": the act right after an aim
    word, or after its bridge masdar, is what it is done for (not "والمؤتمر من أجل الجمهورية
    غادروا اجتماع": a party's name, a verb between)."""
    for j in (trig.first - 1, trig.first - 2):
        if j < 0 or (j == trig.first - 2 and keys[j + 1][-1] not in _BRIDGES | _BRIDGING):
            continue
        if keys[j][-1] in AIMING or (keys[j][-1] == "اجل" and j and keys[j - 1][-1] == "من"):
            return True
    return False


# what a deal trades ("مقابل إطلاق سراح المحتجزين"); not "بالمقابل/في المقابل" (on the other
# hand) nor an attack's toll "مقابل القضاء على 36 إرهابيا" (as against)
_DEAL_TERMS = frozenset({"RETREAT", "SANCTION", "AGREE", "CONCEDE"})


def _joined_noun(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A noun joined by و ("وعودة", "والهجمات"), not a verb ("وعاد")."""
    word = keys[trig.first][0]
    return word.startswith("و") and (word.startswith("وال") or word.endswith(("ه", "ات")))


def _accused_of(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"اتهمت الجماعة جبهة النصرة بخطف زعيمها": the act someone is accused of is a claim
    (the ACCUSE event records it), not an asserted happening."""
    if trig.type in VERBAL_TYPES:
        return trig.type == "REJECT" and _charged_with_refusing(keys, trig)
    for i in _clause_before(keys, trig, 8):
        if any(c.startswith(ACCUSING) for c in keys[i]) or not CHARGES.isdisjoint(keys[i]):
            return True
        if (any(c.startswith(SUSPECTING) for c in keys[i])
                and not (i + 1 < len(keys) and _THAT_IT & set(keys[i + 1]))
                and not _own_day_after(keys, trig)):
            return True  # (not "يشتبه بضلوعهم في التفجيرات التي وقعت صباح السبت": those happened)
    return False


def _charged_with_refusing(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"اتهم الوزير الحكومة برفض الحوار": a refusal with بـ, after an accusation word in its
    clause, is what the accused is charged with (the ACCUSE event), not a refusal told as news
    (not "ورفض الوزير الاتهامات": a refusal of its own, without بـ)."""
    if not keys[trig.first][0].startswith("ب"):
        return False
    return any(c.startswith(ACCUSING) for i in _clause_before(keys, trig, 8) for c in keys[i])


# what one escapes from that is no home: custody, a hospital, the fronts ("فرت من جبهات عدن")
# custody: what a jailbreak is from ("هرب 400 معتقل من السجن")
CUSTODY = frozenset({"سجن", "السجن", "سجون", "السجون", "معتقل", "المعتقل", "الاحتجاز", "احتجاز"})
ESCAPED_FROM = CUSTODY | {"مستشفي", "المستشفي", "خاطفي", "خاطفيه", "خاطفيها", "خاطفيهم", "اسري", "اسريه",
                          "قبضه", "جبهات", "الجبهات", "جبهه", "الجبهه", "خطوط", "الخطوط"}
_FROM = frozenset({"من", "عن"})
SHELTERING = ("يختبئ", "تختبئ", "يختبئون", "اختبا", "يحتمي", "يحتمون", "تحتمي", "احتمي", "احتموا")


def _own_day_after(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A day named within six words after the trigger, in its clause."""
    return any(not _DAY_WORDS.isdisjoint(cands) for cands in _clause_after(keys, trig, 6))


# people fleeing in numbers: "تمكن آلاف المدنيين من الفرار" is displacement
_MANY = ("عائل", "اسر", "سكان", "اهالي", "مدني", "الاف", "مئات", "عشرات", "نازح", "مواطن")


def _managed_to_flee(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"إذ تمكن أصدقاء عبد الرؤوف من الهرب": تمكن/نجح/استطاع, a subject of up to four words,
    من, then the flight word — someone got away, unless they are people in numbers."""
    if trig.first < 3 or "من" not in keys[trig.first - 1]:
        return False
    for i in range(trig.first - 2, max(-1, trig.first - 7), -1):
        if keys[i][0] in _BREAKS or keys[i][0] == "،":
            return False
        if any(c.startswith(ESCAPE) for c in keys[i]):
            return not any(c.startswith(_MANY) for cs in keys[i + 1:trig.first] for c in cs)
    return False


def _escape(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """Flight words after "تمكن من" / "لاذ بـ", or from custody, a hospital or the fronts
    ("هرب من المستشفى", "فرار امرأة من خاطفيها"): someone got away (SPEC: DISPLACE is people
    fleeing a place, not attackers or detainees escaping)."""
    if trig.type != "DISPLACE":
        return False
    if any(c.startswith(ESCAPE) for cs in keys[max(0, trig.first - 3):trig.first] for c in cs):
        return True
    if _managed_to_flee(keys, trig):
        return True
    if any(c.startswith(SHELTERING) for i in _clause_before(keys, trig, 8) for c in keys[i]):
        return True  # "الأقبية التي يختبئ فيها الناس هرباً من القصف": sheltering where they are
    after = keys[trig.last + 1:trig.last + 5]
    return any(cs[0] in _FROM and j + 1 < len(after) and after[j + 1][-1] in ESCAPED_FROM
               for j, cs in enumerate(after))


# "منعت سكانها من النزوح", "منعت السلطات الأمهات من التظاهر", "حال دون وقوع": prevented acts;
# "ولم تتمكن الأمم المتحدة إلى حد بعيد من نقل مساعدات": acts not managed
PREVENTING = ("منع", "يمنع", "تمنع", "لمنع")
BARRING = frozenset({"حال", "حالت", "يحول", "تحول"})  # … دون
ENABLED = ("تمكن", "يتمكن", "تتمكن", "استطاع", "يستطع", "تستطع")
_PREVENT_REACH = 8


# a present "prevents" right before the act it governs ("كادت أن تمنع قوافل الأمم المتحدة من
# إيصال": its object, the convoys, is no act; "تمنع العقوبات": sanctions are no physical act)
PREVENTS = frozenset({"يمنع", "تمنع", "يمنعون", "يمنعان", "تمنعان"})


def _prevented(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if keys[trig.first][-1].startswith("منع"):
        return False  # "منع دخول": the prevention is the event
    head = _act_head(keys, trig)
    if trig.type in PHYSICAL and head and not PREVENTS.isdisjoint(keys[head - 1]):
        return True  # "حل سياسي يمنع شن هجوم على الميناء", "تمنع نزوحهم": the act prevented
    # من/دون right before the act, or before its verbal noun ("من نقل مساعدات")
    prev = set(keys[trig.first - 1] if trig.first else ()) | set(keys[trig.first - 2] if trig.first > 1 else ())
    for i in _clause_before(keys, trig, _PREVENT_REACH):
        if "دون" in prev and not BARRING.isdisjoint(keys[i]):
            return True
        if "من" in prev and any(c.startswith(PREVENTING) for c in keys[i]):
            return True
        if "من" in prev and any(c.startswith(ENABLED) for c in keys[i]) and i and _negator(keys[i - 1][0]):
            return True  # "ولم تتمكن … من"
    return False


# "أصدرت أمراً رسمياً باحتجازها", "مذكرة اعتقال بحق": a court's order, not an arrest made
ORDERS = frozenset({"امر", "امرا", "اوامر", "قرار", "قرارا", "مذكره", "مذكرات"})


# "أعلنت اللجنة "إرجاء" قافلة المساعدات", "تأجيل الاجتماع": put off, so not (yet) happened
# (not أجّلت: unvowelled it is also أجلت, evacuated)
POSTPONED = frozenset({"ارجاء", "تاجيل", "ارجا", "ارجات", "ارجاوا"})


def _postponed(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A word of putting off up to three words (quote marks included) before the trigger, in
    its clause."""
    return any(not POSTPONED.isdisjoint(keys[i]) for i in _clause_before(keys, trig, 3))


# "الاجتماع سيعقد بعد ظهر الأربعاء", "المظاهرات ستنطلق غدا": the trigger is the subject of a
# future verb of holding or starting (not "سيتم الرد على الهجوم", "سيستمر القصف": an act done)
HELD_LATER = frozenset("س" + p + v for p in "يت" for v in ("عقد", "جري", "نظم", "قام", "نطلق", "بدا"))


def _held_later(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A future verb of holding or starting up to two words after the trigger (an adjective
    between: "الاجتماع الطارئ سيعقد"), in its clause."""
    return any(not HELD_LATER.isdisjoint(k) for k in _clause_after(keys, trig, 2))


def _ordered(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "COERCE" or trig.mode != "arrest":
        return False
    return any(not ORDERS.isdisjoint(keys[i]) for i in _clause_before(keys, trig, 3))


def _death_sentence(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """الإعدام up to five words after a sentencing word in its clause ("قضت محكمة باكستانية، السبت،
    بإعدام"): a verdict, not an execution — unless the sentence was carried out ("نفذت السلطات
    حكم الإعدام")."""
    if trig.type != "ASSAULT" or not keys[trig.first][-1].startswith("اعدام"):
        return False
    before = [keys[i] for i in _clause_before(keys, trig, 5)]
    if any(c[-1].startswith(CARRIED_OUT) for c in before):
        return False
    return any(not SENTENCING.isdisjoint(c) for c in before) or _penalty_reaches(keys, trig)


# "بعقوبات يصل بعضها إلى الإعدام", "عقوبة … تصل إلى الإعدام": the most a penalty reaches
REACHING = frozenset({"يصل", "تصل", "ويصل", "وتصل", "قد"})


def _penalty_reaches(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.first < 2 or "الي" not in keys[trig.first - 1]:
        return False
    return any(not REACHING.isdisjoint(keys[i]) for i in range(max(0, trig.first - 4), trig.first - 1))


def _prayer(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """دعا followed, in the next 15 words, by a prayer word or a verb with God as its subject
    ("بأن يحفظ الله"): a prayer, not a REQUEST."""
    if trig.type != "REQUEST" or not keys[trig.first][-1].startswith(PRAYING):
        return False
    after = keys[trig.last + 1:trig.last + 16]
    for i, cands in enumerate(after):
        if not PRAYER.isdisjoint(cands):
            return True
        if "الله" in cands and i and after[i - 1][-1][:1] in "يت":
            return True
    return False


def _received(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"استقبل" with a hospital or patients around it is admission, not a meeting."""
    if trig.type != "CONSULT" or not keys[trig.first][-1].startswith("استقبل"):
        return False
    window = keys[max(0, trig.first - 3):trig.first] + keys[trig.last + 1:trig.last + 6]
    return any(set(c) & RECEIVED for c in window)


# heads whose genitive act names an area, not a happening: "أرسل قوات إلى مناطق الاشتباك"
AREA_HEADS = frozenset({"مناطق", "منطقه", "خطوط", "خط"})
# a meeting "with the press" is a briefing, not a meeting of parties: "في اللقاء الصحفي الأسبوعي"
PRESS = frozenset({"صحفي", "الصحفي", "صحافي", "الصحافي", "صحفيا", "صحافيا"})
MEDIUM_LINKS = frozenset({"في", "خلال", "عبر"})
# whom a call is with when it is only the channel of a statement: "في اتصال هاتفي مع وكالة"
OUTLETS = frozenset({"وكاله", "صحيفه", "قناه", "القناه", "موقع", "اذاعه", "مراسل", "مجله", "جريده"})


def _named_setting(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """The trigger names the setting of something else: an area ("مناطق الاشتباك"), a press
    briefing ("اللقاء الصحفي"), or the phone call through which words were said ("قال في اتصال
    هاتفي إن", "في اتصال هاتفي مع وكالة …") — no clash or meeting of parties happened."""
    if trig.type == "ASSAULT":
        return trig.first >= 1 and not AREA_HEADS.isdisjoint(keys[trig.first - 1])
    if trig.type != "CONSULT":
        return False
    if trig.last + 1 < len(keys) and not PRESS.isdisjoint(keys[trig.last + 1]):
        return True
    if trig.mode != "call" or not trig.first or MEDIUM_LINKS.isdisjoint(keys[trig.first - 1]):
        return False
    after = [c for c in keys[trig.last + 1:trig.last + 4] if c[0] not in _DASHES]
    if not after:
        return False
    if "مع" in after[0]:
        return len(after) > 1 and not OUTLETS.isdisjoint(after[1])
    return not _THAT.isdisjoint(after[0])


_DASHES = frozenset({"-", "–", "—", ","})


def cumulative(sentence_key: str) -> bool:
    """A war or campaign toll ("منذ بدء الحرب"): its outcome words are not a happening. A منذ that
    only measures a superlative ("وهو الأعنف منذ عام 2015") makes nothing a toll."""
    if "منذ" in sentence_key:
        sentence_key = _COMPARED.sub(" ", sentence_key)  # (once per sentence, and only with a منذ)
    return any(k in sentence_key for k in CUMULATIVE)


# "أعنف/أكبر/أسوأ … (up to four words) منذ": a comparison ("في أعنف هجوم منذ سنوات", "وهو الأعنف
# في البلاد منذ عام 2015"), not a span of time the act fills
SUPERLATIVES = ("اعنف", "الاعنف", "اكبر", "الاكبر", "اسوا", "الاسوا", "اشد", "الاشد", "الاكثر",  # (not "أكثر من")
                "اخطر", "الاخطر", "اضخم", "الاضخم", "ادمي", "الادمي", "اكبرها", "اعنفها")
_COMPARED = re.compile(r"(?:^|\s)(?:" + "|".join(SUPERLATIVES) + r")(?:\s\S+){0,4}?\sمنذ(?:\s\S+){1,2}")


def accident(bare_key: str) -> bool:
    """A crash, a collapse, a flood or a storm: its dead and injured are no violent happening; a
    real attack word in the sentence (strength ≥ 2) still is."""
    return (any(k in bare_key for k in ACCIDENT) or bool(_CRASHED.search(bare_key))
            or bool(_HAZARD.search(bare_key)))


# Natural hazards and animals (SPEC 2.7: no human agent, no event), on bare forms: "ثوران بركان
# فويغو", "الرماد البركاني", "أسفر الإعصار عن مقتل", "إحدى أسماك القرش". Not "عاصفة الحزم" (the
# Saudi-led operation) nor a bare "بركان" (the Houthi missile "بركان 2 إتش")
_HAZARD = re.compile(r"(?:^|\s)(?:اعصار|اعاصير|تسونامي|بركاني|بركانيه|ثوران ب?ركان|ثار ب?ركان"
                     r"|عاصفه(?! حزم)|انهيار ارضي|انهيارات ارضيه|صاعقه|صواعق"
                     r"|سمكه قرش|اسماك قرش|سمك قرش|حرائق غابات)(?:\s|$)")


# any overturn, crash or sinking verb with a vehicle up to two words on ("انقلب قطار
# في المغرب", "تحطمت الطائرة العسكرية"); not "انقلاب عسكري" (no vehicle) nor "تفجير قطار" (an
# attack word)
_CRASH_VERBS = ("انقلب", "انقلاب", "تحطم", "اصطدم", "اصطدام", "غرق")
_VEHICLES = ("سياره", "سيارات", "حافله", "حافلات", "شاحنه", "شاحنات", "قطار", "قطارات", "عربه", "طائره",
             "مروحيه", "قارب", "قوارب", "مركب", "سفينه", "عباره", "دراجه", "زورق")
_CRASHED = re.compile(r"(?:^|\s)(?:" + "|".join(_CRASH_VERBS) + r")\S*(?:\s\S+){0,2}?\s(?:"
                      + "|".join(_VEHICLES) + r")(?:\s|$)")


def _lasting(keys: Sequence[str]) -> bool:
    for i, k in enumerate(keys):
        if k == "منذ" and any(w in STATE_UNITS for w in keys[i + 1:i + 5]) and not _compared(keys, i):
            return True
    return False


def _spanning(keys: Sequence[str]) -> bool:
    """"طيلة الأسابيع الستة الماضية", "خلال السنوات الأخيرة": a series of physical acts over a
    stretch of time, not one happening (a statement about them still is one)."""
    return any(k in SPANS and any(w in PLURAL_UNITS for w in keys[i + 1:i + 3]) for i, k in enumerate(keys))


# "وخلال أكثر من 3 أعوام من سيطرته على المدينة، نفذ التنظيم عمليات قتل وإعدام": a span of years
# (an approximate count may stand between) holds a series of acts older than any news, however
# strong the act word; a day named in the sentence makes it news again ("قصفت الطائرات أمس البلدة
# التي تعرضت خلال السنوات الأخيرة لهجمات")
YEAR_UNITS = frozenset({"سنوات", "اعوام", "عقود", "سنين", "عامين", "سنتين", "عقدين"})
_ABOUT = frozenset({"اكثر", "من", "نحو", "قرابه", "حوالي", "زهاء", "ما", "يزيد", "يقارب", "عن", "السنوات", "الاعوام"})
_FEW = frozenset({"ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني",
                  "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عده", "بضع", "بضعه"})
_YEARS_REACH = 5


def _over_years(keys: Sequence[str]) -> bool:
    for i, k in enumerate(keys):
        if k not in SPANS:
            continue
        j = i + 1
        while j < min(len(keys), i + _YEARS_REACH) and (keys[j] in _ABOUT or keys[j] in _FEW or keys[j].isdigit()):
            j += 1
        if j < len(keys) and keys[j] in YEAR_UNITS:
            return True
    return False


def _asserted_of(tokens: tuple, trigs: tuple, keys: list) -> list[Trigger]:
    keep = [t for t in trigs if _asserted(tokens, keys, t) and not _provides(tokens, t)]
    keep = [t for t in keep if not _qualifies_dropped(keys, t, trigs, keep)]
    keep = [_verbal_attack(keys, t) for t in keep]
    cut = toll_clause(keys)  # "قتل أربعة …، لتصل بذلك الحصيلة منذ 30 مارس إلى 38": the toll's
    # words date and count only its own clause
    head = _of_the_whole(keys[:cut], [t for t in keep if t.first < cut])
    tail = _of_the_whole(keys, [t for t in keep if t.first >= cut])
    return head + tail


# adverbial accusatives that qualify the act before them: "مظاهرات مزمعة احتجاجا على …"
IN_PROTEST = frozenset({"احتجاجا", "واحتجاجا", "تنديدا", "وتنديدا"})


def _qualifies_dropped(keys: list, t: Trigger, trigs: tuple, keep: list[Trigger]) -> bool:
    """"وسط مظاهرات مزمعة احتجاجا على …": "احتجاجا" is the purpose of the protest before it,
    and shares its fate (here, awaited)."""
    if keys[t.first][0] not in IN_PROTEST:
        return False
    return any(o.type == t.type and o not in keep and 0 < t.first - o.last <= 4 for o in trigs)


def _of_the_whole(keys: list, keep: list[Trigger]) -> list[Trigger]:
    """What the words of a stretch (a toll, a crash, a lasting state, a trial) leave standing."""
    skey = " ".join(k[0] for k in keys)
    if cumulative(skey) or accident(" ".join(k[-1] for k in keys)):
        keep = [t for t in keep if t.strength >= 2]
    if _lasting([k[-1] for k in keys]) or any(h in skey for h in HABITUAL):
        keep = [t for t in keep if t.strength >= 3]
    if _spanning([k[-1] for k in keys]):
        keep = [t for t in keep if t.strength >= 3 or t.type not in PHYSICAL]
    if _over_years([k[-1] for k in keys]) and not any(k[-1] in _DAY_WORDS or k[0] in _DAY_WORDS for k in keys):
        keep = [t for t in keep if t.type not in PHYSICAL]
    if any(w in JUDICIAL for w in skey.split()):  # a trial's subject matter is not news of it
        keep = [t for t in keep if t.strength >= 2]
    return keep


# "لتصل/لترتفع (بذلك) الحصيلة", "ما يرفع عدد القتلى إلى": a clause that adds the news to a toll
_TOLL_OPENERS = frozenset({"لتصل", "ليصل", "لترتفع", "ليرتفع", "لتبلغ", "ليبلغ", "لترفع", "ليرفع", "وبذلك"})
_TOLL_VERBS = frozenset({"يرفع", "ترفع", "يصل", "تصل", "يبلغ", "تبلغ"})


def toll_clause(keys: list) -> int:
    """Where a clause adding the news to a running toll opens (else the sentence's length); a
    war's own toll is one too ("مسار حرب … أودت بحياة نصف مليون شخص")."""
    for i, k in enumerate(keys):
        if k[0] in _TOLL_OPENERS or (i and k[0] in _TOLL_VERBS and keys[i - 1][0] in ("ما", "مما")):
            return i
        if k[-1] in _WARS and any(c[0] in _WAR_TOLLS for c in keys[i + 1:i + 5]):
            return i
    return len(keys)


_WARS = frozenset({"حرب", "صراع", "نزاع", "ازمه"})
_WAR_TOLLS = frozenset({"اودت", "خلفت", "حصدت", "اسفرت", "اوقعت"})


def _provides(tokens: Sequence, trig: Trigger) -> bool:
    """"وفّرت الحكومة الدعم" (provided) is not "و + فرّت" (and fled): without a shadda on the
    ر, "وفرت" is read as وفّرت (far more common in news); "وفروا من منازلهم" stays flight."""
    tok = tokens[trig.first]
    return (trig.type == "DISPLACE" and tok.norm in ("وفرت", "وفرتا")
            and "\u0631\u0651" not in tok.text)
