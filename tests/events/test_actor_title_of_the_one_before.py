"""Actors of events (event_actors_titles._holder_of): a title between two people's names, when the
second name has its own title right after it ("انتقدت X نائبة وزير خارجية إيران Y مستشار الأمن
القومي الأمريكي"), is the first person's post; the second is not its holder and takes no code from
it. Must still fire: a title before a name with nothing after it ("اتهم X رئيس الوزراء الإسرائيلي
Y بـ")."""

IRAN = ("إيران", 32.4, 53.7, "IR", "country")


def _verbal(ev, text, entities, kind):
    doc = ev.make_doc(text, entities=entities, places=[IRAN])
    return [e for e in ev.run(doc) if e.type == kind]


def test_the_next_name_with_its_own_title_takes_no_code(ev):
    text = "وانتقدت سعاد العلي نائبة وزير خارجية إيران جون بولتون مستشار الأمن القومي الأمريكي بسبب تصريحاته."
    evs = _verbal(ev, text, [("سعاد العلي", "PER", None), ("جون بولتون", "PER", None)], "ACCUSE")
    assert evs and all((t.text, t.code) != ("جون بولتون", "IRNGOV") for e in evs for t in e.targets)


# must still fire: the title before a name with no title of its own is that name's
def test_the_title_before_a_bare_name_is_his(ev):
    text = "واتهم سعيد الفلاني مستشار وزير خارجية إيران محمد العلوي بتسريب الوثائق."
    evs = _verbal(ev, text, [("سعيد الفلاني", "PER", None), ("محمد العلوي", "PER", None)], "ACCUSE")
    assert [(t.text, t.code) for e in evs for t in e.targets if t.text == "محمد العلوي"] == [("محمد العلوي", "IRNGOV")]


def test_the_first_persons_post_is_no_target(ev):
    text = "وانتقدت سعاد العلي نائبة وزير خارجية إيران جون بولتون مستشار الأمن القومي الأمريكي بسبب تصريحاته."
    evs = _verbal(ev, text, [("سعاد العلي", "PER", None), ("جون بولتون", "PER", None)], "ACCUSE")
    assert evs and not any(t.text.startswith("وزير") for e in evs for t in e.targets)
