""""مسيرة" before a club or a team is its history, not a march (SPEC 2.6), unless the sentence
has marchers on the move."""
from filter_probes import read_types


def test_team_history_dropped():
    assert "PROTEST" not in read_types("ويعد المدرب الجديد الرابع في مسيرة النادي منذ تأسيسه.")
    assert "PROTEST" not in read_types("وكانت تلك أسوأ خسارة في مسيرة المنتخب الوطني.")


def test_marches_kept():
    assert "PROTEST" in read_types("وانطلقت مسيرة الفريق من أمام الملعب باتجاه مقر الاتحاد.")
    assert "PROTEST" in read_types("وشارك المئات في مسيرة نظمها أنصار النادي وسط المدينة.")
