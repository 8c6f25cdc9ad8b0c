"""After وصف, a lone noun with a possessive pronoun right before بأنه/بأنها is what is
described, as a definite noun is (audit U54 SK-2420: «ووصفوا زياته بأنها "فاشلة"» gave the
speaker «زياته», which the next subject-less «فقد قال» then inherited). The plural cue then
shares the opening verb's unnamed plural subject («هاجم مسؤولون في … مبعوث الأمم المتحدة، مارتن
غريفيث، …، ووصفوا»), not the person named after it, and في is no nisba adjective of that subject."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وقال الوزير إن المفاوضات متعثرة. ووصف خطته بأنها "خطوة أولى نحو الحل".', {}, ["الوزير", "الوزير"]),
    ('وقال سامي العلي إن الفريق تعب. ووصف أداءهم بأنه "ضعيف جدا هذا الموسم".',
     {"سامي العلي": "PER"}, ["سامي العلي", "سامي العلي"]),
    # the plural cue then shares the opening verb's plural subject, not the person named after it
    ('هاجم مسؤولون في الحركة المبعوث الدولي، سامي العلي، لدى وصوله، ووصفوا زيارته بأنها "فاشلة ولا فائدة منها".',
     {"سامي العلي": "PER"}, ["مسؤولون"]),
    # must not fire: another cue (the possessed noun is its subject), ة (no pronoun)
    ('وأكد والده بأنه "لم يكن يعرف شيئا عن الحادث".', {}, ["والده"]),
    ('وقال مصدر إن الوضع هادئ. ووصف مسؤولة بأن "الوضع تحت السيطرة التامة".', {}, ["مصدر", "مسؤولة"]),
])
def test_possessed_described_object(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
