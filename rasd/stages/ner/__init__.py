"""The NER stage: fills ``entities`` (PER, ORG, LOC, MISC) with mentions, grouping and actors.

The model is a CRF trained by ``rasd train ner`` (see ``rasd/models/ner/MODEL_CARD.md``);
it tags the text stage's tokens sentence by sentence.  Mentions start after attached
proclitics (بالموصل → الموصل, للأمم → لأمم), leading titles and descriptor words are
dropped, mentions with the same normalised name (or a PER surname of a longer PER name,
or the same known actor) form one entity, and known actors get a code.
"""
from __future__ import annotations


from rasd.model.document import Document
from rasd.model.record import Actor, Entity
from rasd.model.span import Span
from rasd.pipeline.registry import register_stage

from .actors import RESOURCE as ACTOR_RESOURCE
from .actors import ActorLexicon
from .actors import key as actor_key
from .features import TITLES
from .model import NerModel
from .forces import led_by_person
from .norm import norm, norm_key
from .orgs import org_phrases
from .starts import after_letters, mention_start

# Descriptor words outside names (SPEC 2.7, and بلدية like them), stripped from the start of a
# mention; after the place ones the name is a place, whatever the CRF called it.
PLACE_DESCRIPTORS = frozenset(norm(w) for w in """حي منطقة محافظة مدينة بلدة قرية ولاية مخيم مطار سجن قاعدة
دوار شارع ميدان جبل بلدية مديرية قضاء ناحية معتمدية""".split())
DESCRIPTOR_PREFIXES = PLACE_DESCRIPTORS | frozenset(norm(w) for w in "حركة تنظيم جماعة قناة جمعية".split())
# Words that are never a name on their own: the descriptors, and generic institutions (SPEC
# 2.1: "الحكومة", "الشرطة" are not entities; "مديرية أمن …" is not a place called أمن).
NOT_ALONE = DESCRIPTOR_PREFIXES | frozenset(norm(w) for w in """أمن الأمن شرطة الشرطة حكومة الحكومة وزارة
الوزارة مديرية إدارة الإدارة مصالح""".split())
# Names kept whole though they begin with a descriptor or generic word (SPEC 2.7), and their
# label, which wins over the CRF's ("قناة السويس" is a waterway, not a channel), except where
# the name is also another's ("الشرق الأوسط", the region and the newspaper: the CRF decides).
KEEP_WHOLE = {norm_key(w): label for w, label in (
    ("قطاع غزة", "LOC"), ("الضفة الغربية", "LOC"), ("إقليم كردستان", "LOC"), ("مجلس الأمن", "ORG"),
    ("الأمم المتحدة", "ORG"), ("جامعة الدول العربية", "ORG"), ("الشرق الأوسط", None),
    ("جماعة الحوثي", "ORG"), ("ولاية سيناء", "ORG"), ("ولاية خراسان", "ORG"), ("قناة السويس", "LOC"))}
# Their first two words: a mention that starts with them keeps them ("قناة السويس الجديدة"), and
# one that starts at the second ("غزة" after "قطاع", "كردستان العراق" after "إقليم") takes the
# first in.
WHOLE_HEADS = {tuple(k.split()[:2]): label for k, label in KEEP_WHOLE.items()}
# Group names that are also everyday words ("الشباب": the young) name the group only with their
# descriptor ("حركة الشباب"); alone they are not added from the actor lexicon.
EVERYDAY_GROUP_NAMES = frozenset({actor_key("الشباب")})
# God and the religions are not names in rasd/1 (SPEC 2.1 MISC: events, nationalities used as
# names, products), though ANERcorp, which the model learnt from, tags them MISC.
NOT_NAMES = frozenset(norm_key(w) for w in "الله الإسلام المسيحية اليهودية البوذية الهندوسية".split())


_NONE: frozenset[str] = frozenset()
_NAMED = frozenset({"ORG", "LOCB", "PERF", "PERL"})
_PLACES = frozenset({"LOCB", "LOCS"})


def _stem_norm(text: str) -> str:
    """Normalised word without an attached و/ف/ب/ل/ك, when what remains is a title or a
    descriptor word (وزير, بمحافظة, لتنظيم); else the word itself."""
    w = norm(text)
    if len(w) > 3 and w[0] in "وفبلك" and (w[1:] in TITLES or w[1:] in NOT_ALONE):
        return w[1:]
    return w


def _definite(w: str) -> bool:
    """The word carries ال, after any proclitics (والقاعدة, بالقاعدة, للقاعدة)."""
    return w.startswith(("ال", "لل")) or (w[:1] in "وفبلك" and w[1:].startswith(("ال", "لل")))


def _arabic(s: str) -> bool:
    return any("\u0621" <= ch <= "\u064a" for ch in s)


_FIRST_MAX = 200_000


def _first_key(text: str) -> str:
    """Actor-lexicon key of an Arabic token ("" otherwise)."""
    return actor_key(text) if _arabic(text) else ""


def _first_keys(texts: list[str], memo: dict[str, str]) -> list[str]:
    """`_first_key` of every token text, memoised in a plain dict: tokens repeat, and a dict
    look-up per token costs a fraction of an lru_cache call."""
    if len(memo) > _FIRST_MAX:
        memo.clear()
    out = [memo.get(x) for x in texts]
    for i, k in enumerate(out):
        if k is None:
            out[i] = memo[texts[i]] = _first_key(texts[i])
    return out


class NerStage:
    name = "ner"
    requires = ("tokens", "sentences")
    assigns = ("entities",)

    def __init__(self, model: NerModel, actors: ActorLexicon):
        self.model = model
        self.actors = actors
        self.group_names = {k: v for k, v in actors.group_names().items() if k not in EVERYDAY_GROUP_NAMES}
        self._first_memo: dict[str, str] = {}
        self.group_prefixes = {" ".join(k.split()[:i]) for k in self.group_names
                               for i in range(1, len(k.split()))}

    def _group_noun(self, form: str) -> bool:
        """A people or a sect ("الأكراد", "الشيعة"): listed as a group noun and as no name."""
        found = self._types(form)
        return "NAT" in found and not found & _NAMED

    def _types(self, form: str) -> frozenset[str]:
        """The form's types in the NER name lists (LOCB, LOCS, PERF, ORG …)."""
        return self.model.features.gaz.entries.get(norm_key(form), _NONE)

    def lexicon_mentions(self, doc: Document, taken: list[bool]) -> list[tuple[int, int, str]]:
        """Named groups from the actor lexicon (داعش, حزب الله …) that the CRF missed."""
        toks = doc.tokens
        n = len(toks)
        out: list[tuple[int, int, str]] = []
        firsts = _first_keys([t.text for t in toks], self._first_memo)
        i = 0
        while i < n:
            best = None
            k = firsts[i]
            if k and not taken[i]:
                j = i + 1
                if k in self.group_names and self._as_written(toks[i], k):
                    best = j
                while j < n and k in self.group_prefixes and not taken[j]:
                    w = norm_key(toks[j].text)
                    k = k + " " + (w[2:] if w.startswith("ال") and len(w) > 3 else w)
                    j += 1
                    if k in self.group_names:
                        best = j
            if best:
                out.append((i, best, "ORG"))
                i = best
            else:
                i += 1
        return out

    def _as_written(self, tok, k: str) -> bool:
        """A one-word lexicon name matches a word only as it is written: "القاعدة" (the group)
        is not "قاعدة" (a base), though their keys are one; "داعش", "حماس" are written bare."""
        return k in self.actors.bare or _definite(norm_key(tok.text))

    # -- tagging ---------------------------------------------------------------
    def mentions(self, doc: Document) -> list[tuple[int, int, str]]:
        """(first token index, end token index, label) chunks over ``doc.tokens``."""
        ranges = _sentence_ranges(doc)
        tags = self.model.tag_document([[t.text for t in doc.tokens[a:b]] for a, b in ranges])
        return _chunks(ranges, tags)

    def _trim(self, doc: Document, a: int, b: int) -> tuple[int, int] | None:
        """Drop leading titles/descriptor words and edge punctuation from token chunk [a, b)."""
        toks = doc.tokens
        place_next = False  # after "مدينة", "قرية" … a title word is part of a place's name
        while a < b - 1:
            w = norm(toks[a].text)
            stem = _stem_norm(toks[a].text)
            if w in TITLES or stem in TITLES:
                if place_next or self._types(f"{stem} {toks[a + 1].text}") & _PLACES:
                    break  # "الشيخ زويد", "السيدة زينب": towns, not a sheikh and a lady
                a += 1
                continue
            if w in DESCRIPTOR_PREFIXES or stem in DESCRIPTOR_PREFIXES:
                rest = [norm(x.text) for x in toks[a + 1:b]]
                if _whole_name(" ".join([stem] + rest)):
                    break
                place_next = stem in PLACE_DESCRIPTORS
                a += 1
                continue
            break
        while b > a and not any(ch.isalnum() for ch in toks[b - 1].text):
            b -= 1
        while a < b and not any(ch.isalnum() for ch in toks[a].text):
            a += 1
        if a >= b:
            return None
        return a, b

    def __call__(self, doc: Document) -> Document:
        if not doc.tokens:
            doc.entities = []
            return doc
        return self._fill(doc, self.mentions(doc))

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Tag a batch of documents together (`NerModel.tag_documents`); the same entities
        as calling the stage on each."""
        ranges = [_sentence_ranges(d) if d.tokens else [] for d in docs]
        tags = self.model.tag_documents([[[t.text for t in d.tokens[a:b]] for a, b in rs]
                                         for d, rs in zip(docs, ranges)])
        for d, rs, tg in zip(docs, ranges, tags):
            if not d.tokens:
                d.entities = []
            else:
                self._fill(d, _chunks(rs, tg))
        return docs

    def _fill(self, doc: Document, chunks: list[tuple[int, int, str]]) -> Document:
        """Set ``doc.entities`` from the CRF's chunks, the actor lexicon and trimming."""
        toks = doc.tokens
        spans: list[tuple[Span, str, str | None]] = []
        words: set[str] | None = None

        def doc_words() -> set[str]:
            nonlocal words
            if words is None:
                words = {t.norm for t in toks}
            return words

        if self.group_names:
            chunks = _absorb(chunks, self.lexicon_mentions(doc, [False] * len(toks)))
        orgs = org_phrases(toks)
        org_starts = {a: start for a, _, start in orgs}  # a proclitic on the head: لمنظمة
        chunks = _absorb(chunks, [(a, b, "ORG") for a, b, _ in orgs])
        for a, b, lab in chunks:
            head = a
            ab = self._trim(doc, a, b)
            if ab is None:
                continue
            a, b = ab
            if lab == "MISC" and a > head and _stem_norm(toks[a - 1].text) in PLACE_DESCRIPTORS:
                lab = "LOC"  # "بلدية نابل": the CRF's MISC is a place
            if led_by_person([t.text for t in toks[a:b]], self._types):
                a, lab = b - 1, "PER"  # "قوات صالح" → صالح
            if b - a == 1 and (self._group_noun(toks[a].text) or _stem_norm(toks[a].text) in NOT_ALONE):
                continue  # "الأكراد": peoples are not names (SPEC 2.7); "قاعدة" alone is a base
            first = toks[a]
            whole = _whole_head(toks, a)
            if whole is not None:
                a, start = a - 1, whole  # "إقليم" + "كردستان العراق"
            elif a == head and a in org_starts and lab == "ORG":
                start = org_starts[a]
            else:
                start = (mention_start(first, self._types, doc_words, " ".join(t.text for t in toks[a + 1:b]))
                         if _arabic(first.text) else first.start)
            end = toks[b - 1].end
            if end <= start or norm_key(doc.text[start:end]) in NOT_NAMES:
                continue
            kept = _whole_name(doc.text[start:end])
            lab = (WHOLE_HEADS[kept] if kept else None) or lab
            # the words before trimming name the actor when the lexicon has only them
            # ("حركة الشباب" → mention الشباب, actor shabaab)
            alias = doc.text[toks[head].start:end] if a > head else None
            spans.append((Span(start, end, doc.text[start:end]), lab, alias))
        doc.entities = group_entities(spans, self.actors)
        return doc


def _whole_name(text: str) -> tuple[str, ...] | None:
    """The first two words of the kept-whole name `text` begins with, if any."""
    head = tuple(norm_key(text).split()[:2])
    return head if head in WHOLE_HEADS else None


def _whole_head(toks, a: int) -> int | None:
    """Where the word before token `a` starts when it and token `a` begin one of the names
    kept whole (قطاع غزة, إقليم كردستان): that word belongs to the mention. None otherwise."""
    if a == 0 or not _arabic(toks[a].text):
        return None
    prev, first = norm_key(toks[a - 1].text), norm_key(toks[a].text)
    for n in (0, 1):  # the head may carry a proclitic: بإقليم, وقطاع
        if (prev[n:], first) in WHOLE_HEADS and all(c in "وفبلك" for c in prev[:n]):
            return after_letters(toks[a - 1], n)
    return None


def _absorb(chunks: list[tuple[int, int, str]], extra: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add `extra` mentions to the CRF's chunks: one replaces the chunks inside it, and is
    dropped where it would cut across a chunk (the CRF saw a different name there)."""
    for la, lb, lab in extra:
        inside = [c for c in chunks if la <= c[0] and c[1] <= lb]
        crossing = [c for c in chunks if c[0] < lb and la < c[1] and c not in inside]
        if crossing:
            continue
        chunks = [c for c in chunks if c not in inside] + [(la, lb, lab)]
    return sorted(chunks)


def _sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """[first, end) token ranges of the document's sentences; tokens outside every sentence
    span are tagged as further stretches."""
    toks = doc.tokens
    bounds = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
    ranges: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    for s_start, s_end in bounds:
        while i < n and toks[i].end <= s_start:
            i += 1
        j = i
        while j < n and toks[j].start < s_end:
            j += 1
        if j > i:
            ranges.append((i, j))
        i = j
    covered = sum(b - a for a, b in ranges)
    if covered < n:
        ranges = [(0, n)] if not ranges else ranges + _gaps(ranges, n)
    return ranges


def _chunks(ranges: list[tuple[int, int]], tag_lists: list[list[str]]) -> list[tuple[int, int, str]]:
    """BIO tags per range → (first token, end token, label) chunks over the document."""
    out: list[tuple[int, int, str]] = []
    for (i, _), tags in zip(ranges, tag_lists):
        start, lab = None, None
        for k, t in enumerate(tags + ["O"]):
            if t == "O" or t.startswith("B-") or t[2:] != lab:
                if lab is not None:
                    out.append((i + start, i + k, lab))
                start, lab = (k, t[2:]) if t != "O" else (None, None)
    return out


def _gaps(ranges: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    out = []
    prev = 0
    for a, b in sorted(ranges):
        if a > prev:
            out.append((prev, a))
        prev = max(prev, b)
    if prev < n:
        out.append((prev, n))
    return out


def _name_key(text: str) -> str:
    return norm_key(text)


def group_entities(spans: list[tuple], actors: ActorLexicon | None = None) -> list[Entity]:
    """Group mentions into entities. `spans`: (Span, label) or (Span, label, alias), where
    alias is a longer text for the actor look-up (the mention before a descriptor was cut).

    Same normalised name → one entity; a PER mention whose words are all inside a longer PER
    name ("ترامب" ⊂ "دونالد ترامب") joins it; mentions resolving to the same actor group join.
    """
    groups: list[dict] = []
    by_key: dict[str, dict] = {}
    by_group: dict[str, dict] = {}
    # longest names first so that short forms can attach to them
    order = sorted(range(len(spans)), key=lambda i: (-len(spans[i][0].text.split()), spans[i][0].start))
    for i in order:
        span, lab = spans[i][:2]
        alias = spans[i][2] if len(spans[i]) > 2 else None
        k = _name_key(span.text)
        hit = actors.lookup(span.text) if actors else None
        if hit is None and alias and actors:
            hit = actors.lookup(alias)
        if hit and lab == "LOC" and not hit[1]:
            hit = None  # a place is not an actor (a country name as LOC gets no code)
        if hit and lab == "PER" and hit[1]:
            hit = None  # nor is a person a group: "الحوثي" alone is the man (SPEC 2.7)
        g = by_key.get(k)
        if g is None and hit and hit[1]:
            g = by_group.get(hit[1])
        if g is None and lab == "PER":
            words = set(k.split())
            for cand in groups:
                if cand["label"] == "PER" and words <= set(cand["key"].split()) and len(cand["key"].split()) > len(words):
                    g = cand
                    break
        if g is None:
            g = {"key": k, "label": lab, "mentions": [], "labels": {}, "actor": None, "name": span.text}
            groups.append(g)
        g["mentions"].append(span)
        g["labels"][lab] = g["labels"].get(lab, 0) + 1
        if hit and g["actor"] is None:
            g["actor"] = hit
            if hit[1]:
                by_group[hit[1]] = g
        by_key.setdefault(k, g)
    groups.sort(key=lambda g: min(m.start for m in g["mentions"]))
    out: list[Entity] = []
    for n, g in enumerate(groups, 1):
        ms = sorted(set(g["mentions"]), key=lambda m: m.start)
        label = max(g["labels"].items(), key=lambda kv: (kv[1], kv[0] == g["label"]))[0]
        actor = Actor(code=g["actor"][0], group=g["actor"][1]) if g["actor"] else None
        out.append(Entity(id=f"e{n}", label=label, name=g["name"], mentions=ms, actor=actor))
    return out


def _resource_path(resources, name: str):
    if resources is None:
        try:
            from rasd.resources import Resources
            resources = Resources()
        except Exception:  # noqa: BLE001
            return None
    try:
        return resources.path(name)
    except Exception:  # noqa: BLE001
        return None


@register_stage("ner")
def make_ner(config: dict, resources=None) -> NerStage:
    config = config or {}
    if resources is None:
        try:
            from rasd.resources import Resources
            resources = Resources()
        except Exception:  # noqa: BLE001
            resources = None
    model = NerModel.load(config.get("model_dir"), resources=resources,
                          use_gazetteer=config.get("gazetteer", True))
    actors = ActorLexicon.load(_resource_path(resources, ACTOR_RESOURCE))
    return NerStage(model, actors)
