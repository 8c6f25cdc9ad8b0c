"""Actors of events (event_actors_posts.own_post): the post told right after a named person's
name ("X رئيس حزب Y", "X، الأمين العام لـ Y") describes the actor; neither the title nor the
body it heads is a target. Another person's office (a name or another state inside it) and a
meeting's guest stay targets."""


def _acts(ev, text, entities, etype):
    return [e for e in ev.run(ev.make_doc(text, entities=entities)) if e.type == etype]


def test_the_party_a_speaker_leads_is_no_target(ev):
    text = "وطالب خالد المنصوري رئيس حزب الوفاق الوطني بإقالة الحكومة."
    (e,) = _acts(ev, text, [("خالد المنصوري", "PER", None), ("حزب الوفاق الوطني", "ORG", None)], "REQUEST")
    assert [a.text for a in e.actors] == ["خالد المنصوري"]
    assert [t.text for t in e.targets] == ["الحكومة"]


def test_a_post_after_a_comma_is_his_too(ev):
    text = "ودعا سمير الحداد، الأمين العام لحركة النهضة الشعبية، إلى إجراء انتخابات مبكرة."
    (e,) = _acts(ev, text, [("سمير الحداد", "PER", None), ("حركة النهضة الشعبية", "ORG", None)], "REQUEST")
    assert [a.text for a in e.actors] == ["سمير الحداد"]
    assert not e.targets


def test_the_title_word_alone_is_no_target(ev):
    text = "وأشاد منير الكعبي رئيس دائرة الشهداء في المدينة بموقف الحكومة الأردنية."
    (e,) = _acts(ev, text, [("منير الكعبي", "PER", None)], "SUPPORT")
    assert "رئيس" not in [t.text for t in e.targets]


# must not fire: another person's office after the name is the object
def test_another_states_office_stays_the_target(ev):
    text = "واتهم رجب طيب أردوغان رئيس الوزراء الإسرائيلي بارتكاب مجازر."
    (e,) = _acts(ev, text, [("رجب طيب أردوغان", "PER", "TURGOV")], "ACCUSE")
    assert [t.text for t in e.targets] == ["رئيس الوزراء الإسرائيلي"]


def test_a_title_before_another_name_stays_the_target(ev):
    text = "وطالب خالد المنصوري رئيس الحكومة سمير الحداد بالاستقالة."
    (e,) = _acts(ev, text, [("خالد المنصوري", "PER", None), ("سمير الحداد", "PER", None)], "REQUEST")
    assert "سمير الحداد" in [t.text for t in e.targets]


def test_a_meetings_guest_stays_the_target(ev):
    text = "واستقبل عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة."
    (e,) = _acts(ev, text, [("عبد الفتاح السيسي", "PER", None)], "CONSULT")
    assert [t.text for t in e.targets] == ["وزير الخارجية الأمريكي"]
