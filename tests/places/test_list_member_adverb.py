"""An adverb after و in a settlement list is no member the gazetteer lacks (audit U64:
"مديريات زنجبار وهناك بعض الإشكاليات" — "and there are some problems" — gave a place هناك)."""
from rasd.model.span import Span
from rasd.stages.places.nearby import _unlisted_member


def _member(text: str, word: str) -> bool:
    start = text.index(word)
    return _unlisted_member(text, Span(start, start + len(word), word), start + len(word))


def test_here_and_there_end_the_list():
    assert not _member("وتدور معارك في مديريات لودر وهناك مخاوف من اتساعها.", "هناك")
    assert not _member("وقصفت الطائرات أحياء الروضة وهنالك، أي في الأطراف.", "هنالك")
    assert not _member("ونزح سكان قرى العرقوب وهنا، على الحدود.", "هنا")


def test_a_name_after_waw_still_is_one():  # must not fire
    assert _member("وقصفت الطائرات أحياء الروضة والمسبح، جنوب المدينة.", "المسبح")
