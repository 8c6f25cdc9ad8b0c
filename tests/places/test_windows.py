"""The cheap window tests of the text scans agree with the plain scans they replace."""
import random

from rasd.stages.places.windows import Taken, reach


def _plain_overlap(spans, s, e):
    return any(s < e2 and s2 < e for s2, e2 in spans)


def test_taken_agrees_with_a_scan_of_the_spans():
    rng = random.Random(7)
    for _ in range(3000):
        n = rng.randint(0, 25)
        spans = [(rng.randint(-2, 27), rng.randint(-2, 27)) for _ in range(rng.randint(0, 5))]
        taken = Taken(n, spans)
        for _ in range(8):
            s, e = rng.randint(-2, 27), rng.randint(-2, 27)
            assert taken.overlaps(s, e) == _plain_overlap(spans, s, e), (n, spans, s, e)
            if rng.random() < 0.3:  # spans found during a scan are added as it goes
                taken.add(s, e)
                spans.append((s, e))


def test_taken_spans_that_touch_do_not_overlap():
    taken = Taken(20, [(0, 5)])
    assert not taken.overlaps(5, 9)
    assert taken.overlaps(4, 9)
    taken.add(9, 12)
    assert not taken.overlaps(5, 9)
    assert taken.overlaps(11, 15)


def _heads(keys):
    return {k[:j] for k in keys for j in range(1, len(k) + 1)}


def test_reach_is_the_longest_window_that_still_starts_a_key():
    heads = _heads({"ديرالزور", "حلب"})
    ckeys = ["دير", "الزور", "اليوم", "حلب"]
    assert reach(("دير",), ckeys, 0, heads) == 2      # دير الزور, not دير الزور اليوم
    assert reach(("حلب",), ckeys, 3, heads) == 1      # the text ends after حلب
    assert reach(("اليوم",), ckeys, 2, heads) == 0    # no key starts with اليوم
    assert reach(("ود", "دير"), ckeys, 0, heads) == 2  # any reading of the first word counts


def test_reach_bounds_every_window_that_is_a_key():
    rng = random.Random(3)
    letters = "ابت"
    for _ in range(500):
        keys = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(6)}
        heads = _heads(keys)
        ckeys = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 2))) for _ in range(6)]
        firsts = (ckeys[0], ckeys[0][1:] or ckeys[0])
        r = reach(firsts, ckeys, 0, heads)
        for n in range(1, 5):
            if any(f + "".join(ckeys[1:n]) in keys for f in firsts):
                assert n <= r


def test_strip_proclitic_answers_stay_the_same_when_asked_again():
    from rasd.stages.places.lexicons import strip_proclitic

    table = {"محافظه": "admin1", "المدينه": "city"}
    for word, want in (("بمحافظه", "محافظه"), ("وبمحافظه", "محافظه"), ("للمدينه", "المدينه"),
                       ("محافظه", "محافظه"), ("كتاب", None), ("بم", None)):
        assert strip_proclitic(word, table) == want
        assert strip_proclitic(word, table) == want  # the memoised answer
    other = {"كتاب": "x"}  # another table keeps its own answers
    assert strip_proclitic("كتاب", other) == "كتاب"
    assert strip_proclitic("كتاب", table) is None


def test_text_flags_are_asked_once_per_written_word():
    from rasd.stages.places.context import TextContext
    from rasd.stages.places.windows import text_flags

    asked = []

    def flags_of(surface, key, heads):
        asked.append(surface)
        return (surface in heads, len(key) > 3, False)

    text = "قصفت الطائرات حلب ثم حلب مرة أخرى"
    tc = TextContext(text)
    heads = {"حلب"}
    flags = text_flags(text, tc, heads, flags_of)
    assert [f[0] for f in flags] == [text[a:b] == "حلب" for a, b, _ in tc.words]
    assert asked.count("حلب") == 1  # a repeated word is asked once
    n = len(asked)
    assert text_flags(text, tc, heads, flags_of) is flags and len(asked) == n  # kept on the text
    assert text_flags(text, TextContext(text), heads, flags_of) == flags and len(asked) == n  # and per word
