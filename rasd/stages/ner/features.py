"""CRF features for Arabic NER (token-level, cached per word type).

A token's own features: normalised form, clitic-stripped stem and article-less core,
affixes, shape, induced word clusters (3 granularities), single-token gazetteer types and
label priors from tagged unlabelled news (``prior.py``).
Window features (±1, ±2) repeat a subset; sentence-level features add longest-match
multi-word gazetteer hits in BIO form.
"""
from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Gazetteer
from .norm import norm, strip_article, strip_proclitics
from .textmemo import flagged

_AR = re.compile(r"^[\u0621-\u064a]+$")
_LATIN = re.compile(r"^[A-Za-z]+$")
_DIGIT = re.compile(r"\d")
_HASDIGIT = re.compile(r"^[\d.,/:-]+$")
_PUNCT = re.compile(r"^[^\w]+$")
_LATIN_ANY = re.compile(r"[A-Za-z]")

# Words that commonly precede (and are not part of) names; a hint, not a rule.
TITLES = frozenset(norm(w) for w in """الرئيس رئيس الملك الامير الأمير الشيخ السيد السيدة الدكتور د الوزير وزير
النائب الزعيم العاهل السلطان المستشار الجنرال العقيد اللواء العميد المتحدث الناطق الأمين الامين
الرئيسة الملكة المدرب اللاعب النجم الفنان الفنانة الكاتب الشاعر المخرج السفير البابا الإمام
المرشد الحاج القاضي المحامي البروفيسور الأستاذ المطرب المطربة الممثل الممثلة مدرب لاعب""".split())

DESCRIPTORS = frozenset(norm(w) for w in """مدينة محافظة منطقة ولاية بلدة قرية حي مخيم مطار سجن قاعدة
شارع ميدان جبل نهر بحر جزيرة جزر إقليم اقليم قطاع حركة تنظيم جماعة حزب جمعية قناة صحيفة وكالة
شركة جامعة مجلس منظمة اتحاد نادي فريق منتخب وزارة هيئة جبهة جيش مؤسسة مصرف بنك""".split())


class FeatureExtractor:
    def __init__(self, clusters: dict[str, tuple[str, ...]] | None = None,
                 gazetteer: Gazetteer | None = None, guide=None,
                 prior: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] | None = None):
        self.clusters = clusters or {}
        self.gaz = gazetteer or Gazetteer({})
        self.guide = guide  # pycrfsuite.Tagger trained on the same base features (WikiFANE)
        self.prior = prior or {}  # label priors from tagged unlabelled news (prior.py)
        self._cache: dict[str, tuple] = {}
        self._preloaded: dict[str, tuple] = {}
        self._gaz_first: dict[str, bool] = {}  # token text → may a gazetteer name start at it

    # ---- per word type -------------------------------------------------
    def _word(self, tok: str) -> tuple:
        w = norm(tok).lower()
        if _DIGIT.search(w):
            wd = _DIGIT.sub("0", w)
        else:
            wd = w
        cl, stem = strip_proclitics(w)
        core = strip_article(stem)
        f = ["b", "w=" + wd, "st=" + stem, "co=" + core]
        if cl:
            f.append("cl=" + cl)
        if stem.startswith("ال"):
            f.append("al")
        n = len(core)
        f.append("p2=" + core[:2])
        f.append("p3=" + core[:3])
        f.append("s1=" + w[-1:])
        f.append("s2=" + w[-2:])
        f.append("s3=" + w[-3:])
        f.append("cs2=" + core[-2:])
        f.append("len=%d" % min(n, 8))
        if _AR.match(w):
            shape = "AR"
        elif _HASDIGIT.match(w):
            shape = "NUM"
        elif _LATIN.match(tok):
            shape = "LATCAP" if tok[:1].isupper() else "LAT"
        elif _PUNCT.match(w):
            shape = "P"
        elif _LATIN_ANY.search(w):
            shape = "LATMIX"
        else:
            shape = "MIX"
        f.append("sh=" + shape)
        if shape == "P":
            f.append("pw=" + w)
        c = self.clusters.get(wd) or self.clusters.get(stem) or self.clusters.get(core)
        ctx = ["w=" + wd, "co=" + core, "sh=" + shape]
        if c:
            f.append("c1=" + c[0])
            f.append("c2=" + c[1])
            f.append("c3=" + c[2])
            ctx.append("c2=" + c[1])
            ctx.append("c3=" + c[2])
        else:
            f.append("c=none")
        if stem != wd and (cs := self.clusters.get(stem)):
            f.append("sc3=" + cs[2])
        if w in TITLES or stem in TITLES:
            f.append("title")
            ctx.append("title")
        if core in DESCRIPTORS or stem in DESCRIPTORS:
            f.append("desc")
            ctx.append("desc")
        if self.gaz:
            types = set()
            for k in (w, stem, core):
                t = self.gaz.entries.get(k)
                if t:
                    types.update(t)
            for t in sorted(types):
                f.append("g1=" + t)
                ctx.append("g1=" + t)
        if (p := self.prior.get(core)) is not None:
            f += p[0]
            ctx += p[1]
        mem = core if len(core) >= 2 and core[0].isalpha() else ""
        # tuples, not lists: a cached word then holds no object the garbage collector must
        # walk at every full collection (tuples of strings drop out of its view)
        return (tuple(f), tuple(["-2:" + x for x in ctx]), tuple(["-1:" + x for x in ctx]),
                tuple(["+1:" + x for x in ctx]), tuple(["+2:" + x for x in ctx]), wd, stem, mem)

    def word(self, tok: str) -> tuple:
        r = self._cache.get(tok)
        if r is None:
            if len(self._cache) > 300_000:
                self._cache = dict(self._preloaded)
            r = self._cache[tok] = self._word(tok)
        return r

    def full_word(self, tok: str) -> tuple:
        """`word(tok)` with its feature lists even for a preloaded word (which has only keys)."""
        r = self.word(tok)
        return r if r[0] is not None else self._word(tok)

    def preload(self, words: list[str], keys: list[tuple[str, str, str]]) -> None:
        """Known (wd, stem, mem) keys of words whose emission rows are preloaded
        (wordtable.py): their feature lists are never needed, so they are not built."""
        self._preloaded = {w: (None, None, None, None, None, *k) for w, k in zip(words, keys)}
        self._cache = dict(self._preloaded)

    # ---- per sentence --------------------------------------------------
    def gaz_spans(self, stems: list[str], words: list[str]) -> list[list[str]]:
        """Longest-match multi-word gazetteer hits → per token list of 'gB=T'/'gI=T'."""
        return self._spans(len(stems), self.gaz_runs(stems, words))

    @staticmethod
    def _spans(n: int, runs: list[tuple[int, int, frozenset]]) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in range(n)]
        for i, j, types in runs:
            for t in types:
                out[i].append("gB=" + t)
                for k in range(i + 1, j):
                    out[k].append("gI=" + t)
        return out

    def gaz_runs(self, stems: list[str], words: list[str],
                 firsts: list[int] | None = None) -> list[tuple[int, int, frozenset]]:
        """The longest-match gazetteer hits of `gaz_spans` as (first, end, types), in order.
        `firsts`: the tokens a name may start at (`_gaz_start`), when known already."""
        n = len(stems)
        ents = self.gaz.entries
        pref = self.gaz.prefixes
        runs = []
        i = 0
        # most words start no name: nothing to extend (a quick exit, same result)
        if firsts is None:
            firsts = [k for k, (stem, word) in enumerate(zip(stems, words))
                      if stem in ents or stem in pref or (stem != word and (word in ents or word in pref))]
        for c in firsts:
            if c < i:
                continue  # inside the hit before
            i = c
            stem, word = stems[i], words[i]
            best = None
            # the word itself when it has a clitic off (a same first key finds the same hits)
            for first in (stem, word) if stem != word else (stem,):
                key = first
                j = i + 1
                if key in ents and (best is None or j > best[0]):
                    best = (j, ents[key])
                while j < n and key in pref:
                    key = key + " " + words[j]
                    j += 1
                    if key in ents:
                        if best is None or j > best[0]:
                            best = (j, ents[key])
            if best is not None:
                runs.append((i, *best))
                i = best[0]
            else:
                i += 1
        return runs

    def parts(self, tokens: list[str]) -> tuple[list[tuple], list[str], list[list[str]]]:
        """Cached per-word feature tuples, normalised words, and per-token sentence features."""
        info, words, gz = self.lookup(tokens)
        if not info:
            return info, [], []
        return info, words, self.dynamic(words, gz)

    def lookup(self, tokens: list[str]) -> tuple[list[tuple], list[str], list[list[str]] | None]:
        """Cached per-word feature tuples, normalised words, and the multi-word gazetteer
        features of each token (`gaz_spans`; None without a gazetteer or a hit)."""
        get, word = self._cache.get, self.word
        info = [get(t) or word(t) for t in tokens]  # cache hit inline (tuples are truthy)
        if not info:
            return info, [], None
        words = [x[5] for x in info]
        if not self.gaz.prefixes:
            return info, words, None
        firsts = flagged(tokens, self._gaz_first, self._gaz_start)  # (memoised per token text)
        runs = self.gaz_runs([x[6] for x in info], words, firsts) if firsts else []
        return info, words, (self._spans(len(words), runs) if runs else None)  # (None: no hits)

    def _gaz_start(self, tok: str) -> bool:
        """May a gazetteer name start at a token: its stem, or the word itself when a clitic
        came off, is a name or a name's first words (`gaz_runs`' first test)."""
        x = self.word(tok)
        stem, word = x[6], x[5]
        ents, pref = self.gaz.entries, self.gaz.prefixes
        return stem in ents or stem in pref or (stem != word and (word in ents or word in pref))

    @staticmethod
    def dynamic(words: list[str], gz: list[list[str]] | None) -> list[list[str]]:
        """Per-token sentence features: bigrams, sentence edges, gazetteer hits (`lookup`)."""
        n = len(words)
        # "w_i|w_i+1" is shared by bg+ at i and bg- at i+1. Feature order is unchanged (it
        # fixes the float sums): BOS2 (first two tokens), bg- or BOS, bg+ or EOS, then the
        # gazetteer features of the token and of its neighbours. Built list by list, not
        # token by token: only tokens next to a gazetteer hit need a step of their own.
        pairs = [a + "|" + b for a, b in zip(words, words[1:])]
        ends = ["bg+=" + p for p in pairs]
        ends.append("EOS")
        dyn = [["bg-=" + p, e] for p, e in zip(pairs, ends[1:])]  # tokens 1 … n-1
        dyn.insert(0, ["BOS2", "BOS", ends[0]])
        if n > 1:
            dyn[1].insert(0, "BOS2")
        if gz is not None:
            hits = [i for i, g in enumerate(gz) if g]
            for i in sorted({j for h in hits for j in (h - 1, h, h + 1) if 0 <= j < n}):
                f = dyn[i]
                if gz[i]:
                    f += gz[i]
                if i >= 1 and gz[i - 1]:
                    f += ["-1" + x for x in gz[i - 1]]
                if i + 1 < n and gz[i + 1]:
                    f += ["+1" + x for x in gz[i + 1]]
        return dyn

    @staticmethod
    def guide_features(g: list[str], words: list[str]) -> list[list[str]]:
        prev = ["BOS", *g[:-1]]
        nxt = [*g[1:], "EOS"]
        return [["G=" + t, "G-1=" + p + "|" + t, "G+1=" + t + "|" + q, "Gw=" + t + "|" + w]
                for t, p, q, w in zip(g, prev, nxt, words)]

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """Full feature lists (training path; the guide, if any, is a CRFsuite tagger)."""
        info, words, dyn = self.parts(tokens)
        info = [x if x[0] is not None else self._word(t) for x, t in zip(info, tokens)]
        n = len(info)
        feats: list[list[str]] = []
        for i in range(n):
            f = list(info[i][0])
            if i >= 2:
                f += info[i - 2][1]
            if i >= 1:
                f += info[i - 1][2]
            if i + 1 < n:
                f += info[i + 1][3]
            if i + 2 < n:
                f += info[i + 2][4]
            f += dyn[i]
            feats.append(f)
        if self.guide is not None:
            g = self.guide.tag(feats)
            for f, extra in zip(feats, self.guide_features(g, words)):
                f += extra
        return feats


def doc_memory_features(fx: FeatureExtractor, sents: list[list[str]], tags: list[list[str]],
                        *, infos: list[list[tuple]] | None = None) -> list[list[list[str]]]:
    """Second-pass features from first-pass tags over the whole document.

    For each token: its first-pass tag, and the labels the same word (proclitics and ال
    stripped) received at *other* positions of the document (inside a predicted entity, and
    whether as the last word of a multi-word name, e.g. a surname), or 'O' when it occurs
    elsewhere outside any entity.  Fixes "Rumsfeld" alone after "Donald Rumsfeld".
    """
    cores, labs, counts = _memory_counts(fx, sents, tags, infos)
    # the "dm=" features depend only on (core, own label): computed once per distinct pair
    memo: dict[tuple[str, str], list[str]] = {}
    out: list[list[list[str]]] = []
    for tg, cs, ls in zip(tags, cores, labs):
        rows = []
        for t, c, own in zip(tg, cs, ls):
            if not c:
                rows.append(["s1=" + t])
                continue
            dm = memo.get((c, own))
            if dm is None:
                dm = memo[(c, own)] = ["dm=" + lab for lab in _memory_seen(counts[c], own)]
            rows.append(["s1=" + t, *dm])
        out.append(rows)
    return out


def doc_memory_ids(fx: FeatureExtractor, sents: list[list[str]], tags: list[list[str]],
                   infos: list[list[tuple]], get, unk: int, flat: list[int], lens: list[int]) -> None:
    """`doc_memory_features` as attribute ids (`get(feature, unk)`), appended token by token
    to `flat` with each token's count in `lens`: the same ids in the same order, without
    building a string per token (a tag's id and a (core, label)'s ids are looked up once)."""
    # the document's tokens in one run: (core, memory label) pairs, and their counts
    pairs = list(zip([x[7] for info, toks in zip(infos, sents) for x in info[:len(toks)]],
                     [lab for tg in tags for lab in _memory_labels(tg)]))
    counts: dict[str, dict[str, int]] = {}
    for (c, lab), k in Counter(pairs).items():  # in order of first occurrence
        counts.setdefault(c, {})[lab] = k
    s1: dict[str, int] = {}
    memo: dict[tuple[str, str], list[int]] = {}
    for t, ck in zip([t for tg in tags for t in tg], pairs):
        i = s1.get(t)
        if i is None:
            i = s1[t] = get("s1=" + t, unk)
        flat.append(i)
        if not ck[0]:
            lens.append(1)
            continue
        dm = memo.get(ck)
        if dm is None:
            labels = counts[ck[0]]
            if len(labels) == 1:  # (most words: one label, its own, so "dm=" it when seen twice)
                dm = [get("dm=" + ck[1], unk)] if labels[ck[1]] > 1 else []
            else:
                dm = [get("dm=" + lab, unk) for lab in _memory_seen(labels, ck[1])]
            memo[ck] = dm
        flat += dm
        lens.append(1 + len(dm))


def _memory_counts(fx: FeatureExtractor, sents, tags, infos):
    """Each sentence's memory keys (cores) and memory labels, and per core its labels in
    order of first occurrence with their counts."""
    word = fx.word
    cores: list[list[str]] = []
    labs: list[list[str]] = []
    for si, (toks, tg) in enumerate(zip(sents, tags)):
        info = infos[si] if infos is not None else [word(t) for t in toks]  # looked up already
        cores.append([x[7] for x in info[:len(toks)]])
        labs.append(_memory_labels(tg))
    # per word, its labels in order of first occurrence, with counts (a Counter keeps the
    # insertion order of its (word, label) keys)
    counts: dict[str, dict[str, int]] = {}
    for (c, lab), k in Counter(pair for cs, ls in zip(cores, labs) for pair in zip(cs, ls)).items():
        counts.setdefault(c, {})[lab] = k
    return cores, labs, counts


def _memory_seen(labels: dict[str, int], own: str) -> list[str]:
    """The dm= labels of a core: those it has at other positions, and "mixed" when these
    are O and a name's label."""
    seen = [lab for lab, k in labels.items() if k > (1 if lab == own else 0)]
    if len(seen) > 1 and "O" in seen:
        seen.append("mixed")
    return seen


class _Labels(dict):
    """(tag, next tag) → memory label, filled as pairs are first seen."""

    def __missing__(self, key: tuple[str, str]) -> str:
        lab = self[key] = _memory_label(key[0], key[1][0] == "I")
        return lab


_LAB = _Labels()


def _memory_labels(tg: list[str]) -> list[str]:
    """Each tag's memory label: "O", the entity label, or label + "L" for the last word of a
    multi-word name. Depends only on (tag, next tag): a small table."""
    return list(map(_LAB.__getitem__, zip(tg, tg[1:] + ["O"])))


def _memory_label(t: str, next_inside: bool) -> str:
    if t == "O":
        return "O"
    multi = t[0] == "I" or next_inside
    return t[2:] + "L" if (multi and not next_inside) else t[2:]
