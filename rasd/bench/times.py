"""Throughput of the times + quantities stages on one core (`rasd bench times`).

The text stage (normalise, tokenise, sentences) runs first, untimed, so the figure
is what the two rule stages cost; a second figure includes the text stage. Times are
process CPU time (one core), so other processes on a shared machine disturb them less;
`articles_per_s` is over all rounds, `articles_per_s_best_round` the fastest pass over
the set. The articles are news-dev when the data directory has it, else rasd's bundled
sample; the set is repeated until at least `min_articles` documents have been processed.
"""
from __future__ import annotations

import time

from rasd.bench.common import load_articles
from rasd.model.document import Article, Document
from rasd.stages.quantities import QuantitiesStage
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage


def _docs(items: list[dict]) -> list[Document]:
    text = TextStage()
    return [text(Document.from_article(Article(text=a["text"], id=a.get("id"),
                                               published=a.get("date") or a.get("published"))))
            for a in items]


def run(data_dir=None, *, min_articles: int = 3000, **_) -> dict:
    items, source = load_articles(data_dir)
    docs = _docs(items)
    times, quantities, text = TimesStage(), QuantitiesStage(), TextStage()
    for doc in docs[:50]:  # warm caches (regex compilation, lexicon loading)
        quantities(times(doc))
    rounds = max(1, -(-min_articles // max(1, len(docs))))
    n_times = n_quant = 0
    round_s = []
    for _ in range(rounds):
        t0 = time.process_time()
        for doc in docs:
            doc.extras.clear()  # the shared word scan is per document, not per round
            quantities(times(doc))
            n_times += len(doc.times)
            n_quant += len(doc.quantities)
        round_s.append(time.process_time() - t0)
    rule_s = sum(round_s)
    t0 = time.process_time()
    for doc in docs:
        quantities(times(text(doc)))
    full_s = time.process_time() - t0
    n = rounds * len(docs)
    chars = sum(len(d.text) for d in docs) * rounds
    return {
        "source": source,
        "articles": n,
        "mean_chars": round(chars / max(1, n)),
        "articles_per_s": round(n / rule_s, 1),
        "articles_per_s_best_round": round(len(docs) / max(1e-9, min(round_s)), 1),
        "articles_per_s_with_text_stage": round(len(docs) / full_s, 1),
        "times_per_article": round(n_times / max(1, n), 2),
        "quantities_per_article": round(n_quant / max(1, n), 2),
    }
