"""Property tests: offsets of the text layer always point back into the original text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.text import normalize, split_sentences, tokenize

LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱپچژگکی"
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670"
TATWEEL = "\u0640"
PRESENTATION = [chr(c) for c in range(0xFB50, 0xFEFD, 7)] + ["\ufdf2", "\ufefb", "\ufef5", "\ufe8e"]
DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789"
LATIN = "abcXYZ"
PUNCT = ".,;:!?()[]-/…،؛؟٪٫٬" + "\"«»“”„‘’‚‹›＂'"
EMOJI = ["😀", "👍🏽", "🇸🇾", "❤️"]
CONTROL = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
           "\u2066", "\u2069", "\ufeff", "\u061c", "\x00", "\x07", "\t", "\r\n", "\u00ad", "\u2028"]
SPACE = [" ", " ", "\n", "\n\n", "\u00a0"]

piece = st.one_of(
    st.text(alphabet=LETTERS, min_size=1, max_size=6),
    st.sampled_from(list(DIACRITICS)), st.just(TATWEEL), st.sampled_from(PRESENTATION),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
    st.text(alphabet=DIGITS, min_size=1, max_size=4), st.sampled_from(list(LATIN)),
    st.sampled_from(list(PUNCT)), st.sampled_from(EMOJI), st.sampled_from(CONTROL),
    st.sampled_from(SPACE), st.sampled_from(["بالموصل", "للأمم", "والقاهرة", "3.5", "د."]),
)
texts = st.lists(piece, max_size=40).map("".join)
SETTINGS = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_normalize_maps_back_exactly(text: str) -> None:
    view = normalize(text)
    m = view.map
    assert len(m) == len(view.text)
    prev_start = prev_end = 0
    for i, ch in enumerate(view.text):
        s, e = m.to_orig(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert s >= prev_start and e >= prev_end  # monotonic
        # the normalised character comes from the original range it maps to
        assert ch in normalize(text[s:e]).text or ch == " "
        prev_start, prev_end = s, e
    for i in range(0, len(view.text) + 1, 3):
        for j in range(i, min(len(view.text), i + 5) + 1):
            s, e = m.to_orig(i, j)
            assert 0 <= s <= e <= len(text)


def check_tokens_are_in_order_and_reproduce_the_text(text: str) -> None:
    tokens = tokenize(text)
    prev = 0
    for tok in tokens:
        assert prev <= tok.start < tok.end <= len(text)
        assert text[tok.start:tok.end] == tok.text
        prev = tok.end
        seg_prev = tok.start
        for seg in tok.segments:
            assert seg_prev <= seg.start <= seg.end <= tok.end
            assert text[seg.start:seg.end] == seg.text
            seg_prev = seg.end
        s, e = tok.without_proclitics()
        assert tok.start <= s <= e == tok.end


def check_sentences_are_in_order_and_reproduce_the_text(text: str) -> None:
    prev = 0
    for sent in split_sentences(text):
        assert prev <= sent.start < sent.end <= len(text)
        assert text[sent.start:sent.end] == sent.text
        assert sent.text.strip(), "empty sentence"
        prev = sent.end


def check_every_letter_lies_in_some_token(text: str) -> None:
    """Tokenisation loses no word: each Arabic/Latin letter of the input is inside a token."""
    covered = set()
    for tok in tokenize(text):
        covered.update(range(tok.start, tok.end))
    for i, ch in enumerate(text):
        if ch in LETTERS or ch in LATIN:
            assert i in covered, (i, ch)


@SETTINGS
@given(texts)
def test_text_layer_offsets_hold_on_generated_strings(text: str) -> None:
    """2,000 generated strings; each property is checked on every one (nothing may raise)."""
    check_normalize_maps_back_exactly(text)
    check_tokens_are_in_order_and_reproduce_the_text(text)
    check_sentences_are_in_order_and_reproduce_the_text(text)
    check_every_letter_lies_in_some_token(text)

