"""A chunk is cut before a later word that is ف + ال + a listed place
(audit U60: "يليه منفذ الخفجي ثم سلوى فالرقعي" — then Salwa, then al-Ruqi — was one person)."""
from test_ner import mentions, run


def test_then_a_listed_place_after_fa_is_its_own_place():
    doc = run("يأتي أولا عمار فالمنامة في الترتيب", {"عمار": "B-PER", "فالمنامة": "I-PER"},
              {"المنامة": "LOCB"})
    assert mentions(doc) == [("عمار", "PER"), ("المنامة", "LOC")]


def test_a_person_after_fa_is_left_to_the_person_rules():
    # must not fire: "العطار" is listed as a surname, not a place
    doc = run("فاز يوسف فالعطار", {"يوسف": "B-PER", "فالعطار": "I-PER"}, {"العطار": "PERL"})
    assert mentions(doc) == [("يوسف فالعطار", "PER")]


def test_a_name_with_fa_and_an_unknown_rest_stays():
    # must not fire: "فرانك فالتر شتاينماير" — التر is in no list and never alone
    doc = run("استقبل فرانك فالتر شتاينماير الوفد", {"فرانك": "B-PER", "فالتر": "I-PER", "شتاينماير": "I-PER"})
    assert mentions(doc) == [("فرانك فالتر شتاينماير", "PER")]
