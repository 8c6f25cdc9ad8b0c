""""سقوط 28 قتيلا – 17 متمردا و11 جنديا – وعشرات الجرحى": numbers in a closed dash or bracket
aside right after a count break it down by side; they are no count of their own (even when the
quantities stage files them under another category)."""

ADEN = ("عدن", 12.8, 45.03, "YE", "city")


def _counts(ev, text, quantities):
    doc = ev.make_doc(text, places=[ADEN], quantities=quantities)
    (clash,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return {k: c.value for k, c in clash.counts.items()}


def test_the_sides_of_a_toll_in_a_dash_aside_are_not_the_wounded(ev):
    text = "أسفرت المعارك في عدن عن سقوط 28 قتيلا – 17 متمردا و11 جنديا – وعشرات الجرحى."
    qs = [("28 قتيلا", 28, "exact", "killed"), ("17 متمردا", 17, "exact", "injured"),
          ("11 جنديا", 11, "exact", "injured"), ("عشرات الجرحى", 10, "vague", "injured")]
    assert _counts(ev, text, qs) == {"killed": 28, "injured": 10}


def test_the_sides_of_a_toll_in_brackets_are_not_the_wounded(ev):
    text = "أسفرت المعارك في عدن عن سقوط 28 قتيلا (17 متمردا و11 جنديا) وعشرات الجرحى."
    qs = [("28 قتيلا", 28, "exact", "killed"), ("17 متمردا", 17, "exact", "injured"),
          ("11 جنديا", 11, "exact", "injured"), ("عشرات الجرحى", 10, "vague", "injured")]
    assert _counts(ev, text, qs) == {"killed": 28, "injured": 10}


def test_a_wounded_count_after_an_unclosed_dash_is_kept(ev):
    # must not fire: a dash that opens the next clause is no aside
    text = "اندلعت معارك في عدن أسفرت عن سقوط 5 قتلى - و10 جرحى في صفوف المدنيين."
    qs = [("5 قتلى", 5, "exact", "killed"), ("10 جرحى", 10, "exact", "injured")]
    assert _counts(ev, text, qs) == {"killed": 5, "injured": 10}


def test_a_wounded_count_after_and_is_kept(ev):
    # must not fire: no aside at all
    text = "اندلعت معارك في عدن أسفرت عن سقوط 5 قتلى و10 جرحى."
    qs = [("5 قتلى", 5, "exact", "killed"), ("10 جرحى", 10, "exact", "injured")]
    assert _counts(ev, text, qs) == {"killed": 5, "injured": 10}
