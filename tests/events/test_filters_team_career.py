""""مسيرة" before a club or a team is its history, not a march (SPEC 2.6), unless the sentence
has marchers on the move."""
from filter_probes import read_types


def test_team_history_dropped():
    assert "PROTEST" not in read_types("ويعد المدرب الجديد الرابع في مسيرة النادي منذ تأسيسه.")
    assert "PROTEST" not in read_types("وكانت تلك أسوأ خسارة في مسيرة المنتخب الوطني.")


def test_marches_kept():
    assert "PROTEST" in read_types("وانطلقت مسيرة الفريق من أمام الملعب باتجاه مقر الاتحاد.")
    assert "PROTEST" in read_types("وشارك المئات في مسيرة نظمها أنصار النادي وسط المدينة.")


def test_life_course_dropped():
    # "مسيرة" before a life with any owner: "حياتنا", "حياتهم"
    assert "PROTEST" not in read_types("وتعلمنا من المدرب الراحل الصبر في مسيرة حياتنا كلها.")
    assert "PROTEST" not in read_types("وتبقى تلك اللحظة الأجمل طوال مسيرة حياتهم.")


def test_career_stage_on_sport_page_dropped():
    # a career's start or end where two sport words make the sentence sport talk
    assert "PROTEST" not in read_types(
        "ولعب المهاجم مع نادي الوحدة في بداية مسيرة كريستيانو قبل انتقاله إلى الدوري الإسباني.")
    assert "PROTEST" not in read_types("وفاز المدرب بلقب الدوري في ختام مسيرة طويلة.")


def test_march_start_kept():
    # a march's start is a march: no sport talk, or marchers on the move
    assert "PROTEST" in read_types("وهتف المشاركون في بداية مسيرة حاشدة وسط العاصمة.")
    assert "PROTEST" in read_types(
        "وانطلقت جماهير النادي في بداية مسيرة اللاعبين باتجاه الملعب احتجاجا على الإدارة.")
