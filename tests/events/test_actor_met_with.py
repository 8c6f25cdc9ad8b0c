"""Targets of meetings (event_actors_against.met_with): the party right after مع a few words
after a meeting trigger is whom the actor met, across a day or a title set off by commas
("والتقى رئيس دولة جنوب السودان سلفاكير ميرديت، الأربعاء، مع مشار"); a complementiser ends the
reach (audit U52 saudinewsnet-2015-08-03-00145)."""

AMMAN = ("عمان", 31.95, 35.93, "JO", "city")


def _met(ev, text, entities):
    doc = ev.make_doc(text, places=[AMMAN], entities=entities)
    return [[t.text for t in e.targets] for e in ev.run(doc) if e.type == "CONSULT"]


def test_partner_after_a_day_aside(ev):
    got = _met(ev, "والتقى وزير الخارجية الأردني، الاثنين، مع رامي الخطيب في عمان.",
               [("رامي الخطيب", "PER", None)])
    assert got and "رامي الخطيب" in got[0]


def test_partner_past_a_complementiser_is_not_met(ev):
    # must not fire: مع belongs to the reported clause after أن
    got = _met(ev, "والتقى وزير الخارجية الأردني في عمان، وأكد أن التعاون مع رامي الخطيب مستمر.",
               [("رامي الخطيب", "PER", None)])
    assert all("رامي الخطيب" not in t for t in got)
