"""هاجم with a social medium or a post after it, past commas ("على موقع تويتر", "في تغريدة") is
an attack in words: ACCUSE, not ASSAULT (SPEC 2.6); a post that only tells of an attack, after
بحسب/وفق, leaves it an ASSAULT."""
from filter_probes import detected_types


def test_attack_on_a_medium_is_verbal():
    types = detected_types("هاجم رئيس الحكومة، أمس، زعيم المعارضة، على موقع تويتر، واصفا إياه بالكاذب.")
    assert "ASSAULT" not in types and "ACCUSE" in types
    types = detected_types("وهاجم الوزير في تغريدة على حسابه الحزب المعارض.")
    assert "ASSAULT" not in types and "ACCUSE" in types


def test_attack_told_by_a_post_kept():
    assert "ASSAULT" in detected_types("وهاجم الجيش القرية الحدودية، بحسب تغريدة للمتحدث باسمه.")
    assert "ASSAULT" in detected_types("وهاجمت الطائرات مواقع المتمردين، وفق منشور للجيش على فيسبوك.")
