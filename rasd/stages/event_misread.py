"""Triggers to drop or set apart (SPEC §2.6): misread senses (`drop_misread`: a protest in a
letter or to an ambassador, nobody stopped, threats nobody made, reinforcements, outlets,
adjectives, drills, labels, weapons held, and `event_other_senses`, `event_other_uses`), participles
(`drop_participles`), acts a condemnation names (`drop_condemned`), aid delivered, shots fired
on a day, incidents told as separate.
"""
from __future__ import annotations

from dataclasses import replace

from rasd.lang.words import WHICH
from rasd.stages.event_actors import participle
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_filter_passive import agentless_passive
from rasd.stages.event_filter_words import CONDEMNING
from rasd.stages.event_filters import DAY_WORDS, PHYSICAL, VERBAL_TYPES, act_with_ba
from rasd.stages.event_mentions import clause_bounds
from rasd.stages.event_other_senses import other_sense
from rasd.stages.event_other_uses import other_use
from rasd.stages.event_sense_people import PROTESTERS, WRONGDOERS
from rasd.stages.event_source import OUTLET_NOUNS
from rasd.stages.event_told import definite
from rasd.stages.quotes_marks import ALL_MARKS

# "رسالة احتجاج", "برقية احتجاج": a written protest is a complaint, not a gathering
_LETTERS = frozenset({"رساله", "برقيه", "مذكره", "مذكرات", "رسائل"})
# "قصفت المقاتلات تعزيزات", "وسط تعزيزات": reinforcements hit or standing by, not deployed
_AMID = frozenset({"وسط", "بوسط"})
_LISTED = frozenset({"منها", "ومنها", "بينها", "وبينها"})


_DIPLOMATS = ("سفير", "السفير", "سفيره", "سفاره", "السفاره", "استدع", "الخارجيه", "القائم بالاعمال")
_CROWD = ("متظاهر", "محتج", "وقفه", "مسيره", "اعتصام", "المتظاهر", "المحتج")


_THREAT_MADE = ("وجه", "اطلق", "جدد", "كرر")
# the people "أوقف" (stopped) takes as an arrest ("أوقفت الشرطة أربعة أشخاص/المدون/ناشطا"), and
# what follows a passive one ("أوقف بتهمة", "أوقف في ألمانيا", "أوقف أمس", "أوقفت رهن التحقيق")
_DETAINED = ("شخص", "اشخاص", "مشتبه", "متهم", "رجل", "رجال", "شاب", "ناشط", "مدون", "صحفي", "صحاف",
             "محتج", "متظاهر", "مهاجر", "شيخ", "قس", "مدعو", "مطلوب", "عناصر", "ارهابي", "امراه",
             "نساء", "طالب", "طلاب", "مواطن", "لاجئ", "شخصا", "مشتبها")
_PASSIVE_NEXT = frozenset({"بتهمه", "رهن", "في", "قبل", "الاسبوع"}) | frozenset(DAY_WORDS)


def _stopped_someone(tokens: list, t: Trigger) -> bool:
    nxt = candidates(tokens[t.last + 1].norm) if t.last + 1 < len(tokens) else ()
    return not _PASSIVE_NEXT.isdisjoint(nxt) or any(
        candidates(tok.norm)[-1].startswith(_DETAINED) for tok in tokens[t.last + 1:t.last + 6])


def _threat_made(tokens: list, t: Trigger) -> bool:
    """A threat noun that someone made: with بـ the act threatened ("تهديد بقصف", "تهديدات
    بالانسحاب") or after a verb of making it ("وجه تهديدا", "أطلق تهديدات")."""
    after = [tok.norm for tok in tokens[t.last + 1:t.last + 3]]  # ("تهديد إيران بإغلاق")
    before = [candidates(tok.norm)[-1] for tok in tokens[max(0, t.first - 3):t.first]]
    return act_with_ba(after) or any(w.startswith(_THREAT_MADE) for w in before)


def _diplomatic(tokens: list) -> bool:
    """An ambassador summoned or a ministry's note in the sentence, and no crowd."""
    words = [candidates(t.norm)[-1] for t in tokens]
    return any(w.startswith(_DIPLOMATS) for w in words) and not any(w.startswith(_CROWD) for w in words)


# The word after an outlet's type word is the outlet's name; not after موقع, also "the site of"
_OUTLET_HEADS = frozenset(OUTLET_NOUNS) - {"موقع"} | {"تلفزه", "فضائيه", "شبكه"}


# vessels named by their role ("غواصة هجوم نووي", "زوارق هجوم سريعة"): no attack
_CRAFT_HEADS = frozenset({"غواصه", "غواصات", "زورق", "زوارق"})  # (bare forms)


# a crisis as the doer of the act named right before it ("أحرقته الأزمة", "دمرتهم الأزمات"): a
# metaphor (not الحرب: "دمرته الحرب" may tell real damage)
_ABSTRACT_AGENTS = frozenset({"ازمه", "ازمات"})


# adjectives of attack words: "الأسلحة ذات الطابع الهجومي", "أنظمة الدفاع الصاروخية"
_ATTACK_ADJECTIVES = frozenset({"هجومي", "هجوميه", "هجومية", "هجوميا", "هجوميين", "صاروخي", "صاروخيه",
                                "صاروخية"})
# the relational adjective of a demonstration word: "الحراك التظاهري" (the movement, no march told)
_PROTEST_ADJECTIVES = frozenset({"تظاهري", "تظاهريه", "تظاهرية", "التظاهري", "التظاهريه", "التظاهرية"})


_CYBER = ("الكتروني", "كتروني", "سيبراني", "قرصن")  # (ال off: "الإلكترونية" is read "كترونيه")
# spies and hackers as the doers of a targeting word: "جاسوسان روسيان استهدفا منشأة لاختبار
# الأسلحة", "استهدف قراصنة مواقع الوزارة" — espionage or intrusion, no physical attack
_SPIES = ("جاسوس", "جواسيس", "قراصن", "هاكر")
# facilities named after what is done in them: "مخيم الاحتجاز", "مراكز الاعتقال"
_FACILITY_HEADS = frozenset({"مخيم", "مخيمات", "مركز", "مراكز", "معسكر", "معسكرات", "سجن", "سجون",
                             "منشاه", "منشات", "زنزانه",
                             # how and how long someone is held, the van that takes them: "ظروف
                             # احتجاز", "تمديد فترة توقيفهما", "سيارة ترحيلات" (gold codes "فتحت
                             # أماكن احتجاز لعشرات الحوثيين": where people are held is kept)
                             "ظروف", "فتره", "مده", "سياره", "سيارات", "عربه", "حافله", "اداره"})


def _interview(tokens: list, t: Trigger) -> bool:
    """A meeting word followed by "مع" and an outlet's type word: an interview."""
    after = [candidates(tok.norm)[-1] for tok in tokens[t.last + 1:t.last + 3]]
    return len(after) == 2 and after[0] == "مع" and (after[1] in _OUTLET_HEADS or after[1] == "وسيله")


# "أعقبه", "تلاه", "تبعه": the next stage of the same attack
_FOLLOWED = ("اعقب", "تلا", "تلته", "تبع")

_STORMING = ("اقتحام", "اقتحم")

_CRIMINALS = tuple(WRONGDOERS) + ("صياد", "الصياد", "مجهولون", "مجهولين", "سارق", "السارق")
_HACKERS = ("متسلل", "المتسلل", "قراصن", "القراصن", "هاكر", "الهاكر", "مخترق", "المخترق")


def _hacked(tokens: list, t: Trigger) -> bool:
    """Storming by intruders (متسللون, also armed infiltrators) in a sentence that names
    something online or cyber: a hack."""
    return _stormed_by(tokens, t, _HACKERS) and any(
        f.startswith(_CYBER) for tok in tokens for f in candidates(tok.norm))


def _stormed_by(tokens: list, t: Trigger, who: tuple[str, ...]) -> bool:
    """The storming verb's subject, up to three words before it or right after it, is one of
    `who` ("وكان المحتجون قد اقتحموا", "اقتحم محتجون")."""
    near = tokens[max(0, t.first - 3):t.first] + tokens[t.last + 1:t.last + 2]
    return any(f.startswith(who) for tok in near for f in candidates(tok.norm))


_AIMED = ("استهدف", "طال", "هز")


def _comma_between(tokens: list, a: int, b: int) -> bool:
    return any(tok.norm in ("،", ",") for tok in tokens[a + 1:b])


def _grievance(tokens: list, t: Trigger) -> bool:
    """"تعاني من استهدافات", "يشكو من اعتقالات": what someone suffers in general."""
    prev = [candidates(tok.norm)[-1] for tok in tokens[max(0, t.first - 2):t.first]]
    return len(prev) == 2 and prev[1] == "من" and prev[0].startswith(("تعاني", "يعاني", "يعانون", "يشكو",
                                                                      "تشكو", "يشكون"))


# arrival or receipt of aid: "ووصلت إلى عدن أول سفينة مساعدات", "استقبل مطار عدن طائرة محملة
# بالمساعدات", "دخلت قافلة مساعدات"
_ARRIVING = ("وصل", "وصول", "استقبل", "رست", "دخل", "دخول", "تسلم", "حطت", "هبطت")
_AID_WORDS = ("مساعد", "اغاث", "انساني", "غذائي", "طبي", "اغذيه", "ادويه")
_OBSTRUCTING = ("عرقل", "اعاق", "يعيق", "تعيق", "منع", "يمنع", "تمنع", "عطل")  # "عرقلت وصول المساعدات"


def delivered(tokens: list, t: Trigger) -> bool:
    """Aid follows, in its clause, a verb of its arrival (up to six words before): the aid
    words themselves, or a convoy named as aid ("قافلة مساعدات"; not "قافلة مدرعات")."""
    named = [f for tok in tokens[t.first:t.last + 4] for f in candidates(tok.norm)]
    if not any(f.startswith(_AID_WORDS) for f in named):
        return False
    lo, _hi = clause_bounds(tokens, t.first, t.last)
    forms = [f for tok in tokens[max(lo, t.first - 6):t.first] for f in candidates(tok.norm)]
    return any(f.startswith(_ARRIVING) for f in forms) and not any(f.startswith(_OBSTRUCTING) for f in forms)


_BY_FIRE = ("برصاص", "بالرصاص")
_OF_WOUNDS = ("متاثر",)  # "قضى الأربعاء متأثرا بجراح أصيب بها برصاص …": a death, not the shooting


def fired_on_a_day(tokens: list, trigs: list[Trigger]) -> bool:
    """"قتلت رزان النجار بالرصاص الجمعة": fire and a day make an outcome word one happening,
    without a number ("الجرحى برصاص المليشيات" with no day is a general charge)."""
    return (any(tokens[t.first].norm.startswith(_BY_FIRE) for t in trigs)
            and any(c in DAY_WORDS for t in tokens for c in candidates(t.norm))
            and not any(t.norm.startswith(_OF_WOUNDS) for t in tokens))


# armed acts whose motive an adverbial احتجاجا tells (not a self-harm or an "other" act, which
# may be the protest itself: "أحرق شاب نفسه احتجاجا"; not arrests: "اعتقلت 20 شخصا، احتجاجا …"
# may be of the protesters)
_ARMED_ACTS = frozenset({("ASSAULT", "clash"), ("ASSAULT", "shelling"), ("ASSAULT", "airstrike"),
                         ("ASSAULT", "bombing")})

_SEPARATE = frozenset({"منفصل", "منفصله", "مماثل", "مماثله"})  # ("بتفجير مماثل في منطقة الحبيبية")
_ANOTHER = frozenset({"اخر", "اخري", "جديد", "جديده"})


def said_separate(tokens: list, trig: Trigger) -> bool:
    """"وفي هجوم منفصل", "في حادث آخر": the text says this is another happening ("آخر" only
    after في: after a verb it is "the last", "استهدفت آخر مواقعهم")."""
    nxt = candidates(tokens[trig.last + 1].norm)[-1] if trig.last + 1 < len(tokens) else ""
    prev = tokens[trig.first - 1].norm if trig.first else ""
    return nxt in _SEPARATE or (nxt in _ANOTHER and prev in ("في", "وفي", "ففي"))


def opens_apart(tokens: list) -> bool:
    """"وفي حادث منفصل، قتل مدنيان": the sentence opens by saying it tells another happening
    (a word for an incident that is no trigger itself)."""
    words = [candidates(tok.norm)[-1] for tok in tokens[:4]]
    return (len(words) >= 3 and tokens[0].norm in ("في", "وفي", "ففي") and words[1] in _INCIDENTS
            and (words[2] in _SEPARATE or words[2] in _ANOTHER))


_INCIDENTS = frozenset({"حادث", "حادثه", "واقعه", "تطور"})


def drop_misread(tokens: list, trigs: list[Trigger]) -> list[Trigger]:
    """Triggers whose sense the words around them undo: "احتجاجا على" beside a strike or
    another protest (the reason, not a second protest), a protest in a letter or lodged with an
    ambassador (a complaint: ACCUSE), "أوقف" with nobody stopped, a threat noun nobody made,
    reinforcements that an attack in the clause hit or that an act happened amid, a word that
    names an outlet after its type word, "هجومي" (an adjective), a meeting with a TV channel."""
    out = []
    for t in trigs:
        word = candidates(tokens[t.first].norm)[-1]
        prev = candidates(tokens[t.first - 1].norm)[-1] if t.first else ""
        if t.type == "PROTEST" and word.startswith("احتجاج"):
            if prev in _LETTERS:
                continue
            if _diplomatic(tokens):  # "استدعت السفير وأبلغته احتجاجها": a complaint between states
                out.append(replace(t, type="ACCUSE", mode=None))
                continue
            if word in ("احتجاجا", "احتجاجاً") and any(o.type == "PROTEST" and o is not t for o in trigs):
                continue
            if word in ("احتجاجا", "احتجاجاً") and t.first and tokens[t.first - 1].norm in ("،", ",") and any(
                    o.first < t.first and (o.type, o.mode) in _ARMED_ACTS for o in trigs):
                continue  # "وقتل آخرين في اشتباكات …، احتجاجا على ترشح الرئيس": set off by a comma,
                # the motive of the fighting told before it, no gathering
        if prev in _OUTLET_HEADS:
            continue  # "قناة المسيرة", "صحيفة الثورة": an outlet's name, not a march or a revolt
        if t.type == "ASSAULT" and word == "هجوم" and prev in _CRAFT_HEADS:
            continue  # "غواصة هجوم نووي": a vessel's class, not an attack
        nxt = candidates(tokens[t.last + 1].norm)[-1] if t.last + 1 < len(tokens) else ""
        if t.type == "ASSAULT" and t.first == t.last and nxt in _ABSTRACT_AGENTS:
            continue  # "من أحرقته الأزمة": a crisis burns no one, a metaphor
        if other_sense(tokens, t, word, prev, nxt, trigs) or other_use(tokens, t, word, prev, nxt, trigs):
            continue
        if t.type in VERBAL_TYPES and agentless_passive(tokens, t):
            continue  # "قبل أن يتم اتهامه بالاحتيال": no one named who accused him
        if t.type == "ASSAULT" and prev.startswith(_FOLLOWED) and any(
                o.type == "ASSAULT" and o.last < t.first for o in trigs):
            continue  # "هجوم انتحاري أعقبه إطلاق نار": one attack in two stages, one record
        if (t.type == "ASSAULT" and t.mode == "other" and word.startswith(_AIMED)
                and any(o.type == "ASSAULT" and o is not t and o.last < t.first <= o.last + 3
                        and not _comma_between(tokens, o.last, t.first) for o in trigs)):
            continue  # "انفجار استهدف مركزا": what the blast hit, one attack
        if t.type in ("ASSAULT", "COERCE") and _grievance(tokens, t):
            continue  # "تعاني من استهدافات أمنية": a grievance, not a happening
        if t.type == "AGREE" and any(o.type == "AGREE" and o.last < t.first <= o.last + 2 for o in trigs):
            continue  # "التوصل إلى اتفاق لوقف إطلاق النار": the deal's terms, one agreement
        if t.type == "ASSAULT" and word in _ATTACK_ADJECTIVES:
            continue  # "الأسلحة ذات الطابع الهجومي": offensive weapons, not an attack
        if t.type == "PROTEST" and t.first == t.last and word in _PROTEST_ADJECTIVES:
            continue  # "الحراك التظاهري": an adjective, not a demonstration
        if t.type in PHYSICAL and (prev in _LAWS or _a_right(tokens, t, prev)):
            continue  # "قانون المصادرة", "قانون التظاهر", "الحق في التظاهر": a law or a right, no act
        if t.type == "ASSAULT" and word.startswith(_BLAST_ADJECTIVES) and prev in _MATERIALS:
            continue  # "المواد التفجيرية", "أحزمة تفجيرية": explosives, not a blast
        if t.type in PHYSICAL and _drilled(tokens, t):
            continue  # "تدريبات على إطلاق النار": a drill in the act, not the act
        if t.type in PHYSICAL and _labelled(tokens, t):
            continue  # "ونددت بالحادث ووصفته بأنه هجوم إرهابي": a name for what is told, not a new act
        if t.type == "ASSAULT" and _exclaimed(tokens, t):
            continue  # a witness's "طعن راكبة في صدرها. إنها مجزرة": a cry over what is told
        if t.type == "CONSULT" and _interview(tokens, t):
            continue  # "خلال لقاء مع قناة سكاي نيوز": an interview, not a meeting
        if t.type == "ASSAULT" and nxt.startswith(_CYBER):
            continue  # "هجمات إلكترونية", "هجوم سيبراني": no physical attack
        if t.type == "ASSAULT" and t.mode == "other" and word.startswith(("استهدف", "يستهدف", "تستهدف")) and any(
                f.startswith(_SPIES) for tok in tokens[max(0, t.first - 3):t.last + 2] for f in candidates(tok.norm)):
            continue  # "جاسوسان استهدفا منشأة": spying on a site, no attack
        if t.type == "COERCE" and t.first and not _FACILITY_HEADS.isdisjoint(candidates(tokens[t.first - 1].norm)):
            continue  # "مخيم الاحتجاز", "مركز الاعتقال": a facility's name, not an arrest
        if t.type == "COERCE" and word.startswith(_STORMING) and any(
                o.type == "ASSAULT" and o.mode == "clash" for o in trigs):
            out.append(replace(t, type="ASSAULT", mode="clash"))  # storming in a battle: "اقتحام
            continue  # القاعدة والسيطرة عليها بعد اشتباكات عنيفة" (a police raid has no clash)
        if t.type == "COERCE" and word.startswith(_STORMING) and _stormed_by(tokens, t, PROTESTERS):
            mode = next((o.mode for o in trigs if o.type == "PROTEST"), "riot")  # (one protest)
            out.append(replace(t, type="PROTEST", mode=mode))  # "وكان المحتجون قد اقتحموا
            continue  # عددا من المؤسسات الحكومية": protesters storming, no police raid
        if t.type == "COERCE" and word.startswith(_STORMING) and _stormed_by(tokens, t, _CRIMINALS):
            continue  # "صيادين اقتحموا حديقة حيوان": a crime's break-in, no raid by a force
        if t.type == "COERCE" and word.startswith(_STORMING) and _hacked(tokens, t):
            continue  # "اقتحم متسللون هذه المواقع في ثاني هجوم إلكتروني": a hack, no raid
        if t.type == "COERCE" and t.mode == "arrest" and nxt.startswith("رهائن"):
            out.append(replace(t, type="ASSAULT", mode="abduction"))  # "احتجاز رهائن": hostage-taking
            continue
        if t.type == "COERCE" and word.startswith("اوقف") and not _stopped_someone(tokens, t):
            continue  # "أوقفت الشرطة أربعة أشخاص" is an arrest; "أوقف إطلاق النار … أشخاص" is not
        if t.type == "THREATEN" and word.startswith("تهديد") and not _threat_made(tokens, t):
            continue  # "يمثل تهديدا أمنيا", "تهديد إرهابي": a danger named, not a threat made
        if t.type == "ASSAULT" and word in _INCENDIARY and any(
                o.type == "ASSAULT" and o.strength > t.strength for o in trigs):
            continue  # "اندلعت مواجهات … وألقيت قنابل حارقة": the means of the act named beside it
        if t.type == "ASSAULT" and word.startswith(_WEAPONS) and _weapon_held(tokens, t):
            continue  # "دمرت أكثر من 200 صاروخ", "بينها صواريخ أرض أرض": arms, not a launch
        if t.type == "ASSAULT" and word.startswith("اطلاق") and prev in _LAUNCHERS:
            continue  # "تدمير منصة إطلاق صواريخ": the launcher, not a launch
        if (t.type == "ASSAULT" and word.startswith(("حادث", "جريمه")) and t.last > t.first
                and tokens[t.first + 1].norm.startswith(("الطعن", "والطعن"))):
            continue  # "منفذ حادثة الطعن": the stabbing already told, named again (the outcome
            # words of its clause carry it)
        if t.type == "MOBILIZE" and word == "تعزيزات":
            lo, _hi = clause_bounds(tokens, t.first, t.last)
            # "استهدفت … تعزيزات الميليشيات …، ومنها تعزيزات في مران": one of the objects hit,
            # listed after a comma (an attack anywhere before it in the sentence)
            listed = t.first > 0 and tokens[t.first - 1].norm in _LISTED
            if (t.first and tokens[t.first - 1].norm in _AMID) or any(
                    o.type == "ASSAULT" and (lo <= o.first or listed) and o.first < t.first for o in trigs):
                continue
        out.append(t)
    return out


# law words whose next noun names the law, not an act (bare forms)
_LAWS = frozenset({"قانون", "قوانين", "لائحه", "تشريع", "تشريعات", "مرسوم"})


def _a_right(tokens: list, t: Trigger, prev: str) -> bool:
    """"حق التظاهر", "الحق في التظاهر السلمي": a right named, not its exercise."""
    if prev == "في" and t.first >= 2:
        prev = candidates(tokens[t.first - 2].norm)[-1]
    return prev in ("حق", "الحق")  # (candidates keeps "والحق" as الحق)


# "المواد التفجيرية", "أحزمة ناسفة تفجيرية": an explosive adjective after a material or a
# device noun names what is made or held, no blast ("عملية تفجيرية" stays a bombing)
_BLAST_ADJECTIVES = ("تفجيري", "متفجر")
_MATERIALS = frozenset({"مواد", "ماده", "احزمه", "حزام", "اجهزه", "جهاز", "ادوات", "شحنه", "شحنات"})
# training words before على: "تدريبات على إطلاق النار", "تمرين على اقتحام المباني"
_DRILLS = ("تدريب", "تدرب", "تمرين", "تمارين", "مناور")


def _drilled(tokens: list, t: Trigger) -> bool:
    """The act is what a drill trains in: على right before it, a training word before that."""
    if t.first < 2 or candidates(tokens[t.first - 1].norm)[-1] != "علي":
        return False
    return any(f.startswith(_DRILLS) for tok in tokens[max(0, t.first - 3):t.first - 1]
               for f in candidates(tok.norm))


# "ووصفته بأنه هجوم", "معتبرا أنها جريمة": the verb that describes something with a label
_DESCRIBING_VERBS = ("وصف", "واصف", "اعتبر", "معتبر")
_AS_THAT = frozenset({"بانه", "بانها", "انه", "انها"})


def _labelled(tokens: list, t: Trigger) -> bool:
    """The trigger is the label a describing verb (≤ 2 words before "بأنه") gives something; a
    quote mark may open the label ("ووصفته بأنه "هجوم إرهابي وحشي"")."""
    i = t.first - 1
    if i >= 0 and tokens[i].norm in ALL_MARKS:
        i -= 1
    if i < 0 or tokens[i].norm not in _AS_THAT:
        return False
    return any(f.startswith(_DESCRIBING_VERBS) for tok in tokens[max(0, i - 2):i] for f in candidates(tok.norm))


# "إنها مجزرة", "إنه هجوم": a bare "it is …" opening its own clause and ending it with the act noun
_IT_IS = frozenset({"انها", "انه"})
_ENDS = frozenset({".", "!", "?", ";", ":", ","}) | ALL_MARKS


def _exclaimed(tokens: list, t: Trigger) -> bool:
    """The trigger right after a clause-opening "إنها/إنه" (sentence start, a stop or a quote mark
    before it) and right before a stop, a quote mark or the sentence end: an exclamation naming
    an act already told, with nothing of its own (no doer, place or toll)."""
    if t.first < 1 or tokens[t.first - 1].norm not in _IT_IS:
        return False
    if t.first >= 2 and tokens[t.first - 2].norm not in _ENDS:
        return False
    return t.last + 1 >= len(tokens) or tokens[t.last + 1].norm in _ENDS


_WEAPONS = ("صاروخ", "صواريخ", "قذيف", "قذائف")
# thrown incendiary devices (their trigger rows' first words): an act of their own only when no
# stronger attack word in the sentence names the act they were used in
_INCENDIARY = frozenset({"قنابل", "قنبله", "زجاجات", "زجاجه"})
_LAUNCHERS = frozenset({"منصه", "منصات", "منصتي", "منصتين", "منصتا", "منصتان"})  # (a launcher's name)
# what is done with arms that are not fired: destroyed, moved, supplied, owned, built, listed
_HELD = ("دمر", "تدمير", "نقل", "تسليم", "سلم", "زود", "تزويد", "امتلاك", "يمتلك", "تمتلك", "مخزون",
         "شحنه", "صفقه", "بينها", "منها", "تهريب", "ضبط", "مصادره", "تطوير", "برنامج", "انتاج",
         "تصنيع", "ترسانه", "انتشار",  # ("انتشار الصواريخ البالستية": proliferation)
         "دعما", "بالاسلحه", "تلقت", "تلقي", "امداد", "امدادات",  # "تلقت دعما بالأسلحة … صواريخ تاو"
         "نشر",  # deployed ("نشر الصواريخ الباليستية"; "نشرت صورا للصواريخ" fires none either)
         "نموذج", "نماذج", "مجسم", "متحف")  # shown ("ونماذج المدافع والسيوف والقذائف التي استخدمت")
# carried, not fired ("سفينة كانت تحمل صواريخ توماهوك"): whole forms, since تحمل is also "bears"
# and a borne responsibility is no carrying ("يحمل الجماعة مسؤولية القصف الصاروخي")
_CARRYING = frozenset({"تحمل", "يحمل", "تحملان", "يحملان", "يحملون", "تحملها", "يحملها", "محمله", "محملا",
                       "محمل", "محملين", "حامله", "حاملات", "حاملا", "حملت", "حملوا"})
_CARRY_REACH = 6
# supplied or sold, not fired: "وستزود فرنسا الجيش اللبناني بقدرات مضادة للدروع أي نحو 100 صاروخ"
# (the arms are the ب-object, often far after the verb; whole lookup forms)
_SUPPLYING = frozenset({"زود", "زودت", "زودوا", "يزود", "تزود", "يزودون", "سيزود", "ستزود", "تزويد",
                        "باع", "باعت", "يبيع", "تبيع", "سيبيع", "ستبيع", "بيع"})
_SUPPLY_REACH = 10
_INCLUDING = frozenset({"ذلك", "مثل", "منها", "بينها"})  # "بما في ذلك صواريخ": the arms listed
# a tally of arms a side used ("استخدمت الدول الثلاث أكثر من 100 صاروخ"): the count of an act
# told around it, not an act of its own (only with a number between: "استخدم الجيش صواريخ ضد")
_USED = ("استخدم", "يستخدم", "تستخدم")
_FIRED = ("اطلق", "اطلاق", "سقط", "سقوط", "استهدف", "قصف", "اصاب", "انفجر", "تساقط", "ضرب")


def _weapon_held(tokens: list, t: Trigger) -> bool:
    """A weapon noun right after (≤ 4 words) a word of destroying, moving, owning or making
    arms, a few words after one of carrying, supplying or selling them, or counted after a verb
    of using (a tally), in a clause where nothing is fired or falls."""
    lo, hi = clause_bounds(tokens, t.first, t.last)
    start = max(lo, t.first - 4)
    if _INCLUDING & {tok.norm for tok in tokens[start:t.first]}:
        start = max(0, t.first - 10)  # "تلقت دعما بالأسلحة عن طريق تركيا، بما في ذلك صواريخ"
    held = any(f.startswith(_HELD) for tok in tokens[start:t.first] for f in candidates(tok.norm))
    if not held:
        # (past a count: "كانت تحمل ما يقرب من 20 صاروخ توماهوك")
        carried = [k for k in range(max(lo, t.first - _CARRY_REACH), t.first)
                   if _CARRYING.intersection(candidates(tokens[k].norm))]
        held = bool(carried) and not any(tok.norm.lstrip("وب").startswith(("مسؤولي", "المسؤولي"))
                                         for tok in tokens[carried[0]:t.first])
    if not held:
        held = any(_SUPPLYING.intersection(candidates(tokens[k].norm))
                   for k in range(max(lo, t.first - _SUPPLY_REACH), t.first))
    if not held:
        used = [k for k in range(start, t.first) if any(f.startswith(_USED) for f in candidates(tokens[k].norm))]
        held = bool(used) and any(tok.norm[:1].isdigit() for tok in tokens[used[0] + 1:t.first])
    return held and not any(f.startswith(_FIRED) for tok in tokens[lo:hi] for f in candidates(tok.norm))


def drop_participles(tokens: list, trigs: list[Trigger]) -> list[Trigger]:
    """"أشاد الوزير بالاتفاق، مشيدا بدور الوسطاء": a participle after a verbal act of its type
    goes on with the same statement, not a new one."""
    return [t for t in trigs if not (t.type in VERBAL_TYPES and participle(tokens, t)
                                     and any(o.type == t.type and o.start < t.start for o in trigs))]


# "لاستصدار قرار يدين هجمات المستوطنين": what a resolution or statement condemns is its
# subject matter, named there, not a new happening (its author is no actor in the sentence)
_CONDEMNS = frozenset({"يدين", "تدين", "يندد", "تندد", "يستنكر", "تستنكر"})
_TEXTS = ("قرار", "مشروع", "بيان", "نص")


def _resolution_on(tokens: list, t: Trigger) -> bool:
    if t.first < 2 or tokens[t.first - 1].norm not in _CONDEMNS:
        return False
    return candidates(tokens[t.first - 2].norm)[-1].startswith(_TEXTS)


# "نددت الحكومة باعتقال الصحفيين", "أدان اعتقال الصحفيين": the act a condemnation names in
# construct (no article on the noun itself) is what someone else did, reported as the reason
# for the statement; its condemner is no doer of it
_CONDEMNED_REACH = 3  # words between the condemning verb and ب + act (its subject: "الحكومة اليمنية")


def _condemned_noun(tokens: list, t: Trigger) -> bool:
    """The trigger is a verbal noun the condemnation takes as object, a few words on within the
    clause, bare or after ب (no verb of its own: "اعتقال", "باعتقال")."""
    word = tokens[t.first].norm
    if word.startswith("ب"):
        word = word[1:]
    elif word.startswith(("و", "ف", "ل", "ك")) or definite(tokens[t.first]):
        return False  # (a definite noun: the first test of drop_condemned)
    if _verb_form(word) or _own_day(tokens, t):
        return False
    before = [tok.norm.lstrip("وف") for tok in tokens[max(0, t.first - 1 - _CONDEMNED_REACH):t.first]]
    for w in reversed(before):
        if w in CONDEMNING:
            return True
        if w in _CLAUSE_BREAKS:
            return False
    return False


_OWN_DAY_REACH = 3  # words after the act to its own day ("باعتقال السلطات السعودية الثلاثاء")


def _own_day(tokens: list, t: Trigger) -> bool:
    """The condemned act comes with its own day: it is reported here too, as news."""
    return any(tok.norm.lstrip("وف") in DAY_WORDS for tok in tokens[t.last + 1:t.last + 1 + _OWN_DAY_REACH])


# "استنكرت السفارة حادث التفجير الإرهابي الذي وقع صباح الثلاثاء الماضي في جزيرة سترة": a relative
# clause after the condemned act (past its adjectives) that names its day tells the happening
# here too, as news
_DESCRIBED_REACH = 3  # adjectives between the act and its relative ("التفجير الإرهابي الآثم الذي")
_RELATIVE_DAY_REACH = 4  # words from the relative to the day ("الذي وقع فجر", "التي شهدتها المدينة أمس")


def _told_with_day(tokens: list, t: Trigger) -> bool:
    for k in range(t.last + 1, min(len(tokens), t.last + 1 + _DESCRIBED_REACH)):
        w = tokens[k].norm
        if w in WHICH:
            return any(tok.norm.lstrip("وف") in DAY_WORDS for tok in tokens[k + 1:k + 1 + _RELATIVE_DAY_REACH])
        if not w[:1].isalpha():
            return False
    return False


_CLAUSE_BREAKS = frozenset({",", "،", ".", "و", "ثم", "بعد", "حيث", "فيما", "بينما", "خلال", "في", "اثناء",
                            "امام", "عقب", "اثر", "قبل"})


def _verb_form(word: str) -> bool:
    """A finite verb's look (يعتقل، اعتقلت، اعتقلوا): not a condemned noun."""
    return word.startswith("ي") or word.endswith("وا") or (word.endswith("ت") and not word.endswith("ات"))


def drop_condemned(tokens: list, trigs: list[Trigger]) -> list[Trigger]:
    """"أدانت الحكومة الهجوم": a definite noun after a verbal act names an event reported
    elsewhere, not a new happening; so does a construct noun the condemnation takes
    ("نددت الحكومة باعتقال الصحفيين")."""
    out, dropped = [], []
    for t in trigs:
        if (definite(tokens[t.first]) and any(v.type in VERBAL_TYPES and v.start < t.start for v in trigs)
                and not _told_with_day(tokens, t)) \
                or _resolution_on(tokens, t) or (t.type in PHYSICAL and _condemned_noun(tokens, t)):
            dropped.append(t)
            continue
        # "… في الغارات التي يشنها الجيش والتي أدت لمقتل 260": the outcome of the referenced
        # event (often a running toll) is not a new happening either
        if t.strength == 1 and any(d.type == t.type and d.start < t.start
                                   and clause_bounds(tokens, d.first, d.last)[1] > t.first
                                   for d in dropped):
            continue
        out.append(t)
    return out
