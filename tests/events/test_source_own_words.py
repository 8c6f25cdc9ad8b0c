"""Event source (event_source._own_words): "بحسب قوله", "بحسب تعبيره", "على حد وصفه" — the
speaker's own words with a pronoun name no reporter; they are never the source."""
import pytest

TUNIS = ("تونس", 36.8, 10.18, "TN", "city")
SINAI = ("سيناء", 30.0, 33.8, "EG", "region")


@pytest.mark.parametrize("own", ["قوله", "تعبيره"])
def test_own_words_closing_the_sentence_are_no_source(ev, own):
    text = f"وطالب وزير الصحة بالإفراج عن الأطباء الموقوفين في تونس، بحسب {own}."
    evs = [e for e in ev.run(ev.make_doc(text, places=[TUNIS])) if e.type == "REQUEST"]
    assert evs and all(e.source is None or e.source.text != own for e in evs)


def test_an_own_words_phrase_is_no_source(ev):
    claim = "هاجم مسلحون حاجزا للجيش في سيناء أمس"
    text = f"وقال إن مسلحين {claim}، بحسب تعبيره."
    doc = ev.make_doc(text, places=[SINAI], attributions=[("تعبيره", claim, False)])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and all(e.source is None or e.source.text != "تعبيره" for e in evs)


# must not fire: a named reporter closing the sentence stays the source
@pytest.mark.parametrize("reporter", ["المرصد السوري", "مسؤول أمني"])
def test_a_named_reporter_closing_the_sentence_stays(ev, reporter):
    text = f"وهاجم مسلحون حاجزا للجيش في سيناء أمس، قال {reporter}."
    (e,) = [e for e in ev.run(ev.make_doc(text, places=[SINAI])) if e.type == "ASSAULT"]
    assert e.source is not None and e.source.text == reporter
