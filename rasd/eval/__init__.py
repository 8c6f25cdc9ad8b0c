"""rasd.eval — score rasd/1 records against gold records (SPEC §4). Pure: no I/O, no printing.

    from rasd.eval import evaluate
    result = evaluate(gold_records, pred_records, articles={"id": "text", ...})
    result["entities"]["f1"], result["places"]["acc_161km"], result["events"]["per_type"]

Semantics are written down in docs/eval.md.
"""
from __future__ import annotations

from rasd.eval.score import FIELDS, doc_id, evaluate, score_document
from rasd.eval.spans import span_errors

__all__ = ["FIELDS", "doc_id", "evaluate", "score_document", "span_errors"]
