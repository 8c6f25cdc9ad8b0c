"""لصالح (in favour of) read as ل + the given name صالح (audit U52: "سواء لصالح ترامب أو ضده" → صالح
ترامب): the person starts after it when the article names him under another given name."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_in_favour_of_a_person_the_article_names_in_full():
    doc = run("انتقد دونالد ترامب البرنامج، ولم تصرح المذيعة لصالح ترامب أو ضده",
              {"دونالد": "B-PER", "ترامب": "I-PER", "لصالح": "B-PER"}, NAMES)
    assert ("ترامب", "PER") in mentions(doc)
    assert not any(m.startswith("صالح") for m, _ in mentions(doc))


def test_saleh_the_man_is_kept():  # must not fire: no other given name for the surname
    doc = run("وقال القيادي الموالي لصالح العريقي إن القوات تقدمت", {"لصالح": "B-PER", "العريقي": "I-PER"}, NAMES)
    assert mentions(doc) == [("صالح العريقي", "PER")]
