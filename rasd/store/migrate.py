"""Numbered migrations: rasd/store/migrations/NNN_name.sql (SQLite) and migrations/postgres/.

Applied in order; each applied version is recorded in `schema_migrations`.
"""
from __future__ import annotations

import re
from importlib import resources

_NAME = re.compile(r"^(\d{3})_(\w+)\.sql$")


def migration_files(dialect: str) -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration of `dialect`, in order."""
    root = resources.files("rasd.store.migrations")
    if dialect == "postgres":
        root = root.joinpath("postgres")
    found = []
    for entry in root.iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    return sorted(found)
