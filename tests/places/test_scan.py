"""The per-document shortcuts of the text scans (scan.py, lexicons.may_strip, the fast
base_key) give what the plain computations they replace give, on invented text."""
import random
import re

from rasd.gazetteer.variants import EXTRA_FOLDS, LATIN_MARKS, LOWER_LATIN, NON_LETTER, base_key, compact
from rasd.stages.places.context import TextContext
from rasd.stages.places.lexicons import may_strip, strip_proclitic
from rasd.stages.places.scan import (WindowKeys, first_keys_plain, first_keys, gaps, key, near_odd_gaps)
from rasd.text.normalize import norm_key
from rasd.text.chars import TASHKEEL

# letters, proclitics, marks, tatweel, digits, punctuation, Latin with and without macrons
_ALPHABET = list("وفبلالمدينةسوريادمشقحلبأإآىيءئؤ") + ["\u064e", "\u0651", "\u0640", " ", " ", "،", "-", "3",
                                                       "a", "ā", "Z", "’", "\u00a0", "_", "ـ"]
_TEXT = ("قصفت الطائرات مدينةَ حلب، وبدمشق قُتل 3 أشخاص في ريف دمشق - وللمدينة سكان. "
         "وقال الـمسؤول: إن بغداد 2020 والبصرة hāla’ ﻻ تزال")


def _random_texts(n: int, seed: int = 5):
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def base_key_plain(name: str) -> str:
    """`base_key` spelt out as it was: norm_key first, then the extra folds (the reference)."""
    s = norm_key(name, fold_taa=True).translate(EXTRA_FOLDS)
    if s.isascii() is False and LOWER_LATIN.search(s):
        s = s.translate(LATIN_MARKS)
    return " ".join(NON_LETTER.sub(" ", s).split())


def test_fast_base_key_is_the_plain_one():
    for s in _random_texts(20000) + _TEXT.split() + [_TEXT, "", "  الرَّقَّة ", "ﺣﻠﺐ", "Ḥalab"]:
        assert base_key(s) == base_key_plain(s), s


def test_first_keys_are_the_readings_keyed_one_by_one():
    words = re.findall(r"[^\W\d_]+", " ".join(_random_texts(20000))) + re.findall(r"[^\W\d_]+", _TEXT)
    for w in words:
        assert set(first_keys(w, base_key(w))) == set(first_keys_plain(w)), w


def test_gaps_agree_with_a_scan_of_the_text():
    tc = TextContext(_TEXT)
    brk, n_brk, clean, ckeys = gaps(_TEXT, tc)
    words = tc.words
    assert len(brk) == len(words) - 1 and len(n_brk) == len(clean) == len(ckeys) == len(words)
    for j in range(len(words) - 1):
        gap = _TEXT[words[j][1]:words[j + 1][0]]
        assert brk[j] == bool(re.search(r"[.,;:!?()\[\]\"«»\n،؛؟]", gap))
        assert n_brk[j + 1] - n_brk[j] == brk[j]
        assert clean[j + 1] - clean[j] == (gap == " " or not key(gap))
    assert ckeys == [compact(w[2]) for w in words]
    end = len(words) - 1
    odd = near_odd_gaps(_TEXT, tc)
    for i in range(len(words)):
        last = min(i + 3, end)
        assert (i in odd) == (clean[last] - clean[i] != last - i), i
    assert odd  # "قُتل 3 أشخاص": the number is in a gap


def test_window_keys_are_the_keys_of_the_windows():
    text = _TEXT.replace("hāla’", "hala")  # no letter whose key depends on the whole
    tc = TextContext(text)
    wk = WindowKeys.of(text, tc)
    assert wk is not None
    words = tc.words
    for i in range(len(words)):
        for n in range(2, 5):
            if i + n <= len(words):
                window = text[words[i][0]:words[i + n - 1][1]]
                assert key(text[words[i][0]:words[i][1]]) + wk.tail(i, n) == key(window), window
    marked = TextContext(_TEXT)
    assert WindowKeys.of(_TEXT, marked) is None  # ā: a key there is not its parts' keys joined


def test_may_strip_keeps_every_key_strip_proclitic_finds():
    table = {base_key(w): "x" for w in ("مدينة", "المدينة", "حي", "محافظة")}
    keys = [base_key(w) for w in re.findall(r"[^\W\d_]+", " ".join(_random_texts(5000)) + " "
                                            + "وبمحافظة للمدينة بالمدينة حي وحي مدينته كتاب")]
    picked = set(may_strip(keys, table))
    for k, w in enumerate(keys):
        if strip_proclitic(w, table) is not None:
            assert k in picked, w
    assert len(picked) < len(keys)  # it does leave words out


def test_the_visit_filter_leaves_out_no_word_where_the_scan_adds_something(mem_gaz, monkeypatch):
    """`find_missed` with its word filter finds what it finds when it tries every word."""
    import rasd.stages.places.add as add
    from test_add import ADDED, NOTHING

    texts = [t for t, _ in ADDED] + NOTHING + [
        "قصفت الطائرات حلب 3 مرات، وفي دمشق 2020 قتل شخص. وصل الوفد إلى العراق وسوريا عام 2019 ومصر.",
        "المملكة العربية 5 السعودية ومدينة دوما ثم دوما ولبنان"]

    def scan(text, *, every):
        if every:
            monkeypatch.setattr(add, "_visits", lambda text, tc, wk, *, use_cues, known: range(len(tc.words)))
        else:
            monkeypatch.undo()
        tc = TextContext(text)
        known = add.find_missed(text, tc, mem_gaz, [], set(), cues=False)
        cued = add.find_missed(text, tc, mem_gaz, [(s.start, s.end) for s in known], set(), known=False)
        return [(s.start, s.end) for s in known + cued]

    found = 0
    for text in texts:
        every = scan(text, every=True)
        assert scan(text, every=False) == every, text
        found += len(every)
    assert found > 20  # the texts do have places to add


def test_text_context_words_are_the_runs_of_letters_and_their_vowel_marks():
    word = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{TASHKEEL}])*")
    for text in [_TEXT, "", "3", "abc", " a1b ", "،", "غَيْرَ مُحِلِّي"] + _random_texts(3000, seed=9):
        tc = TextContext(text)
        assert tc.words == [(m.start(), m.end(), base_key(m.group())) for m in word.finditer(text)]
        assert tc.starts == [w[0] for w in tc.words]
        assert tc.surfaces == [text[a:b] for a, b, _k in tc.words]
        assert tc.gaps() == [text[a[1]:b[0]] for a, b in zip(tc.words, tc.words[1:])]


def test_a_vowelled_word_is_one_word_not_its_letters():
    # marks are no letters to re: split at them, "غَيْرَ مُحِلِّي" gave "رَ م", read as Rome
    tc = TextContext("غَيْرَ مُحِلِّي فرّت")
    assert tc.surfaces == ["غَيْرَ", "مُحِلِّي", "فرّت"]
    assert [k for *_s, k in tc.words] == ["غير", "محلي", "فرت"]
