"""Nominal actors (event_nominals.scan_nominals, _rank_adjective): the rank of an office between
its title and the nationality ("الوزير الأول الفرنسي", the French prime minister) is part of the
title — the nation after it is the holder's, not the country the story is told in."""

CARTHAGE = ("قرطاج", 36.85, 10.33, "TN", "city")


def test_the_rank_keeps_the_holders_nation(ev):
    text = "واستقبل الوزير الأول البلجيكي أمس رئيس الحكومة التونسية في قرطاج."
    doc = ev.make_doc(text, places=[CARTHAGE])
    evs = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert evs and (evs[0].actors[0].text, evs[0].actors[0].code) == ("الوزير الأول البلجيكي", "BELGOV")


# must not fire: a rank with no nationality after it leaves the title alone
def test_a_rank_alone_adds_no_nation(ev):
    text = "واستقبل الوزير الأول أمس رئيس الحكومة التونسية في قرطاج."
    doc = ev.make_doc(text, places=[CARTHAGE])
    evs = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert evs and evs[0].actors[0].text == "الوزير" and evs[0].actors[0].code != "BELGOV"
