"""Actors of verbal acts (event_actors_speakers.first_person_speaker): a verb in the first person plural
("ندعو", "نطالب", "نرفض") is the speaker's own act; who follows it is the object."""
import pytest

LONDON = ("لندن", 51.5, -0.12, "GB", "city")


def _verbal(ev, text, source, claim, entities=()):
    doc = ev.make_doc(text, entities=list(entities), places=[LONDON],
                      attributions=[(source, claim, False)])
    return [e for e in ev.run(doc) if e.type in ("REQUEST", "REJECT", "ACCUSE")]


@pytest.mark.parametrize("text,source,claim,target", [
    ('وقالت وزارة الخارجية البريطانية في لندن أمس: "ندعو نظام الأسد إلى وقف العنف ضد المدنيين".',
     "وزارة الخارجية البريطانية", "ندعو نظام الأسد إلى وقف العنف ضد المدنيين", "نظام"),
    ('وقال المتحدث باسم الحكومة في لندن أمس: "نطالب السلطات الإيرانية بالإفراج عن المعتقلين".',
     "المتحدث باسم الحكومة", "نطالب السلطات الإيرانية بالإفراج عن المعتقلين", "السلطات الإيرانية"),
])
def test_the_speaker_of_a_we_verb_is_its_actor(ev, text, source, claim, target):
    (e,) = _verbal(ev, text, source, claim)
    assert [a.text for a in e.actors] == [source]
    assert target in [t.text for t in e.targets][0]


# must not fire: a prayer, and a speaker who is no political actor (the act is left as read)
def test_a_prayer_asks_no_one(ev):
    evs = _verbal(ev, 'وقال وزير الداخلية في لندن أمس: "وندعو الله أن يتقبل الضحايا".',
                  "وزير الداخلية", "وندعو الله أن يتقبل الضحايا")
    assert all(e.actors == [] or e.actors[0].text != "وزير الداخلية" for e in evs)


def test_a_private_speaker_leaves_the_act_as_read(ev):
    text = 'وقالت والدة المعتقل في لندن أمس: "نطالب السلطات الإيرانية بالإفراج عن ابني".'
    evs = _verbal(ev, text, "والدة المعتقل", "نطالب السلطات الإيرانية بالإفراج عن ابني")
    assert all(a.text != "والدة المعتقل" for e in evs for a in e.actors)
