"""Actors of events (event_actors_named.titled_code): a person the article introduces with a
government title and its nationality adjective right before his name ("الرئيس الفرنسي إيمانويل
ماكرون", "وزير الداخلية الإيطالي ماتيو سالفيني") is that state's government in every mention,
also where a later sentence names him alone ("ودعا ماكرون …" → FRAGOV). Must not fire: the head
of a non-state body ("رئيس المنظمة الإيطالية X"), a title away from the name."""

EU = ("الاتحاد الأوروبي", "ORG", "IGOEEC")


def _actor_codes(ev, text, entities, kind):
    doc = ev.make_doc(text, entities=entities)
    return [(a.text, a.code) for e in ev.run(doc) if e.type == kind for a in e.actors]


def test_a_later_bare_name_keeps_the_title_code(ev):
    text = ("وألقى الرئيس الفرنسي إيمانويل ماكرون كلمة في البرلمان. "
            "ودعا ماكرون الاتحاد الأوروبي إلى إصلاح قواعد اللجوء.")
    got = _actor_codes(ev, text, [("إيمانويل ماكرون", "PER", None), ("ماكرون", "PER", None), EU], "REQUEST")
    assert got == [("ماكرون", "FRAGOV")]


def test_a_minister_named_after_his_title(ev):
    text = ("وزار وزير الداخلية الإيطالي ماتيو سالفيني الميناء. "
            "وانتقد سالفيني الاتحاد الأوروبي بشدة بسبب سياسة الهجرة.")
    got = _actor_codes(ev, text, [("ماتيو سالفيني", "PER", None), ("سالفيني", "PER", None), EU], "ACCUSE")
    assert got == [("سالفيني", "ITAGOV")]


# must not fire: a non-state body's head
def test_the_head_of_an_organisation_is_no_government(ev):
    text = ("وقال رئيس المنظمة الإيطالية ماورو بالما إن السجون مكتظة. "
            "وانتقد بالما الاتحاد الأوروبي بشدة بسبب سياسة الهجرة.")
    got = _actor_codes(ev, text, [("ماورو بالما", "PER", None), ("بالما", "PER", None), EU], "ACCUSE")
    assert all(code != "ITAGOV" for _, code in got)
