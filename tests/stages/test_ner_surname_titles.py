"""الملا, a title that is also a family name (audit U26): dropped before a name, a break between
two people, kept at a name's end ("عبدالله الملا")."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasd.stages.ner import NerStage
from rasd.stages.ner.around import split_persons


def _trimmed(text: str) -> str:
    words = text.split()
    stub = SimpleNamespace(_types=lambda w: frozenset())
    doc = SimpleNamespace(tokens=[SimpleNamespace(text=w) for w in words])
    a, b = NerStage._trim(stub, doc, 0, len(words))
    return " ".join(words[a:b])


@pytest.mark.parametrize("chunk,name", [
    ("الملا محمد عمر", "محمد عمر"),          # gold writes "محمد أختر منصور" for "الملا محمد أختر منصور"
    ("والملا منان", "منان"),
    ("للملا عمر", "عمر"),
    ("الملا", "الملا"),                      # must not fire: nothing after it
    ("الشاهد أليكس شاكر", "أليكس شاكر"),      # "وقال الشاهد أليكس شاكر": the witness
])
def test_the_mullah_title_is_dropped_before_a_name(chunk, name):
    assert _trimmed(chunk) == name


def _split(text: str) -> list[str]:
    words = text.split()
    chunks = split_persons([(0, len(words), "PER")], words, lambda w: frozenset())
    return [" ".join(words[a:b]) for a, b, _lab in chunks]


@pytest.mark.parametrize("chunk,people", [
    ("عمر الملا عبدالله منان", ["عمر", "عبدالله منان"]),   # "الشقيق الأصغر للملا عمر الملا عبدالله منان"
    ("أحمد الملا", ["أحمد الملا"]),                           # must not fire: a family name at the end
    ("يوسف الشاهد", ["يوسف الشاهد"]),                         # Tunisia's prime minister
])
def test_the_mullah_title_inside_a_chunk_parts_two_people(chunk, people):
    assert _split(chunk) == people
