"""Actors of physical acts (event_actors_clause.after_time_word): an act noun governed by a time
preposition (بعد، عقب، إثر، قبل، غداة، منذ) is its genitive; the party before the preposition
belongs to the clause it qualifies — "التحرك المقبل في الأمم المتحدة بعد مواجهات غزة" gives the
clashes no UN doer (audit U56 ant-SK-middleEast-730-20180402)."""
import pytest

UN = ("الأمم المتحدة", "ORG", "IGOUNO")


@pytest.mark.parametrize("text,typ", [
    ("قال وزير الخارجية الأردني إن هناك خيارين ضمن التحرك المقبل في الأمم المتحدة بعد مواجهات رفح "
     "الأخيرة والتي ذهب ضحيتها أكثر من 12 فلسطينيا.", "ASSAULT"),
    ("وتعهدت الأمم المتحدة بمتابعة القضية عقب الإفراج عن الصحفيين الثلاثة.", "RETREAT"),
])
def test_the_party_before_the_time_word_does_not_do_the_act(ev, text, typ):
    qs = [("أكثر من 12 فلسطينيا", 12, "more_than", "killed")] if "12" in text else []
    evs = [e for e in ev.run(ev.make_doc(text, entities=[UN], quantities=qs)) if e.type == typ]
    assert evs and not any(a.text == "الأمم المتحدة" for e in evs for a in e.actors)


def test_an_armed_party_before_a_clash_fought_in_it(ev):
    # must not fire: "على يد المقاومة … بعد اشتباكات": the armed party is in the clashes
    text = "وقتل قيادي بارز و12 من مرافقيه على يد المقاومة الشعبية بعد اشتباكات عنيفة."
    doc = ev.make_doc(text, entities=[("المقاومة الشعبية", "ORG", "YEMREB")])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert any(a.text == "المقاومة الشعبية" for e in evs for a in e.actors)
