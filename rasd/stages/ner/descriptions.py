"""Organisation chunks that are descriptions, not names (SPEC 2.1: nominal descriptions are no
mentions): a type word and one adjective that says what kind of body it is, not which one.
"جامعة ألمانية" (a German university), "منظمة إنسانية" (a humanitarian organisation) and
"المنظمة الدولية" (the international organisation: how news refers back to the UN) were ORG.
A pure function of the mention's words; `NerStage._generic_phrase` takes such a mention out of
the entities, as a generic institution's: the events stage still reads it as an actor."""
from __future__ import annotations

from .norm import norm_key

# Type words of bodies, indefinite: with an indefinite adjective after them they are a kind of
# body ("شركة أمريكية"); a proper noun after them ("جامعة هارفارد") is a name
_INDEFINITE_HEADS = frozenset(norm_key(w) for w in """منظمة جامعة شركة مؤسسة وكالة هيئة جمعية صحيفة قناة
حركة جماعة مجموعة لجنة محكمة""".split())
# Definite type words that news uses to refer back to a named body ("الأمين العام للمنظمة
# الدولية" after "الأمم المتحدة"); with one adjective of reach alone they name no body: the
# names have more words ("المنظمة الدولية للهجرة", "الوكالة الدولية للطاقة الذرية")
_DEFINITE_HEADS = frozenset(norm_key(w) for w in "المنظمة الهيئة الوكالة اللجنة المحكمة المؤسسة".split())
_REACH = frozenset(norm_key(w) for w in "الدولية الدولي الأممية الأممي العالمية العالمي".split())
_CLITICS = "وفبكل"


def _bare_forms(word: str) -> list[str]:
    """The word's key and its keys without up to three proclitics; "للمنظمة" also as المنظمة
    (ل + ال contracted)."""
    key = norm_key(word)
    forms = [key, "ا" + key] if key.startswith("ل") else [key]  # (a mention after a contracted لل: "لمنظمة")
    for n in (1, 2, 3):
        if len(key) <= n + 2 or key[n - 1] not in _CLITICS:
            break
        rest = key[n:]
        forms.append(rest)
        if key[n - 1] == "ل" and rest.startswith("ل"):
            forms.append("ا" + rest)  # "للمنظمة": ل + المنظمة
    return forms


def kind_of_body(words: list[str], types=lambda w: frozenset()) -> bool:
    """Two words, a body's type word and an adjective of kind: indefinite + indefinite feminine
    nisba ("جامعة ألمانية", "ومنظمة إنسانية"; not a listed place or name: "جامعة كولومبية"
    would be), or definite + an adjective of reach ("للمنظمة الدولية"). `types`: the name
    lists' types of a word."""
    if len(words) != 2:
        return False
    heads = _bare_forms(words[0])
    adj = norm_key(words[1])
    if any(h in _DEFINITE_HEADS for h in heads):
        return adj in _REACH
    if not any(h in _INDEFINITE_HEADS for h in heads):
        return False
    # an indefinite feminine nisba: "ألمانية", "إنسانية" (ة normalised to ه)
    return (not words[1].startswith("ال") and adj.endswith("يه") and len(adj) >= 5 and words[1].isalpha()
            and not types(words[1]) & {"LOCB", "LOCS", "ORG", "PERF", "PERL", "PERT"})
