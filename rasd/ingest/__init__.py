"""Ingest: files, directories and RSS/Atom feeds into the store (an outer layer).

    report = ingest_sources(rasd, ["articles.jsonl", "https://example.org/feed.xml"])

Every input becomes a list of work items with a stable key; a key already in the
store's `processed` table is skipped, so an interrupted ingest resumes where it stopped.
"""
from rasd.ingest.runner import Work, ingest_sources, plan, watch

__all__ = ["Work", "ingest_sources", "plan", "watch"]
