"""What the NER name lists, label priors and actor lexicon say about a word or phrase: its
types, whether it is mostly a person's name or mostly no name, a country, a people, a given
name. Methods of the NER stage (`WordEvidence`, mixed into `NerStage`: they read its model and
lexicon)."""
from __future__ import annotations

from .actors import key as actor_key
from .around import LEADING_PARTICLES
from .features import TITLES
from .mentions import NAMED_TYPES, NO_TYPES, PLACE_TYPES
from .norm import norm, norm_key
from .prior import prior_key


# the state words before a country's official name ("دولة الإمارات", "جمهورية مالي")
_STATE_WORDS = frozenset(norm_key(w) for w in "دولة جمهورية مملكة سلطنة إمارة".split())


class WordEvidence:
    """Ask the name lists, priors and lexicon about words (see the module's docstring)."""

    def _listed_demonym(self, toks, a: int) -> bool:
        """A word the name lists give as a nationality (among other things: ألمان is also a
        family name) joined by و to a word they give as a nationality only: "فرنسيون وألمان",
        "ألمان وفرنسيون" (2026-11-27). SPEC 2.7: peoples are no names. Not a listed group's
        members ("السعوديين والحوثيين": the Houthis are an actor)."""
        word = toks[a].text.removeprefix("و")
        hit = self.actors.lookup(word) if self.actors is not None else None
        if "NAT" not in self._types(word) or (hit is not None and hit[1]):
            return False  # (a country's demonym, الليبي → LBY with no group, is still a people)
        prev = toks[a - 1].text if a > 0 and toks[a].text[:1] == "و" else ""
        nxt = toks[a + 1].text[1:] if a + 1 < len(toks) and toks[a + 1].text[:1] == "و" else ""
        return any(w and self._group_noun(w) for w in (prev, nxt))

    def _group_noun(self, form: str) -> bool:
        """A people or a sect ("الأكراد", "الشيعة"): listed as a group noun and as no name."""
        found = self._types(form)
        return "NAT" in found and not found & NAMED_TYPES

    def _types(self, form: str) -> frozenset[str]:
        """The form's types in the NER name lists (LOCB, LOCS, PERF, ORG …)."""
        return self.model.features.gaz.entries.get(norm_key(form), NO_TYPES)

    def _in_news(self, word: str) -> bool:
        """The word is common in unlabelled news: it has a word cluster (clusters.py keeps the
        words seen often enough to cluster). No clusters, no evidence: False."""
        return norm(word).lower() in self.model.features.clusters

    def _may_be_place(self, word: str) -> bool:
        """A word the label priors never saw, or saw mostly as a place ("جوبر"), and that no name
        list gives as something else: after a place word, a place's name."""
        if not self._priors():
            return False  # (no priors: no evidence either way, and nothing is added)
        hit = self._prior_hit(word)
        if hit is not None:
            return "upt=LOC" in hit[1]
        return not self._types(word) & NAMED_TYPES or bool(self._types(word) & PLACE_TYPES)

    def _accusative_noun(self, toks, a: int) -> bool:
        """An indefinite accusative noun in -ا that a place is spelt like ("بريا" Bria, "بريدا"
        Breda), next to an indefinite -يا adjective: before one ("بريدا إلكترونيا") or joined by
        و after one ("جويا وبحريا وبريا"). Not a word the label priors saw mostly as a place
        ("زار سوريا رسميا", "ليبيا وكينيا"), nor with ال; no priors, no evidence: kept."""
        w = self._bare(toks[a].text)
        if w.startswith("ال") or not w.endswith("ا") or self._prior_place(w):
            return False
        nxt = toks[a + 1].text if a + 1 < len(toks) else ""
        prev = toks[a - 1].text if a > 0 and toks[a].text[:1] == "و" else ""
        return any(self._indefinite_adjective(x) for x in (nxt, prev) if x)

    @staticmethod
    def _bare(text: str) -> str:
        w = norm_key(text)
        return w[1:] if w[:1] == "و" and len(w) > 4 else w

    def _prior_place(self, word: str) -> bool:
        """The label priors saw the word mostly as a place; True when there are none."""
        if not self._priors():
            return True
        hit = self._prior_hit(word)
        return hit is not None and "upt=LOC" in hit[1]

    def _all_place_words(self, words: list[str]) -> bool:
        """Two or more words, each of which the label priors saw mostly as (part of) a place:
        "بيونغ يانغ" is a city whatever its context made the tagger say. No priors: False."""
        return len(words) >= 2 and bool(self._priors()) and all(
            (hit := self._prior_hit(w)) is not None and "upt=LOC" in hit[1] for w in words)

    def _indefinite_adjective(self, text: str) -> bool:
        """An indefinite -يا word the priors saw as no name, or never saw ("إلكترونيا", "وبحريا")."""
        w = self._bare(text)  # (ال tested as written: "إلكترونيا" folds to الكترونيا)
        if text.removeprefix("و").startswith("ال") or not w.endswith("يا") or len(w) < 4:
            return False
        hit = self._prior_hit(w)
        return hit is None or not any(x.startswith("upt=") and x != "upt=O" for x in hit[1])

    def _given_before(self, text: str, toks, a: int) -> bool:
        """The word before a one-word person's chunk is a listed given name (and no place,
        group or people), one space before it, itself right after a comma or a sentence's start
        ("الأيزيدية، نادية مراد", 2026-11-27): where an apposition opens, the name is whole."""
        if a < 1 or text[toks[a - 1].end:toks[a].start] != " ":
            return False
        word = toks[a - 1].text
        found = self._types(word)
        if "PERF" not in found or found & {"LOCB", "ORG", "NAT"} or norm_key(word).startswith("ال"):
            return False
        return a < 2 or toks[a - 2].text in ("،", ",", ".", ":")

    def _given_after_title(self, text: str, toks, a: int) -> bool:
        """The word before a one-word person's chunk is an indefinite word the name lists give
        as a person's, right after a title, one space apart each ("الجنرال راي اوديرنو",
        2026-11-27). Not a definite word ("الرئيس الأمريكي أوباما"), nor a word of a place,
        group or people."""
        if a < 2 or text[toks[a - 2].end:toks[a - 1].start] != " " or text[toks[a - 1].end:toks[a].start] != " ":
            return False
        word = toks[a - 1].text
        found = self._types(word)
        hit = self._prior_hit(word)
        seen_as_place = hit is not None and any("LOC" in x for x in hit[0] + hit[1])  # "الأمير جبل الزيتون"
        return (norm_key(toks[a - 2].text) in TITLES and not norm_key(word).startswith("ال")
                and bool(found & {"PERT", "PERF"}) and not found & {"ORG", "NAT"} and word.isalpha()
                and word not in LEADING_PARTICLES and not seen_as_place)  # "المحامي بأن عباس"

    def _given_then_surname(self, first: str, second: str) -> bool:
        """Two words the tagger read as a place: a big place's name that the lists also give as
        a given name (إسرائيل is also the name of a man), then a word the label priors saw
        mostly as a person's name and the lists give no place ("إسرائيل كاتس", audit U32).
        Not "إسرائيل الكبرى" (definite), nor a listed place of two words ("سان دييغو"), nor a
        small place's word ("بيت عياض")."""
        found, head = self._types(second), self._types(first)
        return ("LOCB" in head and bool(head & {"PERT", "PERF"}) and self._mostly_person(second)
                and not self._types(f"{first} {second}") & PLACE_TYPES  # "سان دييغو"
                and not norm_key(second).startswith("ال") and not found & PLACE_TYPES
                and not found & {"ORG", "NAT"})

    def _person_not_group(self, word: str) -> bool:
        """A word the label priors saw mostly as a person's name and the actor lexicon gives
        no group: أوباما (2026-11-27). Not a listed group's name ("حماس")."""
        hit = self.actors.lookup(word) if self.actors is not None else None
        return self._mostly_person(word) and not (hit and hit[1])

    def _mostly_person(self, word: str) -> bool:
        """The label priors saw the word mostly as (part of) a person's name."""
        hit = self._prior_hit(word)
        return hit is not None and "upt=PER" in hit[1]

    def _person_part(self, word: str) -> bool:
        """The label priors saw the word often (mid or hi) as part of a person's name."""
        hit = self._prior_hit(word)
        return hit is not None and ("up=PER:mid" in hit[0] or "up=PER:hi" in hit[0])

    def _country_name(self, text: str) -> bool:
        """A country's name, perhaps after its state word ("دولة الإمارات العربية المتحدة",
        "جمهورية مالي"): listed as a country by the actor lexicon and as a big place by the name
        lists (not a demonym alone: "الأمريكي")."""
        words = text.split()
        if len(words) >= 2 and norm_key(words[0]) in _STATE_WORDS:
            text = " ".join(words[1:])
        return actor_key(text) in self.actors.countries and "LOCB" in self._types(text)

    def _mostly_no_name(self, word: str) -> bool:
        """The label priors (prior.py) saw the word untagged in 70% or more of its uses."""
        hit = self._prior_hit(word)
        return hit is not None and not hit[1]

    def _priors(self) -> dict:
        """The model's label priors (prior.py): key → (count, tags); empty without them."""
        return getattr(self.model.features, "prior", None) or {}

    def _prior_hit(self, word: str):
        """The priors' entry for a word, or None when it was never seen."""
        return self._priors().get(prior_key(word))
