"""Actor codes (event_actors_titles.title_antecedent): an uncoded one-word title ("ودعا الملك …")
takes the code of the last person the article named right after that same title before it
("استقبل الملك حمد بن سالم …"): the same office holder, told again by his title."""


def test_the_title_takes_its_holders_code(ev):
    text = ("دبي - استقبل الملك حمد بن سالم وفدا أوروبيا أمس. "
            "ودعا الملك الحكومة إلى إطلاق حوار مع الأحزاب.")
    doc = ev.make_doc(text, published=None, entities=[("حمد بن سالم", "PER", "BHRGOV")])
    evs = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert evs and [(a.text, a.code) for a in evs[0].actors] == [("الملك", "BHRGOV")]


# must not fire: another title's holder gives no code ("الرئيس X" … "الملك")
def test_another_titles_holder_gives_no_code(ev):
    text = ("دبي - استقبل الرئيس حمد بن سالم وفدا أوروبيا أمس. "
            "ودعا الملك الحكومة إلى إطلاق حوار مع الأحزاب.")
    doc = ev.make_doc(text, published=None, entities=[("حمد بن سالم", "PER", "BHRGOV")])
    evs = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert all(a.code != "BHRGOV" for e in evs for a in e.actors if a.text == "الملك")
