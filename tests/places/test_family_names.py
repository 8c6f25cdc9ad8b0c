"""A name right after a family noun is the family's, not a place (audit U26: "(عائلة الشيبة)" was
a village near Saada; news-dev "3900 عائلة سورية" was Syria)."""
import pytest

from places_helpers import loc_texts as _locs


@pytest.mark.parametrize("text,name", [
    ("قتل 11 شخصا من عائلة واحدة (عائلة صعدة) في غارة.", "صعدة"),
    ("توزع الخبز على 3900 عائلة سورية في المخيمات.", "سورية"),
])
def test_a_name_after_a_family_noun_is_no_place(mem_gaz, text, name):
    assert name not in _locs(mem_gaz, text, [name])


@pytest.mark.parametrize("text,name", [
    ("نزحت عائلات من صعدة إلى صنعاء.", "صعدة"),            # must not fire: a preposition between
    ("قتل أفراد عائلة في غارة على صعدة.", "صعدة"),
    ("وصلت الأسرة سوريا أمس.", "سوريا"),                 # must not fire: a definite noun, then the object
])
def test_a_place_near_a_family_noun_stays(mem_gaz, text, name):
    assert name in _locs(mem_gaz, text, [name])
