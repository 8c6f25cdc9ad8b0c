"""A place that opens the sentence ("وفي X،", "أما في X فقد …") frames everything the sentence
tells, also an act told after another trigger in that opening clause (SPEC §2.6: the place
is where it happened): "أما في الناصرية فقد تصدت قوات الأمن للمتظاهرين، فقتلت ثلاثة منهم" is a
killing in Nasiriya, not in the town the sentence before named."""
import pytest

KUT = ("الكوت", 32.51, 45.82, "IQ", "city")
NASIRIYA = ("الناصرية", 31.04, 46.26, "IQ", "city")
TIMES = [("الجمعة", "2018-07-20", "day")]
LEAD = "قتل شرطي في اشتباكات مع مسلحين في الكوت الجمعة. "


def _killing_places(ev, tail):
    doc = ev.make_doc(LEAD + tail, published="2018-07-21", places=[KUT, NASIRIYA], times=TIMES,
                      quantities=[("ثلاثة منهم", 3, "exact", "killed")])
    names = {p.id: p.name for p in doc.places}
    return [names.get(e.place) for e in ev.run(doc) if e.type == "ASSAULT" and "killed" in e.counts
            and e.counts["killed"].value == 3]


@pytest.mark.parametrize("tail", [
    "أما في الناصرية فقد تصدت قوات الأمن للمتظاهرين، فقتلت ثلاثة منهم وأصابت العشرات.",
    "وفي الناصرية، فرقت قوات الأمن المتظاهرين بالقوة، فقتلت ثلاثة منهم.",
])
def test_the_opening_place_frames_the_later_act(ev, tail):
    assert _killing_places(ev, tail) == ["الناصرية"]


def test_a_place_inside_another_act_clause_stays_out(ev):
    # not opening the sentence: the place of the other act's clause, as before
    tail = "وقتلت قوات الأمن ثلاثة منهم، بعد يوم من احتجاجات في الناصرية."
    assert _killing_places(ev, tail) != ["الناصرية"]


MOSUL = ("الموصل", 36.34, 43.13, "IQ", "city")
BASRA = ("البصرة", 30.51, 47.81, "IQ", "city")


def test_a_back_reference_joins_the_happening_at_the_place_its_sentence_opens_with(ev):
    text = ("تظاهر آلاف الطلاب الجمعة في الموصل للمطالبة بفرص عمل. وتظاهر المئات في البصرة ضد الفساد. "
            "وفي الموصل، ردد المحتجون هتافات ضد الحكومة وأصيب خمسة منهم.")
    doc = ev.make_doc(text, published="2018-07-21", places=[MOSUL, BASRA], times=TIMES,
                      entities=[("الموصل", "LOC", None), ("البصرة", "LOC", None)],
                      quantities=[("خمسة منهم", 5, "exact", "injured")])
    names = {p.id: p.name for p in doc.places}
    hurt = [names.get(e.place) for e in ev.run(doc) if e.type == "PROTEST" and "injured" in e.counts]
    assert hurt == ["الموصل"]
