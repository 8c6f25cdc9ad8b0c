"""Names of works and vessels are MISC, not places or persons (audit U52): a film's, a programme's
or a ship's name after the noun that says what it is ('فيلمهما الشهير "فارغو"', "في برنامج
بوليتكا", 'السفينة الأمريكية "ديكاتور"'); a missile's model ('"شهاب-3"') is a MISC name with its
number, as gold-dev writes "بدر-1"; a person's chunk that runs from a Latin title into the Arabic name starts at
the name."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_quoted_name_after_a_work_or_vessel_noun():
    doc = run('وعرض المخرج فيلمه الشهير "دنفر" عام 1999', {"دنفر": "B-LOC"}, NAMES)
    assert mentions(doc) == [("دنفر", "MISC")]
    doc = run('واقتربت المدمرة الأمريكية "أرلينغتون" من الجزيرة', {"أرلينغتون": "B-LOC"}, NAMES)
    assert mentions(doc) == [("أرلينغتون", "MISC")]
    doc = run('وبث مسلسل "مريم" في رمضان', {"مريم": "B-PER"}, NAMES)
    assert mentions(doc) == [("مريم", "MISC")]


def test_an_unlisted_name_after_a_programme_noun():
    doc = run("وقال في برنامج ماتينالا إن الإضراب مستمر", {"ماتينالا": "B-LOC"}, NAMES)
    assert mentions(doc) == [("ماتينالا", "MISC")]


def test_places_and_persons_after_such_nouns_stay():  # must not fire
    doc = run("وانتقد البرنامج النووي لبنان", {"لبنان": "B-LOC"}, NAMES)
    assert mentions(doc) == [("لبنان", "LOC")]
    doc = run("وقرأ كتاب وليد جنبلاط الأخير", {"وليد": "B-PER", "جنبلاط": "I-PER"}, NAMES)
    assert mentions(doc) == [("وليد جنبلاط", "PER")]
    doc = run("وعرض الفيلم في نابلس أمس", {"نابلس": "B-LOC"}, NAMES)
    assert mentions(doc) == [("نابلس", "LOC")]
    doc = run("بشأن البرنامج النووي لكالينينغراد", {"لكالينينغراد": "B-LOC"}, NAMES)
    assert mentions(doc) == [("كالينينغراد", "LOC")]


def test_a_model_number_makes_a_weapon_a_misc_name():
    doc = run('ويبلغ مدى الصاروخ "قدر-110" ألفي كيلومتر', {"قدر": "B-PER"}, NAMES)
    assert mentions(doc) == [("قدر-110", "MISC")]
    doc = run("وسلمت روسيا منظومة S-400 إلى الهند", {"S": "B-MISC"}, NAMES)
    assert mentions(doc) == [("S-400", "MISC")]


def test_a_latin_title_before_an_arabic_name():
    doc = run("Dark Waters مارك روفالو يقوم ببطولة الفيلم", {"Dark": "B-PER", "Waters": "I-PER",
                                                             "مارك": "I-PER", "روفالو": "I-PER"}, NAMES)
    assert mentions(doc) == [("مارك روفالو", "PER")]


def test_one_latin_letter_alone_is_no_name():
    doc = run("وقارن الخبراء الهاتف الجديد بالآيفون 5S أمس", {"S": "B-MISC"}, NAMES)
    assert mentions(doc) == []
    doc = run("واستخدم المهاجمون مادة C4 في التفجير", {"C": "B-MISC"}, NAMES)
    assert mentions(doc) == []
    doc = run('ويحتوي الطبق على فيتامين "E" بكثرة', {"E": "B-MISC"}, NAMES)
    assert mentions(doc) == []


def test_latin_names_next_to_numbers_stay():  # must not fire: more than one letter
    doc = run("وعرض البرنامج على قناة MBC1 أمس", {"MBC": "B-ORG"}, NAMES)
    assert mentions(doc) == [("MBC", "ORG")]


def test_a_letter_name_glued_to_a_model_number_is_one_misc_name():
    doc = run("واشترت الهند منظومة إس-400 الروسية", {"إس": "B-MISC"}, NAMES)
    assert mentions(doc) == [("إس-400", "MISC")]
    doc = run("وحلقت طائرات إف-35 فوق القاعدة", {"إف": "B-ORG"}, NAMES)
    assert mentions(doc) == [("إف-35", "MISC")]


def test_a_spaced_dash_or_a_word_after_it_is_no_model():  # must not fire
    doc = run("وفاز نادي برشلونة - 2 مقابل لا شيء", {"برشلونة": "B-ORG"}, NAMES)
    assert mentions(doc) == [("برشلونة", "ORG")]
    doc = run("على طريق زبيد-التحيتا", {"زبيد": "B-LOC", "التحيتا": "B-LOC"}, NAMES)
    assert mentions(doc) == [("زبيد", "LOC"), ("التحيتا", "LOC")]
    doc = run("وتبرعت بمبلغ 630 مليون دولار-515 مليون يورو", {"دولار": "B-MISC"}, NAMES)
    assert ("دولار-515", "MISC") not in mentions(doc)


def test_a_hyphenated_latin_word_is_one_name():
    doc = run("وتوفر المحطة خدمة Wi-Fi مجانا", {"Wi": "B-MISC", "Fi": "B-MISC"}, NAMES)
    assert mentions(doc) == [("Wi-Fi", "MISC")]
    doc = run("وأحيت فرقة G-Unit حفلا", {"Unit": "B-ORG"}, NAMES)
    assert mentions(doc) == [("G-Unit", "ORG")]


def test_latin_words_with_spaced_dashes_stay_apart():  # must not fire: not one word
    doc = run("وقارن بين Apple - Samsung أمس", {"Apple": "B-ORG", "Samsung": "B-ORG"}, NAMES)
    assert mentions(doc) == [("Apple", "ORG"), ("Samsung", "ORG")]
