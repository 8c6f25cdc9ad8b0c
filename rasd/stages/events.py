"""The events stage (SPEC §2.6): triggers → typed events with actors, place, date, counts,
source; one record per happening per place.

Reads what the upstream stages produced: entities (with actor codes), places (+ the places
stage's `geo_precision` when present), times, quantities, quotes and attributions (+ the quotes
stage's `attribute(doc, start, end)` when present).

This module is the orchestration (EventsStage); its helpers live in event_doers (doers and a
lone victim), event_place_cues (places told next to an act) and event_retold (back-references,
tolls and sentences).
"""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.model.record import Count, Event, Place
from rasd.model.span import Span
from rasd.pipeline.registry import register_stage
from rasd.stages import event_args as args
from rasd.stages import event_rules as rules
from rasd.stages import event_source
from rasd.stages.event_actors import actors_targets
from rasd.stages.event_actors_clause import announcer_does
from rasd.stages.event_date_era import era_before_paragraph
from rasd.stages.event_detect import Lexicon, Trigger, accident_told, candidates, detect
from rasd.stages.event_doers import by_hand, counted_detainees, met_death_alone, only_affiliations, one_victim, state_doers
from rasd.stages.event_emergency import declared_emergency
from rasd.stages.event_filters import PHYSICAL, VERBAL_TYPES
from rasd.stages.event_merge import codes, merge_events, refine_mode
from rasd.stages.event_place_cues import (affiliate_seat, gathering_place, named_side, nationality_listed, outside_asides,
                                          province_of, town_after)
from rasd.stages.event_retold import (counted_victim, is_anaphoric, main_triggers, opens_relative, recalled_types, repeated,
                                      sentence_tokens, speaks_of_itself, told_here, told_in, told_of, toll_in)
from rasd.stages.event_told import tokens_between


# Types that need someone to do them before they are worth a record.
NEEDS_ACTOR = VERBAL_TYPES + ("CONSULT", "AGREE", "COOPERATE", "SANCTION", "CONCEDE", "AID")
# acts made by declaring them: "أعلنت قيادة التحالف، الأحد، عن هدنة" — the day announced is theirs
DECLARED = ("AGREE", "SANCTION")
# acts that move people: "سحب 2000 جندي من سوريا" happened where the soldiers left
MOVING_TYPES = ("RETREAT", "MOBILIZE", "DISPLACE")


class EventsStage:
    name = "events"
    requires = ("tokens", "sentences", "entities", "places", "times", "quantities", "quotes",
                "attributions")
    assigns = ("events",)

    def __init__(self, *, lexicon: Lexicon | None = None, max_age_days: int = 30,
                 context_mode: str = "prev", inherit_time: bool = True,
                 use_detector: bool = True) -> None:
        self.lexicon = lexicon
        self.context_mode = context_mode
        self.inherit_time = inherit_time
        self.actor_country_place = True
        self.verbal_reach = 20
        self.verbal_dateline = True
        self.detector = _detector() if use_detector else None
        self.max_age_days = max_age_days
        self._probs: dict[str, dict[str, float]] = {}
        self._deferred: dict[tuple[int, int], tuple[Span, Trigger]] = {}
        self._anaphoric = self._separate = self._toll_ref = False
        self._skeys: dict[int, tuple[list, str]] = {}

    def __call__(self, doc: Document) -> Document:
        args.index_document(doc)  # sorted mentions, places by entity: built once, not per query
        try:
            return self._extract(doc)
        finally:
            args.unindex_document(doc)

    def _extract(self, doc: Document) -> Document:
        blocked = tuple((m.start, m.end) for e in doc.entities for m in e.mentions)  # not copied
        dateline = args.dateline_place(doc)
        events: list[Event] = []
        strength: dict[str, int] = {}
        anaphors: set[str] = set()
        separate: set[str] = set()  # "وفي هجوم منفصل": another happening than those before
        refining: set[str] = set()  # "واستهدف الهجوم قاعدة …": back-references naming the target
        tok_starts = [t.start for t in doc.tokens]
        toks = self._toks = [sentence_tokens(doc, sent, tok_starts) for sent in doc.sentences]
        # the detector reuses a sentence's document tokens instead of re-tokenising its text
        self._toks_of = {(s.start, s.end): t for s, t in zip(doc.sentences, toks)}
        self._probs: dict[str, dict[str, float]] = {}  # detector answers by sentence text
        self._deferred: dict[tuple[int, int], tuple[Span, Trigger]] = {}  # trigger span → its
        # sentence and trigger, for back-references whose confidence waits for the merge
        self._anaphoric = False
        # types whose latest happening told was too old to code: a back-reference that names
        # no date of its own ("وأثار الهجوم في سالزبري مخاوف") refers to that background
        old_types = self._old_types = set()
        # the days that date statements (and no act): a later sentence's act inheriting one
        # was not on it
        self._statement_days: set[str] = set()
        self._act_days: set[str] = set()
        self._skeys: dict[int, tuple[list, str]] = {}  # sentence index → (tokens, its key)
        # places named in each sentence: context for sentences that name none (found when
        # first asked: most sentences are never asked)
        self._sent_places = _Lazy(lambda j: rules.context_places(doc, toks[j], doc.sentences[j]))
        # what the next sentence inherits: not a place told only in an aside about someone
        # ("علي دوابشة، الذي أحرق حيا … في قرية دوما")
        self._told_places = _Lazy(lambda j: outside_asides(doc, toks[j], doc.sentences[j], self._sent_places[j]))
        plate = [rules.boilerplate(t) for t in toks]  # each sentence's answer, asked up to 3 times
        # a story whose lead tells a crash: its later tolls ("لقد قتل 31 شخصا في المكان") are
        # the crash's too, unless a sentence names an attack of its own; so is its state of emergency
        crash_story = bool(toks) and accident_told(toks[0])
        for si, (sent, tokens) in enumerate(zip(doc.sentences, toks)):
            self._si = si
            if plate[si] or rules.link_line(doc, sent, plate, si) or rules.headline_line(doc, sent):
                continue
            trigs = found = detect(tokens, lexicon=self.lexicon, blocked=blocked)
            if "ذكر" in sent.text:  # (an anniversary's act is too old to code: so are references to it)
                old_types |= recalled_types(tokens, self.lexicon, blocked)
            if not trigs:  # most sentences: nothing below runs without a trigger
                continue
            if crash_story and si > 0 and not any(t.type == "ASSAULT" and t.strength >= 2 for t in trigs):
                trigs = [t for t in trigs if t.type != "ASSAULT" and not declared_emergency(tokens, t)]
                if not trigs:
                    continue
            trigs = self._outcomes_need_numbers(doc, sent, tokens, trigs)
            trigs = [t for t in trigs if not rules.cause_told(doc, tokens, t, trigs)
                     and not rules.told_by_its_act(tokens, t, trigs)]
            trigs = rules.drop_participles(tokens, rules.drop_misread(tokens, rules.drop_condemned(tokens, trigs)))
            starts = [m.start for m, _ in args.place_mentions(doc, tokens, sent)
                      if doc.text[m.end:m.end + 2].strip()[:1] not in ("-", "–", ":")]  # datelines
            self._trigs = trigs
            self._found = found  # (the sequel of an act may be told by an outcome word: "بعد مقتل 32")
            # "وفي هجوم منفصل، قتل 11 في انفجار": the whole sentence tells another happening
            self._separate = rules.opens_apart(tokens) or any(rules.said_separate(tokens, t) for t in trigs)
            for trig in main_triggers(trigs, tokens, starts):
                # a toll told in the clashes told before ("وقتل ثلاثة ضباط في الاشتباكات")
                self._toll_ref = rules.series(doc, sent, tokens, trig, starts)
                if self._toll_ref and not toll_in(doc, sent, tokens, trig):
                    continue
                refines = not self._separate and rules.attack_subject(tokens, trig)
                anaphoric = self._anaphoric = not self._separate and (
                    is_anaphoric(doc, sent, tokens, trig, found) or repeated(tokens, trig, trigs)
                    or told_of(tokens, trig) or refines)
                self._dropped_old = False
                made = self._events_for(doc, sent, tokens, trig, dateline)
                if anaphoric:
                    made = [ev for ev in made if not self._of_old(doc, ev)]
                elif made:
                    old_types.discard(trig.type)
                elif self._dropped_old:
                    old_types.add(trig.type)
                for ev in made:
                    if ev.time and ev.time_precision == "day" and told_in(doc, ev):
                        (self._statement_days if ev.type in VERBAL_TYPES else self._act_days).add(ev.time)
                    ev.id = f"x{len(events) + 1}"
                    strength[ev.id] = trig.strength
                    if anaphoric:
                        anaphors.add(ev.id)
                    if refines:
                        refining.add(ev.id)
                    if self._separate:
                        separate.add(ev.id)
                    events.append(ev)
        # (a region named like a province is that province: "بمنطقة عسير" holds أبها, of Aseer)
        where = {p.id: (p.lat, p.lon, p.country, province_of(p, named_side(doc, p)))
                 for p in doc.places if p.lat is not None and p.lon is not None}
        # an event dated by "بعد ثلاثة أيام من" is another happening than the news it precedes
        durations = {t.id for t in doc.times if t.type == "duration"}
        relative = {ev.id for ev in events if ev.time in durations and ev.time_precision == "day"}
        doc.events = merge_events(events, strength, where, anaphors=anaphors, relative=relative,
                                  separate=separate, refining=refining, told=told_here(doc, events),
                                  risen=args.risen_tolls(doc))
        self._fill_deferred(doc.events)
        return doc

    def _statement_day(self, t) -> bool:
        """"توعدت سوريا الجمعة الدول الغربية …. وقالت واشنطن إن الأسد شن الهجوم": the day
        of a statement only, inherited by an act told next, is the day it was reported by."""
        return t.id in self._statement_days and t.id not in self._act_days

    def _of_old(self, doc: Document, ev: Event) -> bool:
        """A back-reference with no date of its own (none, or one its sentence does not name)
        to a happening too old to code."""
        if ev.type not in self._old_types:
            return False
        own = [t for t in doc.times if t.id == ev.time]
        return not own or not (ev.sentence.start <= own[0].start < ev.sentence.end)

    def _deferred_confidence(self, sent: Span, trig: Trigger) -> float | None:
        """The confidence of a new event, or None for a back-reference ("الهجوم") that needs
        the detector: merging drops a back-reference's own confidence unless it stays a record
        of its own, so the detector runs for it only then (`_fill_deferred`)."""
        if (self._anaphoric and self.detector is not None
                and trig.type in ("ASSAULT", "PROTEST")):
            self._deferred[(trig.start, trig.end)] = (sent, trig)
            return None
        return self._confidence(sent, trig)

    def _fill_deferred(self, events: Sequence[Event]) -> None:
        for ev in events:
            if ev.confidence is None and (ev.trigger.start, ev.trigger.end) in self._deferred:
                ev.confidence = self._confidence(*self._deferred[(ev.trigger.start, ev.trigger.end)])

    @staticmethod
    def _outcomes_need_numbers(doc, sent, tokens, trigs):
        """An outcome word alone ("الجرحى") is an event only with a casualty count beside it, or
        one victim named without a number ("مقتل الطالب", "قتلت فلسطينيا"), or fire on a named
        day."""
        if any(t.strength >= 2 for t in trigs if t.type == "ASSAULT"):
            return [t for t in trigs if t.strength >= 2 or t.type == "ASSAULT"]
        counted = (any(sent.start <= q.start < sent.end and q.category in ("killed", "injured")
                       for q in doc.quantities) or bool(one_victim(doc, tokens, ("killed",)))
                   or met_death_alone(doc, tokens)
                   or rules.fired_on_a_day(tokens, trigs))
        return [t for t in trigs if t.strength >= 2 or (t.type == "ASSAULT" and counted)]

    def _events_for(self, doc: Document, sent: Span, tokens: list, trig: Trigger, dateline) -> list[Event]:
        places = args.place_mentions(doc, tokens, sent)
        groups = self._place_groups(doc, tokens, trig, places)
        out = []
        taken: set[str] = set()
        for group in groups or [None]:
            ev = self._event(doc, sent, tokens, trig, group, dateline, taken)
            if ev is not None:
                taken.update(c.quantity for c in ev.counts.values() if c.quantity)
                out.append(ev)
        return out

    def _context_place(self, doc, sent, trig):
        """No place in the sentence: the place of the previous sentence, else of the first."""
        if self.context_mode == "none":
            return None
        prev = self._told_places[self._si - 1] if self._si > 0 else []
        if prev:
            return min(prev, key=lambda p: args.geo_precision(p) or 5)
        first = self._sent_places[0] if self._si > 0 else []
        if first and self.context_mode == "first":
            return min(first, key=lambda p: args.geo_precision(p) or 5)
        return None

    def _place_groups(self, doc, tokens, trig, places):
        # a coded LOC or a country before the trigger is its doer ("كانت الولايات المتحدة قد
        # شنت ضربات"), not a place, unless it is locative ("ومن واشنطن طالب")
        # (also one inside a gapped pattern, right after its verb: "طردت بريطانيا 23 دبلوماسيا")
        subject_end = tokens[trig.first + 1].end if trig.last > trig.first else trig.start
        places = [(m, p) for m, p in places if not ((m.code or p.feature == "country")
                                                    and m.end <= max(trig.start, subject_end))
                  or args.is_locative(doc, tokens, m)]
        # "قصفت روسيا مدينة إدلب", "اعتقلت إيران عشرة أشخاص في طهران": a state right after its
        # verb is the doer; the place is the one it acted on (or itself, for an arrest at home)
        doer = [mp for mp in places if rules.state_after_verb(tokens, trig, *mp)]
        if doer and (len(places) > len(doer) or trig.type not in ("COERCE", "PROTEST")):
            places = [mp for mp in places if mp not in doer]
        if trig.type in VERBAL_TYPES:  # "طالب … باكستان": a country addressed is not a place
            lo, _ = args.clause_bounds(tokens, trig.first, trig.last)
            places = [(m, p) for m, p in places if args.is_locative(doc, tokens, m)
                      and m.start >= tokens[lo].start
                      and tokens_between(tokens, trig.end, m.start) <= self.verbal_reach
                      and not args.relative_between(tokens, trig.end, m.start)]
        # "… ردا على الغارات على قواعده في شمال العراق", "… بعد الهجوم الكيماوي في دوما"
        cut = args.answer_start(tokens, trig, doc, self._found)
        places = [(m, p) for m, p in places if m.start < cut]
        head = args.dateline_end(doc)
        # a name the gazetteer could not place ("جبل الوعش", a gang's "القطاع الأوسط") is no
        # point: the place told around it stands in
        places = [(m, p) for m, p in places if p.lat is not None]
        held = args.holders(doc, tokens, places)  # "غضب أنقرة", "تصنفه القاهرة": who, not where
        # "مواطنين من الفلبين", "لجنود من مالي وفرنسا": whence they are
        natives = args.people_from_all(doc, tokens, places, troops=trig.type not in MOVING_TYPES)
        places = [(m, p) for m, p in places if m.start >= head  # the dateline is a fallback
                  and not args.is_side(tokens, m)  # "الموالية لإيران": a side, not a place
                  and not args.close_to(tokens, m)  # "المقربة من إيران": a side too
                  and not args.in_topic(tokens, m, trig)  # "لبحث التسوية في سورية": a topic
                  and m not in natives
                  and not nationality_listed(tokens, m)  # "جنسيات عربية من سورية واليمن": whence
                  # "ترتبط بداعش في العراق": the group's country (a town may be where they acted)
                  and not (p.feature == "country" and affiliate_seat(tokens, m))
                  and not args.seat_of(tokens, m)  # "ومقرها نيويورك": where a body is based
                  # "تضم خمسة من جنوب افريقيا": a nationality, not where it happened
                  and not (p.feature == "country" and args.counted_from(tokens, m))
                  # "احتشدوا قرب حدود القطاع مع إسرائيل": the border's other side
                  and not (p.feature == "country" and args.border_partner(tokens, m))
                  # "وفق ما أفادت المتحدثة باسم الصليب الأحمر في دمشق": where the speaker is
                  and not (trig.type not in VERBAL_TYPES and args.speaker_place(tokens, m))
                  and not args.owns_area(doc, places, m)  # "الغوطة الشرقية لدمشق": whose area
                  and not args.partner(tokens, m)  # "اتصالات أجراها مع روسيا": the other party
                  and not args.sent_from(tokens, m)  # "ببيان تصالحي من كوريا الشمالية": its sender
                  # "اتفقا على القمة … بسبب برنامج كوريا الشمالية": the cause's place (an attack's
                  # cause phrase, "قتل ثلاثة جراء القصف على حلب", still says where)
                  and not (trig.type not in PHYSICAL and args.for_cause(tokens, trig, m))
                  and m not in held]
        # "…، حسبما أفادت الشرطة المحلية في بيان مع النيابة العامة في شتوتغارت": where the reporter
        # is — when the sentence names another place ("قتل خمسة، حسبما أفادت الشرطة في الموصل" keeps it)
        told = [mp for mp in places if args.reported_place(tokens, trig, mp[0])]
        if told and len(told) < len(places):
            places = [mp for mp in places if mp not in told]
        if trig.type in PHYSICAL:  # "في كلمة خلال مؤتمر في أنقرة، أنه … قذائف": where it was said
            places = [(m, p) for m, p in places if not rules.speech_setting(tokens, trig, m)]
        if trig.type in PHYSICAL:  # "شنت واشنطن وباريس ولندن ضربات": capitals as doers
            doers = rules.doer_places(doc, tokens, trig, places)
            places = [(m, p) for m, p in places if m not in doers]
        if trig.type == "ASSAULT":  # "صواريخ قادمة من اليمن": the launch site, not the target
            places = [(m, p) for m, p in places if not args.is_origin(doc, tokens, m)]
        # "قصفت مقاتلات مواقع … وذكرت وسائل اعلام أن الشرطة نفذت مداهمات في اسطنبول": the place
        # of the other kind of act the new report tells
        places = [(m, p) for m, p in places if not self._reported_elsewhere(tokens, trig, m)]
        if trig.type in ("ASSAULT", "COERCE"):  # "اعتقل بعد عودته من اليمن": not where he was held
            places = [(m, p) for m, p in places if not args.came_back_from(tokens, m)]
        if trig.type == "DISPLACE":  # "نحو بلدتي النخيب": destinations are not where it happened
            places = [(m, p) for m, p in places if not args.is_destination(doc, tokens, m)]
        if trig.type == "MOBILIZE":  # "إرسال التعزيزات من صنعاء وذمار إلى الحديدة": where they went
            places = [mp for mp in places if args.is_destination(doc, tokens, mp[0])] or places
        if not places:
            return []
        lo, hi = args.clause_bounds(tokens, trig.first, trig.last)
        cend = tokens[args.past_day_aside(tokens, hi) - 1].end
        after = [mp for mp in places if trig.start <= mp[0].start < cend]
        if not after and tokens[hi - 1:hi] and tokens[min(hi, len(tokens) - 1)].norm == ":":
            # "إلى ثلاثة أهداف: X في الرياض، وY في جازان": the list follows the colon
            after = [mp for mp in places if mp[0].start >= cend]
        if trig.type in PHYSICAL and after:
            return [args.head_place(g) for g in args.coordinated_groups(doc, tokens, after)]
        # "قصف الجيش موقعين، رداً على إحراق معدات قرب معبر كارني": a place in a clause that
        # holds another happening is that one's place
        # (not the place the sentence opens with: "أما في الديوانية فقد تصدت … للمتظاهرين، فقتلت")
        others = [mp for mp in places if self._other_clause(tokens, trig, mp[0])
                  and not args.opening_frame(tokens, mp[0])]
        places = [mp for mp in places if mp not in others
                  and not any(args.locates(tokens, o[0], mp[0]) for o in others)]
        if not places:
            return []
        near = min(places, key=lambda mp: (abs(mp[0].start - trig.start) > 80,
                                           args.geo_precision(mp[1]) or 5))
        return [near]

    def _reported_elsewhere(self, tokens, trig, m) -> bool:
        """A new report opens after the trigger and, before the mention, tells an act of another
        type; a report that retells the same act ("وأضاف المصدر أن القصف تركز في …") does not
        count."""
        if m.start < trig.end:
            return False
        opening = args.report_opening(tokens, trig, m)
        return opening is not None and any(
            o.type != trig.type and opening <= o.start < m.start for o in self._found)

    def _other_clause(self, tokens, trig, m) -> bool:
        idx = next((i for i, t in enumerate(tokens) if t.start <= m.start < t.end), None)
        if idx is None:
            return False
        lo, hi = args.clause_bounds(tokens, idx, idx)
        if lo <= trig.first < hi:
            return False
        return any(lo <= o.first < hi and o.type in PHYSICAL for o in getattr(self, "_trigs", ()))

    def _dates_another_act(self, tokens, trig, t) -> bool:
        """The time stands after the (verbal) trigger, past a new report ("وقال إن …") that tells
        a physical act before the time: it dates that act, not the statement."""
        if t.start < trig.end or args.report_opening(tokens, trig, t) is None:
            return False
        return any(trig.end <= tokens[o.first].start and o.end <= t.start and o.type in PHYSICAL
                   for o in self._found)

    def _dates_its_object(self, tokens, trig, t, *, other_type: bool = False) -> bool:
        """"ودانت المنظمة الهجوم الذي استهدف المدينة مطلع الأسبوع الماضي": a time after the
        statement (or, `other_type`, a physical act of another type: an arrest "في الهجوم الذي
        استهدف …"), inside a relative clause on the physical act it is about, dates that act,
        not the statement (not "ودانت المنظمة الأحد الهجوم": the time before the act). The
        act may be the clause's own verb ("وحث لافروف لندن على الرد على الهجوم الذي استهدف في
        الرابع من آذار": the act noun before it is a reference, not a trigger)."""
        if t.start < trig.end:
            return False
        k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), len(tokens))
        return any(tokens[r].norm in args.RELATIVES and any(
            o.type in PHYSICAL and o.first > trig.last and not (other_type and o.type == trig.type)
            and (o.first <= r - 1 <= o.last or opens_relative(o, r, k)
                 # ("الهجوم المسلح الذي استهدف …": one adjective between the act and the pronoun)
                 or other_type and o.first <= r - 2 <= o.last and rules.definite(tokens[r - 1]))
            for o in self._found)
            for r in range(trig.last + 2, k))

    def _inherited_time(self, doc, prev: Span, prev_tokens: list):
        """The last date of the sentence before — unless it is too old and told only in a
        comma-set relative clause ("دفعة الشهيد محمود يونس، الذي نال الشهادة يوم 21 أكتوبر عام
        1973،"): an aside about someone, which would drop the next act as old; then the last
        date told outside asides. (A recent one stays: "المؤتمر، الذي انتهى مساء الخميس" is
        the day of what the next sentence tells.)"""
        t = args.last_time(doc, prev)
        if (t is not None and args.too_old(t.value, doc.meta.published, self.max_age_days, t.value_end)
                and args.in_aside_relative(prev_tokens, t)):
            t = args.last_time(doc, prev, prev_tokens)
        return t

    def _town_told(self, doc, sent, tokens, trig) -> Place | None:
        """"في المدينة/البلدة/القرية" (no name after it) in the trigger's clause: the last town
        named in this sentence or the three before it."""
        if not rules.town_descriptor(tokens, trig):
            return None
        towns = [p for j in range(max(0, self._si - 3), self._si + 1) for p in self._sent_places[j]
                 if p.feature in rules.TOWN_FEATURES]
        return towns[-1] if towns else None

    def _speaker_town(self, doc, actors) -> Place | None:
        """The town named right after the actor in this sentence or the three before it
        ("لوح وزير الخارجية الروسي سيرغي لافروف في طوكيو الأربعاء … وصرح لافروف في أعقاب
        لقائه"): where the actor speaks, not his home country."""
        ids = {a.span.entity for a in actors if a.span.entity}
        lo = doc.sentences[max(0, self._si - 3)].start
        hi = doc.sentences[self._si].end
        places = args.places_by_entity(doc)
        for e in doc.entities:
            if e.id not in ids:
                continue
            for m in e.mentions:
                if lo <= m.start and m.end <= hi and (town := town_after(doc, m.end, places)):
                    return town
        return None

    def _verbal_place(self, doc, sent, tokens, trig) -> Place | None:
        if args.during_meeting(tokens, trig):
            # "وثمن هادي خلال اللقاء …": said at the meeting told before, in its town (not the
            # speaker's home country)
            towns = [p for j in range(max(0, self._si - 3), self._si) for p in self._told_places[j]
                     if p.feature in rules.TOWN_FEATURES]
            if towns:
                return towns[-1]
        prev = [(self._toks[j], doc.sentences[j]) for j in range(self._si - 1, max(-1, self._si - 4), -1)]
        return rules.verbal_place(doc, sent, tokens, trig, prev)

    def _event(self, doc, sent, tokens, trig, group, dateline, taken) -> Event | None:
        mention, place = group if group else (None, None)
        inherited = False
        if place is None and trig.type not in VERBAL_TYPES:
            place = rules.unnamed_capital(doc, tokens, trig)
        if place is None and trig.type not in VERBAL_TYPES and not self._separate:
            # ("من جهة أخرى، اعتقلت الشرطة خمسة": other news, not where the last one was)
            prev = doc.sentences[self._si - 1].text if self._si > 0 else ""
            ctx = None if args.other_news(sent.text, prev) else self._context_place(doc, sent, trig)
            inherited = ctx is not None
            place = ctx or dateline
        if (place is None or place.feature == "country") and trig.type in PHYSICAL:
            # "أضرم محتجون النار في القنصلية في المدينة، مرددين شعارات … في العراق": the town
            # the story has been telling, not a country named in a slogan
            place = self._town_told(doc, sent, tokens, trig) or place
        if place is None and trig.type in PHYSICAL and rules.says_the_country(tokens, trig):
            place = rules.story_country(doc)  # "استهدفت ضربات مواقع … في شرق البلاد"
        country = place.country if place else (dateline.country if dateline else None)
        # a "بحسب الدفاع المدني" phrase vouches for a toll in the sentence, not for a statement
        source, hedged = event_source.pick_source(doc, trig.start, trig.end, sent,
                                                  phrases=trig.type not in VERBAL_TYPES)
        if source is None:
            source = event_source.trailing_reporter(doc, tokens, trig)
        if source is None:
            source = event_source.leading_reporter(doc, tokens, trig)
        if source is None and trig.type in VERBAL_TYPES:
            prev = [self._toks[j] for j in range(self._si - 1, max(-1, self._si - 5), -1)]
            source = event_source.relayed_source(doc, prev)
        exclude = [(mention.start, mention.end)] if mention else []
        if source is not None and not announcer_does(tokens, trig, source):
            exclude.append((source.start, source.end))
        actors, targets = actors_targets(doc, tokens, trig, country=country, exclude=exclude)
        if (trig.type == "AGREE" and trig.mode == "deal" and trig.last > trig.first
                and not any(a.institutional for a in actors)
                and any(t.institutional for t in targets)):
            # "تم التوصل إلى اتفاق مع جيش الإسلام": a deal concluded with a partner (a phrase,
            # not a lone "هدنة") has that partner as a party, the other one unnamed
            actors, targets = targets, []
        if trig.type in PHYSICAL:
            actors, targets = by_hand(tokens, trig, actors, targets)
        if trig.type == "ASSAULT" and self._toll_ref:
            actors = [a for a in actors if not counted_victim(doc, sent, a)]
        if (trig.type in NEEDS_ACTOR and source is not None and not any(a.institutional for a in actors)
                and (rules.own_act(tokens, trig, source) or speaks_of_itself(tokens, trig, source))):
            # "أعلنت حماس وقف إطلاق النار", "قالت المفوضية إنها تدعو": the one who announces
            # its own act is its actor, and no source of it (as "قال الوزير: نطالب" below)
            again, _t = actors_targets(doc, tokens, trig, country=country, exclude=exclude[:1] if mention else [])
            own = [a for a in again if a.institutional and a.span.start < source.end and source.start < a.span.end]
            if own:
                actors, source, hedged = own, None, False
        if trig.type in NEEDS_ACTOR and not any(a.institutional for a in actors):
            actors = state_doers(doc, tokens, trig) or actors
        if trig.type in NEEDS_ACTOR and not any(a.institutional for a in actors) \
                and not (trig.type == "AID" and rules.delivered(tokens, trig)):
            return None  # (aid that arrived is news without its donor: "ووصلت إلى عدن سفينة مساعدات")
        if place is None and trig.type in VERBAL_TYPES:
            place = gathering_place(doc, tokens)
        if place is None and trig.type in VERBAL_TYPES:
            place = self._verbal_place(doc, sent, tokens, trig)
        if place is None and trig.type in VERBAL_TYPES:
            place = rules.seat_place(doc, tokens, trig)
        if place is None and trig.type in VERBAL_TYPES and self.verbal_dateline:
            place = dateline
        if place is None and trig.type in VERBAL_TYPES + ("CONSULT",) and self.actor_country_place:
            place = self._speaker_town(doc, actors)  # ("لافروف في طوكيو": abroad, not at home)
        abroad = place is None and self.actor_country_place and rules.strikes_abroad(doc, trig, actors)
        if place is None and self.actor_country_place and not (abroad and (self._anaphoric or rules.definite(tokens[trig.first]))):
            # (a foreign state's strikes fell in the story's country, not in their doer's; the
            # strikes named again, definite — "والغارات التي شنتها واشنطن" — take the place of
            # their report)
            place = rules.story_country(doc, body_only=True) if abroad \
                else rules.home_country(doc, actors, meeting=trig.type == "CONSULT")
        if place is None and trig.type in NEEDS_ACTOR and self.actor_country_place:
            place = rules.nation_place(doc, tokens, trig)
        date, date_end, precision, time_id = self._date(doc, sent, tokens, trig)
        if args.too_old(date, doc.meta.published, self.max_age_days, date_end):
            self._dropped_old = True
            return None
        if trig.type in VERBAL_TYPES and date is None and mention is None:
            place = None  # an undated side statement: its dateline/home country is a guess
        if trig.type in NEEDS_ACTOR and source and rules.same_as_actor(source, actors):
            # "قال الوزير: نطالب …": the speaker is the actor; gold leaves the source empty
            source, hedged = None, False
        counts = args.pick_counts(doc, sent, trig.type, trig, taken, tokens)
        if trig.type == "ASSAULT":  # "مقتل الطالب السعودي": one victim, no number written
            for cat, n in one_victim(doc, tokens, ("killed", "injured")).items():
                counts.setdefault(cat, Count(n, "exact", None))
            if met_death_alone(doc, tokens, at=trig.first):
                counts.setdefault("killed", Count(1, "exact", None))
        if trig.type == "COERCE" and (not targets or only_affiliations(doc, targets)):
            # ("اعتقلت الشرطة خمسة أشخاص": the count is who; "مرتبطين بداعش": theirs, not held)
            targets = counted_detainees(doc, tokens, trig, counts) or targets
        if group is None and time_id is None and not counts and rules.commentary(doc, trig):
            return None
        mode = self._mode(doc, tokens, trig)
        return Event(id="", type=trig.type, mode=mode or _default_mode(trig.type),
                     trigger=doc.span(trig.start, trig.end),
                     actors=[a.span for a in actors], targets=[t.span for t in targets],
                     place=place.id if place else None,
                     geo_precision=rules.inherited_precision(
                         place, inherited=inherited, near=mention is not None and args.near_mention(tokens, mention)),
                     date=date, date_end=date_end, time_precision=precision, time=time_id,
                     counts=counts,
                     source=source, hedged=hedged, sentence=doc.span(sent.start, sent.end),
                     confidence=self._deferred_confidence(sent, trig),
                     codes=codes(trig.type, mode))

    def _mode(self, doc: Document, tokens: list, trig: Trigger) -> str | None:
        """A generic word (هجوم، استهدف، مقتل) takes its mode from the weapon named in its own
        clause first ("استهدفت الفصائل المعارضة تمركزات لقوات النظام بقذائف الهاون" is shelling
        though the sentence's first clause names الطيران), else from the sentence; a weapon
        noun ("قصف موقعين …، بستة صواريخ") from the sentence, as the raid it belongs to."""
        # "هجوم على حاجز … ردا على مقتل قائد في غارة"; and the act answered or told after بعد
        # takes no weapon from the act before it ("ضربات صاروخية … بعد الهجوم الكيماوي")
        cut = args.answer_start(tokens, trig, doc, self._found)
        opens = args.sequel_opening(doc, tokens, trig, self._found)
        if trig.mode != "shelling":
            lo, hi = args.clause_bounds(tokens, trig.first, trig.last)
            own = refine_mode(trig, " ".join(candidates(t.norm)[0] for t in tokens[lo:hi] if opens <= t.start < cut))
            if own != trig.mode:
                return own
        if cut < tokens[-1].start or opens:
            return refine_mode(trig, " ".join(candidates(t.norm)[0] for t in tokens if opens <= t.start < cut))
        return refine_mode(trig, self._sentence_key(tokens))

    def _sentence_key(self, tokens: list) -> str:
        """The sentence's first lookup forms, joined: one join per sentence, not per event."""
        got = self._skeys.get(self._si)
        if got is None or got[0] is not tokens:
            got = self._skeys[self._si] = (tokens, " ".join(candidates(t.norm)[0] for t in tokens))
        return got[1]

    def _confidence(self, sent: Span, trig: Trigger) -> float:
        """Trigger strength, blended for ASSAULT/PROTEST with the sentence detector."""
        rule = 0.45 + 0.15 * trig.strength
        model = self.detector
        if model is None or trig.type not in ("ASSAULT", "PROTEST"):
            return round(rule, 2)
        probs = self._probs.get(sent.text)
        if probs is None:  # several triggers of a sentence share its (pure) detector answer
            toks = getattr(self, "_toks_of", {}).get((sent.start, sent.end))
            probs = self._probs[sent.text] = (  # the document's tokens: no re-tokenising
                model.predict_tokens(sent.text, toks) if hasattr(model, "predict_tokens")
                else model.predict(sent.text))
        prob = probs[trig.type]
        return round(0.5 * rule + 0.5 * prob, 2)

    def _date(self, doc, sent, tokens, trig):
        before = args.dated_before(doc, sent, tokens, trig)
        if before is not None:  # "جاء الانفجار بعد ثلاثة أيام من مقتل 14 شخصا في انفجار …"
            day, duration = before  # ("بعد أسبوع على قصف المطار": about that day, not on it)
            return day, None, "day" if duration.value.endswith("D") else "week", duration.id
        t = args.pick_time(doc, sent, trig, tokens, trigs=self._found)
        if t is None or not args.in_clause(tokens, trig, t):
            back = args.years_back(doc, tokens, trig)
            if back is not None:  # "اعتقلته المخابرات منذ 26 سنة": that long ago, not today's news
                value, precision, since = back
                return value, None, precision, since.id if since is not None else None
        if t is not None and trig.type in VERBAL_TYPES and (self._dates_another_act(tokens, trig, t)
                                                            or self._dates_its_object(tokens, trig, t)):
            t = None  # "وجه انتقادات …، وقال إن قواتها قتلت 60 يوم الاثنين": the killing's day
        elif t is not None and trig.type in PHYSICAL and self._dates_its_object(tokens, trig, t, other_type=True):
            # "أعلن عن اعتقال مشتبهين في الهجوم الذي استهدف عرضا عسكريا يوم السبت": the attack's
            # day, not the arrest's (a killing in that attack is the attack: same type, kept)
            t = None
        answered = (args.answered(tokens, trig) or args.in_sequel(doc, tokens, trig, self._found)
                    or args.cause_of_news(tokens, trig))
        if answered and (t is None or t.start < trig.start):
            # "طرد … الثلاثاء، رداً على هجوم": the answer's day, not the attack's — unless the
            # answer is itself too old to code, and the act it answers older still
            answer, t = t, args.pick_time(doc, sent, trig, tokens, after=trig.start)
            if t is None and answer is not None and args.too_old(answer.value, doc.meta.published,
                                                                 self.max_age_days, answer.value_end):
                return answer.value, answer.value_end, answer.precision, answer.id
            if t is None:
                return None, None, "unknown", None
        if (t is not None and rules.describes_people(tokens, trig) and self._si > 0
                and not rules.adjacent(tokens, trig, t)):
            t = None  # "نفذ أمس الإعدام بسائقين لنقلهم مواطنين هاربين": أمس dates the execution
        if (t is not None and args.is_background(tokens, trig) and not args.in_clause(tokens, trig, t)
                and not args.set_off_after(doc, tokens, trig, t)):
            if (doc.meta.published and t.value < doc.meta.published[:10]
                    and args.too_old(t.value, doc.meta.published, self.max_age_days, t.value_end)):
                # "وكان اعتقال … في نوفمبر الماضي", ten months back: older background, which
                # the age test then drops (SPEC §2.7), rather than an undated side event
                return t.value, t.value_end, t.precision, t.id
            t = None  # "كان قد دعا …، لكن الخبراء الذين وصلوا في 14 نيسان": not its date
        if t is None and trig.type == "DISPLACE" and not self._si == 0:
            # flight is a process the article rarely dates: an undated account ("فرّت أكثر من
            # مئتي عائلة", SPEC §3) stays undated unless it is the lead sentence's news
            return None, None, "unknown", None
        if t is None and trig.type in VERBAL_TYPES and rules.nominal(tokens[trig.first]):
            # "الاتهامات الغربية", "واتهامه لها": a statement the article refers to, made
            # before this report and not dated here — background (SPEC §2.6)
            return None, None, "unknown", None
        if t is None and rules.victims_of(tokens, trig):
            return None, None, "unknown", None  # "استقبل المستشفى المصابين في الحادثة"
        if t is None and self.inherit_time and self._si > 0 and not args.is_background(tokens, trig):
            prev = doc.sentences[self._si - 1]
            t = self._inherited_time(doc, prev, self._toks[self._si - 1])
            if t is not None and era_before_paragraph(doc.text, doc.times, prev, sent, t):
                t = None
            if t is not None and trig.type in NEEDS_ACTOR and args.background_day(self._toks[self._si - 1], t):
                t = None  # "وكان المهاجرون انطلقوا … فجر الجمعة. ورفض الوزير …": not the statement's day
            if (t is not None and t.precision == "day" and trig.type not in VERBAL_TYPES
                    and (args.said_on(self._toks[self._si - 1], t, lo=1)
                         # a meeting or talk after a statement's day is where it was said
                         # ("وقال … عقب اجتماع"): only a physical act was reported later
                         or (trig.type in PHYSICAL and self._statement_day(t)))):
                # "…، قبل أن يعلن، اليوم الأربعاء، ارتفاع عدد القتلى. وقال إن الضربات …": the
                # day a report came after what its sentence told first, the act before it at
                # most (not a lead "وقال مسعفون السبت إن": that day is the sentence's news)
                return t.value, t.value_end, "week", t.id
        if t is not None and t.precision == "day" and trig.type not in VERBAL_TYPES \
                and not (trig.type in DECLARED and args.announced_act(tokens, trig)) \
                and (args.speech_dated(tokens, trig, t) or args.reported_day(tokens, trig, t)
                     or args.report_verb_day(tokens, trig, t)):
            return t.value, t.value_end, "week", t.id  # the statement's day, or the days before it
        if t is None and self.inherit_time and self._si > 1:
            # "توفي … يوم 9 جانفي 2011. وعمد ملازم … كما أطلقوا النار على المتظاهرين": a story
            # whose last date, sentences back, is older than the window is still telling that
            # past, not today's news (the age test then drops it)
            t = args.stale_anchor(doc, doc.sentences[self._si - 1], sent, self.max_age_days)
        if t is not None:
            return t.value, t.value_end, t.precision, t.id
        if doc.meta.published and not args.is_background(tokens, trig):
            return doc.meta.published[:10], None, "week", None
        return None, None, "unknown", None


class _Lazy(dict):
    """index → make(index), computed on first use and kept."""

    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, j: int):
        got = self[j] = self._make(j)
        return got


def _detector():
    try:
        from rasd.stages.event_classifier import packaged_model
        model = packaged_model()
    except Exception:  # weights missing or unreadable: confidence from the trigger alone
        return None
    if model is not None:
        try:  # its word clusters load with it, not inside the first article
            from rasd.stages.event_features import cluster_view
            cluster_view()
        except Exception:  # unreadable: the first prediction meets the error, as before
            pass
    return model


def _default_mode(etype: str) -> str | None:
    return {"THREATEN": "other", "AGREE": "other", "AID": "humanitarian"}.get(etype)


@register_stage("events")
def make_events(config: dict, resources=None) -> EventsStage:
    return EventsStage(max_age_days=int(config.get("max_age_days", 30)))
