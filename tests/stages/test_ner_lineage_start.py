"""A person's name the tagger began at the father's name, or at the link, leaving out the given
name before "بنت"/"بن" (audit U46: "الأميرة مشاعل بنت عبدالمحسن بن عبدالعزيز" → only the
father's name)."""
from test_ner import mentions, run

_FATHER = {"عبدالمحسن": "B-PER", "بن": "I-PER", "عبدالعزيز": "I-PER"}


def test_a_princess_named_after_a_title_keeps_her_given_name():
    doc = run("توفيت الأميرة مشاعل بنت عبدالمحسن بن عبدالعزيز أمس", _FATHER)
    assert mentions(doc) == [("مشاعل بنت عبدالمحسن بن عبدالعزيز", "PER")]


def test_the_tagger_starting_at_the_link():
    doc = run("توفيت الأميرة مشاعل بنت عبدالمحسن بن عبدالعزيز أمس",
              {"بنت": "B-PER", "عبدالمحسن": "I-PER", "بن": "I-PER", "عبدالعزيز": "I-PER"})
    assert mentions(doc) == [("مشاعل بنت عبدالمحسن بن عبدالعزيز", "PER")]


def test_a_listed_given_name_without_a_title():
    doc = run("وقالت هيفاء بنت عبدالمحسن بن عبدالعزيز إن العزاء اليوم", _FATHER,
              names={"هيفاء": "PERF"})
    assert mentions(doc) == [("هيفاء بنت عبدالمحسن بن عبدالعزيز", "PER")]


def test_no_given_name_before_the_link():
    # must not fire: a definite word, or an unlisted word with no title before it
    two = {"عبدالمحسن": "B-PER", "عبدالعزيز": "I-PER"}
    assert mentions(run("وصل الوفد بن عبدالمحسن عبدالعزيز أمس", two)) == [("عبدالمحسن عبدالعزيز", "PER")]
    assert mentions(run("وصلت برقية بنت عبدالمحسن عبدالعزيز أمس", two)) == [("عبدالمحسن عبدالعزيز", "PER")]
