"""Closed classes of Arabic function words, normalised (rasd.text.normalize), shared by the
stages that each need them, so that one list serves the quotes and the events stages alike."""
from __future__ import annotations

# the relative pronouns: singular, dual (both cases) and plural
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
# the singular ones as a token holds them, bare or after و ("والتي")
WHICH = frozenset({"الذي", "التي", "والذي", "والتي"})
# the singular demonstratives ("هذا الهجوم", "تلك الحرب")
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})
# the third-person pronoun suffixes, longest first (هما before ه): objects ("داهمته"), owners ("جنوده")
PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
# the same endings as they mark a possessed noun on a normalised key ("مدنها", "قادتهم"): bare ه
# is left out, since ة folds to ه there and "منظمه" owns nothing, and the feminine plural هن is added
POSSESSIVE_SUFFIXES = tuple(s for s in PRONOUN_SUFFIXES if s != "ه") + ("هن",)
# the auxiliaries of the periphrastic passive ("تم/يتم/جرى + verbal noun": "تم اعتقاله", "يجري
# التحقيق"), past, present and future, normalised (جرى is جري), without a leading و/ف
PASSIVE_AUX = frozenset({"تم", "تمت", "يتم", "تتم", "سيتم", "ستتم", "جري", "يجري", "تجري", "سيجري"})
# كان in the past, every person and number but the first and second ("كانت", "كانوا", "كانتا")
WAS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
# إلى as the tokens hold it, with and without its hamza and with a dotless or a dotted ي
TO = frozenset({"الى", "الي", "إلى", "إلي"})
# the social platforms news cites as where something was said ("على تويتر", "عبر فيسبوك"), as
# written; each user keys them its own way (the events stage: never actors; the NER: no part
# of the name before "على تويتر")
PLATFORM_NAMES = ("تويتر", "فيسبوك", "فيس", "يوتيوب", "تلغرام", "تيليغرام", "تليغرام", "تلجرام", "إنستغرام",
                  "انستغرام", "إنستجرام", "انستجرام", "واتساب", "واتس")
