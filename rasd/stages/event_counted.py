"""A verb of leaving that names displacement only after a count of people (SPEC §2.7: people
leaving their area in numbers are displaced): "أكثر من 150 ألفا غادروا المدينة", "نحو 300 شخص
غادروا الغوطة". Read by `event_detect` for rows whose needs column is "#<".

Not a count: known people ("الثلاثة غادروا سوريا"), a delegation ("غادر الوفد": singular, no row),
a crowd leaving a hall or a meeting ("مئات الأشخاص غادروا القاعة").
"""
from __future__ import annotations

from typing import Sequence

# Why these lists and not doc.quantities (which counts people too): the rule runs inside trigger
# look-up, which reads tokens alone — find_triggers(tokens) is cached on the tokens and called
# by several event modules and the classifier's features (event_features) with no document — and
# the quantities stage does not count every count this rule needs: "الآلاف غادروا البلدة" (a
# definite big count with no noun) has no quantity. Reading the quantities here would change
# which triggers those callers see. _PEOPLE is no copy of the quantities' person nouns
# (quantities_nouns.tsv) either: those hold the dead, the wounded and fighters too (قتيلا،
# جنود), who leave nowhere as displaced people.

# big counts that stand for people alone ("150 ألفا غادروا", "الآلاف غادروا"); small number
# words are left out: "الثلاثة غادروا" are known people
_COUNTS = frozenset({"الف", "الفا", "الاف", "الفين", "مليون", "ملايين", "مئات", "عشرات"})
# people counted ("300 شخص", "آلاف المدنيين", "عشرات العائلات")
_PEOPLE = frozenset({"شخص", "اشخاص", "مدني", "مدنيا", "مدنيين", "ساكن", "سكان", "مواطن", "مواطنا",
                     "مواطنين", "عائله", "عائلات", "اسره", "اسر", "لاجئ", "لاجئا", "لاجئين", "نازح",
                     "نازحين", "نسمه"})
# what a crowd leaves that is no home ("غادروا القاعة", "غادروا الاجتماع")
_GATHERINGS = frozenset({"قاعه", "اجتماع", "جلسه", "مؤتمر", "ملعب", "مسرح", "حفل", "مجلس"})


def _count(cands: Sequence[str]) -> bool:
    return any(c[:1].isdigit() or c in _COUNTS for c in cands)


def counted_people_before(cands_at: Sequence[tuple[str, ...]], i: int) -> bool:
    """A count of people ends right before token i: a number or a big count word ("150 ألفا"),
    or a people noun with a number up to two words before it ("20 ألف شخص", "آلاف المدنيين");
    and the next word is no gathering left ("غادروا القاعة")."""
    if i == 0:
        return False
    after = cands_at[i + 1] if i + 1 < len(cands_at) else ()
    if not _GATHERINGS.isdisjoint(after):
        return False
    prev = cands_at[i - 1]
    if _count(prev):
        return True
    return not _PEOPLE.isdisjoint(prev) and any(_count(c) for c in cands_at[max(0, i - 3):i - 1])
