"""One test per normalisation rule, each checking the offsets back into the original."""
from __future__ import annotations

import pytest

from rasd.text import norm_key, normalize


def orig(text: str, view, ns: int, ne: int) -> str:
    s, e = view.to_orig(ns, ne)
    return text[s:e]


def test_tashkeel_removed_and_kept_in_the_original_span() -> None:
    text = "قُتِلَ ثلاثةٌ"
    view = normalize(text)
    assert view.text == "قتل ثلاثة"
    # the span of the normalised word covers the marks written on its letters
    assert orig(text, view, 0, 3) == "قُتِلَ"


def test_tatweel_removed() -> None:
    text = "الحـــرب"
    view = normalize(text)
    assert view.text == "الحرب"
    assert orig(text, view, 0, 5) == text


@pytest.mark.parametrize("variant", ["أ", "إ", "آ", "ٱ"])
def test_alef_variants_fold_to_bare_alef(variant: str) -> None:
    view = normalize(f"{variant}حمد")
    assert view.text == "احمد"
    assert view.to_orig(0, 1) == (0, 1)


def test_alef_maqsura_folds_to_yaa() -> None:
    assert normalize("على مستشفى").text == "علي مستشفي"


def test_taa_marbuta_folds_only_when_asked() -> None:
    assert normalize("مدينة").text == "مدينة"
    assert normalize("مدينة", fold_taa=True).text == "مدينه"


def test_presentation_forms_fold_to_base_letters() -> None:
    text = "\ufe8e\ufedf\ufee4\ufeee\ufebb\ufede"  # ﺎﻟﻤﻮﺻﻞ written in presentation forms
    view = normalize(text)
    assert view.text == "الموصل"
    assert orig(text, view, 0, 6) == text


def test_lam_alef_ligature_expands_and_maps_to_one_character() -> None:
    text = "\ufefb"  # ﻻ
    view = normalize(text)
    assert view.text == "لا"
    assert view.to_orig(0, 1) == (0, 1) and view.to_orig(1, 2) == (0, 1)


@pytest.mark.parametrize("digits", ["١٢٣", "۱۲۳", "123"])
def test_digits_become_ascii(digits: str) -> None:
    view = normalize(f"قتل {digits} شخصا")
    assert view.text == "قتل 123 شخصا"
    assert orig(f"قتل {digits} شخصا", view, 4, 7) == digits


@pytest.mark.parametrize("arabic, ascii_", [("،", ","), ("؛", ";"), ("؟", "?")])
def test_arabic_punctuation_becomes_ascii(arabic: str, ascii_: str) -> None:
    assert normalize(f"نعم{arabic} لا").text == f"نعم{ascii_} لا"


@pytest.mark.parametrize("quote", ["«", "»", "“", "”", "„", "‘", "’", "‹", "›", "＂", "'"])
def test_every_quote_style_becomes_a_double_quote(quote: str) -> None:
    assert normalize(f"{quote}نص{quote}").text == '"نص"'


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202b",
                                  "\u2067", "\u061c", "\ufeff"])
def test_zero_width_and_direction_marks_removed(mark: str) -> None:
    text = f"بغ{mark}داد"
    view = normalize(text)
    assert view.text == "بغداد"
    assert orig(text, view, 0, 5) == text


def test_latin_lowercased() -> None:
    view = normalize("وكالة AFP")
    assert view.text == "وكالة afp"


def test_norm_key_collapses_space_and_strips() -> None:
    assert norm_key("  الأُمـم   المتّحدة ") == "الامم المتحدة"


def test_empty_text() -> None:
    view = normalize("")
    assert view.text == "" and view.to_orig(0, 0) == (0, 0)
