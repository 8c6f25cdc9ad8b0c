"""A quotation at the content's start ends at its own closing mark when a comma, the
sentence's end or a narrator's clause word (نظرا، بعدما، مضيفا …) follows it: the quote is
direct. ':" ' opens the speech (audit U22 Q-2)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,kind,content", [
    ("وقالت الوزيرة إن \"عدد الموقوفين ارتفع إلى خمسة أشخاص\"، بعدما كانت قد أعلنت مساء السبت "
     "اعتقال ثلاثة فقط في المدينة الكبيرة وضواحيها الشرقية.", "direct", "عدد الموقوفين ارتفع إلى خمسة أشخاص"),
    ("ووصفت الصحيفة المدينة بأنها \"جنة للسياح وجحيم للسكان\" نظرا لوجود أحياء فقيرة تعاني من العنف "
     "والجريمة المنظمة منذ سنوات طويلة.", "direct", "جنة للسياح وجحيم للسكان"),
    ("وقالت رئيسة البلدية:\" إنهم يمثلون تحديا غير مسبوق لنا\".", "direct", "إنهم يمثلون تحديا غير مسبوق لنا"),
    # must not fire: a mark inside the clause, not at the content's start
    ("وقالت إن فيه \"إشارات على التطرف\" وهو أمر يثير القلق لدى السلطات المحلية في البلاد كلها.",
     "indirect", None),
])
def test_own_closing_mark(quotes, text, kind, content):
    doc = quotes(text, {})
    assert len(doc.quotes) == 1
    assert doc.quotes[0].kind == kind
    if content is not None:
        assert doc.quotes[0].content.text == content


@pytest.mark.parametrize("text,kind,content", [
    ("ووصف الوزير التحركات الأخيرة للحكومة بأنها \"عار\".", "direct", "عار"),
    ("ووصفت المنظمة الهجوم على القرية بأنه \"عمل جبان\"، مطالبة بمحاسبة المسؤولين عنه.", "direct", "عمل جبان"),
    # must not fire: a short quoted name after plain أن, or a label the sentence goes on past
    ("وقال المتحدث إن \"داعش\" يقف وراء الهجوم على القرية.", "indirect", None),
    ("ووصف الوزير القرار بأنه \"خطير\" على مستقبل البلاد كلها.", "indirect", None),
])
def test_short_quoted_description(quotes, text, kind, content):
    doc = quotes(text, {})
    assert len(doc.quotes) == 1
    assert doc.quotes[0].kind == kind
    if content is not None:
        assert doc.quotes[0].content.text == content
