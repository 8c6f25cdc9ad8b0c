"""A deterministic generator of invented Arabic news articles, with their rasd/1 records.

    items = articles(1000, seed=7)          # [{"id", "text", "published", "title", "outlet"}]
    pairs = annotated(1000, seed=7)         # [(item, record)]: the record the generator knows

Every article is a few templated sentences (killings, protests, arrests, displacement)
with numbers, places and weekday/month dates filled in from small invented lists. The
same (n, seed) always gives the same bytes, and every text is distinct (an id-bearing
closing line), so ingest tests can count lost and duplicated documents exactly.

The records are what the generator put in: they let `rasd bench load` fill a store
fast (no pipeline run). Spans obey text[start:end] == span text.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from rasd.model import sha256_text

# name, English name, country, admin1, lat, lon
PLACES = (("حلب", "Aleppo", "SY", "Aleppo", 36.2021, 37.1343),
          ("إدلب", "Idlib", "SY", "Idlib", 35.9306, 36.6339),
          ("درعا", "Daraa", "SY", "Daraa", 32.6189, 36.1021),
          ("الموصل", "Mosul", "IQ", "Nineveh", 36.3350, 43.1189),
          ("البصرة", "Basra", "IQ", "Basra", 30.5085, 47.7804),
          ("تعز", "Taiz", "YE", "Taiz", 13.5795, 44.0209),
          ("الحديدة", "Hodeidah", "YE", "Al Hudaydah", 14.7978, 42.9545),
          ("بنغازي", "Benghazi", "LY", "Benghazi", 32.1167, 20.0667),
          ("الخرطوم", "Khartoum", "SD", "Khartoum", 15.5007, 32.5599),
          ("طرابلس", "Tripoli", "LB", "North", 34.4367, 35.8497))
NUMBERS = ((3, "ثلاثة"), (4, "أربعة"), (5, "خمسة"), (7, "سبعة"), (9, "تسعة"), (10, "عشرة"))
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
SOURCES = ("المرصد السوري لحقوق الإنسان", "مصدر أمني", "ناشطون محليون", "الدفاع المدني")
OUTLETS = ("وكالة رصد للأنباء", "صحيفة الخبر اليومي", "قناة المرصد")
FILLER = ("وتشهد المنطقة توترا منذ أسابيع.", "ولم تعلق السلطات على الحادث حتى الآن.",
          "وطالبت منظمات محلية بفتح تحقيق.", "وتتكرر مثل هذه الحوادث في المنطقة.")


@dataclass
class _Builder:
    """Appends text and remembers spans, so offsets are right by construction."""

    text: str = ""
    rec: dict = field(default_factory=lambda: {"entities": [], "places": [], "times": [],
                                               "quantities": [], "quotes": [], "events": []})

    def add(self, piece: str) -> dict:
        start = len(self.text)
        self.text += piece
        return {"start": start, "end": len(self.text), "text": piece}

    def place(self, p: tuple) -> str:
        name, name_en, country, admin1, lat, lon = p
        span = self.add(name)
        n = len(self.rec["places"]) + 1
        self.rec["entities"].append({"id": f"e{n}", "label": "LOC", "name": name,
                                     "mentions": [span], "actor": None})
        self.rec["places"].append({"id": f"p{n}", "entity": f"e{n}", "gazetteer_id": None,
                                   "geonames_id": None, "name": name, "name_en": name_en,
                                   "lat": lat, "lon": lon, "country": country, "admin1": admin1,
                                   "admin2": None, "feature": "city"})
        return f"p{n}"

    def time(self, word: str, day: date) -> str:
        n = len(self.rec["times"]) + 1
        self.rec["times"].append({"id": f"t{n}", **self.add(word), "type": "date",
                                  "value": day.isoformat(), "value_end": None,
                                  "precision": "day", "anchor": "published"})
        return f"t{n}"

    def quantity(self, value: int, words: str, category: str) -> tuple[str, dict]:
        n = len(self.rec["quantities"]) + 1
        span = self.add(words)
        self.rec["quantities"].append({"id": f"q{n}", **span, "value": value, "qualifier": "exact",
                                       "unit": "person", "category": category})
        return f"q{n}", span


def _assault(b: _Builder, rng: random.Random, n: int, n_word: str, when: tuple) -> tuple:
    counts: dict = {}
    b.add("قُتل ")
    q, span = b.quantity(n, f"{n_word} مدنيين", "killed")
    counts["killed"] = {"value": n, "qualifier": "exact", "quantity": q}
    m = rng.randrange(2, 40)
    b.add(" وأصيب ")
    q2, _ = b.quantity(m, f"{m} آخرون", "injured")
    counts["injured"] = {"value": m, "qualifier": "exact", "quantity": q2}
    b.add(" ")
    t = b.time(*when)
    b.add(" في ")
    trigger = b.add("قصف مدفعي")
    b.add(" على مدينة ")
    return trigger, "shelling", counts, [{**span, "entity": None, "code": "CVL"}], t


def _protest(b: _Builder, rng: random.Random, n: int, n_word: str, when: tuple) -> tuple:
    m = rng.randrange(2, 30) * 100
    trigger = b.add("تظاهر")
    b.add(" ")
    q, _ = b.quantity(m, f"{m} شخص", "participants")
    b.add(" ")
    t = b.time(*when)
    b.add(" في مدينة ")
    return trigger, "demonstration", {"participants": {"value": m, "qualifier": "exact",
                                                       "quantity": q}}, [], t


def _arrest(b: _Builder, rng: random.Random, n: int, n_word: str, when: tuple) -> tuple:
    b.add("قالت الشرطة إنها ")
    trigger = b.add("اعتقلت")
    b.add(" ")
    q, _ = b.quantity(n, f"{n_word} أشخاص", "arrested")
    b.add(" ")
    t = b.time(*when)
    b.add(" في ")
    return trigger, "arrest", {"arrested": {"value": n, "qualifier": "exact", "quantity": q}}, [], t


def _displace(b: _Builder, rng: random.Random, n: int, n_word: str, when: tuple) -> tuple:
    m = rng.randrange(2, 90) * 10
    b.add("اضطرت ")
    q, _ = b.quantity(m, f"{m} عائلة", "displaced")
    b.add(" إلى ")
    trigger = b.add("النزوح")
    b.add(" ")
    t = b.time(*when)
    b.add(" من ")
    return trigger, "displacement", {"displaced": {"value": m, "qualifier": "exact",
                                                   "quantity": q}}, [], t


KINDS = {"ASSAULT": _assault, "PROTEST": _protest, "COERCE": _arrest, "DISPLACE": _displace}


def _event(b: _Builder, rng: random.Random, published: date) -> None:
    """One templated sentence and the event it reports."""
    kind = rng.choice(tuple(KINDS))
    back = rng.randrange(0, 6)
    day = published - timedelta(days=back)
    weekday = WEEKDAYS[day.weekday()] if back else "اليوم"
    n, n_word = rng.choice(NUMBERS)
    start = len(b.text)
    trigger, mode, counts, targets, t = KINDS[kind](b, rng, n, n_word, (weekday, day))
    p = b.place(rng.choice(PLACES))
    b.add("، حسبما أفاد ")
    source = b.add(rng.choice(SOURCES))
    b.add(".")
    sentence = {"start": start, "end": len(b.text), "text": b.text[start:]}
    b.rec["events"].append({
        "id": f"v{len(b.rec['events']) + 1}", "type": kind, "mode": mode, "trigger": trigger,
        "actors": [], "targets": targets, "place": p, "geo_precision": 1, "date": day.isoformat(),
        "date_end": None, "time_precision": "day", "time": t, "counts": counts,
        "source": {**source, "entity": None}, "hedged": False, "sentence": sentence,
        "confidence": 1.0, "groups": [], "codes": {"plover": kind}})


def _one(i: int, rng: random.Random, start: date, events: tuple[int, int]) -> tuple[dict, dict]:
    published = start + timedelta(days=rng.randrange(0, 730))
    b = _Builder()
    for k in range(rng.randint(*events)):
        if k:
            b.add(" ")
        _event(b, rng, published)
        if rng.random() < 0.4:
            b.add(" " + rng.choice(FILLER))
    # A closing line with the article's number keeps every text distinct.
    b.add(f"\nالنشرة رقم {i + 1}.")
    item = {"id": f"gen-{i + 1:06d}", "text": b.text, "published": published.isoformat(),
            "title": f"نشرة أخبار رقم {i + 1}", "outlet": rng.choice(OUTLETS)}
    doc = {"id": item["id"], "title": item["title"], "outlet": item["outlet"], "url": None,
           "published": item["published"], "lang": "ar", "sha256": sha256_text(b.text)}
    return item, {"schema": "rasd/1", "doc": doc, **b.rec}


def annotated(n: int, *, seed: int = 0, events: tuple[int, int] = (2, 5),
              start: date = date(2023, 1, 1)) -> list[tuple[dict, dict]]:
    """`n` (article item, rasd/1 record) pairs, the same for the same arguments.

    Each article reports between events[0] and events[1] events (one sentence each).
    """
    rng = random.Random(seed)
    return [_one(i, rng, start, events) for i in range(n)]


def articles(n: int, *, seed: int = 0, events: tuple[int, int] = (2, 5)) -> list[dict]:
    """`n` article dicts (id, text, published, title, outlet), as JSONL inputs carry them."""
    return [item for item, _ in annotated(n, seed=seed, events=events)]
