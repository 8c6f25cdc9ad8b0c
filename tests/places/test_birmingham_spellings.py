"""Birmingham, England under the spellings Arabic news uses (audit U44: "مخطوط برمنجهام", "جامعة
برمنجهام" resolved to a town in Michigan; the sources spell the English city برمينغهام only and
give برمنغهام/برمنجهام to the American ones). With the built gazetteer an American context
still picks Alabama's ("في مدينة برمنغهام بولاية ألاباما": checked by hand, the embedded one has
no American Birmingham)."""
import pytest

from places_helpers import place_of, resolve


@pytest.mark.parametrize("sentence,name,country", [
    ("وكشف باحثون في برمنجهام عن مخطوط قديم.", "برمنجهام", "GB"),
    ("وخرجت مظاهرة في مدينة برمنغهام الإنجليزية.", "برمنغهام", "GB"),
])
def test_birmingham_is_the_english_city(sentence, name, country):
    from rasd.gazetteer.embedded import embedded_gazetteer

    place = place_of(resolve(embedded_gazetteer(), sentence, [name]), name)
    assert place.country == country and abs(place.lat - 52.48) < 0.3
