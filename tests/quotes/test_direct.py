"""Direct quotes: every quotation style, cue before and after, multi-sentence quotes."""
from __future__ import annotations

import pytest


NAME = {"أحمد الخطيب": "PER"}
SAID = "فرت عشرات العائلات نحو المخيمات القريبة من الحدود"
STYLES = [("«", "»"), ("“", "”"), ('"', '"'), ("'", "'"), ("”", "“"), ("„", "“")]
FRAMES = [
    "وقال أحمد الخطيب: {q}.",
    "وقال أحمد الخطيب {q}.",
    "قال أحمد الخطيب إن {q}.",
    "وأضاف أحمد الخطيب في بيان: {q}.",
    "{q}، قال أحمد الخطيب.",
    "{q}، بحسب ما قال أحمد الخطيب.",
]


@pytest.mark.parametrize("opening,closing", STYLES)
@pytest.mark.parametrize("frame", FRAMES)
def test_direct_quote_every_style_and_cue_position(quotes, check, frame, opening, closing):
    text = "وصل النازحون إلى المدينة. " + frame.format(q=f"{opening}{SAID}{closing}")
    doc = quotes(text, NAME)
    check(doc)
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.kind == "direct"
    assert q.content.text == SAID
    assert q.speaker.text == "أحمد الخطيب" and q.speaker.entity == "e1"
    assert q.cue.text in ("وقال", "قال", "وأضاف")


@pytest.mark.parametrize("text,content", [
    ('وقال الوزير: «نحن مستعدون للحوار. لكننا لن نقبل الشروط. والقرار نهائي».',
     "نحن مستعدون للحوار. لكننا لن نقبل الشروط. والقرار نهائي"),
    ('وقال المتحدث إن "القصف استمر ساعات. وسقط عدد من الجرحى" في المدينة.',
     "القصف استمر ساعات. وسقط عدد من الجرحى"),
    ('وأضاف المصدر أن "التفجيرين أوقعا قتلى. مبينا أنه تم نقل الجرحى إلى المستشفى".',
     "التفجيرين أوقعا قتلى. مبينا أنه تم نقل الجرحى إلى المستشفى"),
    ('وقال المسؤول: “لم نتلق أي إنذار… والناس فوجئوا بالقصف”.',
     "لم نتلق أي إنذار… والناس فوجئوا بالقصف"),
])
def test_multi_sentence_direct_quote(quotes, check, text, content):
    doc = quotes(text)
    check(doc)
    assert [q.content.text for q in doc.quotes] == [content]
    assert doc.quotes[0].kind == "direct"


@pytest.mark.parametrize("text,content", [
    ('قال القائد «قواتنا "تقدمت" في المحور الشرقي بسرعة».', 'قواتنا "تقدمت" في المحور الشرقي بسرعة'),
    ("قال الناطق: «وصفوا الهجوم بأنه 'عمل جبان' وطالبوا بالتحقيق».", "وصفوا الهجوم بأنه 'عمل جبان' وطالبوا بالتحقيق"),
    ('وقال الشاهد: "رأينا «الطائرات» تحلق فوق الحي طوال الليل".', "رأينا «الطائرات» تحلق فوق الحي طوال الليل"),
])
def test_nested_quotation_belongs_to_the_outer_quote(quotes, text, content):
    doc = quotes(text)
    assert [q.content.text for q in doc.quotes] == [content]


@pytest.mark.parametrize("text,content", [
    ('وتابع "أن المنظمة اكتفت حتى الآن بإجراء تحقيقات عن بعد".', "المنظمة اكتفت حتى الآن بإجراء تحقيقات عن بعد"),
    ('وذكر المدير الطبي: " انه تم استقبال الحالات الأربع مساء الخميس".', "تم استقبال الحالات الأربع مساء الخميس"),
    ('وقالت الجمعية: «إننا أكدنا على وجوب حفظ حقوق الأسرى».', "إننا أكدنا على وجوب حفظ حقوق الأسرى"),
])
def test_complementiser_inside_the_marks_is_not_content(quotes, text, content):
    doc = quotes(text)
    assert doc.quotes[0].content.text == content


@pytest.mark.parametrize("text", [
    'وصف الوزير الهجوم بـ"الإرهابي".',
    'وقال المتحدث إن عملية "عاصفة الحزم" مستمرة في اليمن.',
    'أعلنت القوات إطلاق عملية "نبع السلام" في الشمال.',
    'وشارك في ندوة «التطرف الديني وسط الشباب الأسباب والحلول» عدد من الباحثين.',
])
def test_short_or_title_quotations_are_not_direct_quotes(quotes, check, text):
    doc = quotes(text)
    check(doc)
    assert all(q.kind != "direct" for q in doc.quotes)


def test_quote_without_cue_continues_the_previous_speaker(quotes):
    text = ("ووصف الوزير الأكراد بأنهم صوت سياسي يجب أن يؤخذ مأخذ الجد "
            "«وأرى أنه ليس من الحكمة استبعاد مثل هذا الصوت من العملية السياسية».")
    doc = quotes(text)
    assert len(doc.quotes) == 2
    first, second = doc.quotes
    assert first.kind == "indirect" and first.content.text.endswith("مأخذ الجد")
    assert second.kind == "direct" and second.cue is None
    assert second.content.text.startswith("وأرى أنه")
    assert second.speaker == first.speaker


def test_short_quoted_phrase_then_more_speech_stays_indirect(quotes):
    doc = quotes('واعتبرت فرنسا أنه "من المرجح جدا" أن تكون الأدلة قد اختفت من موقع الهجوم.',
                 {"فرنسا": "LOC"})
    q = doc.quotes[0]
    assert q.kind == "indirect"
    assert q.content.text.startswith("من المرجح جدا")
    assert q.speaker.text == "فرنسا"


def test_quotation_before_a_participle_with_its_own_complement(quotes, check):
    text = ("وقالت المتحدثة لرويترز «حضر شبان كثيرون لعبور الحدود وكانت هناك أنشطة مقررة» "
            "مضيفة أن نواب الحزب سيصلون إلى موقع الانفجار.")
    doc = quotes(text)
    check(doc)
    assert [(q.kind, q.cue.text) for q in doc.quotes] == [("direct", "وقالت"), ("indirect", "مضيفة")]
    assert doc.quotes[0].content.text.startswith("حضر شبان")
    assert doc.quotes[1].speaker == doc.quotes[0].speaker


def test_unclaimed_quotation_before_a_participle_goes_to_its_speaker(quotes, check):
    text = ("تحدث الناطق أحمد سالم عن الأوضاع. «الطرق مقطوعة والمساعدات متوقفة منذ أيام» "
            "مضيفاً أن الفرق تعمل بلا توقف.")
    doc = quotes(text, {"أحمد سالم": "PER"})
    check(doc)
    kinds = sorted((q.kind, q.cue.text if q.cue else None) for q in doc.quotes)
    assert kinds == [("direct", None), ("indirect", "مضيفاً")]
    assert all(q.speaker.text == "أحمد سالم" for q in doc.quotes)


def test_quoted_verb_phrase_inside_indirect_quote_is_not_split(quotes):
    text = ('قال الجيش في بيان إن نحو سبعة آلاف شخص تجمعوا قرب السياج وكانوا '
            '"يلقون الحجارة ويدحرجون الإطارات المشتعلة باتجاه الجنود".')
    doc = quotes(text)
    assert len(doc.quotes) == 1
    assert doc.quotes[0].content.text.endswith("باتجاه الجنود")


@pytest.mark.parametrize("tail", [
    '"وسائل تفريق الشغب وإطلاق النار وفقا لقواعد الاشتباك المعمول بها"',
    '"والقبض على اثنين منهم بعد مطاردة طويلة في شوارع المدينة القديمة"',
])
def test_quotation_continuing_the_clause_is_not_split(quotes, tail):
    doc = quotes(f"وقال الجيش إن قواته ردت على ذلك واستخدمت {tail}.")
    assert len(doc.quotes) == 1 and doc.quotes[0].kind == "indirect"


@pytest.mark.parametrize("opening", ["ونحن", "ويمر", "لقد", "نحن", "وأرى"])
def test_quotation_opening_its_own_statement_is_split(quotes, opening):
    doc = quotes(f"وقال الطبيب إن المريض نقل إلى المستشفى «{opening} بوضع صحي صعب جدا ومعرض للخطر في أي لحظة».")
    assert [q.kind for q in doc.quotes] == ["indirect", "direct"]
    assert doc.quotes[1].content.text.startswith(opening)
    assert doc.quotes[1].speaker == doc.quotes[0].speaker


def test_verb_plus_qaailan_is_one_quote(quotes):
    doc = quotes("وأضاف المتحدث قائلا: «لن نتراجع عن مطالبنا مهما طال الوقت».")
    assert [(q.cue.text, q.content.text) for q in doc.quotes] == [
        ("وأضاف", "لن نتراجع عن مطالبنا مهما طال الوقت")]


def test_relayed_direct_quote_with_qawlahu(quotes):
    doc = quotes("ونقل التلفزيون الرسمي عن مصدر عسكري قوله: «إن وحدة من الجيش دمرت مواقع للمسلحين».",
                 {})
    q = doc.quotes[0]
    assert q.kind == "direct" and q.speaker.text == "مصدر عسكري"
    assert q.content.text == "وحدة من الجيش دمرت مواقع للمسلحين"
    att = [a for a in doc.attributions if a.kind == "quote"][0]
    assert att.relay is not None and att.relay.text.startswith("التلفزيون")


@pytest.mark.parametrize("text,speaker,content", [
    ('ثم أكد ترامب "حققنا تقدما كبيرا اليوم"، معتبرا أن العلاقات جيدة.', "ترامب", "حققنا تقدما كبيرا اليوم"),
    ('وكتبت هايلي في الرسالة "عدم ذكر ذلك يجب أن يكون مرفوضا من جميع الدول".', "هايلي",
     "عدم ذكر ذلك يجب أن يكون مرفوضا من جميع الدول"),
    ('وقال د. السويد: "نحمد الله على هذا الأمن واللحمة بين المواطن والقيادة".', "السويد",
     "نحمد الله على هذا الأمن واللحمة بين المواطن والقيادة"),
    ('وقال الأمير للفلسطينيين "لم تذهبوا طي النسيان".', "الأمير", "لم تذهبوا طي النسيان"),
])
def test_direct_quote_after_subject_and_adverbials(quotes, text, speaker, content):
    doc = quotes(text, {"ترامب": "PER", "هايلي": "PER", "السويد": "PER"})
    q = doc.quotes[0]
    assert (q.kind, q.content.text) == ("direct", content)
    assert q.speaker.text == speaker


def test_an_announced_quoted_noun_is_no_quote_but_a_call_in_marks_is(quotes):
    announced = quotes('وقال المكتب إن نتانياهو سيطل مساء اليوم، ليعلن عن "تطور كبير فيما يتعلق بالاتفاق النووي".')
    assert [q.kind for q in announced.quotes] == ["indirect"]  # (SPEC 2.7: أعلن + noun is no quote)
    called = quotes('ودعا الأمين العام أنطونيو غوتيريش إلى "بذل جهد عاجل ومنسق من المجموعة الدولية".',
                    {"أنطونيو غوتيريش": "PER"})
    assert [(q.kind, q.speaker.text) for q in called.quotes] == [("direct", "أنطونيو غوتيريش")]
