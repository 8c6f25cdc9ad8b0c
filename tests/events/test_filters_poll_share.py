"""Support or rejection counted in a poll (a percentage, a survey) is a share of opinion, no
one's act of support or refusal (SPEC 2.6)."""
from filter_probes import read_types


def test_poll_shares_dropped():
    assert "SUPPORT" not in read_types("وحصل المرشح على 48 في المائة من تأييد الناخبين المستقلين.")
    assert "REJECT" not in read_types("وأظهر الاستطلاع رفض أغلبية المشاركين للقانون الجديد.")
    assert "SUPPORT" not in read_types("ونال الحزب تأييد 35% من الناخبين بحسب الأرقام.")


def test_statements_kept():
    assert "SUPPORT" in read_types("وأعلنت الحكومة تأييدها للاتفاق الموقع بين الطرفين.")
    assert "REJECT" in read_types("ورفضت وزارة الخارجية القرار الأمريكي بنقل السفارة.")
