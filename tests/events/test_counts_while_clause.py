"""A toll told after فيما/بينما counts what its own clause tells (SPEC §2.6: an event's counts are
its own): "… أسفرا عن مصرع 11 جنديا وإصابة 30 آخرين، فيما قتل ثلاثة من المسلحين وأصيب تسعة
آخرون" — the three gunmen killed go with the nine wounded, not with the soldiers' 30; a while
clause with no toll of a kind still takes the one before it ("فقتلوا 11 جنديا، فيما أصيب 30")."""
import pytest

RAMADI = ("الرمادي", 33.42, 43.30, "IQ", "city")
QTY = [("11 جنديا", 11, "exact", "killed"), ("30 آخرين", 30, "exact", "injured"),
       ("ثلاثة من المسلحين", 3, "exact", "killed"), ("تسعة آخرون", 9, "exact", "injured")]


def _tolls(ev, text):
    doc = ev.make_doc(text, published="2018-03-19", places=[RAMADI], quantities=[q for q in QTY if q[0] in text])
    return sorted(tuple(sorted((k, c.value) for k, c in e.counts.items()))
                  for e in ev.run(doc) if e.type == "ASSAULT")


@pytest.mark.parametrize("text", [
    "نصب المسلحون كمينين لدوريات الجيش قرب الرمادي أسفرا عن مصرع 11 جنديا وإصابة 30 آخرين، فيما قتل ثلاثة"
    " من المسلحين وأصيب تسعة آخرون.",
    "وقتل 11 جنديا وأصيب 30 آخرين قرب الرمادي، فيما قتل ثلاثة من المسلحين وأصيب تسعة آخرون.",
])
def test_the_while_clause_counts_its_own_toll(ev, text):
    tolls = _tolls(ev, text)
    assert (("injured", 30), ("killed", 11)) in tolls
    assert all(dict(t).get("killed") != 3 or dict(t).get("injured") in (None, 9) for t in tolls)


def test_a_while_clause_with_no_toll_of_its_kind_takes_the_one_before(ev):
    text = "هاجم مسلحون حاجزا للجيش قرب الرمادي فقتلوا 11 جنديا، فيما أصيب 30 آخرين في الهجوم."
    assert _tolls(ev, text) == [(("injured", 30), ("killed", 11))]
