"""Merging mentions of one happening: roles, counts and sources of the merged record."""
from rasd.model.record import ArgSpan, Count, Event
from rasd.model.span import Span
from rasd.stages.event_merge import absorb, absorb_anaphor, shared_tolls


def _arg(text: str, word: str, entity: str | None = None) -> ArgSpan:
    start = text.index(word)
    return ArgSpan(start, start + len(word), word, entity, None)


def _mention(eid: str, text: str, trigger: str, *, actors=(), targets=(), mode="shelling",
             etype="ASSAULT") -> Event:
    """A mention in its own invented sentence `text`; actors/targets are words of it."""
    start = text.index(trigger)
    return Event(eid, etype, mode, Span(start, start + len(trigger), trigger),
                 actors=[_arg(text, w) for w in actors], targets=[_arg(text, w) for w in targets],
                 place="p1", geo_precision=1, date="2024-02-11", time_precision="day",
                 sentence=Span(0, len(text), text))


def _shift(ev: Event, by: int) -> Event:
    """The same mention placed `by` characters later in the article (a later sentence)."""
    def move(a):
        return ArgSpan(a.start + by, a.end + by, a.text, a.entity, a.code)
    return Event(ev.id, ev.type, ev.mode, Span(ev.trigger.start + by, ev.trigger.end + by, ev.trigger.text),
                 actors=[move(a) for a in ev.actors], targets=[move(t) for t in ev.targets],
                 place=ev.place, geo_precision=ev.geo_precision, date=ev.date,
                 time_precision=ev.time_precision,
                 sentence=Span(ev.sentence.start + by, ev.sentence.end + by, ev.sentence.text))


def _roles(ev: Event) -> tuple[list[str], list[str]]:
    return [a.text for a in ev.actors], [t.text for t in ev.targets]


FIRST = "وقع قصف عنيف على البلدة من قبل قوات الجيش أمس."
SECOND = "وكانت قوات الجيش قد قصفت البلدة بالمدفعية."


def test_party_named_doer_by_one_mention_leaves_the_other_mentions_targets():
    keep = _mention("x1", FIRST, "قصف", targets=["قوات الجيش"])
    other = _shift(_mention("x2", SECOND, "قصفت", actors=["قوات الجيش"]), 100)
    assert _roles(absorb(keep, other, {})) == (["قوات الجيش"], [])
    assert _roles(absorb_anaphor(keep, other)) == (["قوات الجيش"], [])


def test_mention_with_its_own_doer_replaces_a_kept_actor_it_names_as_target():
    text = "أدى تفجير إلى مقتل جنود من الحرس المحلي."
    keep = _mention("x1", text, "تفجير", actors=["الحرس المحلي"], mode="bombing")
    later = "وكان مسلحان فجرا نفسيهما داخل مقر الحرس المحلي."
    other = _shift(_mention("x2", later, "فجرا", actors=["مسلحان"], targets=["الحرس المحلي"],
                            mode="bombing"), 100)
    assert _roles(absorb(keep, other, {})) == (["مسلحان"], ["الحرس المحلي"])


def test_owner_of_struck_positions_stays_the_target():
    text = "استهدف قصف صاروخي مواقع عسكرية للجيش في الشمال."
    keep = _mention("x1", text, "قصف", targets=["للجيش"])
    other = _shift(_mention("x2", "وأدان للجيش قصف المنطقة.", "قصف", actors=["للجيش"]), 100)
    assert _roles(absorb(keep, other, {})) == ([], ["للجيش"])


def test_party_a_protest_is_aimed_at_stays_the_target():
    text = "خرجت احتجاجات ضد السلطات في المدينة."
    keep = _mention("x1", text, "احتجاجات", targets=["السلطات"], etype="PROTEST", mode=None)
    other = _shift(_mention("x2", "وقمعت السلطات الاحتجاجات بالقوة.", "الاحتجاجات",
                            actors=["السلطات"], etype="PROTEST", mode=None), 100)
    assert _roles(absorb_anaphor(keep, other)) == ([], ["السلطات"])


# must not fire

def test_clash_mentions_keep_a_party_in_both_lists():
    keep = _mention("x1", "اندلعت اشتباكات مع قوات الجيش.", "اشتباكات", targets=["قوات الجيش"],
                    mode="clash")
    other = _shift(_mention("x2", "واشتبكت قوات الجيش مع المسلحين.", "اشتبكت",
                            actors=["قوات الجيش"], mode="clash"), 100)
    assert _roles(absorb(keep, other, {})) == (["قوات الجيش"], ["قوات الجيش"])


def test_strike_merged_with_an_act_of_another_mode_keeps_the_lead_role():
    # (once both roles; one party is now on one side only: the leading strike's target —
    # event_merge_absorb._one_side, tests/events/test_merge_one_side.py)
    keep = _mention("x1", "وكثف التنظيم هجومه على المدينة.", "هجومه", actors=["التنظيم"],
                    mode=None)
    other = _shift(_mention("x2", "ونفذ الطيران ضربة جوية على مقاتلي التنظيم.", "ضربة",
                            targets=["التنظيم"], mode="airstrike"), 100)
    assert _roles(absorb(keep, other, {"x1": 1, "x2": 3})) == ([], ["التنظيم"])


def test_different_parties_are_left_alone():
    keep = _mention("x1", FIRST, "قصف", targets=["البلدة"])
    other = _shift(_mention("x2", SECOND, "قصفت", actors=["قوات الجيش"]), 100)
    assert _roles(absorb(keep, other, {})) == (["قوات الجيش"], ["البلدة"])


# --- one victim after the doer ("قتلت الشرطة فلسطينيا")

HEBRON = [("الخليل", 31.53, 35.1, "PS", "city")]


def _killed(ev, text: str, **kw) -> list:
    return [e.counts.get("killed") and e.counts["killed"].value
            for e in ev.run(ev.make_doc(text, places=HEBRON, **kw)) if e.type == "ASSAULT"]


def test_one_accusative_victim_after_the_doer_is_an_event_with_one_killed(ev):
    assert _killed(ev, "قتلت الشرطة فلسطينيا في مدينة الخليل أمس.") == [1]


def test_a_number_before_the_victim_is_the_count(ev):
    text = "قتلت القوات نحو ستين فلسطينيا في مدينة الخليل أمس."
    assert _killed(ev, text, quantities=[("نحو ستين فلسطينيا", 60, "about", "killed")]) == [60]


def test_a_victim_beyond_the_doer_or_the_clause_is_not_read(ev):
    assert _killed(ev, "قتلت الشرطة في مدينة الخليل رجلا مسلحا أمس.") == []
    assert _killed(ev, "قتلت الشرطة، بحسب مصادر محلية، فلسطينيا في مدينة الخليل.") == []


# --- a background toll does not travel far in a merge

MARCH = "جاء مقتل المسعفة بعد أسابيع من مسيرات العودة التي قتل فيها 120 فلسطينيا."
ROCKETS = "وأطلق صاروخان من القطاع تجاه البلدات المجاورة."


def _counted(ev: Event, killed: int, quantity: str) -> Event:
    return Event(ev.id, ev.type, ev.mode, ev.trigger, actors=ev.actors, targets=ev.targets,
                 place=ev.place, geo_precision=ev.geo_precision, date=ev.date,
                 time_precision=ev.time_precision, sentence=ev.sentence,
                 counts={"killed": Count(killed, "exact", quantity)})


def _toll_merge(distance: int, protest_counts: bool = True) -> dict:
    death = _counted(_mention("x1", MARCH, "مقتل", mode="killing"), 120, "q1")
    march = _mention("x2", MARCH, "مسيرات", etype="PROTEST", mode=None)
    march = _counted(march, 120, "q1") if protest_counts else march
    rockets = _shift(_mention("x3", ROCKETS, "أطلق"), distance)
    shared = shared_tolls([death, march, rockets])
    merged = absorb(death, rockets, {"x1": 1, "x3": 2}, shared)
    return {k: c.value for k, c in merged.counts.items()}


def test_toll_shared_with_another_kind_of_happening_stays_out_of_a_far_act():
    assert _toll_merge(3000) == {}


def test_toll_travels_when_near_or_counted_by_one_happening_only():
    assert _toll_merge(300) == {"killed": 120}
    assert _toll_merge(3000, protest_counts=False) == {"killed": 120}
