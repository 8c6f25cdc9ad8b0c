"""Actors of a physical act named as a case file (event_actors_speakers.case_of): "في ملف/قضية <act>"
is a file before a court or a party; they do not do the act, the name after it suffered it."""
import pytest

GAZA = ("غزة", 31.5, 34.47, "PS", "city")


def _assault(ev, text, entities=()):
    doc = ev.make_doc(text, entities=list(entities), places=[GAZA])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return a


@pytest.mark.parametrize("text,court,entities", [
    ("وقال الوزير إن الحكومة ستتوجه إلى المحكمة الجنائية الدولية في ملف إحراق منزل في غزة أمس.",
     "المحكمة الجنائية الدولية", [("المحكمة الجنائية الدولية", "ORG", "IGOICC")]),
    ("وقالت هيئة الدفاع إن التقدم في ملف اغتيال سامي خليل في غزة أمس يعني التقدم في كل القضايا.",
     "سامي خليل", [("سامي خليل", "PER", None)]),
])
def test_no_doer_before_or_after_a_case_file(ev, text, court, entities):
    a = _assault(ev, text, entities)
    assert court not in [x.text for x in a.actors]


def test_the_name_after_the_case_file_is_the_victim(ev):
    a = _assault(ev, "وقالت هيئة الدفاع إن التقدم في ملف اغتيال سامي خليل في غزة أمس يعني التقدم في كل القضايا.",
                 [("سامي خليل", "PER", None)])
    assert "سامي خليل" in [x.text for x in a.targets]


# must not fire: an act not named as a case keeps its doer
def test_the_doer_of_an_act_stays(ev):
    a = _assault(ev, "وقصف الجيش الإسرائيلي منزلا في غزة أمس.", [("الجيش الإسرائيلي", "ORG", "ISRMIL")])
    assert [x.text for x in a.actors] == ["الجيش الإسرائيلي"]


def test_a_file_word_after_the_act_does_not_fire(ev):
    a = _assault(ev, "وقصف الجيش الإسرائيلي ملفات الأرشيف في غزة أمس.", [("الجيش الإسرائيلي", "ORG", "ISRMIL")])
    assert [x.text for x in a.actors] == ["الجيش الإسرائيلي"]
