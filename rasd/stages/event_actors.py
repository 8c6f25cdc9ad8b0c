"""Actors and targets of an event: named entities and nominal descriptions in the trigger's
clause, with CAMEO-style codes (entity.actor.code, else <country ISO3><role> from context).

This module holds the orchestration (actors_targets); the helpers live in event_actors_named
(named and nominal candidates), event_actors_speakers (speakers and dropped subjects),
event_actors_doers (doers, objects and owners), event_actors_titles (titles and their
holders, states next to a verb) and event_actors_clause (clause shapes around the trigger).
"""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.stages.event_actors_adverbials import past_adverbials
from rasd.stages.event_actors_against import against, companions, forums, met_with, protest_people
from rasd.stages.event_actors_between import between_sides
from rasd.stages.event_actors_clause import (act_genitive, after_time_word, carried_subject, caused_by_what, clash_partner,
                                             decider_before, feminine_verb, genitive_of_object,
                                             hit_object, joined_states, object_past_aside, opening_topic,
                                             opens_clause, outlet_subject, participle, person_after_act_noun,
                                             pronoun_that, states_next_to, subject_of_governing_verb, verb_like,
                                             where_it_happened)
from rasd.stages.event_actors_condemner import condemner
from rasd.stages.event_actors_consequence import before_consequence
from rasd.stages.event_actors_decision import decision_nation
from rasd.stages.event_actors_displaced import described_flight, fled_from
from rasd.stages.event_actors_doers import (accuser_genitive, antecedent_subject, attributed_to, blame_before,
                                            blame_laid_on, charge_start, accused_charge,
                                            distinct,
                                            done_by, dropped_subject, joined_plural_verb, joint_holders, nation_of_act,
                                            object_named_next, object_pronoun, opening_subject, owner_in_main_clause,
                                            leaves_office, lone_accused, resigner,
                                            passive_charge, population_next, post_of, private_person, received_by,
                                            result_of, state_objects, subject_after_object)
from rasd.stages.event_actors_mobilize import own_forces
from rasd.stages.event_actors_named import clause_candidates
from rasd.stages.event_actors_physical import (aircraft_owner, conjoined_doers, fire_gap, killer_before_toll,
                                               mutual_subjects, nationals_out, object_owner, protest_roles,
                                               relative_subject, repelled, repelled_from, intercepted, report_author,
                                               reported_clause, subjected, suffered, waged_by, weapon_owner, means_owner,
                                               meeting_parties)
from rasd.stages.event_actors_pointed import pointed_at, pointer
from rasd.stages.event_actors_policy import state_behind_ba
from rasd.stages.event_actors_posts import own_post, spokesmen
from rasd.stages.event_actors_site import outside_the_site
from rasd.stages.event_actors_summit import summit_states
from rasd.stages.event_actors_waging import waging_states
from rasd.stages.event_actors_students import students_staging
from rasd.stages.event_actors_speakers import (across_aside, case_of, closed_statement_speaker, crowd_of, echo,
                                               first_person_speaker, in_dash_aside, kana_partners, kana_subject, kana_topic,
                                               reporting_speaker)
from rasd.stages.event_actors_titles import (apposed, before_relative, blamed_first, one_blamed, title_antecedent,
                                             title_holders, title_reaching)
from rasd.stages.event_args import RELATIVES, clause_bounds
from rasd.stages.event_candidates import COMMAS, PASSIVE_ROLES, Candidate, close_by, is_passive, same_one
from rasd.stages.event_detect import Trigger
from rasd.stages.event_filters import PHYSICAL
from rasd.stages.event_nominals import demonym, nominals_in


def announcer(doc: Document, tokens: Sequence, trig: Trigger, before: list[Candidate],
              exclude: Sequence[tuple[int, int]]) -> Candidate | None:
    """Who says "أنها/أنه" before an act verb: the last candidate of its clause up to 6 words
    before it, else a state right before or after the verb of saying ("والسعودية أعلنت أنها
    اعتقلت", "وأعلنت مصر أنها اعتقلت": a state is no candidate of its own)."""
    if before and close_by(tokens, before[-1].span.end, trig.start, 6):
        return before[-1]
    v = trig.first - 2  # (the verb before أنها)
    if before or v < 0:
        return None
    saying = Trigger(tokens[v].start, tokens[v].end, "ACCUSE", None, 2, v, v)  # (a verbal act: states stand either side)
    return next((c for c, _pre in states_next_to(doc, tokens, saying, exclude)), None)


# what other modules import from here (demonym and nominals_in live in event_nominals,
# participle in event_actors_clause)
__all__ = ["actors_targets", "demonym", "nominals_in", "participle"]


def actors_targets(doc: Document, tokens: Sequence, trig: Trigger, *, country: str | None,
                   exclude: Sequence[tuple[int, int]] = ()) -> tuple[list[Candidate], list[Candidate]]:
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    everywhere = clause_candidates(doc, tokens, 0, len(tokens), country, exclude)
    if caused_by_what(tokens, trig):  # ("وهو ما أثار الاحتجاجات": the parties before are the cause's)
        everywhere = [c for c in everywhere if c.span.start >= trig.end]
    if trig.type in PHYSICAL:  # (a report's author may accuse, it strikes no one)
        everywhere = [c for c in everywhere if not report_author(doc, tokens, c)]
    else:  # (a physical act is the body's own: "قصف الجيش", told by its spokesman)
        everywhere = spokesmen(doc, everywhere)
    victims = [c for c in everywhere if is_passive(c)]  # anywhere in the sentence
    # ("التقى السبت في موسكو، وزراء خارجية …": the subject past the day and place set off by a comma)
    end, past_subject = past_adverbials(doc, tokens, trig, lo, hi, everywhere)
    cstart, cend = tokens[lo].start, tokens[end - 1].end
    cands = [c for c in everywhere if not is_passive(c) and cstart <= c.span.start < cend]
    # (a name inside a dash aside before the act is not its subject; after it, an aside may be
    # all that names the doers: "وحث الموقعون - وبينهم رئيس الوزراء السابق … -")
    before = [c for c in cands if c.span.end <= trig.start and not in_dash_aside(doc, tokens, trig, c)]
    after = [c for c in cands if c.span.start >= trig.end]
    inside = [c for c in cands if trig.start <= c.span.start and c.span.end <= trig.end]
    # "طرد السفير الأمريكي" (trigger "طرد السفير"): a party that starts inside the trigger's words
    # and runs past them is the act's object, never its doer
    victims = victims + [c for c in cands if trig.start < c.span.start < trig.end < c.span.end]
    actors: list[Candidate] = []
    # a country is grammatically feminine: "السعودية اتهمت الحوثيين" and "واتهمت إسرائيل فيلق
    # القدس" make it the subject, "اتهم إيران وحزب الله" the object (and what follows too);
    # after a verb that does not open its clause it is the object ("الدول الغربية تتهم دمشق")
    state, state_object = None, False
    feminine = feminine_verb(tokens[trig.first].norm)
    blamed = blamed_first(tokens, trig, everywhere) and one_blamed(doc, tokens, trig)
    for cand, preverbal in states_next_to(doc, tokens, trig, exclude):
        if state is None and feminine and (preverbal or opens_clause(tokens, trig)) \
                and not (blamed and not preverbal):
            state = cand  # "موسكو حثت إيران": Moscow urges, Iran is urged
        elif not preverbal:
            state_object = True
            after = [cand] + after
    if state is None and not state_object:
        state = subject_of_governing_verb(doc, tokens, trig, exclude)
    kana = kana_subject(doc, tokens, trig, everywhere) if not inside and state is None else None
    if kana is not None:
        after = [c for c in after if not same_one(kana, c)]
    if inside and (trig.type != "ASSAULT" or fire_gap(tokens, trig)):
        # "وقعت الحكومة اتفاقية", "فتحت قوات الأمن النار": doer inside a gapped pattern
        actors = inside[:1]
    elif state is not None:
        actors = joined_states(doc, state) + [state]
    elif kana is not None:  # "وكانت الولايات المتحدة قد اتهمت النظام السوري": its subject
        actors = [kana] + kana_partners(doc, tokens, trig, kana)  # (and the states joined to it)
    elif after and subject_after_object(tokens, trig, after[0]):
        # "حين اعتقلته الشرطة", "ثم حاصره رجال الأمن": the verb holds its object, so the noun
        # right after it is its subject (the one before is the pronoun's referent, no doer)
        actors, after = [after[0]], after[1:]
    elif pronoun_that(tokens, trig) and (said := announcer(doc, tokens, trig, before, exclude)) is not None:
        # "وأشارت ألوية العمالقة إلى أنها اعتقلت القيادي": who says it did it (its clause may end
        # before أنها: "والسعودية أعلنت أنها اعتقلت 431 شخصا")
        actors = [said]
    elif before and (close_by(tokens, before[-1].span.end, trig.start, 6) or across_aside(doc, before[-1], trig)) \
            and not reported_clause(tokens, before[-1], trig) and not after_time_word(tokens, trig, before[-1]) \
            and not condemner(tokens, trig, before[-1]):
        # (a verb with its object pronoun is left to that rule below: "وهاجم الرئيس الحكومة واتهمها")
        carried = None if object_pronoun(tokens, trig) else carried_subject(tokens, trig, before, after)
        actors = [carried or before[-1]]
    elif past_subject is not None and after and after[0] is past_subject:
        actors, after = [after[0]], after[1:]  # "التقى السبت في موسكو، وزراء خارجية …"
    elif killer_before_toll(doc, tokens, trig, after) is not None:
        actors, after = [after[0]], after[1:]  # "وقتلت القوات الإسرائيلية 60 متظاهرا"
    elif after and not state_object and verb_like(tokens, trig) and not participle(tokens, trig) \
            and not object_owner(doc, tokens, trig, after[0]) \
            and (close_by(tokens, trig.end, after[0].span.start, 3) or title_reaching(tokens, trig, after[0])) \
            and not where_it_happened(tokens, trig, after[0]) and not genitive_of_object(tokens, trig, after[0]) \
            and not hit_object(tokens, trig, after[0]) and not outlet_subject(tokens, trig, after[0]) \
            and not clash_partner(tokens, trig, after[0]) and not person_after_act_noun(doc, tokens, trig, after[0]) \
            and not pronoun_that(tokens, trig) and not lone_accused(tokens, trig, after[0]) \
            and not blamed_first(tokens, trig, everywhere):
        actors, after = [after[0]], after[1:]
    elif after and lone_accused(tokens, trig, after[0]) and not participle(tokens, trig) \
            and not (trig.first > 0 and tokens[trig.first - 1].norm.removeprefix("و") in RELATIVES):
        # "ويتهم X بالعمل لصالح التنظيم" (يُتّهم), "وتتهم الأمم المتحدة بالانحياز": X is the
        # accused; a name of an earlier clause is no accuser by being near (the dropped
        # subject is looked for below). After a relative pronoun the antecedent accuses ("الوثائق
        # التي كشفها نتنياهو والتي تتهم إيران بـ") and a participle goes on with the one who
        # speaks ("وقال الوزير …، متهما الحكومة بالفساد"): the search below stays
        pass
    else:  # "أعلن الرئيس التونسي، …، تمديد": the doer sits in an earlier clause
        earlier = [c for c in everywhere if not is_passive(c) and c.span.end <= cstart]
        near = [c for c in earlier if close_by(tokens, c.span.end, trig.start, 12)]
        if earlier and participle(tokens, trig):
            # "وعبر الرئيس هادي …، مشيداً بـ": a circumstantial participle shares the subject (not
            # the doer of an act noun it spoke of: "ندد المشايخ باقتحام قوات الاحتلال …، مطالبين")
            own = [c for c in earlier if not act_genitive(tokens, c)]
            actors = [next((c for c in own if c.institutional), own[0])] if own else []
        elif earlier and joined_plural_verb(tokens, trig) and opening_subject(tokens, earlier):
            # "وندد المتظاهرون … بممارسات النظام، وطالبوا": the joined plural verb goes on with
            # the opening verb's subject, not with the nearest (institutional) object
            actors = [opening_subject(tokens, earlier)]
        elif near and trig.type not in PHYSICAL and echo(tokens, trig) and kana_topic(tokens, earlier):
            # "وكان الوزير X … التقى نظيره Y …، بحث اللقاء": the meeting named again is X's
            actors = [kana_topic(tokens, earlier)]
        elif near and trig.type not in ("ASSAULT",):
            actors = [next((c for c in near if c.institutional), near[0])]
        elif earlier and trig.type != "ASSAULT" and opening_topic(tokens, earlier[0]):
            # "والنظام السوري الذي ينفي …، كان قد دعا المنظمة": the sentence's topic does it
            actors = [earlier[0]]
    if actors and trig.type not in PHYSICAL and participle(tokens, trig) and trig.first > 0 \
            and tokens[trig.first - 1].norm in COMMAS:
        # "وقال X إن الحكومة العراقية فشلت …، متهما": the participle after the reported clause
        # goes on with the one who speaks, not with the subject inside what he said
        said = closed_statement_speaker(doc, tokens, trig, everywhere) \
            or reporting_speaker(doc, tokens, trig, actors[0], everywhere)
        if said is not None:
            actors = [said]
    speaker = first_person_speaker(doc, tokens, trig, everywhere) if trig.type not in PHYSICAL else None
    if speaker is not None:
        # "ندعو نظام الأسد إلى وقف العنف" (the Foreign Office's statement): we = the speaker,
        # who was after the verb is its object
        after = [a for a in actors if a.span.start >= trig.end and a not in after] + after
        actors = [speaker]
    if trig.type == "ASSAULT":
        # "ووصولهم إلى موقع الهجوم": who reached the site did not attack (those gathered in
        # "ساحة الاعتصام" do sit in, and who keeps "أماكن احتجاز" detains)
        actors = outside_the_site(tokens, trig, actors)
    if actors and trig.type in PHYSICAL and (suffered(doc, tokens, trig, actors[0])
                                             or subjected(tokens, trig, lo, actors[0])):
        # "عزيز إسبر قد قتل في انفجار": who fell in the blast did not set it off
        victims, actors = victims + actors[:1], actors[1:]
    if actors and object_pronoun(tokens, trig):
        # "وهاجم الرئيس الحكومة واتهمها بالفساد": the pronoun on the verb is its object, the
        # name it points back to; the subject is the one before it ("الرئيس")
        prior = [c for c in everywhere if not is_passive(c) and c.span.end <= trig.start]
        if prior and same_one(actors[0], prior[-1]):
            subject = next((c for c in reversed(prior[:-1]) if c.institutional or trig.type in PHYSICAL), None)
            if subject is not None and opening_subject(tokens, prior) is subject:
                after, actors = [actors[0]] + after, [subject]
    if trig.first == 0 and trig.type not in PHYSICAL and participle(tokens, trig):
        # "… قائلا: «…». متهمًا الحكومة الإسرائيلية": a sentence opening with a circumstantial
        # participle goes on with the previous one's subject; who follows is the object
        carried = dropped_subject(doc, tokens, trig, country, participial=True)
        if carried:
            after, actors = [a for a in actors if a not in after] + after, carried
    if actors and trig.type not in PHYSICAL and population_next(tokens, trig, victims):
        # "ويتهم السكان الحكومة بالفساد": residents speak, no political author (SPEC 2.6)
        after, actors = [a for a in actors if a not in after and a.span.start > trig.end] + after, []
    if actors and trig.type not in PHYSICAL and received_by(tokens, trig, lo, actors[0]):
        # "وتعرضت الحكومة في الهند لانتقادات حادة": criticism received, by no one named
        after, actors = [actors[0]] + after, []
    if trig.type not in PHYSICAL and passive_charge(doc, tokens, trig):
        actors = []  # "اتهم عضو بالبرلمان باغتصاب فتاة": he was accused, by no one named
    accused, fingers_own = pointed_at(tokens, trig, everywhere) if trig.type == "ACCUSE" else (None, False)
    if accused is not None or fingers_own:
        # "أشارت أصابع الاتهام إلى المالكي": the one pointed at is accused; with the fingers the
        # verb's subject no one points them (the verbal act has no author), else the doer is
        # looked for as for any verbal act ("لكنه وجه أصابع الاتهام إلى النظام": the one before)
        actors = [] if fingers_own else [a for a in actors if a.span.end <= trig.start]
        if accused is not None:
            actors = [a for a in actors if not same_one(a, accused)]
            after = [accused] + [c for c in after if not same_one(c, accused)]
        if not actors and not fingers_own:
            actors = [p for p in (pointer(tokens, trig, everywhere, accused),) if p is not None]
    if not actors and trig.type not in PHYSICAL and not fingers_own:
        decider = decider_before(doc, tokens, trig)  # "قررت الرياض طرد السفير", "إعلان السعودية عن طرد"
        decider = decider or decision_nation(doc, tokens, trig)  # "قرار روسي بطرد 23 دبلوماسيا"
        actors = [decider] if decider is not None else owner_in_main_clause(tokens, trig, hi, everywhere)
    if not actors and trig.type not in PHYSICAL and not fingers_own and not object_named_next(tokens, trig, everywhere):
        actors = dropped_subject(doc, tokens, trig, country)
    if actors and after:
        actors, after = joint_holders(doc, actors, after)
    if trig.type == "COERCE" and trig.mode != "demolition" and actors:
        # "إن السيدة بوتينا … اعتقلت في 13 يوليو", "اعتقلت مشتبها به يدعى X": a private person
        # arrests no one; he is the one held (a family may pull down its own house)
        held = [a for a in actors if private_person(doc, a) and not antecedent_subject(tokens, trig, a)]
        actors = [a for a in actors if a not in held]
        after = held + [c for c in after if c not in held]
    owners = nation_of_act(tokens, trig)
    if owners and not any(a.span.start >= trig.start for a in actors):
        # "التهديدات الغربية بتوجيه ضربة", "الضربات الأمريكية على سوريا": the adjective names
        # the doer; the sentence's subject ("بحث المبعوث الروسي … التهديدات الغربية") is not it
        actors = [o for o in owners if o.span.code]
    # (the doer of a relative verb may be a civilian: "الاتهامات التي وجهها المحتجون للقاضية")
    later = sorted(after + [v for v in victims if v.span.start >= trig.end and v not in after],
                   key=lambda c: c.span.start)
    # (the waging verb may sit past a comma, outside the clause: "صاروخين باليستيين، أطلقتهما مليشيات الحوثي")
    waged = waged_by(tokens, trig, sorted(later + [c for c in everywhere if c.span.start >= tokens[hi - 1].end],
                                          key=lambda c: c.span.start)) or weapon_owner(tokens, trig, after) or means_owner(tokens, trig, after)
    if waged is not None:  # "مقتل 20 من الحوثيين في غارات شنتها مقاتلات التحالف"
        victims = [v for v in victims if v is not waged] \
            + [a for a in actors if a.span.end <= trig.start and not intercepted(tokens, trig, a)]
        actors, after = [waged], [c for c in after if c.span.start >= waged.span.end]
    states = waging_states(doc, tokens, trig) if trig.type == "ASSAULT" and waged is None else []
    if states:  # "شنت واشنطن وباريس ولندن ضربات", "الضربات التي شنتها واشنطن": those states strike
        victims = [v for v in victims if not any(same_one(v, s) for s in states)]
        actors = states
        after = [c for c in after if not any(same_one(c, s) for s in states) and c.span.start >= states[-1].span.end
                 or c.span.end <= trig.start]
    attacker = repelled_from(doc, tokens, trig, after) if repelled(tokens, trig) else None
    if attacker is not None:  # "صدت القوات هجوما للمتمردين": the rebels attack, the forces are hit
        # (unnamed attackers leave it alone: with no actor the act merges into the battle around it)
        victims = victims + [a for a in actors if not same_one(a, attacker)]
        actors, after = [attacker], [c for c in after if not same_one(c, attacker)]
    blamed_on = attributed_to(doc, tokens, trig, everywhere) if trig.type == "ASSAULT" else None
    if blamed_on is not None:  # "هجوما انتحاريا …، نسبته الحكومة التركية الى تنظيم داعش"
        actors = [blamed_on]
        after = [c for c in after if c.span.start > blamed_on.span.end or c.span.end <= trig.start]
    # (after a verbal act's object behind ب, "من قبل X" is that object's doer: "مشيدا بالتعاون من قبل X")
    ba_object = trig.type not in PHYSICAL and trig.last + 1 < len(tokens) \
        and tokens[trig.last + 1].norm.lstrip("وف").startswith("ب")
    by = None if ba_object else done_by(doc, tokens, trig, everywhere)
    if by is not None:  # "بعد تعرضه لهجوم من قبل تنظيم داعش", "الإفراج عن والده من قبل السلطات"
        actors = [by]
        victims = [v for v in victims if not same_one(v, by)]
        after = [c for c in after if not same_one(c, by)]
    blame = blame_before(tokens, trig) if trig.type in PHYSICAL else None
    if blame is not None:
        # "ووجه الحوثيون اللوم في الغارة إلى التحالف", "لتحديد المسؤولية عن هجمات": who blames or
        # looks into it is no doer; the one it is laid on (إلى …) is
        actors = [a for a in actors if a.span.start >= tokens[blame].end]
        laid_on = blame_laid_on(doc, tokens, trig, everywhere)
        if laid_on is not None:
            actors = [laid_on]
            after = [c for c in after if not same_one(c, laid_on)]
    flown = aircraft_owner(doc, tokens, trig, actors, after)
    if flown is not None:  # "قصفت طائرات التحالف العربي مواقع": the coalition bombs, no target
        if flown.span.start > trig.end and result_of(tokens, trig):
            victims = victims + [a for a in actors if a.span.end <= trig.start]  # "وقتل 20 من الحوثيين بقصف"
        actors, after = [flown], [c for c in after if c.span.start >= flown.span.end]
    if trig.type in PHYSICAL:
        # "وقُتل X برصاص الشرطة في تبادل لإطلاق النار": who fell by the act is its victim
        victims = victims + [c for c in before if suffered(doc, tokens, trig, c)
                             and not any(same_one(c, v) for v in victims + actors)]
    if trig.type in PHYSICAL and case_of(tokens, trig):
        # "ستتوجه إلى المحكمة الجنائية الدولية في ملف إحراق الطفل", "هيئة الدفاع في قضية اغتيال
        # بلعيد": the court or lawyers before the case do not do the act; the name after it is
        # the one it befell
        victims = victims + [a for a in actors if a.span.start >= trig.end]
        actors = []
    if trig.type in PHYSICAL and trig.type != "PROTEST":
        # a civilian nominal with no country to code it does no physical act either ("عبد الله
        # اسماعيل وهو من سكان المنطقة التي وقع فيها الهجوم", "ويعد النازحون الذين هربوا"); it
        # is not made a target here, where it may only describe someone
        actors = [a for a in actors if a.role not in PASSIVE_ROLES]
    actors, victims, after = conjoined_doers(doc, trig, actors, victims, after)
    if trig.type in ("AGREE", "CONSULT"):  # "اتفق كيم وترامب": both agree
        actors, after = mutual_subjects(doc, trig, actors, after)
    sides = between_sides(tokens, trig, everywhere)
    if sides:  # "توقيع اتفاق مصالحة بين الحكومة ومسلحي المعارضة": the two sides agree; the
        # others after them are in the accord's terms or time ("بعد نجاح الجيش السوري")
        actors, after = sides, [c for c in after if c.span.end <= trig.start]
    met = meeting_parties(doc, trig, after)
    if met:  # "إن قمة السيسي والعاهل الأردني": who met, not who tells of it
        actors, after = met, [c for c in after if c not in met]
    states = summit_states(tokens, trig) if not met else []
    if states:  # "القمة المصرية الروسية": Egypt and Russia met (their leader may be the subject)
        held = {a.span.code[:3] for a in actors if a.span.code}
        if not any(s.span.code[:3] in held for s in states):
            actors = states
        else:
            after = [s for s in states if s.span.code[:3] not in held] + after
        after = [c for c in after if not any(c.span.start < s.span.end and s.span.start < c.span.end for s in states)]
    if trig.type not in PHYSICAL:
        after = before_relative(tokens, trig, after)
    if trig.type not in PHYSICAL:
        # "طالب رئيس مجلس النواب العراقي سليم الجبوري الاثنين رئيس الوزراء حيدر العبادي": a
        # title and its complement name the person after them; he acts or is addressed
        actors, after = title_holders(doc, trig, actors, after)
    post = post_of(doc, actors, after) if trig.type not in PHYSICAL else None
    if post is not None:  # "السفيرة الأمريكية لدى الأمم المتحدة": where she serves, no party
        after = [c for c in after if c is not post]
    if trig.type not in PHYSICAL:
        # "اتهمت الولايات المتحدة إيران بـ": the country after the subject is the object
        after = after + [s for s in state_objects(doc, tokens, trig, actors + ([post] if post else []))
                         if not any(same_one(s, c) or c.span.start == s.span.start for c in after)]
    aside = object_past_aside(tokens, trig, hi, everywhere) if trig.type not in PHYSICAL and actors else None
    if aside is not None and not after and not any(same_one(aside, a) for a in actors):
        after = [aside]  # "وطالب X في الخطبة، التي ألقاها ممثله، الحكومة إلى": the aside closed
    if actors and trig.type != "CONSULT":  # (one meets a titled guest: "استقبل X وزير الخارجية")
        # "طالب X رئيس حزب Y بتغيير الحكومة": the title after a named person and the body it
        # heads describe him; the one addressed comes after
        after = [c for c in after if not own_post(doc, tokens, actors[0], c)]
    pair = accuser_genitive(doc, tokens, trig)
    if pair is not None:  # "اتهام لندن لموسكو بـ": London accuses Moscow (not the sentence's subject)
        actors, after = [pair[0]], [pair[1]] + [c for c in after if not same_one(c, pair[0]) and not same_one(c, pair[1])]
    conceded = resigner(tokens, trig, after)
    if conceded is not None:  # "أعلن البيت الأبيض استقالة مايكل فلين": Flynn resigns, the announcer is no party
        # (a resignation a body announces is from a public office: the resigner is a political actor)
        political = conceded.institutional or any(a.institutional for a in actors) or leaves_office(doc, conceded)
        actors = [Candidate(conceded.span, political, conceded.role)]
        after = [c for c in after if c is not conceded]
    if trig.type not in PHYSICAL:
        # "رفع الاتحاد الأوروبي شكوى ضد الولايات المتحدة إلى منظمة التجارة العالمية": the party
        # after ضد is the target; the body a complaint is taken to is none
        filed = forums(doc, tokens, trig, everywhere)
        after = [c for c in after if not any(same_one(c, f) for f in filed)]
        partner = met_with(doc, tokens, trig, everywhere)
        if partner is not None and not any(same_one(partner, a) for a in actors) \
                and not any(same_one(partner, c) for c in after):
            after = after + [partner]  # "لقاء X، وزير الخارجية، مع المبعوث الأممي": whom he met
        opposed = against(doc, tokens, trig, everywhere)
        if opposed is not None and not any(same_one(opposed, a) for a in actors):
            after = [opposed] + [c for c in after if not same_one(c, opposed)]
    # (a physical act's title + name after the verb is as often its victim: "احتجزت المملكة
    # رئيس الوزراء اللبناني سعد الحريري")
    targets = [c for c in victims + after
               if not (actors and trig.type not in PHYSICAL and apposed(doc, actors[0], c))
               and not any(same_one(a, c) for a in actors)]
    if trig.type in PHYSICAL:
        targets = [c for c in targets if not relative_subject(tokens, trig, c)]
        charge = charge_start(tokens, trig)
        if charge is not None:  # "اعتقال 12 شخصا متهمين بإهانة الرئيس X": X is in the charge
            targets = [c for c in targets if c.span.start < charge]
    if trig.type not in PHYSICAL:  # "زار المستشفى يرافقه مدير الشؤون الصحية": a companion
        along = companions(doc, tokens, trig, targets)
        targets = [c for c in targets if c not in along]
        # "…، الأمر الذي من شأنه أن يعمق معاناة المدنيين": who bears the outcome is not addressed
        targets = before_consequence(tokens, trig, targets)
    if trig.type == "ACCUSE":
        charge = accused_charge(tokens, trig)
        if charge is not None:  # "تتهم الشرطة ملاك الشركة بتقديم تغطية عن X": X is in the charge
            targets = [c for c in targets if c.span.start < charge]
    targets = fled_from(tokens, trig, targets)
    if trig.type in ("ACCUSE", "SUPPORT") and not targets:
        # "ندد لافروف بسياسة الولايات المتحدة": the state condemned or praised
        condemned = state_behind_ba(doc, tokens, trig)
        targets = [condemned] if condemned is not None and not any(same_one(condemned, a) for a in actors) else []
    actors, targets = own_forces(tokens, trig, actors, targets)  # "استنفار قوات النظام": they mobilize
    actors = described_flight(trig, actors, targets)  # "اللاجئين الفارين": who fled, not who took them in
    actors = [title_antecedent(doc, a) for a in actors]
    if trig.type == "PROTEST":
        actors, targets = protest_roles(tokens, trig, everywhere, actors, targets, noun=not verb_like(tokens, trig))
        crowd = (crowd_of(doc, tokens, trig) or nationals_out(doc, tokens, trig)
                 or students_staging(doc, tokens, trig, country)) if not actors else None
        if crowd is not None:  # "متظاهري اليسار", "تظاهر آلاف العراقيين": those protesters stage it
            actors = [crowd]
        actors, targets = protest_people(trig, actors, targets)
    return actors, distinct(actors, targets)[:3]
