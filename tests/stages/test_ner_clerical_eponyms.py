"""Institutions named after an imam or a sheikh are one name, like those named after a king
(audit U46: "جامعة الإمام محمد بن سعود الإسلامية" was the person محمد بن سعود)."""
from rasd.stages.ner.eponyms import eponym_phrases
from rasd.stages.text import make_text
from rasd.model.document import Article, Document


def _names(text: str):
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    toks = doc.tokens
    return [(doc.text[start:toks[j - 1].end], lab) for i, j, lab, start in eponym_phrases(toks)]


def test_a_university_and_a_hospital_named_after_an_imam_or_a_sheikh():
    assert _names("درس في جامعة الإمام محمد بن سعود الإسلامية بالرياض") == [
        ("جامعة الإمام محمد بن سعود الإسلامية", "ORG")]
    assert _names("نقل الجريح إلى مستشفى الشيخ خليفة أمس") == [("مستشفى الشيخ خليفة", "LOC")]


def test_a_centre_or_a_town_named_after_a_sheikh_is_left_alone():
    # must not fire: "مركز الشيخ مقصود" (a district), "مدينة الشيخ زويد" (a town)
    assert _names("قصف مركز الشيخ مقصود في حلب وقتل ثلاثة في مدينة الشيخ زويد") == []
