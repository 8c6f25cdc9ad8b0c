"""Held-out audit U39a (6, Brazil): "وقتل ثلاثة ضباط شرطة في الاشتباكات" tells the toll of the
clashes told before — the definite plural is no series, its counts join those clashes, and the
counted police are no doers (event_retold.toll_in, event_merge.absorb_anaphor)."""

PUB = "2024-02-12"
RIO = ("ريو", -22.9, -43.2, "BR", "city")


def _assaults(ev, text, quantities):
    doc = ev.make_doc(text, published=PUB, places=[RIO], quantities=quantities)
    return [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_the_toll_in_the_clashes_joins_the_clashes(ev):
    text = "ووقعت اشتباكات بالأسلحة النارية في ريو. وقتل ثلاثة ضباط شرطة في الاشتباكات العنيفة."
    (e,) = _assaults(ev, text, [("ثلاثة ضباط", 3, "exact", "killed")])
    assert e.counts["killed"].value == 3
    assert e.actors == []


def test_a_plural_noun_with_no_toll_is_still_a_series(ev):
    # must not fire: no casualty count before the noun
    text = "ووقعت اشتباكات بالأسلحة النارية في ريو. وعانت المدينة طويلا من الاشتباكات."
    assert len(_assaults(ev, text, [])) == 1


def test_a_plural_reference_adds_no_count_to_a_single_attack(ev):
    # must not fire: a singular attack told first; "الهجمات" sums a series
    text = "ووقع هجوم على مركز للشرطة في ريو. وقتل ثلاثون شرطيا في الهجمات منذ العام الماضي."
    events = _assaults(ev, text, [("ثلاثون شرطيا", 30, "exact", "killed")])
    assert all("killed" not in e.counts for e in events if e.trigger.text == "هجوم")
