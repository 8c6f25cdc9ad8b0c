"""Closed classes of Arabic function words, normalised (rasd.text.normalize), shared by the
stages that each need them, so that one list serves the quotes and the events stages alike."""
from __future__ import annotations

# the relative pronouns: singular, dual (both cases) and plural
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
# the singular ones as a token holds them, bare or after و ("والتي")
WHICH = frozenset({"الذي", "التي", "والذي", "والتي"})
# the singular demonstratives ("هذا الهجوم", "تلك الحرب")
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})
# إلى as the tokens hold it, with and without its hamza and with a dotless or a dotted ي
TO = frozenset({"الى", "الي", "إلى", "إلي"})
