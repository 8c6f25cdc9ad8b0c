"""The doer named by "من قبل"/"على يد" right after an act (event_actors_doers.done_by): "لهجوم من قبل
تنظيم داعش" — the one after it did the act, it is not its target."""
import pytest

MOSUL = ("الموصل", 36.34, 43.13, "IQ", "city")
ISIS = ("تنظيم داعش", "ORG", "IMGMUSISI")


def _events(ev, text, entities):
    doc = ev.make_doc(text, entities=list(entities), places=[MOSUL])
    return ev.run(doc)


@pytest.mark.parametrize("text,doer,entities", [
    ("وقتل ضابط بعد تعرضه لهجوم من قبل تنظيم داعش في الموصل أمس.", "تنظيم داعش", [ISIS]),
    ("وجرى اعتقاله من قبل القوات العراقية في الموصل أمس.", "القوات العراقية",
     [("القوات العراقية", "ORG", "IRQMIL")]),
])
def test_the_one_after_min_qibal_does_the_act(ev, text, doer, entities):
    (e,) = [e for e in _events(ev, text, entities) if e.type in ("ASSAULT", "COERCE")]
    assert [x.text for x in e.actors] == [doer]
    assert doer not in [x.text for x in e.targets]


# must not fire: "على يد" more than three words after the act is another act's doer
def test_far_doer_is_left_alone(ev):
    text = "وساعدت الحكومة في اعتقالهما وترحيلهما إلى الموصل وتعرضهما للتعذيب على يد تنظيم داعش."
    evs = [e for e in _events(ev, text, [("الحكومة", "ORG", "IRQGOV"), ISIS]) if e.trigger.text == "ترحيلهما"]
    assert all("تنظيم داعش" not in [x.text for x in e.actors] for e in evs)
