"""The و/ف conjunction taken off a word (rasd/text/conj.py), read by many rules."""
import pytest

from rasd.text.conj import without_conjunction


@pytest.mark.parametrize("word,longer_than,bare", [
    ("وقال", 3, "قال"),          # and + said
    ("فالجيش", 3, "الجيش"),      # so + the army
    ("وزن", 3, "وزن"),           # a three-letter word keeps its own و
    ("فيه", 3, "فيه"),
    ("وصول", 4, "وصول"),         # a stricter guard keeps a four-letter word whole
    ("وأعلن", 4, "أعلن"),
    ("وفي", 0, "في"),            # 0: whatever follows
    ("و", 0, ""),
    ("", 0, ""),
    ("قال", 0, "قال"),           # no conjunction: the word itself
])
def test_without_conjunction(word, longer_than, bare):
    assert without_conjunction(word, longer_than) == bare
