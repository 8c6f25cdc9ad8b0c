"""أهاب (appealed to) reports an appeal as دعا does: "وأهابت النقابة "…"" is the union's quote
(audit U60 ant-JA-localNews-3537: «وأهابت جمعية القضاة "بكل المسؤولين …"» was missed). An appeal
with no complement or quotation ("أهاب بالمواطنين الالتزام بالهدوء") stays no quote. Not ناشد:
"ناشد الأمم المتحدة بإصدار قرار …، حيث إن …" reached a reason clause on news-dev."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ('وأهابت نقابة المعلمين "بجميع الأعضاء إلى الالتزام بالإضراب حتى تحقيق المطالب".', ["نقابة المعلمين"]),
    ("وأهاب سامي العلي بالمواطنين أن يبتعدوا عن مناطق الاشتباك في المدينة.", ["سامي العلي"]),
    # kept: no complement, no quotation
    ("وأهاب سامي العلي بالمواطنين الالتزام بالهدوء في المدينة.", []),
])
def test_appeal_cues(quotes, check, text, speakers):
    doc = quotes(text, {"سامي العلي": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
