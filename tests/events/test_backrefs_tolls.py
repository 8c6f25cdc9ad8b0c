"""Held-out fixes (U29b): event time, place and merging rules, on invented sentences."""
from __future__ import annotations

import dataclasses

PUB = "2024-02-09"


def _as_duration(doc, text):
    doc.times[:] = [dataclasses.replace(t, type="duration") if t.text == text else t for t in doc.times]
    return doc


def _salisbury(ev, lead: str) -> list:
    text = (lead + " وبعد 3 أشهر على هجوم بغاز للأعصاب في مدينة سالزبري، قال قادة الاتحاد إنهم "
            "يريدون إجراءات جديدة. وأثار الهجوم في سالزبري مخاوف كبيرة.")
    doc = ev.make_doc(text, published=PUB, places=[("سالزبري", 51.07, -1.79, "GB", "city")],
                      times=[("الجمعة", PUB, "day"), ("3 أشهر", "P3M", "month")])
    return ev.run(_as_duration(doc, "3 أشهر"))


def test_after_months_at_sentence_start_is_background(ev):
    # "وبعد 3 أشهر على هجوم": the attack is three months old, and so is "الهجوم" told after it
    events = _salisbury(ev, "تعهد قادة الاتحاد الأوروبي الجمعة بالتصدي للأسلحة الكيماوية.")
    assert [e for e in events if e.type == "ASSAULT"] == []


def test_recent_attack_before_old_one_is_kept(ev):
    # must not fire: today's attack told first stays; only the old one and its back-reference go
    events = _salisbury(ev, "قتل ثلاثة جنود في هجوم على حاجز أمني الجمعة.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert [e.trigger.text for e in assaults] == ["هجوم"] and assaults[0].date == PUB


def test_back_reference_with_its_own_date_is_kept(ev):
    # must not fire: a back-reference dated in its own sentence tells recent news
    text = ("وبعد 3 أشهر على هجوم في مدينة سالزبري، قال قادة الاتحاد إنهم يريدون إجراءات. "
            "ونفذ مسلحون الهجوم الأخير على السوق الخميس.")
    doc = ev.make_doc(text, published=PUB, places=[("سالزبري", 51.07, -1.79, "GB", "city")],
                      times=[("3 أشهر", "P3M", "month"), ("الخميس", "2024-02-08", "day")])
    events = ev.run(_as_duration(doc, "3 أشهر"))
    assert [e.date for e in events if e.type == "ASSAULT"] == ["2024-02-08"]


def _killed(ev, text, count_text, value):
    doc = ev.make_doc(text, published=PUB, places=[("حلب", 36.2, 37.16, "SY", "city")],
                      quantities=[(count_text, value, "exact", "killed")])
    return [e.counts.get("killed") and e.counts["killed"].value for e in ev.run(doc) if e.type == "ASSAULT"]


def test_toll_since_a_campaign_start_is_no_count(ev):
    # "منذ بدء الحملة": a cumulative toll, not the strikes' count
    assert _killed(ev, "قتل 1000 شخص في الغارات على مدينة حلب منذ بدء الحملة العسكرية.",
                   "1000 شخص", 1000) == [None]


def test_toll_since_this_morning_is_a_count(ev):
    # must not fire: "منذ صباح اليوم" and "المحاصرة منذ أشهر" do not count from a campaign's start
    assert _killed(ev, "قتل 12 شخصا في اشتباكات بمدينة حلب منذ صباح اليوم.", "12 شخصا", 12) == [12]
    assert _killed(ev, "قتل 5 مدنيين في قصف على مدينة حلب المحاصرة منذ أشهر.", "5 مدنيين", 5) == [5]


_IRAQ = [("العراق", 33.0, 44.0, "IQ", "country"), ("سيدكان", 36.8, 44.67, "IQ", "village")]


def _strikes(ev, second: str, times=()) -> list:
    text = "شنت طائرات تركية غارات جوية على مواقع للمسلحين في شمال العراق. " + second
    doc = ev.make_doc(text, published=PUB, places=_IRAQ, times=list(times))
    return [(e.place and next(p.name for p in doc.places if p.id == e.place), e.date)
            for e in ev.run(doc) if e.type == "ASSAULT"]


def test_back_reference_names_the_village_and_day(ev):
    # "وقال مسؤول إن الغارات استهدفت قرية سيدكان يوم الجمعة": the strikes told first, only in
    # a country and undated, fell on that village that day
    got = _strikes(ev, "وقال مسؤول محلي إن الغارات الجوية استهدفت قرية سيدكان يوم الجمعة.",
                   [("يوم الجمعة", "2024-02-02", "day")])
    assert got == [("سيدكان", "2024-02-02")]


def _report(eid, place, precision, date, precision_t, *, mode="airstrike", time=None):
    from rasd.model.record import Event
    from rasd.model.span import Span
    text = "شنت طائرات غارات جوية على مواقع."
    return Event(eid, "ASSAULT", mode, Span(9, 14, "غارات"), place=place, geo_precision=precision,
                 date=date, time_precision=precision_t, time=time, sentence=Span(0, len(text), text))


_WHERE = {"p1": (33.0, 44.0, "IQ"), "p2": (36.8, 44.67, "IQ")}
_TOLD = frozenset({("x1", "coarse"), ("x2", "place"), ("x2", "day")})


def test_back_reference_refines_only_a_coarse_undated_report_of_its_kind():
    from rasd.stages.event_merge import absorb_anaphor
    keep = _report("x1", "p1", 4, PUB, "week")
    other = _report("x2", "p2", 1, "2024-02-02", "day", time="t2")
    got = absorb_anaphor(keep, other, _WHERE, told=_TOLD)
    assert (got.place, got.date) == ("p2", "2024-02-02")
    # must not fire: the village not named after the back-reference ("مدير مستشفى سيدكان …
    # في الغارة"), a kept town, another kind of act, a kept report with its own day
    for told, kept, mode in ((_TOLD - {("x2", "place"), ("x2", "day")}, keep, "airstrike"),
                             (_TOLD - {("x1", "coarse")}, keep, "airstrike"),
                             (_TOLD, keep, "other")):
        other = _report("x2", "p2", 1, "2024-02-02", "day", time="t2", mode=mode)
        got = absorb_anaphor(kept, other, _WHERE, told=told)
        assert got.place == "p1"
    dated = _report("x1", "p1", 4, "2024-02-08", "day", time="t1")
    got = absorb_anaphor(dated, _report("x2", "p2", 1, "2024-02-02", "day", time="t2"), _WHERE, told=_TOLD)
    assert got.date == "2024-02-08"


def _dated(ev, text):
    doc = ev.make_doc(text, published=PUB, places=[("إدلب", 35.93, 36.63, "SY", "city")],
                      times=[("الأربعاء", "2024-02-07", "day")])
    return ev.dates(doc, "ASSAULT")


def test_day_of_a_report_with_a_two_word_subject_does_not_date_the_act(ev):
    # "قبل أن يعلن الدفاع المدني، اليوم الأربعاء": the report's day; the strike came before it
    assert _dated(ev, "قال مسؤولون إن غارة جوية قتلت خمسة أشخاص في مدينة إدلب، قبل أن يعلن الدفاع "
                      "المدني، اليوم الأربعاء، ارتفاع عدد القتلى.") == [("2024-02-07", "week")]


def test_day_after_the_act_itself_dates_it(ev):
    # must not fire: no reporting verb within three words before the day
    assert _dated(ev, "قصفت الطائرات مواقع المسلحين في ريف مدينة إدلب الأربعاء.") == [("2024-02-07", "day")]
    assert _dated(ev, "قتل خمسة أشخاص في غارة شنتها طائرات حربية على مدينة إدلب الأربعاء.") == [
        ("2024-02-07", "day")]


def _curfew(ev, third: str, extra_places=()) -> list:
    text = ("أعلنت قوى الأمن حظر التجول في مدينة الرقة يوم الأحد. كما قتل يوم الخميس خمسة عناصر في "
            "هجوم على دورية في مدينة الرقة. " + third)
    doc = ev.make_doc(text, published=PUB, entities=[("الرقة", "LOC", None)],
                      places=[("الرقة", 35.95, 39.01, "SY", "city"), *extra_places],
                      times=[("يوم الأحد", "2024-02-04", "day"), ("يوم الخميس", "2024-02-08", "day")])
    return sorted((e.type, e.date) for e in ev.run(doc))


def test_retelling_dated_by_the_sentence_before_joins_the_act(ev):
    # "وأعاد حظر التجول …": the curfew told again, not a second one on the shooting's day
    got = _curfew(ev, "وفرضت قوى الأمن حظر التجول في مدينة الرقة بسبب التوتر.")
    assert [d for t, d in got if t == "COERCE"] == ["2024-02-04"]


def test_retelling_at_another_place_stays_apart(ev):
    # must not fire: the same kind of act at another town is another happening
    got = _curfew(ev, "وفرضت قوى الأمن حظر التجول في مدينة الطبقة بسبب التوتر.",
                  [("الطبقة", 35.84, 38.55, "SY", "city")])
    assert len([d for t, d in got if t == "COERCE"]) == 2


_TOWNS = [("الخالدية", 33.40, 43.50, "IQ", "town"), ("الرمادي", 33.42, 43.30, "IQ", "city")]


def _blast_and_battle(ev, second: str) -> list:
    text = "انفجرت سيارة مفخخة في بلدة الخالدية يوم الخميس. " + second
    doc = ev.make_doc(text, published=PUB, entities=[("الخالدية", "LOC", None), ("الرمادي", "LOC", None)],
                      places=_TOWNS, times=[("يوم الخميس", "2024-02-08", "day")])
    return sorted((e.mode, e.place) for e in ev.run(doc) if e.type == "ASSAULT")


def test_blast_and_battle_in_two_towns_stay_apart(ev):
    # a car bomb in one town and fighting in a town 20 km away, told in two sentences: two acts
    got = _blast_and_battle(ev, "وفي مدينة الرمادي اندلعت معارك عنيفة بين الجيش والمسلحين يوم الخميس.")
    assert got == [("bombing", "p1"), ("clash", "p2")]


def test_blast_told_again_in_the_same_town_merges(ev):
    # must not fire: the same town named again ("الانفجار في الخالدية") is the same blast
    got = _blast_and_battle(ev, "وأسفر التفجير في بلدة الخالدية عن مقتل خمسة أشخاص يوم الخميس.")
    assert len(got) == 1


def test_halves_of_one_trigger_at_one_place_are_one_record():
    # "في مواجهات جبل صبر والضباب": the trigger split by the two hills; when both halves end up
    # at one place they are one happening
    from rasd.stages.event_merge import merge_events
    a = _report("x1", "p2", 1, "2024-02-02", "day", mode="clash")
    b = _report("x2", "p2", 1, "2024-02-02", "day", mode="clash")
    assert len(merge_events([a, b], {"x1": 2, "x2": 2}, _WHERE)) == 1
    # must not fire: a salvo on two places stays two records
    c = _report("x2", "p1", 4, "2024-02-02", "day", mode="clash")
    assert len(merge_events([a, c], {"x1": 2, "x2": 2}, {"p1": (30.0, 40.0, "IQ"), "p2": (36.8, 44.67, "IQ")})) == 2


def _kill_and_means(text: str, kill: str, means: str, mode: str) -> int:
    from rasd.model.record import Event
    from rasd.model.span import Span
    from rasd.stages.event_merge import merge_events

    def mention(eid, word, m):
        start = text.index(word)
        return Event(eid, "ASSAULT", m, Span(start, start + len(word), word), place="p2", geo_precision=1,
                     date="2024-02-02", time_precision="day", sentence=Span(0, len(text), text))
    events = [mention("x1", kill, "killing"), mention("x2", means, mode)]
    return len(merge_events(events, {"x1": 2, "x2": 2}, _WHERE))


def test_killing_and_its_means_in_one_sentence_are_one_act():
    # "اغتيال اللواء … وذلك في انفجار استهدف سيارته", "محاولة اغتيال مدير الأمن بانفجار"
    assert _kill_and_means("أعلن المرصد اغتيال اللواء فلان، مدير المركز، وذلك في انفجار استهدف سيارته.",
                           "اغتيال", "انفجار", "bombing") == 1
    assert _kill_and_means("حملتها مسؤولية محاولة اغتيال مدير الأمن بانفجار استهدف موكبه.",
                           "اغتيال", "انفجار", "bombing") == 1


def test_killing_beside_another_act_stays_apart():
    # must not fire: "اغتيال القائد واشتباكات في البلدة" — two acts joined by و, not a means
    assert _kill_and_means("شهدت البلدة اغتيال القائد واشتباكات عنيفة بين الفصائل.",
                           "اغتيال", "اشتباكات", "clash") == 2


def _killed_since(ev, text, count_text, value, *times):
    doc = ev.make_doc(text, published=PUB, places=[("حلب", 36.2, 37.16, "SY", "city")],
                      quantities=[(count_text, value, "exact", "killed")], times=list(times))
    return [e.counts.get("killed") and e.counts["killed"].value for e in ev.run(doc) if e.type == "ASSAULT"]


def test_toll_since_an_old_date_is_no_count(ev):
    # "وقتل 149 فلسطينيا منذ 30 آذار": counted since a date months back — cumulative
    got = _killed_since(ev, "قتل جندي في هجوم على مدينة حلب يوم الخميس بينما قتل 149 شخصا منذ 30 آذار.",
                        "149 شخصا", 149, ("يوم الخميس", "2024-02-08", "day"), ("30 آذار", "2023-03-30", "day"))
    assert got == [1]  # the soldier, not the 149 counted since March


def test_toll_since_a_recent_day_is_a_count(ev):
    # must not fire: "منذ الخميس", two days back, is this news
    assert _killed_since(ev, "قتل 12 شخصا في الغارات على مدينة حلب منذ الخميس.", "12 شخصا", 12,
                         ("الخميس", "2024-02-08", "day")) == [12]
