"""A given name the tagger left out between a title and a surname (audit U21, 2026-11-27)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasd.stages.ner import NerStage

from ner_probes import space_tokens as _toks

# what the name lists (ner-gazetteer) and the label priors give; tests run with no resources
_TYPES = {"راي": {"PERT", "LOCS", "LOCB"}, "بأن": {"PERT", "LOCS"}, "جبل": {"PERT", "LOCS"},
          "الأمريكي": {"NAT"}}
_PRIORS = {"جبل": (("up=O:mid", "up=LOC:mid"), ("upt=O",))}


def _stub():
    return SimpleNamespace(_types=lambda w: frozenset(_TYPES.get(w, ())), _prior_hit=lambda w: _PRIORS.get(w))


@pytest.mark.parametrize("text,fires", [
    ("وقال الجنرال راي اوديرنو", True),
    ("وأضاف المحامي بأن عباس", False),       # must not fire: a particle ("that")
    ("سيزور الأمير جبل الزيتون", False),      # must not fire: a word the priors saw as a place
    ("قال الرئيس الأمريكي أوباما", False),    # must not fire: a definite adjective
])
def test_a_given_name_between_a_title_and_a_surname_joins_it(text, fires):
    toks = _toks(text)
    assert NerStage._given_after_title(_stub(), text, toks, len(toks) - 1) is fires
