"""Names the article writes again where the tagger did not see them: a person's family name
alone ("اللواء البلوي"), a one-word name always followed by the same word ("أوليفييه | فور"), a
name behind a proclitic ("برداع" after "مدينة رداع"). Methods of the NER stage
(`ArticleRepeats`, mixed into `NerStage`), run on the article's spans after trimming."""
from __future__ import annotations

from collections import Counter

from rasd.model.document import Document
from rasd.model.span import Span

from .actors import CLITIC_LETTERS
from .actors import key as actor_key
from .around import ENDING_PARTICLES, NOT_SURNAME, not_name_word, surname_shaped
from .features import TITLES
from .mentions import (AREA_WORDS, EVERYDAY_GROUP_NAMES, NOT_ALONE, NOT_NAMES, PLACE_DESCRIPTORS, generic_noun,
                       is_arabic, stem_norm)
from .norm import norm, norm_key
from .nouns import adjective_after_noun, counted, country_nisba, noun_slot, of_origin
from .org_context import a_base
from .starts import after_letters


_CLITIC_SET = frozenset(CLITIC_LETTERS)

# The name علي as written (with ي): the preposition is على, but the NER features fold ى into ي
ALI = "\u0639\u0644\u064a"

_BEFORE_PLACES = PLACE_DESCRIPTORS | AREA_WORDS | frozenset({"معبر", "منفذ", "ميناء", "جسر"})

# role nouns that may follow a name ("الباجي قائد السبسي" aside): never taken in by `_pairs`
_ROLE_WORDS = frozenset(norm_key(w) for w in ("قائد", "رئيس", "وزير", "زعيم", "نائب", "أمير", "ملك", "شيخ",
                                              "مدير", "عضو", "سفير", "مستشار"))


# prepositions the name lists key as given names (على as علي, أمام as إمام): "على القذافي", "أمام ترامب"
_NOT_GIVEN = frozenset(("على", "إلى", "الى", "لدى", "أمام", "امام", "عن", "مع"))


class ArticleRepeats:
    """Find the article's names written again (see the module's docstring)."""

    def _surnames(self, doc: Document, spans: list, framed_at: set[int] = frozenset(),
                  verb_led_at: set[int] = frozenset()) -> list:
        """A person's family name written alone elsewhere in the article ("اللواء البلوي" after
        "اللواء عادل البلوي") is a mention of the person too: the last word of a person's
        two-or-more-word mention, when it is no place, organisation or nationality word. A
        person named in a person's frame ("عمران علي (24 عاما)", `framed_at`) gives a short
        family name too (علي), unless the article writes the preposition على as علي; so does a
        one-word person the tagger ran a plural verb into (`verb_led_at`: "يضايقون الساعدي" →
        الساعدي, whom the article names again and again, audit U58)."""
        names = {}  # key → may it stand anywhere (else only right after a reporting verb)
        short: dict[str, str] = {}
        for sp, lab, _a in spans:
            words = sp.text.replace("_", " ").split()  # (a hashtag's parts: "#رضوان_لقديم")
            if lab == "PER" and len(words) >= 2 and sp.start in framed_at and len(words[-1]) == 3 \
                    and (words[-1] != ALI or "\u0639\u0644\u0649" in doc.text):
                names[norm_key(words[-1])] = True
                short[norm_key(words[-1])] = words[-1]  # (as written: علي, not على)
            elif lab == "PER" and (len(words) >= 2 or sp.start in verb_led_at) and len(words[-1]) >= 4:
                last = norm_key(words[-1])
                if surname_shaped(last) and last not in NOT_NAMES:
                    names[last] = names.get(last, False) or not self._types(words[-1]) & NOT_SURNAME
        if not names:
            return []
        taken = [(sp.start, sp.end) for sp, _l, _a in spans]
        out = []
        toks = doc.tokens
        for k in [k for k, key in enumerate(map(norm_key, [t.text for t in toks])) if key in names]:
            tok = toks[k]
            anywhere = names.get(norm_key(tok.text))
            if anywhere is None or any(a < tok.end and tok.start < b for a, b in taken) \
                    or short.get(norm_key(tok.text), tok.text) != tok.text:
                continue
            # a family name that is also a word, a village or a people ("المعلم", "العربي") is
            # the person only as the subject of a reporting verb ("وقال المعلم", "وكان العربي")
            slot = noun_slot(norm_key(doc.tokens[k - 1].text)) if k > 0 else None
            if anywhere or slot == "verb" or (slot and not self._mostly_no_name(tok.text)):
                # (after a preposition or a noun, not a word mostly no name: "إلى العودة")
                out.append((Span(tok.start, tok.end, tok.text), "PER", None))
        return out

    def _pairs(self, doc: Document, spans: list) -> list:
        """A person's one-word mention that the article always writes with the same next word
        ("أوليفييه فور" six times, the tagger stopping before فور, a common word) takes that word
        in: at least twice and in 80% of the first word's occurrences."""
        toks = doc.tokens
        other = {norm_key(sp.text) for sp, lab, _a in spans if lab != "PER"}  # ("جابر" LOC: معبر جابر نصيب)
        single = {sp.start: i for i, (sp, lab, _a) in enumerate(spans)
                  if lab == "PER" and " " not in sp.text and norm_key(sp.text) not in other}
        if not single:
            return spans
        # what follows each word, counted only for the words of the one-word mentions (the
        # only ones asked below)
        asked = {tok.norm for tok in toks[:-1] if tok.start in single}
        follows: dict[str, Counter] = {}
        for k in range(len(toks) - 1):
            if toks[k].norm in asked and not doc.text[toks[k].end:toks[k + 1].start].strip():
                follows.setdefault(toks[k].norm, Counter())[toks[k + 1].norm] += 1
        out = list(spans)
        for k, tok in enumerate(toks[:-1]):
            i = single.get(tok.start)
            if i is None or spans[i][0].end != tok.end or doc.text[tok.end:toks[k + 1].start].strip():
                continue
            prev = stem_norm(toks[k - 1].text) if k > 0 else ""
            if prev in _BEFORE_PLACES or (prev[:1] in "لب" and prev[1:] in _BEFORE_PLACES):
                continue  # "معبر جابر نصيب", "لمعبر جابر نصيب": a place's name, which the places stage reads
            nxt = toks[k + 1]
            seen = follows.get(tok.norm, Counter())
            total = sum(seen.values())
            if (seen[nxt.norm] >= 2 and seen[nxt.norm] >= 0.8 * total and is_arabic(nxt.text)
                    and nxt.text[:1] != "و" and len(nxt.text) >= 3
                    and norm_key(nxt.text) not in ENDING_PARTICLES and stem_norm(nxt.text) not in TITLES
                    and norm_key(nxt.text) not in _ROLE_WORDS
                    and not norm(nxt.text).endswith(("ية", "يه")) and "NAT" not in self._types(nxt.text)
                    and not not_name_word(nxt.text, self._types(nxt.text))
                    and not any(sp.start <= nxt.start < sp.end for sp, _l, _a in spans)):
                sp, lab, alias = spans[i]
                out[i] = (Span(sp.start, nxt.end, doc.text[sp.start:nxt.end]), lab, alias)
        return out

    def _surname_again(self, doc: Document, k: int, taken: list) -> bool:
        """Token k is a one-word person's name the lists give as a family name only (PERT, not
        PERF: خامنئي, ترامب), untagged here, and not a word mostly no name elsewhere."""
        tok = doc.tokens[k]
        types = self._types(tok.text)
        return ("PERT" in types and not types & {"PERF", "LOCB", "LOCS", "ORG", "NAT"} and len(tok.text) >= 4
                and not any(a < tok.end and tok.start < b for a, b in taken) and not self._mostly_no_name(tok.text))

    def _given_word(self, doc: Document, k: int, taken: list) -> bool:
        """Token k (before a family name) is a listed given name, one space before it and in no
        mention (علي of "علي خامنئي"; not where the article writes the preposition على as علي)."""
        if k < 0:
            return False
        tok, nxt = doc.tokens[k], doc.tokens[k + 1]
        types = self._types(tok.text)
        return ("PERF" in types and not types & {"LOCB", "ORG", "NAT"} and doc.text[tok.end:nxt.start] == " "
                and tok.text not in _NOT_GIVEN and (tok.text != ALI or "\u0639\u0644\u0649" in doc.text)
                and not tok.norm.startswith("ال") and not any(a < tok.end and tok.start < b for a, b in taken))

    def _repeats(self, doc: Document, spans: list) -> list:
        """A name found in the article, written again with a proclitic the tagger did not see
        through ("برداع" after "مدينة رداع", "ومشار" after "رياك مشار"): a mention of it too,
        after the proclitic letters. Names of one label only; not the words that are no names
        alone, and not القاعدة where it is a base."""
        labels: dict[str, set] = {}
        for sp, lab, _a in spans:
            labels.setdefault(norm_key(sp.text), set()).add(lab)
        names = {}
        for k, labs in labels.items():
            lab = next(iter(labs))
            if (len(labs) == 1 and lab != "MISC" and " " not in k and k not in NOT_NAMES and k not in NOT_ALONE
                    and k not in TITLES and k not in EVERYDAY_GROUP_NAMES and not generic_noun(k)
                    and not (lab != "LOC" and "NAT" in self._types(k))):  # (الأكراد, الليبي: no names)
                names[k] = lab
        if not names:
            return []
        taken = [(sp.start, sp.end) for sp, _l, _a in spans]
        out = []
        toks = doc.tokens
        # (only a name found, or one behind clitic letters, can be one: what is left after one
        # or two letters, or after ل of "لل" with the article's ا back, must be a name found;
        # most words are none)
        keys = list(map(norm_key, [t.text for t in toks]))
        for k in [k for k, key in enumerate(keys) if key in names or (
                key[:1] in _CLITIC_SET and (key[1:] in names or key[2:] in names or "ا" + key[1:] in names))]:
            tok, key = toks[k], keys[k]
            lab = names.get(key)
            if lab in ("LOC", "ORG") and not any(a < tok.end and tok.start < b for a, b in taken) \
                    and not (k > 0 and adjective_after_noun(doc.tokens[k - 1].text, tok.text)) \
                    and not (k > 0 and lab == "LOC" and country_nisba(doc.tokens[k - 1].text, tok.text,
                                                                      counted(doc.tokens, k - 1))) \
                    and not (lab == "LOC" and of_origin(doc.tokens, k)) \
                    and not a_base(doc.text, tok.start, tok.end) and not self._mostly_no_name(tok.text) \
                    and actor_key(tok.text) not in EVERYDAY_GROUP_NAMES:
                # written again as it was: "عبدان" four times, one of them tagged (not a word
                # that is mostly no name in other news: "الوطن" the paper, then the homeland)
                out.append((Span(tok.start, tok.end, tok.text), lab, None))
                continue
            if lab == "PER" and self._surname_again(doc, k, taken):
                # "المرشد الأعلى في إيران علي خامنئي" … "أن خامنئي وافق": the listed family
                # name written again, with the given name before it where one is (audit U52)
                start = toks[k - 1].start if self._given_word(doc, k - 1, taken) else tok.start
                out.append((Span(start, tok.end, doc.text[start:tok.end]), lab, None))
                continue
            if key[:1] not in _CLITIC_SET:
                continue  # below, each reading needs a first clitic letter (most words: none)
            for n in (1, 2):
                lab = names.get(key[n:]) if len(key) - n >= 4 and all(c in CLITIC_LETTERS for c in key[:n]) else None
                if lab == "PER" and key[:n] != "و":
                    lab = None  # "لصالح", "بعمر", "لحسن الحظ", "فعلي": a person's name only after "and"
                full = "ا" + key[1:]
                if lab is None and key.startswith("لل") and n == 1 and (
                        names.get(full) != "PER" or (full.endswith("ي") and len(full) >= 6)):
                    # "للعراق", "للسيستاني": the mention after its first letter (a person's
                    # family name only as a nisba: "للمعلم" is "for the teacher")
                    lab = names.get(full)
                if lab is None:
                    continue
                start = after_letters(tok, n)
                if not any(a < tok.end and start < b for a, b in taken) and not a_base(doc.text, start, tok.end):
                    out.append((Span(start, tok.end, doc.text[start:tok.end]), lab, None))
                break
        return out
