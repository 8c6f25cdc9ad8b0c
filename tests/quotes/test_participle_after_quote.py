""""وقال المتحدث: "… واضح. نخطط الآن …"، مشيرا إلى أن": a participle right after the closing
mark of a direct quote continues that quote's speaker, even when a full stop inside the
quotation split the sentence (audit U32, saudinewsnet-2015-08-04-00605: the speaker was read
from inside the quote, "الآن لضخ رغوة داخل")."""
from __future__ import annotations

import pytest


def _got(quotes, check, text, names):
    doc = quotes(text, names)
    check(doc)
    return [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes]


@pytest.mark.parametrize("text,names,want", [
    ('وقال المتحدث: "لا نرسل أحدا إلى المبنى. نخطط الآن لضخ رغوة داخل المبنى"، مشيرا إلى أن '
     'الإطفاء قد يستمر حتى المساء.', {},
     [("وقال", "المتحدث"), ("مشيرا", "المتحدث")]),
    ('وقال سامي العلي: "الوضع صعب. تبدأ القوات الآن عملية واسعة"، مضيفا أن الهدوء سيعود.',
     {"سامي العلي": "PER"}, [("وقال", "سامي العلي"), ("مضيفا", "سامي العلي")]),
])
def test_participle_continues_closed_quote(quotes, check, text, names, want):
    assert _got(quotes, check, text, names) == want


@pytest.mark.parametrize("text,names,want", [
    # must not fire: a new sentence with its own subject opens between the quote and the participle
    ('وقال المتحدث: "الوضع صعب". وأعلن سامي العلي الحداد، مشيرا إلى أن الضحايا كثر.',
     {"سامي العلي": "PER"}, [("وقال", "المتحدث"), ("مشيرا", "سامي العلي")]),
])
def test_participle_with_own_subject(quotes, check, text, names, want):
    assert _got(quotes, check, text, names) == want
