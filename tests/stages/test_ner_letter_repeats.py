"""A preposition on a name's first word that the name lists let stand comes off when the article
writes the rest of the name on its own (audit U60: "بالنسبة لحسن نصر الله" beside "حسن نصر الله"
kept ل, as لحسن is a listed name; "كمحمد العون": ك before a listed given name)."""
from test_ner import mentions, run


def test_the_letter_comes_off_a_name_written_without_it():
    doc = run("قال سمير جعفر إن الأمر بالنسبة لسمير جعفر محسوم",
              {"سمير": "B-PER", "لسمير": "B-PER", "جعفر": "I-PER"}, {"لسمير": "PERT"})
    assert mentions(doc) == [("سمير جعفر", "PER"), ("سمير جعفر", "PER")]


def test_the_letter_stays_when_the_rest_is_never_written_alone():
    # must not fire: "لحسن حداد" alone in the article — the listed name keeps its letter
    doc = run("استقبل الوزير لحسن حداد الوفد", {"لحسن": "B-PER", "حداد": "I-PER"}, {"لحسن": "PERT"})
    assert mentions(doc) == [("لحسن حداد", "PER")]


def test_the_rest_inside_a_longer_word_is_no_witness():
    # must not fire: "ولسمير جعفر" holds the rest behind two letters, not on its own
    doc = run("شكرا ولسمير جعفر وأما لسمير جعفر فلا",
              {"لسمير": "B-PER", "ولسمير": "O", "جعفر": "I-PER"}, {"لسمير": "PERT"})
    assert ("لسمير جعفر", "PER") in mentions(doc)


def test_like_before_a_listed_given_name():
    doc = run("رحل زملاء كثيرون كمحمد العون وغيره", {"كمحمد": "B-PER", "العون": "I-PER"},
              {"محمد": "PERF"})
    assert mentions(doc) == [("محمد العون", "PER")]
