"""Actors (event_actors_clause.caused_by_what): an act noun right after a verb of causing whose
subject is ما ("وهو ما أثار الاحتجاجات", "مما أشعل المواجهات") is what the clause before caused;
no party named in that clause did it — the man whose arrest sparked the protests was their
actor (audit U58 ant-BB-internationalNews-230-20180326)."""
import pytest

PER = ("سامر الخطيب", "PER", None)


@pytest.mark.parametrize("text,typ", [
    ("وتوترت الأوضاع في الإقليم بعد اعتقال الناشط سامر الخطيب يوم الجمعة الماضية، وهو ما أثار احتجاجات في المدينة.",
     "PROTEST"),
    ("ونشر الناشط سامر الخطيب صورا من السجن أمس، مما أشعل مظاهرات غاضبة في العاصمة.", "PROTEST"),
])
def test_the_cause_named_before_is_no_actor(ev, text, typ):
    evs = [e for e in ev.run(ev.make_doc(text, entities=[PER])) if e.type == typ]
    assert evs and not any(a.text == "سامر الخطيب" for e in evs for a in e.actors)


def test_a_subject_that_sparked_it_by_name_still_acts(ev):
    # must not fire: no ما — the named party is the verb's subject and marched itself
    text = "وقاد الناشط سامر الخطيب مظاهرات غاضبة في العاصمة أمس."
    evs = [e for e in ev.run(ev.make_doc(text, entities=[PER])) if e.type == "PROTEST"]
    assert any(a.text == "سامر الخطيب" for e in evs for a in e.actors)
