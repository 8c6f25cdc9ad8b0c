"""A hashtag whose parts, joined by spaces, are a listed place or organisation is one mention of
that name, and an entity's name has spaces for a hashtag's underscores (audit ent41:
"#خان_يونس" gave LOC خان, placed at Gaza City, and LOC يونس; "#جنوب_السودان" gave Sudan)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, run

_NAMES = dict(NAMES, **{"خان يونس": "LOCB", "خان": "LOCS", "يونس": "PERF|LOCS",
                        "جنوب السودان": "LOCB", "السودان": "LOCB", "الحوثي": "PERL"})


def _entities(doc):
    return [(e.name, e.label, [m.text for m in e.mentions]) for e in doc.entities]


def test_a_listed_hashtag_is_one_named_place():
    doc = run("أصيب المسعفون شرق #خان_يونس أمس", {"خان": "B-LOC", "يونس": "B-LOC"}, _NAMES)
    assert _entities(doc) == [("خان يونس", "LOC", ["خان_يونس"])]
    doc = run("واستقل #جنوب_السودان عن الخرطوم", {"السودان": "B-LOC"}, _NAMES)
    assert _entities(doc) == [("جنوب السودان", "LOC", ["جنوب_السودان"])]


def test_a_hashtag_no_list_knows_whole_is_left_alone():
    # must not fire: the parts joined are no listed name; no chunk inside the hashtag
    doc = run("قتل عناصر من #ميليشيات_الحوثي أمس", {"الحوثي": "B-PER"}, _NAMES)
    assert [m for _, _, ms in _entities(doc) for m in ms] == ["الحوثي"]
    doc = run("أصيب المسعفون شرق #خان_يونس أمس", {}, _NAMES)
    assert _entities(doc) == []


def test_a_chunk_run_on_past_the_hashtag_gives_way():
    # audit U58: the tagger read "_" as a word and ran on into the words after the hashtag
    doc = run("وقال إن #جنوب_السودان بلد فقير", {"جنوب": "B-LOC", "_": "B-ORG", "السودان": "I-ORG",
                                                 "بلد": "I-ORG", "فقير": "I-ORG"}, _NAMES)
    assert _entities(doc) == [("جنوب السودان", "LOC", ["جنوب_السودان"])]


def test_a_hashtag_name_has_one_space_for_underscore_and_space():
    # audit U58: "#الاتحاد_ الأوروبي" (a space after the underscore) named the body with two spaces
    doc = run("وتتجه دول #الاتحاد_ الأوروبي نحو الضغط", {"الاتحاد": "B-ORG", "_": "I-ORG", "الأوروبي": "I-ORG"}, _NAMES)
    assert [e.name for e in doc.entities] == ["الاتحاد الأوروبي"]
