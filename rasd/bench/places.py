"""Places benchmark: gazetteer load time, resolutions per second on one core, peak RSS.

Resolutions are whole-toponym resolutions (lookup + ranking) of LOC names, run through
the places stage on synthetic one-sentence documents built from a fixed list of names,
so the figure is about the resolver, not the NER.
"""
from __future__ import annotations

import time

from rasd.bench.common import peak_rss_mb

NAMES = ("حلب", "دمشق", "إدلب", "حمص", "الرقة", "دير الزور", "البوكمال", "الباغوز", "الموصل", "بغداد",
         "الفلوجة", "أربيل", "كركوك", "صنعاء", "عدن", "تعز", "الحديدة", "مأرب", "بيروت", "طرابلس", "صيدا",
         "غزة", "رفح", "خان يونس", "القاهرة", "العريش", "الخرطوم", "الفاشر", "عمان", "الزرقاء", "الرياض",
         "جدة", "أنقرة", "إسطنبول", "طهران", "موسكو", "واشنطن", "باريس", "لندن", "سوريا", "العراق", "اليمن",
         "معرة النعمان", "سراقب", "منبج", "عفرين", "تل أبيض", "القامشلي", "الحسكة", "درعا")


def run(data_dir=None, *, n: int = 20000, **_) -> dict:
    from rasd.gazetteer import load_gazetteer
    from rasd.model.document import Article, Document
    from rasd.model.record import Entity
    from rasd.model.span import Span
    from rasd.resources import Resources
    from rasd.stages.places import PlacesStage

    t0 = time.perf_counter()
    gaz, warning = load_gazetteer(Resources())
    load_s = time.perf_counter() - t0
    stage = PlacesStage(gaz, warning=None, add_missing=False)
    docs = []
    for i, name in enumerate(NAMES):
        text = f"قصفت الطائرات مواقع في {name} أمس."
        start = text.index(name)
        doc = Document.from_article(Article(text=text, id=str(i)))
        doc.entities = [Entity("e1", "LOC", name, [Span(start, start + len(name), name)])]
        docs.append(doc)
    t0, c0 = time.perf_counter(), time.process_time()
    stage(docs[0])  # warm the lexicons and the well-known key set once
    first_s, first_cpu = time.perf_counter() - t0, time.process_time() - c0
    t1, c1 = time.perf_counter(), time.process_time()
    done = 0
    while done < n:
        for d in docs:
            d.places = []
            stage(d)
        done += len(docs)
    secs, cpu = time.perf_counter() - t1, time.process_time() - c1
    # the same with the lookup caches emptied before every document: every lookup hits the index
    cache = getattr(gaz, "_cache", None)
    from rasd.stages.places import fix, rank
    memos = (fix._known_cached, fix._same_place, rank._static_parts)
    per_key = [m for m in (getattr(gaz, "_resolved", None), getattr(gaz, "_made", None)) if m is not None]
    t2, c2 = time.perf_counter(), time.process_time()
    cold = 0
    while cold < n // 4:
        for d in docs:
            if cache is not None:
                cache.clear()
            for memo in per_key:  # the places read per key (the key table itself stays)
                memo.clear()
            stage._lookups.clear()
            for memo in memos:
                memo.cache_clear()
            d.places = []
            stage(d)
        cold += len(docs)
    cold_secs, cold_cpu = time.perf_counter() - t2, time.process_time() - c2
    return {"gazetteer": getattr(gaz, "name", "?"), "index_load_s": round(load_s, 3),
            "first_document_s": round(first_s, 3), "first_document_cpu_s": round(first_cpu, 3),
            "resolutions": done, "resolutions_per_s": round(done / secs),
            "resolutions_per_s_uncached": round(cold / cold_secs),
            # per CPU second of this process: the one-core figure, steady on a shared machine
            "resolutions_per_cpu_s": round(done / cpu), "resolutions_per_cpu_s_uncached": round(cold / cold_cpu),
            "peak_rss_mb": peak_rss_mb(),
            "warning": warning or ""}
