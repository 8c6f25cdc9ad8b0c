""""في "قصر الأمير القديم" ويذكر الرحالة …": a cue with و after a closing quotation coordinates a new
clause, so the quotation before it — a name, a phrase of the sentence — is not its content (audit
U60 saudinewsnet-2015-07-27-00973: «في "مسجد آيا صوفيا" ويذكر المؤرخون» had been a quote; on
news-dev «جماعة تسمى "…"، وأعلن مبايعته»). An unconjoined cue after the quotation still takes it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,contents", [
    ('وصلى الوفد في "قصر الأمير القديم" ويذكر الرحالة جمال القصر الكبير في كتبهم.', []),
    ('وأسس سامي العلي حزبا يسمى "النهضة الوطنية الجديدة"، وأعلن دعمه للحكومة.', []),
    # kept: no conjunction on the cue
    ('"سنواصل العمل من أجل السلام في المنطقة"، قال سامي العلي للصحفيين.',
     ["سنواصل العمل من أجل السلام في المنطقة"]),
])
def test_conjoined_cue_after_quotation(quotes, check, text, contents):
    doc = quotes(text, {"سامي العلي": "PER"})
    check(doc)
    assert [q.content.text for q in doc.quotes] == contents
