"""Hypothesis strategies for article-like Arabic text (used by tests and `rasd bench fuzz`).

The words are ordinary news vocabulary so the generated text reaches deep into
every stage (numbers next to casualty verbs, dates, quotes, place cues), mixed
with the noise real feeds carry: diacritics, tatweel, presentation forms,
mixed scripts, stray quotation marks, control and direction marks.
"""
from __future__ import annotations

from hypothesis import strategies as st

WORDS = ("قتل", "أصيب", "مقتل", "جرحى", "مدنيين", "شخص", "عائلة", "فروا", "نزح", "اعتقل", "قصف", "غارة",
         "مدفعي", "استهدف", "تظاهر", "المئات", "عشرات", "أكثر", "من", "نحو", "بين", "و", "في", "على",
         "قال", "وقال", "وأضاف", "أكد", "أن", "إن", "حسبما", "أفاد", "المرصد", "السوري", "لحقوق", "الإنسان",
         "مصدر", "أمني", "ناشطون", "زعم", "حلب", "إدلب", "بغداد", "الموصل", "بالموصل", "دمشق", "ريف",
         "جنوب", "شمال", "سوريا", "العراق", "اليمن", "مدينة", "بلدة", "قرية", "محافظة", "الأحد", "الثلاثاء",
         "أمس", "اليوم", "الماضي", "مارس", "آذار", "كانون", "الثاني", "رمضان", "هـ", "ثلاثة", "ألفي",
         "مئتي", "آلاف", "ألف", "مليون", "داعش", "حزب", "الله", "الحوثيون", "الجيش", "الأمم", "المتحدة",
         "الرئيس", "دونالد", "ترامب", "لم", "لن", "سوف", "قد", "هدنة", "وقف", "إطلاق", "النار", "2019",
         "12", "٣", "١٢", "۱۵", "3.5", "1,200", "Reuters", "AFP", "😀", "قُتِلَ", "مـــدنيين", "ﻻ", "ﷲ")
NOISE = ("\u064b", "\u0650", "\u0640", "\u200f", "\u200e", "\u202b", "\u200d", "\ufeff", "\x00", "\x07",
         "\r", "\t", "«", "»", "“", "”", "‘", "’", '"', "'", "(", ")", ".", "،", "؛", "؟", ":", "-", "\n", "\n\n")


def _token():
    return st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(NOISE),
                     st.text(min_size=1, max_size=3))


def article_text(max_tokens: int = 120):
    """Strings that look like (noisy) Arabic news, from empty to a few hundred tokens."""
    joined = st.lists(_token(), min_size=0, max_size=max_tokens).map(
        lambda toks: "".join(t if t in NOISE else t + " " for t in toks))
    return st.one_of(joined, joined, st.just(""), st.text(max_size=50))


def dates():
    return st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
