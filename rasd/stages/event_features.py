"""String features of one sentence for the ASSAULT/PROTEST detector (event_classifier.py).

Besides bags of words and character n-grams, the features try to encode what decides the GSR
label: is a lexicon trigger *asserted* (not negated, modal, future, threatened, denied), is it a
verb or a definite noun (الهجوم = an event reported elsewhere), is it the object of a
condemnation or of reported speech, and does the sentence carry the marks of a fresh report
(casualty numbers, أمس/اليوم, weekdays, armed actors)?
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from rasd.stages.event_detect import triggers_and_keys, candidates, default_lexicon, detect
from rasd.stages.event_filters import DAY_WORDS, asserted_keyed
from rasd.text.normalize import normalize
from rasd.text.tokenize import tokenize

# Small hand-written cue lists (normalised, alef/ya folded, ta marbuta as ه).
# CONDEMN is the committed detector's "cue:condemn" input, so it stays typed out here rather than
# read from event_filter_words.CONDEMNING: that list has forms this one lacks (يندون، منددا، منددين،
# منددة، يدينون، مدينا، مستنكرا، شجبوا) and lacks its masdars (ادانه، استنكار) and its criticism and
# refusal verbs (انتقد…، رفض…); reading it from there would change the cue on sentences with those
# words and no longer match the weights trained on this list (change both at a detector rebuild).
CONDEMN = ("ادان", "يدين", "تدين", "ادانه", "استنكر", "يستنكر", "تستنكر", "استنكار", "شجب", "يشجب",
           "تشجب", "ندد", "يندد", "تندد", "انتقد", "ينتقد", "تنتقد", "رفض", "يرفض", "ترفض", "ادانت",
           "استنكرت", "شجبت", "نددت", "انتقدت", "رفضت", "ادانوا", "استنكروا", "نددوا")
SAY = ("قال", "قالت", "يقول", "تقول", "اعلن", "اعلنت", "يعلن", "اكد", "اكدت", "ذكر", "ذكرت", "افاد",
       "افادت", "اوضح", "اوضحت", "اضاف", "اضافت", "بيان", "مصدر", "مصادر", "وكاله", "شهود", "مراسل")
FUTURE = ("سوف", "سيتم", "لن", "قد", "ربما", "يمكن", "اذا", "لو", "حال", "يجب", "ينبغي", "يعتزم",
          "تعتزم", "تخطط", "يخطط", "محتمل", "مخطط", "خطه", "دعا", "دعت", "يدعو", "تدعو", "دعوه")
WHEN = DAY_WORDS
ACTORS = ("مسلح", "مسلحون", "مسلحين", "انتحاري", "انتحاريه", "مجهولون", "مجهولين", "متظاهر",
          "متظاهرون", "متظاهرين", "محتج", "محتجون", "محتجين", "قوات", "الشرطه", "الجيش", "جنود",
          "مقاتل", "مقاتلون", "المتمردين", "المتمردون", "حشود", "الاف", "عشرات", "مئات")
HARM = ("قتل", "مقتل", "قتلى", "قتيل", "جرح", "جرحى", "اصيب", "اصابه", "اصابة", "مصرع", "استشهد",
        "شهيد", "شهداء", "جريح", "اصابات")
BACKGROUND = ("كان", "كانت", "سبق", "منذ", "خلال", "سابق", "سابقه", "الماضي", "الماضيه", "العام")
TRIAL = ("محاكمه", "المحكمه", "محكمه", "القضاء", "اتهام", "متهم", "حكم", "سجن", "الادعاء")
# What a fresh protest report shows besides its trigger: a crowd gathering (stem prefixes, so
# "تجمعوا", "احتشد", "مرددين" match), slogans and banners, a crowd size, a place faced.
GATHER = ("تجمع", "تجمهر", "احتشد", "حشد", "هتف", "هاتف", "ردد", "مردد", "رافع", "اعتصم", "معتصم",
          "مطالب", "مندد", "تندد", "جاب", "جابت", "سار", "ساروا", "خرج", "نزل", "احرق", "اضرم",
          "رشق", "قطع", "اغلق", "سد")
SLOGAN = ("شعار", "هتاف", "لافت", "يافط", "اعلام", "صور", "مكبر")
CROWD = ("الاف", "الف", "الوف", "مئات", "عشرات", "مئه", "مائه", "مليون", "حشود", "جموع", "حشد",
         "نحو", "حوالي", "زهاء", "قرابه")
FRONT = ("امام", "قباله", "ساحه", "ميدان", "شوارع", "شارع", "مقر", "سفاره", "قنصليه", "البرلمان",
         "مبني", "ضريح", "وسط")
SPEECH = ("كلمه", "خطاب", "خطبه", "القي", "مخاطبا")
WINDOW = 5
# Word clusters induced by the NER stage from unlabelled news (k-means on PPMI-SVD vectors), read
# only: a cluster id generalises a word the 200 GSR positives never show ("احتشد" ~ "تجمع").
CLUSTERS_FILE = Path(__file__).resolve().parents[1] / "models" / "ner" / "clusters.tsv.gz"


@lru_cache(maxsize=1 << 16)
def _fold(s: str) -> str:  # pure, and asked of every token of every scored sentence
    return s.replace("ة", "ه").replace("ى", "ي").replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def _bucket(n: int, edges: Sequence[int]) -> int:
    return sum(1 for e in edges if n >= e)


def sentence_features(text: str, *, tokens: Sequence | None = None) -> list[str]:
    """Named string features of a sentence (a set; order irrelevant). `tokens`: the sentence's
    tokens when the caller already has them (the pipeline's document tokens; offsets may be
    document offsets, only their order matters), saving a second normalise + tokenise."""
    return sorted(feature_set(text, tokens=tokens))


def feature_set(text: str, *, tokens: Sequence | None = None) -> set[str]:
    """`sentence_features` unsorted (the classifier hashes them into a set anyway)."""
    toks = tokenize(text, view=normalize(text)) if tokens is None else list(tokens)
    pieces = _pieces(toks)  # per token (stem, folded form, cluster ids): one look-up each
    stems = [p[0] for p in pieces]
    words = [w for w, t in zip(stems, toks) if t.norm[:1].isalpha()]
    feats: set[str] = {"bias", f"len:{_bucket(len(words), (8, 15, 25, 40, 60))}"}
    feats.update("w:" + w for w in words)
    # word bigrams; character n-grams were tried and did not help in CV (and cost time)
    feats.update("b:" + a + " " + b for a, b in zip(words, words[1:]))
    feats.update(_cue_features(toks, stems, [p[1] for p in pieces]))
    feats.update(_trigger_features(toks, stems))
    for p in pieces:
        feats.update(p[2])  # = cluster_features(toks)
    return feats


def _pieces(toks) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each token's stem, folded surface form and cluster features, memoised per (text, norm)
    with the cluster ids: news repeats its words."""
    memo = _memo()
    out = []
    for t in toks:
        got = memo.get((t.text, t.norm))
        if got is None:
            got = memo[(t.text, t.norm)] = (_stem(t.norm), _fold(t.norm),
                                            _cluster_ids(_MEMO["table"], t.text, t.norm))
        out.append(got)
    return out


@lru_cache(maxsize=1 << 16)
def _stem(norm: str) -> str:
    """Folded last lookup form of a token (pure; news repeats words, so it is memoised)."""
    return _fold(candidates(norm)[-1])


@lru_cache(maxsize=1)
def cluster_view() -> dict[str, tuple[str, ...]]:
    if not CLUSTERS_FILE.is_file():  # the detector still works, without the cluster view
        return {}
    from rasd.stages.ner.clusters import load_clusters
    return load_clusters(CLUSTERS_FILE)


def cluster_features(toks) -> set[str]:
    """Cluster ids (256 and 1024 clusters) of each word, looked up whole, then clitic-stripped."""
    out: set[str] = set()
    for p in _pieces(toks):
        out.update(p[2])
    return out


def _memo() -> dict:
    table = cluster_view()
    if _MEMO.get("table") is not table or len(_MEMO["ids"]) > _MEMO_MAX:  # valid for one
        # table only; bounded, as a long-running service meets new words forever
        _MEMO.clear()
        _MEMO["table"], _MEMO["ids"] = table, {}
    return _MEMO["ids"]


# (token text, norm) → its `_pieces` entry, for the current table: news repeats its words.
_MEMO: dict = {}
_MEMO_MAX = 200_000


def _cluster_ids(table, text: str, norm: str) -> tuple[str, ...]:
    from rasd.stages.ner.clusters import cluster_key
    ids = table.get(cluster_key(text)) or table.get(cluster_key(candidates(norm)[-1]))
    return ("k256:" + ids[1], "k1024:" + ids[2]) if ids and len(ids) >= 3 else ()


def _cue_features(toks, stems: list[str], surface: list[str] | None = None) -> set[str]:
    out = set()
    surface = [_fold(t.norm) for t in toks] if surface is None else surface
    # sets, so each cue list is one membership pass (same answer as on the lists)
    seen = set(stems) | set(surface)
    has_digit = any(map(str.isdigit, "".join(t.norm for t in toks)))  # any digit character
    for name, cues in (("when", WHEN), ("actor", ACTORS), ("harm", HARM), ("say", SAY),
                       ("condemn", CONDEMN), ("future", FUTURE), ("back", BACKGROUND),
                       ("trial", TRIAL)):
        if not seen.isdisjoint(cues):
            out.add("cue:" + name)
    if has_digit:
        out.add("cue:digit")
    # a casualty count: a number (digit or number word) next to a harm word
    for i, s in enumerate(stems):
        if s in HARM:
            near = surface[max(0, i - 3):i + 4]
            if any(any(ch.isdigit() for ch in w) for w in near):
                out.add("cue:harm_count")
    for name, roots in (("gather", GATHER), ("slogan", SLOGAN)):
        if any(s.startswith(roots) for s in stems if len(s) > 2):
            out.add("cue:" + name)
    for name, cues in (("crowd", CROWD), ("front", FRONT), ("speech", SPEECH)):
        if not seen.isdisjoint(cues):
            out.add("cue:" + name)
    for a, b in (("gather", "crowd"), ("gather", "front"), ("gather", "when"), ("slogan", "crowd"),
                 ("crowd", "front"), ("crowd", "when"), ("actor", "when"), ("harm", "when")):
        if "cue:" + a in out and "cue:" + b in out:
            out.add(f"cue:{a}+{b}")  # a crowd *and* a gathering: a report
    if stems and stems[0] in SAY:
        out.add("cue:starts_say")
    if toks and _fold(toks[0].norm).startswith(("وكان", "كان", "وكانت", "كانت")):
        out.add("cue:starts_kan")
    return out


# the cue lists a trigger's window is tested against, as sets (one membership pass each)
_BEFORE_CUES = tuple((name, frozenset(cues)) for name, cues in (
    ("condemn", CONDEMN), ("say", SAY), ("future", FUTURE), ("back", BACKGROUND), ("trial", TRIAL)))
_NEAR_CUES = tuple((name, frozenset(cues)) for name, cues in (
    ("when", WHEN), ("harm", HARM), ("actor", ACTORS), ("crowd", CROWD), ("front", FRONT),
    ("speech", SPEECH)))


def _trigger_features(toks, stems: list[str]) -> set[str]:
    out = set()
    # the triggers and each token's lookup forms, as trigger finding has them (no re-lookup)
    all_trigs, keys = triggers_and_keys(tuple(toks), default_lexicon(), ())
    kept = {(t.start, t.type) for t in detect(toks)}
    n = max(len(toks), 1)
    for trig in all_trigs:
        if trig.type not in ("ASSAULT", "PROTEST", "COERCE", "THREATEN"):
            continue
        ty = trig.type
        ok = (trig.start, trig.type) in kept  # kept by detect: asserted
        tag = f"t:{ty}"
        out.update({tag, f"{tag}:s{trig.strength}", f"{tag}:{'kept' if ok else 'dropped'}",
                    f"{tag}:m:{trig.mode}", f"{tag}:a{int(ok or asserted_keyed(toks, keys, trig))}",
                    f"{tag}:pos{_bucket(trig.first * 4 // n, (1, 2, 3))}"})
        first = _fold(toks[trig.first].norm).lstrip("وف")
        definite = first.startswith(("ال", "بال", "لل", "كال"))
        verb = first[:1] in "يتن" or not definite and not first.startswith(("م", "ا"))
        out.add(f"{tag}:{'def' if definite else 'indef'}")
        if verb and not definite:
            out.add(f"{tag}:verbish")
        before = stems[max(0, trig.first - WINDOW):trig.first]
        after = stems[trig.last + 1:trig.last + 1 + WINDOW]
        for name, cues in _BEFORE_CUES:
            if not cues.isdisjoint(before):  # some word of the window is a cue
                out.add(f"{tag}:before:{name}")
        for name, cues in _NEAR_CUES:
            if not cues.isdisjoint(before) or not cues.isdisjoint(after):
                out.add(f"{tag}:near:{name}")
        out.add(f"{tag}:lex:{_fold(toks[trig.first].norm)[:12]}")
    return out
