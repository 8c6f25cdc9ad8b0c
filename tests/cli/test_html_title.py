"""An HTML page's headline (the <h1> trafilatura keeps as the first line of the text) is the
article's title, not its first sentence: it had no full stop, so it was glued to the body and
its words ("مقتل … في قصف …") became an event's evidence. It is dropped from the text and kept
in doc.title, as news-dev articles carry it; spans stay measured against the text kept."""
from __future__ import annotations

import json

from rasd.io.read import article_from_html, read_input, without_title_line
from rasd.model.validate import validate_record

BODY = ("أفادت مصادر محلية أن أربعة أشخاص أصيبوا مساء الأحد في انفجار عبوة ناسفة قرب سوق المدينة.\n"
        "وأضافت المصادر أن فرق الإسعاف نقلت المصابين إلى المستشفى.")
HEADLINE = "إصابة أربعة أشخاص في انفجار عبوة ناسفة"


def page(title: str, h1: str | None) -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n"))
    return (f'<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>{title}</title>'
            f"</head><body><nav>الرئيسية | محليات</nav><article>{heading}{paragraphs}</article>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>")


def test_headline_is_the_title_not_the_first_sentence() -> None:
    article = article_from_html(page(HEADLINE, HEADLINE))
    assert article.title == HEADLINE
    assert HEADLINE not in article.text and article.text.startswith("أفادت مصادر محلية")


def test_headline_with_the_site_name_in_the_title() -> None:
    article = article_from_html(page(f"{HEADLINE} - صحيفة المدينة", HEADLINE))
    assert HEADLINE not in article.text and article.text.startswith("أفادت")


def test_page_without_headline_is_unchanged() -> None:
    article = article_from_html(page(HEADLINE, None))
    assert article.text.startswith("أفادت") and "قرب سوق المدينة" in article.text


def test_without_title_line() -> None:
    text = f"{HEADLINE}\n{BODY}"
    assert without_title_line(text, HEADLINE) == BODY
    assert without_title_line(text, f"{HEADLINE} | موقع") == BODY
    assert without_title_line(f"  {HEADLINE}  \n\n{BODY}", HEADLINE) == BODY
    assert without_title_line(text, None) == text
    assert without_title_line(text, "عنوان آخر تماما") == text  # another line: kept
    assert without_title_line(f"{HEADLINE} اليوم\n{BODY}", HEADLINE) == f"{HEADLINE} اليوم\n{BODY}"
    assert without_title_line(HEADLINE, HEADLINE) == HEADLINE  # all the page has: kept


def test_html_file_offsets_stay_honest(runner, app, config, tmp_path) -> None:
    f = tmp_path / "page.html"
    f.write_text(page(HEADLINE, HEADLINE), "utf-8")
    result = runner.invoke(app, ["extract", str(f), "--config", str(config), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["doc"]["title"] == HEADLINE
    assert validate_record(record, read_input(f).items[0].article.text) == []
