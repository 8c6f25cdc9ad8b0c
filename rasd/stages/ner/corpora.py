"""Readers for the NER corpora in ``../shared/data`` and their label mappings.

Every reader returns a list of sentences; a sentence is a list of ``(token, tag)`` with
tags in IOB2 over the four rasd labels PER, ORG, LOC, MISC.

Label mappings (written down here and in MODEL_CARD.md):

* ANERcorp: PERS→PER, ORG→ORG, LOC→LOC, MISC→MISC.
* AQMAR: PER/ORG/LOC kept; every MIS* (MIS0–3, MIS, MIS-1, MISS1, ``MIS1```), ENGLISH, SPANISH
  → MISC; ``IO``/``OO`` → O; ``I--ORG`` → I-ORG.
* FANEGold (News and Wiki), fine type → coarse: see ``FANE_MAP``.
* Wojood sample (outermost tag of nested tags): PERS→PER, ORG→ORG, GPE/LOC/FAC→LOC,
  EVENT/LANGUAGE?→ not used … see ``WOJOOD_MAP``.
"""
from __future__ import annotations

from pathlib import Path

Sentence = list[tuple[str, str]]

AQMAR_DEV = ("Damascus", "Atom", "Raul_Gonzales", "Linux", "Imam_Hussein_Shrine",
             "Nuclear_Power", "Real_Madrid", "Solaris")

# FANEGold fine type -> rasd label (None = O).  Derived from the ACE-style taxonomy and
# checked against ANERcorp's own tags on the shared text (see MODEL_CARD.md).
FANE_MAP: dict[str, str | None] = {
    # PER
    "Politician": "PER", "Athlete": "PER", "Artist": "PER", "Businessperson": "PER",
    "Scientist": "PER", "Engineer": "PER", "Lawyer": "PER", "Police": "PER",
    "Religious_PER": "PER", "Other_PER": "PER",
    "Group": None,  # nationalities / peoples ("الفلسطينيون"): not names in ANERcorp practice
    # ORG
    "Government": "ORG", "Non-Governmental": "ORG", "Commercial": "ORG", "Educational": "ORG",
    "Media": "ORG", "Sports": "ORG", "Medical-Science": "ORG", "Entertainment": "ORG",
    "Religious_ORG": "ORG",
    # GPE / LOC
    "Nation": "LOC", "Population-Center": "LOC", "State-or-Province": "LOC",
    "County-or-District": "LOC", "Continent": "LOC", "GPE-Cluster": "LOC",
    "Water-Body": "LOC", "Land-Region-Natural": "LOC", "Celestial": "LOC",
    # FAC
    "Building-Grounds": "LOC", "Airport": "LOC", "Path": "LOC", "Subarea-Facility": "LOC",
    "Plant": "LOC",
    # VEH / WEA / PRO
    "Air": "MISC", "Land": "MISC", "Water": "MISC",
    "Shooting": None, "Blunt": None, "Sharp": None, "Exploding": None, "Nuclear": None,
    "Projectile": None, "Chemical": None,
    "Book": "MISC", "Movie": "MISC", "Software": "MISC", "Hardware": "MISC", "Food": None,
    "Drug": None, "Sound": "MISC",
}

WOJOOD_MAP: dict[str, str | None] = {
    "PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "EVENT": "MISC", "PRODUCT": "MISC", "WEBSITE": "ORG", "LAW": None, "NORP": None,
}


def fix_iob(sent: Sentence) -> Sentence:
    """Turn stray I-X (after O or another type) into B-X."""
    out: Sentence = []
    prev = "O"
    for tok, tag in sent:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append((tok, tag))
        prev = tag
    return out


def map_tag(tag: str, table: dict[str, str | None]) -> str:
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    lab = table.get(tag[2:])
    return "O" if lab is None else tag[:2] + lab


def read_conll(path: Path, *, sep: str | None = None, encoding: str = "utf-8") -> list[list[tuple[str, list[str]]]]:
    sents: list[list[tuple[str, list[str]]]] = []
    cur: list[tuple[str, list[str]]] = []
    with open(path, encoding=encoding) as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split(sep) if sep else line.split()
            tok = parts[0].lstrip("\u200e\ufeff")
            tags = parts[1:] or ["O"]
            if not tok:
                continue
            cur.append((tok, tags))
    if cur:
        sents.append(cur)
    return sents


_ANER = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def read_anercorp(data_dir: Path, split: str) -> list[Sentence]:
    if split not in ("train", "test"):
        raise ValueError(split)
    path = data_dir / "anercorp" / f"ANERCorp_CamelLab_{split}.txt"
    return [fix_iob([(t, map_tag(tags[0], _ANER)) for t, tags in s]) for s in read_conll(path)]


def aqmar_tag(tag: str) -> str:
    tag = tag.strip().rstrip("`")
    if tag in ("O", "IO", "OO") or len(tag) < 3:
        return "O"
    pre, _, typ = tag.partition("-")
    typ = typ.lstrip("-")
    if pre not in ("B", "I"):
        return "O"
    if typ in ("PER", "ORG", "LOC"):
        return f"{pre}-{typ}"
    if typ.startswith("MIS") or typ in ("ENGLISH", "SPANISH"):
        return f"{pre}-MISC"
    return "O"


def read_aqmar(data_dir: Path, split: str) -> list[Sentence]:
    """split: 'dev' (Mohit et al. dev articles, used for training) or 'test'."""
    folder = data_dir / "aqmar" / "AQMAR_Arabic_NER_corpus-1.0"
    out: list[Sentence] = []
    for f in sorted(folder.glob("*.txt")):
        is_dev = f.stem in AQMAR_DEV
        if (split == "dev") != is_dev:
            continue
        for s in read_conll(f):
            out.append(fix_iob([(t, aqmar_tag(tags[0])) for t, tags in s]))
    return out


def read_fane(data_dir: Path, which: str) -> list[Sentence]:
    name = {"news": "NewsFANE_Gold_2014_170K.txt", "wiki": "WikiFANE_Gold_2014_500K.txt"}[which]
    raw = read_conll(data_dir / "fanegold" / name, sep="\t", encoding="utf-8-sig")
    return [fix_iob([(t, map_tag(tags[0].strip(), FANE_MAP)) for t, tags in s]) for s in raw]


def read_wojood(data_dir: Path, split: str) -> list[Sentence]:
    raw = read_conll(data_dir / "wojood-sample" / f"{split}.txt")
    out: list[Sentence] = []
    for s in raw:
        cur: Sentence = []
        for t, tags in s:
            if t == "$#$":
                if cur:
                    out.append(fix_iob(cur))
                cur = []
                continue
            # outermost entity = the tag that starts earliest; approximate by preferring I- tags
            inner = [x for x in tags if x.startswith("I-")]
            tag = inner[0] if inner else tags[0]
            cur.append((t, map_tag(tag, WOJOOD_MAP)))
        if cur:
            out.append(fix_iob(cur))
    return out


def sent_key(sent: Sentence | list[str]) -> str:
    from .norm import norm
    toks = [x[0] if isinstance(x, tuple) else x for x in sent]
    return " ".join(norm(t) for t in toks)


def drop_overlap(sents: list[Sentence], blocked: list[Sentence], *, min_len: int = 1) -> tuple[list[Sentence], int]:
    """Drop every sentence of ``sents`` whose text also occurs in ``blocked``.

    Match on the normalised token string; additionally on any 8-token window (shingle) so that
    sentences split differently by the two corpora are caught as well.
    """
    from .norm import norm
    blocked_keys = {sent_key(s) for s in blocked}
    shingles: set[tuple[str, ...]] = set()
    K = 8
    for s in blocked:
        toks = [norm(t) for t, _ in s]
        for i in range(max(1, len(toks) - K + 1)):
            shingles.add(tuple(toks[i:i + K]))
    kept: list[Sentence] = []
    dropped = 0
    for s in sents:
        toks = [norm(t) for t, _ in s]
        hit = sent_key(s) in blocked_keys
        if not hit:
            for i in range(max(1, len(toks) - K + 1)):
                if tuple(toks[i:i + K]) in shingles:
                    hit = True
                    break
        if hit:
            dropped += 1
        else:
            kept.append(s)
    return kept, dropped


# FANEGold fine type -> ACE-style coarse class, used for the *guide* model (trained on
# WikiFANEGold only) whose predictions feed the main CRF as features.
FANE_COARSE: dict[str, str] = {}
for _coarse, _fines in {
    "PER": "Politician Athlete Artist Businessperson Scientist Engineer Lawyer Police Religious_PER Other_PER",
    "GRP": "Group",
    "ORG": "Government Non-Governmental Commercial Educational Media Sports Medical-Science Entertainment Religious_ORG",
    "GPE": "Nation Population-Center State-or-Province County-or-District Continent GPE-Cluster",
    "LOC": "Water-Body Land-Region-Natural Celestial",
    "FAC": "Building-Grounds Airport Path Subarea-Facility Plant",
    "VEH": "Air Land Water",
    "WEA": "Shooting Blunt Sharp Exploding Nuclear Projectile Chemical",
    "PRO": "Book Movie Software Hardware Food Drug Sound",
}.items():
    for _f in _fines.split():
        FANE_COARSE[_f] = _coarse
# finer split of ORG/PER kept for the guide where it separates ANERcorp's confusions
FANE_COARSE["Sports"] = "SPO"
FANE_COARSE["Athlete"] = "PER"


def read_fane_coarse(data_dir: Path, which: str = "wiki") -> list[Sentence]:
    name = {"news": "NewsFANE_Gold_2014_170K.txt", "wiki": "WikiFANE_Gold_2014_500K.txt"}[which]
    raw = read_conll(data_dir / "fanegold" / name, sep="\t", encoding="utf-8-sig")
    return [fix_iob([(t, map_tag(tags[0].strip(), FANE_COARSE)) for t, tags in s]) for s in raw]
