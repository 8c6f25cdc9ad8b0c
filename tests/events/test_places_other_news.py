"""A sentence that turns to other news ("من جهة أخرى"، "على صعيد آخر"، "في سياق منفصل") does
not inherit the place the sentence before it named."""
import pytest

IDLIB = ("كفرنبل", 35.61, 36.56, "SY", "town")


def _arrest(ev, text):
    doc = ev.make_doc(text, published="2018-03-04", places=[IDLIB], times=[("أمس", "2018-03-03", "day")])
    return next(e for e in ev.run(doc) if e.type == "COERCE")


@pytest.mark.parametrize("opening", ["من جهة أخرى،", "وعلى صعيد آخر،", "وفي سياق منفصل،", "من جانب آخر،"])
def test_other_news_inherits_no_place(ev, opening):
    text = f"قصفت الطائرات بلدة كفرنبل أمس. {opening} اعتقلت الشرطة خمسة أشخاص بتهمة الاتجار بالمخدرات."
    assert _arrest(ev, text).place is None


@pytest.mark.parametrize("opening", ["وفي سياق متصل،", "إلى ذلك،", ""])
def test_the_same_story_goes_on_in_its_place(ev, opening):
    text = f"قصفت الطائرات بلدة كفرنبل أمس. {opening} اعتقلت الشرطة خمسة أشخاص بتهمة التعاون مع المسلحين."
    assert _arrest(ev, text).place is not None


def test_other_news_at_a_spot_the_last_sentence_named_keeps_its_place(ev):
    # the spot is named again ("في مزرعة الصفصاف", unknown to the gazetteer): the same area
    text = ("قصفت الطائرات بلدة كفرنبل ومزرعة الصفصاف أمس. من جهة أخرى، اعتقلت الشرطة خمسة أشخاص"
            " في مزرعة الصفصاف.")
    assert _arrest(ev, text).place is not None
