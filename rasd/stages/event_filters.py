"""Which detected triggers are asserted happenings (SPEC §2.6): negation, future, condition,
modality, threats, denials, purposes, prayers, escapes and the like, and sentences that
describe a toll, a lasting state, a habit or a trial.

The functions take each token's candidate forms (`event_detect.candidates`), looked up once
per sentence by the detector.
The filters themselves are in the `event_filter_*` modules; this one holds the entry points
and re-exports the names other modules import from it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from rasd.lang.words import DEMONSTRATIVES, WAS
from rasd.stages.event_filter_clause import (THAT_NOT, act_head, clause_before, conditioned, coordinated_head,
                                             expected_to, imperfect, may, negates_before_that, negator, obliged,
                                             required, to_be_done, verb_next)
from rasd.stages.event_filter_goals import (CUSTODY, accused_of, agreed_on, death_sentence, escape, held_later,
                                            named_setting, ordered, penalty, postponed, prayer, prevented, purpose,
                                            received)
from rasd.stages.event_filter_habits import (LACK, SUCH, SUCH_AFTER, consequence_to_come, expected_after,
                                             habit_or_background, pledged_or_due, since_it, still)
from rasd.stages.event_filter_intent import (ATTACK_STEMS, asked_statement, avoided, declined, permitted,
                                             refused_or_asked, stepped_up, threatened_purpose, undergone_for_words,
                                             verbal_attack, warned_against, withdrawn_support)
from rasd.stages.event_filter_needs import (coming, feared_or_needed, meeting_ahead, owed, subject_of_future,
                                           urged_by_persuasion)
from rasd.stages.event_filter_objects import sniper_without_shot
from rasd.stages.event_filter_senses import (ANY, KINDS, aimed_at, blow_at_evil, breached_truce, ceasefire, celebrated,
                                             commemorated, deal_term, every, facing_attacks, for_periods, framed_talks,
                                             illness, intended, intended_after, labelled, measured, plotted,
                                             ready_to_blow, said_by_some, sport_talk, stance_against_evil,
                                             standing_position, world_war)
from rasd.stages.event_filter_tolls import (IN_PROTEST, accident, cumulative, of_the_whole, provides, qualifies_dropped,
                                            toll_clause)
from rasd.stages.event_filter_words import (AFTER_LINKS, ASKING, AWAITED, BREAKS, CHARGES, COPULA_REACH, DAY_WORDS,
                                            DENIAL_WORDS, DISCUSSING, FAILED, FOILED, FOILED_REACH, FUTURE_AUX,
                                            FUTURE_COPULA, FUTURE_REACH, HABITUAL, JUDICIAL, MODALS, PHYSICAL,
                                            RECEIVING, SCHEDULED, SENTENCE_MARKS, SUPERLATIVES, THREAT_SET, TOPIC,
                                            VERBAL_TYPES, act_with_ba, threat_with_act)

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger

# names other modules import from here (re-exported from the event_filter_* modules)
__all__ = ["ASKING", "ATTACK_STEMS", "CHARGES", "CUSTODY", "DAY_WORDS", "DISCUSSING", "HABITUAL", "IN_PROTEST",
           "JUDICIAL", "PHYSICAL", "RECEIVING", "SUPERLATIVES", "TOPIC", "VERBAL_TYPES", "asserted_keyed", "asserted_of",
           "accident", "act_with_ba", "commemorated", "cumulative", "provides", "toll_clause"]


_THREAT_OBJECT_REACH = 10


def asserted_keyed(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """`asserted` with the tokens' candidate forms already looked up (once per sentence)."""
    if habit_or_background(tokens, keys, trig):
        return False
    for i in clause_before(keys, trig, 4 + trig.first - coordinated_head(keys, trig)):  # (not past a
        cands = keys[i]  # comma: "لن تتراجع، متهما"; past "X أو": "قد يتسبب في تشريد أو حصار")
        if still(keys, i):
            continue  # "لا تزال الاشتباكات مستمرة": still going on, not negated
        if negates_before_that(keys, i, trig):
            continue  # "الذي طلب عدم نشر اسمه أن اشتباكات اندلعت", "غير أن", "لا شك أن"
        attempt = cands[-1].startswith(("محاول", "حاول", "يحاول", "تحاول")) and trig.type != "ASSAULT"  # an attempted
        # attack is an attack (ACLED); an attempted flight or arrest did not happen
        if negator(cands[0]) or (i >= act_head(keys, trig) - 3 and (cands[-1] in MODALS or cands[0] in MODALS
                                                                    or attempt)):
            return False
        if cands[0] == "قد" and may(tokens, keys, i):
            return False  # قد + imperfect = "may"
        if cands[0] in THAT_NOT and verb_next(tokens, i):
            return False  # "أن على الأسد ألا يشن هجوما": أن + لا, not إلا (followed by أن or a noun)
    if trig.first >= 1 and keys[trig.first - 1][0] == "قد" and may(tokens, keys, trig.first - 1):
        return False
    if (conditioned(keys, trig) or obliged(keys, trig) or expected_to(tokens, keys, trig) or avoided(keys, trig)
            or permitted(keys, trig) or stepped_up(keys, trig) or required(keys, trig)
            or to_be_done(keys, trig) or feared_or_needed(keys, trig) or owed(keys, trig)
            or urged_by_persuasion(keys, trig) or sniper_without_shot(keys, trig) or coming(keys, trig)
            or subject_of_future(keys, trig) or meeting_ahead(keys, trig)):
        return False
    if trig.first >= 1 and keys[trig.first - 1][-1] in WAS and imperfect(tokens[trig.first].norm):
        return False  # "التي كانت تطالب بانفصال": what used to be done
    for i in clause_before(keys, trig, FUTURE_REACH):
        if keys[i][0] in FUTURE_AUX or (keys[i][0][:1] in "وف" and keys[i][0][1:] in FUTURE_AUX):
            return False
        if i >= 1 and "سوف" in keys[i - 1] and ("س" + keys[i][-1]) in FUTURE_AUX:
            return False  # the same auxiliary after سوف: "وسوف يجري الوزير الروسي محادثات"
    if any(not FUTURE_COPULA.isdisjoint(keys[i]) for i in clause_before(keys, trig, COPULA_REACH)):
        return False  # "لأنها ستكون استسلاما كاملا": what something will be, no happening
    if pledged_or_due(keys, trig):
        return False
    for i in clause_before(keys, trig, FOILED_REACH):
        if not FOILED.isdisjoint(keys[i]):
            return False  # "أحبطت قوات الأمن محاولة تفجير سيارة مفخخة"
    if plotted(keys, trig) or intended(keys, trig) or commemorated(keys, trig.first) or warned_against(keys, trig) \
            or intended_after(keys, trig):
        return False
    if since_it(keys, trig):
        return False  # "ومنذ حادث التفجير في المسجد، بدأت الكويت حملة": a reference point
    if trig.first >= 1 and (not ANY.isdisjoint(keys[trig.first - 1]) or (
            trig.first >= 2 and keys[trig.first - 1][-1] in KINDS and not ANY.isdisjoint(keys[trig.first - 2]))):
        return False  # "أي هجوم واسع سيضعف", "دون حدوث أي اشتباك", "لأي عملية تفجيرية": any
        # attack, none in particular
    if every(keys, trig):
        return False  # "بعد كل عملية تفجير في مسجد": every such act, none in particular
    if trig.first >= 1 and not LACK.isdisjoint(keys[trig.first - 1]):
        return False  # "تندد بنقص تعاون السلطات", "حذرت من نقص المساعدات": what is lacking did not happen
    if trig.first >= 2 and keys[trig.first - 1][-1] in DEMONSTRATIVES and SUCH.intersection(keys[trig.first - 2]):
        return False  # "معتبرا أن مثل هذا الهجوم قد يؤدي": such an attack, none in particular
    if trig.last + 1 < len(keys) and SUCH_AFTER.intersection(keys[trig.last + 1]):
        return False  # "لم يكن من مصلحتها شن هجوم كهذا": (an act) such as this
    if trig.first >= 2 and keys[trig.first - 2][0] == "قد" and keys[trig.first - 1][0] in ("يكون", "تكون"):
        return False
    if (trig.type in VERBAL_TYPES and trig.first >= 2 and not ANY.isdisjoint(keys[trig.first - 2])
            and imperfect(tokens[trig.first].norm)):
        return False  # "رحب بأي مبادرة تدعو إلى حقن الدماء": any initiative, no author
    if trig.first and not SCHEDULED.isdisjoint(keys[trig.first - 1]):
        return False  # "قبل ساعات من موعد لقاء الملك": a meeting set, not held yet; "تفاصيل عن
        # موعد انسحاب المعارضة": any act whose time is set or asked about
    if trig.type != "THREATEN":
        # (a threat's بـ-object reaches past its subject and a day set off by commas: "توعد
        # الرئيس الأمريكي دونالد ترامب، الأربعاء، باستهداف سوريا")
        reach = _THREAT_OBJECT_REACH if keys[trig.first][0][:1] == "ب" and len(keys[trig.first]) > 1 else 5
        for i in range(trig.first - 1, max(-1, trig.first - 1 - reach), -1):
            if keys[i][0] in AFTER_LINKS or (i < trig.first - 5 and keys[i][0] in SENTENCE_MARKS):
                break  # "هدد … إثر الضربات التي شنها الجيش": the strikes came before the threat
            if not THREAT_SET.isdisjoint(keys[i]) or threat_with_act(keys, i):  # any form
                return False
            if i < trig.first - 5 and keys[i][0][:1] == "ب" and len(keys[i]) > 1:
                break  # an earlier بـ-phrase was the threat's object
        if threatened_purpose(keys, trig):
            return False
    if trig.type == "ASSAULT" and (illness(keys, trig) or ceasefire(keys, trig) or ready_to_blow(keys, trig)
                                   or facing_attacks(keys, trig) or aimed_at(keys, trig)
                                   or blow_at_evil(keys, trig)):
        return False
    if trig.type in VERBAL_TYPES and any(set(c) & RECEIVING for c in keys[max(0, trig.first - 3):trig.first]):
        return False  # "ويواجه العبادي انتقادات بشأن الفساد": criticism received, by no one named
    if labelled(keys, trig):
        return False  # "الاتفاق بمثابة فرض تهجير": a label, no happening
    if sport_talk(keys, trig):
        return False  # "الاتحاد يرفض طلب النادي … ويطالب اللاعب": sport, no political actor
    if celebrated(keys, trig):
        return False  # "احتشد الآلاف بمناسبة ذكرى الثورة": a celebration, no dissent
    if world_war(keys, trig):
        return False  # "خلال الحرب العالمية الثانية": history, not news
    if framed_talks(keys, trig):
        return False  # "في إطار مباحثات، بهدف سن تشريعات": a setting, no meeting held
    if stance_against_evil(keys, trig):
        return False  # "رفض بلاده لأعمال الإرهاب": a stance, no one rejected
    if for_periods(keys, trig):
        return False  # "الاحتجاز لفترات طويلة": a practice, no arrest told
    if standing_position(keys, trig):
        return False  # "وتتهم دمشق المتمردين بقصف الممرات": a standing position, no statement told
    if said_by_some(keys, trig):
        return False  # "ودعا البعض إلى محاسبته": some people, no named actor
    if withdrawn_support(keys, trig):
        return False  # "التراجع عن تأييده للبيان": support taken back
    if trig.type == "REJECT" and declined(keys, trig):
        return False  # "رفضت الحكومة التعليق": declining to comment rejects nobody
    if trig.type not in VERBAL_TYPES and trig.type != "REJECT" and refused_or_asked(keys, trig):
        return False
    if asked_statement(keys, trig):
        return False  # "طالب رؤساء الكتل بتأييد الورقة": the support asked for is not given
    if trig.type in PHYSICAL and deal_term(keys, trig):
        return False
    if breached_truce(keys, trig):
        return False  # "بخرق الحوثيين … الهدنة": the truce broken, no agreement told
    if trig.type == "AGREE" and any(set(c) & FAILED for c in keys[max(0, trig.first - 3):trig.first]):
        return False  # "وأخفق التوصل لاتفاق": no deal (a failed attack or meeting still happened)
    awaited = ((trig.last + 1 < len(keys) and bool(set(keys[trig.last + 1]) & AWAITED)) or expected_after(keys, trig)
               or consequence_to_come(keys, trig))
    if (awaited or purpose(keys, trig) or escape(keys, trig) or received(keys, trig)
            or accused_of(keys, trig) or prayer(keys, trig) or death_sentence(keys, trig)
            or prevented(keys, trig) or ordered(keys, trig) or postponed(keys, trig)
            or held_later(keys, trig) or measured(keys, trig) or named_setting(keys, trig)
            or agreed_on(keys, trig) or penalty(keys, trig)):
        return False
    for i in range(trig.first - 1, max(-1, trig.first - 7), -1):  # denial: same clause, 6 words
        if tokens[i].norm in BREAKS:
            break
        if not DENIAL_WORDS.isdisjoint(keys[i]):
            return False
    return True


def asserted_of(tokens: tuple, trigs: tuple, keys: list) -> list[Trigger]:
    keep = [t for t in trigs if asserted_keyed(tokens, keys, t) and not provides(tokens, t)]
    keep = [t for t in keep if not qualifies_dropped(keys, t, trigs, keep)]
    keep = [verbal_attack(keys, t) for t in keep if not undergone_for_words(keys, t)]
    cut = toll_clause(keys)  # "قتل أربعة …، لتصل بذلك الحصيلة منذ 30 مارس إلى 38": the toll's
    # words date and count only its own clause
    head = of_the_whole(keys[:cut], [t for t in keep if t.first < cut])
    tail = of_the_whole(keys, [t for t in keep if t.first >= cut])
    return head + tail
