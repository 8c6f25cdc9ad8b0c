"""Arabic text primitives: pure functions returning offsets into the original text."""
from rasd.text.normalize import Normalized, norm_key, normalize
from rasd.text.offsets import OffsetMap
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import Segment, Token, split_clitics, tokenize

__all__ = ["Normalized", "OffsetMap", "Segment", "Token", "norm_key", "normalize",
           "split_clitics", "split_sentences", "tokenize"]
