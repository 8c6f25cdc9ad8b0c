"""Years spanned at the close of the paragraph before (a reign, a war, a life: "من عام 1950 حتى
وفاته عام 1980") are background: the next paragraph's act with no date of its own is not dated
by them and dropped as old; it falls to the report's week (SPEC §2.6). Within one paragraph, or
after a single year, the inherited date stays."""

Y1950 = ("عام 1950", "1950", "year")
Y1980 = ("عام 1980", "1980", "year")


def _protests(ev, text, times):
    doc = ev.make_doc(text, published="2018-07-14", times=times)
    return ev.dates(doc, "PROTEST")


def test_an_era_closing_the_paragraph_before_does_not_date_a_new_one(ev):
    text = ("وتولى الملك الحكم في البلاد من عام 1950 حتى وفاته عام 1980.\n\n"
            "واحتج مئات الطلاب في وسط العاصمة مطالبين بإصلاحات.")
    assert _protests(ev, text, [Y1950, Y1980]) == [("2018-07-14", "week")]


def test_the_same_paragraph_still_inherits(ev):
    text = ("وتولى الملك الحكم في البلاد من عام 1950 حتى وفاته عام 1980. "
            "واحتج مئات الطلاب في وسط العاصمة مطالبين بإصلاحات.")
    assert _protests(ev, text, [Y1950, Y1980]) == []


def test_a_single_year_still_dates_the_next_paragraph(ev):
    text = ("وتولى الملك الحكم في البلاد عام 1980.\n\n"
            "واحتج مئات الطلاب في وسط العاصمة مطالبين بإصلاحات.")
    assert _protests(ev, text, [Y1980]) == []
