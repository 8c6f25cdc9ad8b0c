"""Actors of killing verbs (event_actors_physical.killer_before_toll): an unvocalised قتل with
a doer right after it and then a toll of people is active — the doer kills."""
import pytest

BORDER = ("الحدود", 31.5, 34.5, "PS", "region")


def _killing(ev, text, toll, value):
    doc = ev.make_doc(text, places=[BORDER], quantities=[(toll, value, "exact", "killed")])
    (k,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return k


@pytest.mark.parametrize("text,toll,value,doer", [
    ("وقتلت القوات الإسرائيلية 60 متظاهرا عند الحدود أمس.", "60 متظاهرا", 60, "القوات الإسرائيلية"),
    # a relative clause between the doer and the toll
    ("وقتل انتحاري يشتبه بانتمائه للتنظيم، 32 شخصا عند الحدود أمس.", "32 شخصا", 32, "انتحاري"),
    # a phrase between them
    ("وقتل الجيش في هذه المواجهات نحو 150 متظاهرا عند الحدود.", "نحو 150 متظاهرا", 150, "الجيش"),
])
def test_the_noun_between_a_killing_verb_and_its_toll_is_the_doer(ev, text, toll, value, doer):
    k = _killing(ev, text, toll, value)
    assert [a.text for a in k.actors] == [doer]
    assert doer not in [t.text for t in k.targets]


# must not fire: the passive verb, with its toll first, joined by و, or after a preposition
@pytest.mark.parametrize("text,toll,value", [
    ("قتل 17 شخصا عند الحدود أمس.", "17 شخصا", 17),
    ("قتل جندي إسرائيلي و3 مسلحين عند الحدود أمس.", "3 مسلحين", 3),
    ("قتل قائد الشرطة مع 5 من مرافقيه عند الحدود أمس.", "5 من مرافقيه", 5),
    ("قتل جندي إسرائيلي وأصيب 3 آخرون عند الحدود أمس.", "3 آخرون", 3),
])
def test_a_passive_killing_verb_keeps_no_doer(ev, text, toll, value):
    k = _killing(ev, text, toll, value)
    assert k.actors == []
