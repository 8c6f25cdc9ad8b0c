"""Date arithmetic helpers and the stage's wiring into the pipeline."""
from __future__ import annotations

from datetime import date

import pytest

import rasd
from rasd.model.document import Article
from rasd.stages.times_resolve import (infer_year_from_weekday, iso_week, parse_iso, weekday_relative,
                                       year_for_day_month, year_for_month)

TUE = date(2015, 8, 11)


@pytest.mark.parametrize("wd,offset,expected", [
    (1, 0, date(2015, 8, 11)), (0, 0, date(2015, 8, 10)), (2, 0, date(2015, 8, 5)),
    (1, -1, date(2015, 8, 4)), (0, -1, date(2015, 8, 10)), (1, 1, date(2015, 8, 18)),
    (2, 1, date(2015, 8, 12)), (6, 0, date(2015, 8, 9)), (5, 1, date(2015, 8, 15)),
])
def test_weekday_relative(wd, offset, expected):
    assert weekday_relative(TUE, wd, offset) == expected


@pytest.mark.parametrize("day,expected", [
    (date(2024, 2, 12), (date(2024, 2, 12), date(2024, 2, 18))),
    (date(2024, 2, 18), (date(2024, 2, 12), date(2024, 2, 18))),
    (date(2024, 1, 1), (date(2024, 1, 1), date(2024, 1, 7))),
    (date(2021, 1, 1), (date(2020, 12, 28), date(2021, 1, 3))),
])
def test_iso_week(day, expected):
    assert iso_week(day) == expected


@pytest.mark.parametrize("base,month,day,year", [
    (date(2024, 2, 12), 2, 5, 2024), (date(2024, 2, 12), 4, 1, 2024), (date(2024, 2, 12), 4, 30, 2023),
    (date(2024, 1, 10), 12, 25, 2023), (date(2024, 3, 1), 2, 29, 2024),
    (date(2023, 3, 1), 2, 29, None),  # no 29 February in 2023 nor 2022
])
def test_year_for_day_month(base, month, day, year):
    assert year_for_day_month(base, month, day) == year


@pytest.mark.parametrize("base,month,offset,year", [
    (date(2018, 3, 25), 10, 0, 2017), (date(2016, 10, 6), 10, 0, 2016), (date(2015, 8, 9), 6, -1, 2015),
    (date(2015, 6, 9), 6, -1, 2014), (date(2015, 8, 3), 9, 1, 2015), (date(2015, 8, 3), 1, 1, 2016),
    (date(2015, 8, 3), 9, 0, 2015),
])
def test_year_for_month(base, month, offset, year):
    assert year_for_month(base, month, offset) == year


@pytest.mark.parametrize("month,day,wd,ref,year", [
    (3, 12, 1, date(2023, 1, 1), 2019), (3, 12, 1, date(2026, 11, 26), 2024), (3, 12, 1, date(2019, 3, 11), 2013),
    (7, 4, 6, date(2022, 1, 1), 2021), (2, 29, 3, date(2020, 12, 31), 1996),
])
def test_infer_year_from_weekday(month, day, wd, ref, year):
    assert infer_year_from_weekday(month, day, wd, ref) == year


@pytest.mark.parametrize("s,expected", [
    ("2024-02-12", date(2024, 2, 12)), ("2024-02-12T10:00:00Z", date(2024, 2, 12)), (None, None), ("", None),
    ("yesterday", None), ("2024-02-30", None),
])
def test_parse_iso(s, expected):
    assert parse_iso(s) == expected


def test_pipeline_with_text_times_and_quantities():
    nlp = rasd.load_pipeline('[pipeline]\nstages = ["text", "times", "quantities"]\n'
                             '[stages.times]\nreference_date = "2020-01-01"\n')
    doc = nlp(Article(text="أكثر من ألفي شخص فروا من باغوز الثلاثاء 12 مارس/آذار"))
    assert [(t.value, t.anchor) for t in doc.times] == [("2019-03-12", "weekday")]
    assert [(q.value, q.qualifier, q.category) for q in doc.quantities] == [(2000, "more_than", "displaced")]


def test_stage_declares_fields():
    from rasd.pipeline.registry import get_factory

    stage = get_factory("times")({}, None)
    assert stage.name == "times" and stage.assigns == ("times",) and "norm" in stage.requires
