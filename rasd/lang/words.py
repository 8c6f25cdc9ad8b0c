"""Closed classes of Arabic function words, normalised (rasd.text.normalize), shared by the
stages that each need them, so that one list serves the quotes and the events stages alike."""
from __future__ import annotations

# the relative pronouns: singular, dual (both cases) and plural
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
