"""Helpers for the places tests: real coordinates of the expected places, a document builder."""
from __future__ import annotations

from pathlib import Path

from rasd.gazetteer.base import haversine_km
from rasd.model.document import Article, Document
from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.places import PlacesStage

FIXTURE = Path(__file__).parent / "fixtures" / "mini_gazetteer.tsv"

# Real coordinates (rounded, from public knowledge) of the places the cases expect.
FACTS = {
    "syria": (35.0, 38.5, "SY"), "iraq": (33.0, 43.7, "IQ"), "lebanon": (33.85, 35.86, "LB"),
    "libya": (26.3, 17.2, "LY"), "jordan": (31.0, 36.0, "JO"), "oman": (21.0, 57.0, "OM"),
    "yemen": (15.5, 48.0, "YE"), "egypt": (27.0, 30.0, "EG"), "saudi": (25.0, 45.0, "SA"),
    "turkey": (39.0, 35.0, "TR"), "iran": (32.0, 53.0, "IR"), "sudan": (15.0, 30.0, "SD"),
    "tunisia": (34.0, 9.0, "TN"), "usa": (38.0, -97.0, "US"), "russia": (60.0, 100.0, "RU"),
    "france": (46.0, 2.0, "FR"), "uk": (54.0, -2.0, "GB"), "palestine": (31.95, 35.23, "PS"),
    "aleppo": (36.20, 37.13, "SY"), "aleppo-gov": (36.25, 37.62, "SY"), "damascus": (33.51, 36.28, "SY"),
    "rif-dimashq": (33.52, 36.95, "SY"), "idlib": (35.93, 36.63, "SY"), "idlib-gov": (35.83, 36.57, "SY"),
    "homs": (34.73, 36.71, "SY"), "homs-gov": (34.56, 38.91, "SY"), "homs-ye": (14.20, 45.43, "YE"),
    "raqqa": (35.95, 39.01, "SY"), "raqqa-gov": (35.73, 38.85, "SY"), "riqqa-kw": (29.15, 48.10, "KW"),
    "deir": (35.34, 40.14, "SY"), "deir-gov": (35.0, 40.5, "SY"), "abukamal": (34.45, 40.92, "SY"),
    "baghuz": (34.43, 40.99, "SY"), "hajin": (34.69, 40.83, "SY"), "maarat": (35.64, 36.67, "SY"),
    "saraqib": (35.86, 36.80, "SY"), "kafrnabl": (35.61, 36.56, "SY"), "khanshaykhun": (35.44, 36.65, "SY"),
    "ariha": (35.81, 36.61, "SY"), "jericho": (31.87, 35.45, "PS"), "manbij": (36.53, 37.95, "SY"),
    "afrin": (36.51, 36.87, "SY"), "albab": (36.37, 37.52, "SY"), "jarablus": (36.82, 38.01, "SY"),
    "kobani": (36.89, 38.35, "SY"), "qamishli": (37.05, 41.23, "SY"), "hasakah": (36.50, 40.75, "SY"),
    "hasakah-gov": (36.6, 40.9, "SY"), "daraa": (32.62, 36.10, "SY"), "douma": (33.57, 36.40, "SY"),
    "palmyra": (34.55, 38.27, "SY"), "talabyad": (36.70, 38.96, "SY"), "alhol": (36.39, 41.15, "SY"),
    "baghdad": (33.32, 44.37, "IQ"), "mosul": (36.34, 43.13, "IQ"), "ninawa": (36.2, 42.6, "IQ"),
    "fallujah": (33.35, 43.78, "IQ"), "ramadi": (33.42, 43.31, "IQ"), "anbar": (33.05, 41.66, "IQ"),
    "erbil": (36.19, 44.01, "IQ"), "kirkuk": (35.47, 44.39, "IQ"), "tikrit": (34.61, 43.68, "IQ"),
    "shirqat": (35.51, 43.23, "IQ"), "krg": (36.41, 44.39, "IQ"), "beirut": (33.89, 35.50, "LB"),
    "sidon": (33.56, 35.38, "LB"), "tyre": (33.27, 35.20, "LB"), "tripoli-lb": (34.44, 35.85, "LB"),
    "tripoli-ly": (32.89, 13.19, "LY"), "benghazi": (32.12, 20.07, "LY"), "misrata": (32.38, 15.09, "LY"),
    "sirte": (31.21, 16.59, "LY"), "gaza": (31.50, 34.47, "PS"), "gaza-strip": (31.42, 34.38, "PS"),
    "westbank": (31.95, 35.25, "PS"), "rafah": (31.30, 34.25, "PS"), "khanyunis": (31.35, 34.31, "PS"),
    "jenin": (32.46, 35.30, "PS"), "ramallah": (31.90, 35.20, "PS"), "hebron": (31.53, 35.10, "PS"),
    "nayrab-airport": (36.18, 37.22, "SY"), "hormuz": (26.57, 56.25, "IR"), "seoul": (37.57, 126.98, "KR"),
    "zeitoun-gaza": (31.49, 34.45, "PS"), "zeitoun-cairo": (30.11, 31.31, "EG"), "amman": (31.95, 35.91, "JO"),
    "zarqa": (32.07, 36.09, "JO"), "zaatari": (32.29, 36.33, "JO"), "sanaa": (15.37, 44.19, "YE"),
    "aden": (12.79, 45.02, "YE"), "taiz": (13.58, 44.02, "YE"), "hodeidah": (14.80, 42.95, "YE"),
    "marib": (15.46, 45.33, "YE"), "saada": (16.94, 43.76, "YE"), "saada-gov": (17.0, 43.93, "YE"),
    "cairo": (30.04, 31.24, "EG"), "alexandria": (31.20, 29.92, "EG"), "arish": (31.13, 33.80, "EG"),
    "north-sinai": (30.5, 33.6, "EG"), "riyadh": (24.71, 46.68, "SA"), "jeddah": (21.49, 39.19, "SA"),
    "najran": (17.57, 44.23, "SA"), "mecca": (21.39, 39.86, "SA"), "ankara": (39.93, 32.86, "TR"),
    "istanbul": (41.01, 28.98, "TR"), "gaziantep": (37.07, 37.38, "TR"), "tehran": (35.69, 51.39, "IR"),
    "khartoum": (15.50, 32.56, "SD"), "omdurman": (15.64, 32.48, "SD"), "fasher": (13.63, 25.35, "SD"),
    "tunis": (36.81, 10.18, "TN"), "washington": (38.91, -77.04, "US"), "washington-ut": (37.13, -113.51, "US"),
    "moscow": (55.76, 37.62, "RU"), "paris": (48.86, 2.35, "FR"), "london": (51.51, -0.13, "GB"),
    "kuwait": (29.5, 47.75, "KW"),
    "asir": (19.13, 42.97, "SA"), "haram": (21.42, 39.83, "SA"), "kansas": (38.5, -98.0, "US"),
    "alam": (34.65, 43.70, "IQ"), "sousse": (35.83, 10.63, "TN"), "wichita": (37.69, -97.34, "US"),
    # 35 km north-east of Fallujah, where a story puts the Tharthar area
    "tharthar-35ne": (33.58, 44.05, "IQ"),
    "florida": (28.0, -82.0, "US"), "sabir": (13.52, 44.02, "YE"),
    "van": (38.49, 43.38, "TR"), "taiz-gov": (13.48, 43.77, "YE"), "geneva": (46.20, 6.15, "CH"), "geneva-ny": (42.87, -76.98, "US"), "paris-tx": (33.66, -95.56, "US"), "mesquite": (32.77, -96.60, "US"),
    "bardo": (36.81, 10.14, "TN"), "lahij-gov": (13.22, 44.72, "YE"), "lahij-town": (13.06, 44.88, "YE"),
}


def make_doc(text: str, mentions: list[str] | list[list[str]]) -> Document:
    """A document whose LOC entities are the given mentions (a list groups coreferent mentions).

    Each mention string is located at its first free occurrence in `text`.
    """
    doc = Document.from_article(Article(text=text, id="t"))
    taken: list[tuple[int, int]] = []
    for n, group in enumerate(mentions, 1):
        group = [group] if isinstance(group, str) else group
        spans = []
        for m in group:
            start = -1
            pos = 0
            while True:
                start = text.find(m, pos)
                assert start >= 0, f"{m!r} not in {text!r}"
                if not any(start < e and s < start + len(m) for s, e in taken):
                    break
                pos = start + 1
            taken.append((start, start + len(m)))
            spans.append(Span(start, start + len(m), m))
        doc.entities.append(Entity(f"e{n}", "LOC", group[0], spans))
    return doc


def resolve(gaz, text: str, mentions, *, add_missing: bool = False, mend: bool = False) -> Document:
    # resolution tests feed mentions as given (clitics included); mending is tested on its own
    return PlacesStage(gaz, add_missing=add_missing, mend=mend)(make_doc(text, mentions))


def place_of(doc: Document, name: str):
    ent = next(e for e in doc.entities if e.name == name)
    return next(p for p in doc.places if p.entity == ent.id)


def assert_at(place, fact: str, km: float = 25.0) -> None:
    lat, lon, country = FACTS[fact]
    assert place.lat is not None, f"{place.name} unresolved, expected {fact}"
    d = haversine_km(place.lat, place.lon, lat, lon)
    assert d <= km and place.country == country, f"{place.name} → {place.name_en} ({d:.0f} km from {fact})"


_ROW_FIELDS = ("id", "name", "name_en", "lat", "lon", "country", "admin1", "admin2", "feature",
               "population", "names")


def row_gazetteer(rows, name: str):
    """A MemoryGazetteer of tuples in `_ROW_FIELDS` order (the other columns left empty)."""
    from rasd.gazetteer.base import COLUMNS
    from rasd.gazetteer.memory import MemoryGazetteer

    out = []
    for r in rows:
        d = dict.fromkeys(COLUMNS, "")
        d.update(zip(_ROW_FIELDS, map(str, r)))
        out.append(d)
    return MemoryGazetteer(out, name=name)


EXTRA = Path(__file__).parents[2] / "rasd" / "lang" / "ar" / "places_extra.tsv"


def extra_rows_gazetteer(directory: Path, decoys: list[str]):
    """A MemoryGazetteer of rasd's hand-written rows (places_extra.tsv) and `decoys` (rows in the
    same TSV form: the namesakes the hand-written rows must win against), written to `directory`."""
    from rasd.gazetteer.memory import MemoryGazetteer, read_rows_tsv

    path = directory / "rows.tsv"
    path.write_text(EXTRA.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(decoys) + "\n",
                    encoding="utf-8")
    return MemoryGazetteer(read_rows_tsv(path), name="extra+decoys")


def loc_texts(gaz, text: str, mentions: list[str]) -> set[str]:
    """The LOC mention texts the places stage keeps (no missed places added)."""
    doc = PlacesStage(gaz, add_missing=False)(make_doc(text, mentions))
    return {m.text for e in doc.entities if e.label == "LOC" for m in e.mentions}
