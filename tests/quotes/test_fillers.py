"""Fillers between the cue and its subject (audits U9 R-3, U15 P1): address participles,
time words, addressees glued to ل, platforms; and the cases that must keep their subject."""
from __future__ import annotations

import pytest

from rasd.model import Article, Document, Entity, Span
from rasd.model.record import TimeExpr
from rasd.pipeline.registry import get_factory
from rasd.stages.text import TextStage


@pytest.mark.parametrize("text,names,speakers", [
    # an address participle (ḥāl) and whom it addresses are no speaker: the previous one speaks
    ("قال الوزير سامي العلي إن الوضع صعب. وأضاف مخاطبا الصحافيين: \"لقد نفد صبرنا تماما\".",
     {"سامي العلي": "PER"}, ["سامي العلي", "سامي العلي"]),
    # ل on a genitive plural is whom it was told
    ("انتقد الوزير سامي العلي الحكومة، وقال لصحفيين إن القرار خاطئ.", {"سامي العلي": "PER"}, ["سامي العلي"]),
    # ل glued to a known outlet ends the subject
    ("وقال مصدر أمني لرويترز إن القصف استمر.", {"رويترز": "ORG"}, ["مصدر أمني"]),
    ("وقال مصدر أمني لرويترز إن القصف استمر. وأكدت رويترز أن الخبر صحيح.", {"رويترز": "ORG"},
     ["مصدر أمني", "رويترز"]),
    ("كشفت السلطات عما وصفتها بأنها شبكة كبيرة.", {}, ["السلطات"]),
    # a platform after على/عبر/حسابه is where it was posted: the poster speaks
    ("ونشرت شرطة المدينة تغريدة على تويتر تقول \"لا يوجد أي انفجار في المدينة\".", {"تويتر": "ORG"},
     ["شرطة المدينة"]),
    ("وغضب الممثل سامي العلي، الذي نشر تغريدة عبر حسابه بتويتر قال فيها: \"هذا أمر مؤسف جدا\".",
     {"سامي العلي": "PER", "تويتر": "ORG"}, ["سامي العلي"]),
    # a name after عن/لـ completes the description before an SVO cue
    ("وكان النائب البارز عن نيويورك قد أعلن أنه سيصوت ضد القرار.", {"نيويورك": "LOC"},
     ["النائب البارز عن نيويورك"]),
    # ل glued to a word the article names an organisation with (not itself in a mention):
    # the subject ends before it (this path once read a label off a bare span and crashed)
    ("ونقلت وكالة الأنباء الخبر. وقال مصدر أمني لوكالة محلية إن القصف استمر.", {"وكالة الأنباء": "ORG"},
     ["مصدر أمني"]),
    # must not fire: ل + a person or after an office / institution is "of"
    ("وقالت مصادر عسكرية موالية لهادي إن المعارك مستمرة. وزار هادي عدن.", {"هادي": "PER"},
     ["مصادر عسكرية موالية لهادي"]),
    ("وقالت المديرة العامة لمنظمة اليونسكو إن التعليم أولوية.", {"منظمة اليونسكو": "ORG"},
     ["المديرة العامة لمنظمة اليونسكو"]),
    # must not fire: the outlet itself speaking; a place after في; a spokeswoman (متحدثة) is a subject
    ("وقالت بي بي سي إن الرئيس غادر.", {"بي بي سي": "ORG"}, ["بي بي سي"]),
    ("وقال لافروف في مؤتمر صحفي بموسكو إن الغرب يكذب.", {"لافروف": "PER", "موسكو": "LOC"}, ["لافروف"]),
    ("وقالت متحدثة باسم الوزارة إن الوضع هادئ.", {}, ["متحدثة"]),
    ("وقالت لجنة التحقيق إن الوضع هادئ.", {}, ["لجنة التحقيق"]),
])
def test_fillers_after_the_cue_are_no_speaker(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers


def _with_time(text: str, when: str, names: dict[str, str]) -> Document:
    doc = Document.from_article(Article(text, id="t"))
    TextStage()(doc)
    for k, (name, label) in enumerate(names.items(), start=1):
        s = text.index(name)
        doc.entities.append(Entity(f"e{k}", label, name, [Span(s, s + len(name), name)]))
    s = text.index(when)
    doc.times.append(TimeExpr("t1", s, s + len(when), when, "date", "2024-02-06", None, "day", "published"))
    return get_factory("quotes")({}, None)(doc)


def test_a_time_after_the_cue_is_skipped_for_the_subject_before_it():
    text = "وكان المركز الإعلامي للمقاومة قد قال أول من أمس إن الثوار عثروا على ألغام."
    doc = _with_time(text, "أول من أمس", {"المركز الإعلامي للمقاومة": "ORG"})
    assert [q.speaker.text for q in doc.quotes] == ["المركز الإعلامي للمقاومة"]


def test_a_time_after_the_cue_is_skipped_for_the_subject_after_it():
    text = "وقال الأسبوع الماضي مصدر أمني إن القصف استمر."
    doc = _with_time(text, "الأسبوع الماضي", {})
    assert [q.speaker.text for q in doc.quotes] == ["مصدر أمني"]


@pytest.mark.parametrize("text,names,speakers", [
    # before whom / on which occasion, a ḥāl clause, "for its part": no speaker
    ("وقال الوزير سامي العلي إن الوضع صعب. وأضاف أمام لجنة القوات المسلحة بمجلس النواب \"لن نتراجع عن القرار أبدا\".",
     {"سامي العلي": "PER", "مجلس النواب": "ORG"}, ["سامي العلي", "سامي العلي"]),
    ("وقال سامي العلي إن السجن صعب. وتابع وهو يفخر أنه هرب من السجن.", {"سامي العلي": "PER"},
     ["سامي العلي", "سامي العلي"]),
    ("وقال الوزير إن الوضع صعب. من جهته قال إن الحل قريب.", {}, ["الوزير", "الوزير"]),
    ("وقال الوزير إن الوضع صعب. ونقلت من جهتها الوكالة أن الهجوم فشل.", {}, ["الوزير", "الوكالة"]),
    # must not fire: the subject after the occasion; an imam (إمام folds like أمام)
    ("وقال أمام البرلمان رئيس الوزراء إن الحكومة باقية.", {}, ["رئيس الوزراء"]),
    ("فيما أكد إمام المسجد أنه لم ير شيئا.", {}, ["إمام المسجد"]),
    ("من جهة أخرى قالت الصحيفة إن الرئيس غاضب.", {}, ["الصحيفة"]),
])
def test_occasions_and_connectives_are_no_speaker(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
