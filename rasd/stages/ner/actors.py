"""Actor codes for entities: a lexicon of names → (CAMEO-style code, group id).

Sources, in order of precedence (built by ``rasd data build`` into the ``ner-actors``
resource): the curated armed-group list, countries (ISO3), and PETRARCH's Arabic actor
dictionary.  Without the resource the packaged ``rasd/lang/ar/actors_default.tsv`` (a
hand-written list of the major groups and IGOs) is used.  Compositional rules add
"army/forces/government/police of <country or demonym>" (الجيش السوري → SYRMIL).
"""
from __future__ import annotations

import csv
import sys
from functools import cached_property, lru_cache
from pathlib import Path

from .norm import norm_key

csv.field_size_limit(sys.maxsize)

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "lang" / "ar" / "actors_default.tsv"
RESOURCE = "ner-actors"
RESOURCE_FILE = "actors.tsv"

ROLE_HEADS = {
    "جيش": "MIL", "قوات": "MIL", "قوه": "MIL", "قوات المسلحه": "MIL", "القوات المسلحه": "MIL",
    "حكومه": "GOV", "سلطات": "GOV", "رئاسه": "GOV", "وزاره الدفاع": "MIL", "وزاره الداخليه": "GOV",
    "شرطه": "POL", "امن": "POL", "قوات الامن": "POL", "معارضه": "OPP", "متمردين": "REB",
    "متمردون": "REB", "مسلحين": "REB", "لاجئين": "REF", "مدنيين": "CVL", "اعلام": "MED",
}


CLITIC_LETTERS = "وفبلك"  # و ف ب ل ك: the letters a word may carry in front of a name


def clitic_readings(word: str):
    """(letters, rest) for the one or two clitic letters a normalised word may begin with."""
    for n in (1, 2):
        if len(word) - n < 2 or not all(c in CLITIC_LETTERS for c in word[:n]):
            break
        yield n, word[n:]


@lru_cache(maxsize=100_000)
def key(text: str) -> str:
    """Lookup key: normalised, leading proclitics of the first word dropped, ال dropped per word,
    quotation marks dropped ('حزب «الشعوب الديمقراطي»', 'الجوهرة "اف ام"' are the listed names)."""
    words = norm_key(text).replace('"', " ").split()
    out = []
    for i, w in enumerate(words):
        if i == 0 and len(w) > 4 and w[0] in CLITIC_LETTERS and w[1:3] == "ال":
            w = w[1:]
        elif i == 0 and len(w) > 4 and w[:2] == "لل":
            w = "ال" + w[2:]
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        out.append(w)
    return " ".join(out)


# Aliases that name a group only in one country's news and other bodies elsewhere: "الجيش
# الوطني" (Syria's SNA, but also Yemen's and Tunisia's armies), "مجلس النواب" (Libya's, and every
# other parliament), "الهيئة" (any authority), "الإصلاح" (reform), "الجبهة الشعبية" (PFLP, and
# Tunisia's Popular Front). On 300 news-dev articles nearly all their matches were another body;
# the groups keep their longer names (الجيش الوطني السوري, مجلس النواب الليبي, حزب الإصلاح).
AMBIGUOUS_ALIASES = frozenset(key(w) for w in (
    "الهيئة", "الجيش الوطني", "الدفاع الوطني", "القيادة العامة", "مجلس النواب",
    "حكومة الوحدة الوطنية", "الإصلاح", "الحشد", "الانتقالي", "الجبهة الشعبية"))

# Aliases that name one country's body only in that country's news, and a generic body of the
# same name elsewhere: "قوات مكافحة الإرهاب" is Iraq's CTS (IRQSPY) in an Iraq story, and Aden's
# counter-terrorism forces in a Yemen story (2026-11-27). Alias key → a stem the article must
# write (العراق، العراقي، العراقية) for the code to stand.
COUNTRY_BOUND_ALIASES = {key(w): "عراق" for w in ("قوات مكافحة الإرهاب", "جهاز مكافحة الإرهاب")}


def bound_elsewhere(mention_texts: list[str], text: str) -> bool:
    """Do the entity's mentions name a country-bound body (COUNTRY_BOUND_ALIASES) in an article
    that never writes that country?"""
    stems = {COUNTRY_BOUND_ALIASES.get(key(m)) for m in mention_texts} - {None}
    return bool(stems) and not any(s in text for s in stems)


_UNSEEN = object()  # (a text not looked up yet: None is an answer)
_MEMO_MAX = 200_000


class ActorLexicon:
    def __init__(self, entries: dict[str, tuple[str, str | None]], countries: dict[str, str],
                 bare: set[str] | None = None):
        self.entries = entries          # key -> (code, group)
        self.countries = countries      # key of country name or demonym -> ISO3
        self.bare = bare or set()       # keys of one-word names written without ال (داعش)
        # text → `lookup`'s answer: the stage's rules ask for the same mention texts and words
        # many times per document (the lexicon is not changed after it is built)
        self._memo: dict[str, tuple[str, str | None] | None] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> "ActorLexicon":
        entries: dict[str, tuple[str, str | None]] = {}
        countries: dict[str, str] = {}
        bare: set[str] = set()
        p = Path(path) if path else DEFAULT_FILE
        if p.is_dir():
            p = p / RESOURCE_FILE
        if not p.exists():
            p = DEFAULT_FILE
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                name, code = parts[0], parts[1] if len(parts) > 1 else ""
                group = parts[2] if len(parts) > 2 and parts[2] else None
                kind = parts[3] if len(parts) > 3 else ""
                k = key(name)
                if kind == "country":
                    countries.setdefault(k, code)
                    continue
                if k in AMBIGUOUS_ALIASES:
                    continue
                if k and code and k not in entries:
                    entries[k] = (code, group)
                if k and " " not in k and not norm_key(name).startswith("ال"):
                    bare.add(k)
        return cls(entries, countries, bare)

    @cached_property
    def country_codes(self) -> frozenset[str]:
        """The bare ISO3 codes country names and demonyms stand for (not IGO, NGO …)."""
        return frozenset(self.countries.values())

    @cached_property
    def _given_by_surname(self) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for k in self.entries:
            words = k.split()
            if len(words) >= 2:
                index.setdefault(words[-1], set()).add("".join(words[:-1]))
        return index

    def given_names_of(self, surname: str) -> set[str]:
        """What the listed names of two words or more that end in `surname` (a key) have before
        it, spaces removed: "المالكي" → {"نوري"}, "الحوثي" → {"عبدالملك", …}."""
        return self._given_by_surname.get(surname, set())

    def group_names(self) -> dict[str, tuple[str, str | None]]:
        """Keys of named groups (entries with a group id): used to add mentions the CRF missed."""
        return {k: v for k, v in self.entries.items() if v[1]}

    def lookup(self, text: str) -> tuple[str, str | None] | None:
        hit = self._memo.get(text, _UNSEEN)
        if hit is _UNSEEN:
            if len(self._memo) > _MEMO_MAX:
                self._memo.clear()
            hit = self._memo[text] = self._lookup_clitics(text)
        return hit

    def _lookup_clitics(self, text: str) -> tuple[str, str | None] | None:
        hit = self._lookup(text)
        if hit is None:
            t = norm_key(text)
            # an attached و/ف (+ ب/ل/ك) the tokenizer left on: وحزب الله, فلحماس
            for _n, rest in clitic_readings(t):
                hit = self._lookup(rest) if len(rest) > 2 else None
                if hit:
                    break
        return hit

    def _lookup(self, text: str) -> tuple[str, str | None] | None:
        k = key(text)
        if not k:
            return None
        hit = self.entries.get(k)
        if hit:
            return hit
        t = norm_key(text)
        if t.startswith("ل") and not t.startswith("ال"):  # لأمم المتحدة (from للأمم) → الأمم المتحدة
            hit = self.entries.get(key("ا" + t))
            if hit:
                return hit
        if k in self.countries:
            return (self.countries[k], None)
        words = k.split()
        # "<role head> <country/demonym>": الجيش السوري, الحكومة العراقية, قوات الأمن المصرية
        for n in (2, 1):
            if len(words) > n:
                head = " ".join(words[:n])
                role = ROLE_HEADS.get(head)
                rest = " ".join(words[n:])
                if role and rest in self.countries:
                    return (self.countries[rest] + role, None)
        return None


def build_actor_lexicon(data_dir: Path, out_dir: Path, progress=None) -> None:
    """Write ``actors.tsv`` (name, code, group, kind) from the shared data folder."""
    data_dir = Path(data_dir)
    rows: list[tuple[str, str, str, str]] = []

    def read(path: Path):
        if not path.exists():
            return []
        with open(path, encoding="utf-8") as fh:
            return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))

    for r in read(data_dir / "actors-armed-groups-ar" / "armed_groups_orgs_ar.tsv"):
        code = r.get("cameo_code_suggested") or ""
        for n in [r.get("canonical_ar") or ""] + (r.get("aliases_ar") or "").split("|"):
            if n.strip() and code:
                rows.append((n.strip(), code, r.get("actor_id") or "", "group"))
    # packaged defaults fill gaps (e.g. spelling variants)
    with open(DEFAULT_FILE, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                p = line.rstrip("\n").split("\t") + ["", ""]
                rows.append((p[0], p[1], p[2], "group"))
    cn = data_dir / "countries-nationalities-ar"
    for r in read(cn / "countries_ar.tsv"):
        iso3 = r.get("iso3") or ""
        if not iso3:
            continue
        for n in (r.get("names_ar_all") or "").split("|") + [r.get("name_ar") or ""]:
            if n.strip():
                rows.append((n.strip(), iso3, "", "country"))
    for r in read(cn / "demonyms_ar.tsv"):
        iso3 = r.get("iso3") or ""
        if not iso3:
            continue
        for col in ("m_sg", "f_sg", "m_pl_nom", "m_pl_acc_gen", "f_pl", "variants_m_sg"):
            for n in (r.get(col) or "").split("|"):
                if n.strip():
                    rows.append((n.strip(), iso3, "", "country"))
    for r in read(data_dir / "actors-petrarch-ar" / "actors_ar_flat.tsv"):
        code = (r.get("code") or "").strip()
        if not code or (r.get("date_to") or "").strip() not in ("", "18000101"):
            continue
        if len(code) < 3:
            continue
        rows.append(((r.get("phrase_ar") or "").strip(), code, "", "petrarch"))
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / RESOURCE_FILE, "w", encoding="utf-8") as fh:
        fh.write("# built by rasd data build from actors-armed-groups-ar, countries-nationalities-ar, actors-petrarch-ar\n")
        for name, code, group, kind in rows:
            if "\t" in name or not name:
                continue
            fh.write(f"{name}\t{code}\t{group}\t{kind}\n")
    if progress:
        progress(1.0, f"{len(rows)} actor names")
