"""Actors of events (event_actors_physical.means_owner): after an outcome word, the party named
right after "بـ + weapon noun" later in its clause fired it — "أسفرت عن مقتل عشرين فلسطينيا
بنيران الجيش الإسرائيلي" is done by the army, not to it (audit U50 ant-SK-middleEast-1887-20180523)."""
import pytest

ARMY = ("الجيش الإسرائيلي", "ORG", "ISRMIL")


@pytest.mark.parametrize("text,count", [
    ("وأسفرت المواجهات عن مقتل عشرين فلسطينيا وجرح المئات بنيران الجيش الإسرائيلي.",
     ("عشرين فلسطينيا", 20, "exact", "killed")),
    ("وقتل عشرون فلسطينيا بنيران الجيش الإسرائيلي.", ("عشرون فلسطينيا", 20, "exact", "killed")),
    ("وأصيب ثلاثة صيادين بقذائف الجيش الإسرائيلي قبالة الساحل.", ("ثلاثة صيادين", 3, "exact", "injured")),
])
def test_owner_of_the_means_is_the_doer(ev, text, count):
    doc = ev.make_doc(text, entities=[ARMY], quantities=[count])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs
    for e in evs:
        assert "الجيش الإسرائيلي" in [a.text for a in e.actors]
        assert "الجيش الإسرائيلي" not in [t.text for t in e.targets]


def test_fire_on_a_party_stays_target(ev):
    # must not fire: the party after على is who the fire hit
    text = "وقتل عشرون عنصرا بعد أن أطلقت الشرطة النار على الجيش الإسرائيلي."
    doc = ev.make_doc(text, entities=[ARMY, ("الشرطة", "ORG", None)])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert all("الجيش الإسرائيلي" not in [a.text for a in e.actors] for e in evs)
