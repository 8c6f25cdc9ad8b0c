"""A person's chunk does not run over ل + a surname the article gives another man (audit U58):
"ورد سليم لعباس" is Salim answering Abbas, "المستشار لعباس رامي حداد" Abbas's adviser Rami."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, محمود="PERF|PERT", رامي="PERF|PERT", لبيب="PERT")


def test_the_chunk_ends_before_the_other_mans_surname():
    doc = run("التقى محمود عباس الوفد. وقال الكاتب جون هالر لعباس إن الخطة جاهزة",
              {"محمود": "B-PER", "عباس": "I-PER", "جون": "B-PER", "هالر": "I-PER", "لعباس": "I-PER"}, _NAMES)
    assert ("جون هالر", "PER") in mentions(doc) and all("لعباس" not in m for m, _ in mentions(doc))


def test_the_chunk_starts_after_the_other_mans_surname():
    doc = run("التقى محمود عباس الوفد. وقال المستشار لعباس رامي حداد إن الخطة جاهزة",
              {"محمود": "B-PER", "عباس": "I-PER", "لعباس": "B-PER", "رامي": "I-PER", "حداد": "I-PER"}, _NAMES)
    assert ("رامي حداد", "PER") in mentions(doc)


def test_a_name_in_lam_stays():  # must not fire: لبيب is a listed person's word
    doc = run("التقى محمود بيب الوفد. وقال لبيب حداد إن الخطة جاهزة",
              {"محمود": "B-PER", "بيب": "I-PER", "لبيب": "B-PER", "حداد": "I-PER"}, _NAMES)
    assert ("لبيب حداد", "PER") in mentions(doc)


def test_the_surname_alone_behind_lam_loses_it():
    doc = run("التقى محمود عباس الوفد. وقال جون هالر لعباس إن الخطة جاهزة. وقدم مساعدو لعباس الوثائق",
              {"محمود": "B-PER", "عباس": "I-PER", "جون": "B-PER", "هالر": "I-PER", "لعباس": "I-PER"}, _NAMES)
    assert "لعباس" not in {m for m, _ in mentions(doc)}
