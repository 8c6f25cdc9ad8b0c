"""The fast paths of the text layer give exactly what the slow paths gave."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text import norm_key, normalize
from rasd.text.normalize import normalize_text
from rasd.text.tokenize import PARTICLE_SUFFIXES, PARTICLES, particle_suffix

from .test_properties import texts

# Any code point at all (surrogates excluded), next to the article-like pieces.
anything = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=800, deadline=None)
@given(st.one_of(texts, anything), st.booleans())
def test_normalize_text_is_the_text_of_normalize(text, fold_taa):
    assert normalize_text(text, fold_taa=fold_taa) == normalize(text, fold_taa=fold_taa).text


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, anything))
def test_norm_key_is_normalised_and_whitespace_collapsed(text):
    assert norm_key(text) == " ".join(normalize(text).text.split())
    assert norm_key(text, fold_taa=True) == " ".join(normalize(text, fold_taa=True).text.split())


def test_norm_key_folds_arabic_forms():
    assert norm_key("  أَحْمَدُ\u0640  إلى\u200f ") == "احمد الي"
    assert norm_key("مدرسة", fold_taa=True) == "مدرسه" and norm_key("مدرسة") == "مدرسة"


def _particle_suffix_by_loop(word: str) -> int:
    """The rule as first written: the first suffix (in order) after a known particle."""
    for suf in PARTICLE_SUFFIXES:
        if len(word) > len(suf) and word.endswith(suf) and word[:-len(suf)] in PARTICLES:
            return len(word) - len(suf)
    return 0


def test_particle_suffix_table_agrees_with_the_rule():
    words = {p + s for p in PARTICLES for s in PARTICLE_SUFFIXES + ("", "ي", "هماه")}
    words |= {s for s in PARTICLE_SUFFIXES} | {"", "فيها", "عليهم", "انه", "منهما", "كما", "لكنكم"}
    words |= {w[1:] for w in list(words)}
    assert sum(1 for w in words if particle_suffix(w)) > 50  # the table does find particles
    for word in words:
        assert particle_suffix(word) == _particle_suffix_by_loop(word), word
