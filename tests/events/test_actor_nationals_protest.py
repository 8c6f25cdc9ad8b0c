"""Actors of events (event_actors_physical.nationals_out): the nationals right after a protest
verb, with or without a number word ("تظاهر آلاف العراقيين", "وتظاهر اللبنانيون"), stage the
protest: its actor, coded <ISO3>CVL. Protesters named in the sentence keep their own rule, and a
nationality word that is no plural is nothing."""


def _protests(ev, text):
    return [e for e in ev.run(ev.make_doc(text)) if e.type == "PROTEST"]


def test_thousands_of_nationals_stage_it(ev):
    (e,) = _protests(ev, "وتظاهر آلاف العراقيين الجمعة في ساحة التحرير.")
    assert [(a.text, a.code) for a in e.actors] == [("آلاف العراقيين", "IRQCVL")]


def test_hundreds_gather(ev):
    (e,) = _protests(ev, "واحتشد مئات السودانيين أمام مقر البرلمان.")
    assert [(a.text, a.code) for a in e.actors] == [("مئات السودانيين", "SDNCVL")]


def test_the_nationals_with_no_number(ev):
    (e,) = _protests(ev, "وتظاهر اللبنانيون أمس أمام مقر البرلمان.")
    assert [(a.text, a.code) for a in e.actors] == [("اللبنانيون", "LBNCVL")]


# must not fire: a singular nationality adjective after the verb names no crowd
def test_a_singular_adjective_is_no_crowd(ev):
    evs = _protests(ev, "وتظاهر طلاب الجامعة السورية أمام مقر البرلمان.")
    assert all(a.code != "SYRCVL" for e in evs for a in e.actors)
