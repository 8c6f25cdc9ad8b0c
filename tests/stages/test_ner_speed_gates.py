"""The quick first tests the NER rule loops make before their per-token work admit exactly
the tokens the full tests would (invented words; the sets are checked against the functions
they stand for)."""
from __future__ import annotations

from rasd.stages.ner import cued, orgs

_WORDS = ["الجمعية", "والجمعية", "للجمعية", "بالجمعية", "فالهيئة", "كالمنظمة", "منظمة", "لمنظمة",
          "ومنظمة", "بحزب", "كحزب", "فحزب", "حزب", "وكالة", "لوكالة", "صحيفة", "بصحيفة", "الحزب",
          "اللجنة", "للجنة", "واللجنة", "المركز", "لمركز", "ال", "ل", "لل", "و", "", "قال", "في"]


def test_org_phrase_starts_are_the_body_and_head_words():
    words = _WORDS + sorted(orgs._STARTS) + [c + w for c in "وفبلك" for w in sorted(orgs._STARTS)]
    for w in words:
        assert (w in orgs._STARTS) == (orgs._bare_stem(w) in orgs._BODIES or orgs._head(w)), w


def test_cue_endings_as_written_fold_to_the_place_word_endings():
    ends = {e[:1] + x for e in cued._ENDINGS for x in ("ه", "ة", e[1:])} | {"ة", "ه", "ي", "ةة", "هة"}
    for w in sorted(ends) + ["منطقة", "مناطق", "حي", "قرية", "قريه", "بلدة", "قال"]:
        assert (w[-2:] in cued._ENDINGS_AS_WRITTEN) == (w[-2:].replace("ة", "ه") in cued._ENDINGS), w
