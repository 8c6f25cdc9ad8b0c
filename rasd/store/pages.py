"""List pages as JSON text, joined from each event's stored list item, and the store's
data version (what a response cache keys on). Mixed into SQLStore (rasd.store.base)."""
from __future__ import annotations

from rasd.errors import StoreError
from rasd.store.query import EventQuery, encode_cursor
from rasd.store.rows import LIST_COLUMNS as _LIST_COLUMNS
from rasd.store.rows import compact_json, fill_cluster, list_item, stored_item
from rasd.store.rows import decode_row as _decode


class ListPages:
    """Needs the SQLStore plumbing: _exec, _rows, _one, _list_where."""

    def _store_list_items(self, conn, doc_id: str) -> None:
        """Write each new event's list item (events.summary), built from the rows as a read
        returns them (same types, same join), so a page is these strings joined."""
        cur = self._exec(conn, f"SELECT {_LIST_COLUMNS}, e.digest, d.outlet, d.title, d.url, "
                               "d.published FROM events e JOIN documents d ON d.id = e.doc_id "
                               "WHERE e.doc_id = ?", [doc_id])
        names = [d[0] for d in cur.description]
        for values in cur.fetchall():
            row = _decode(dict(zip(names, values)))
            self._exec(conn, "UPDATE events SET summary = ? WHERE id = ?", [stored_item(row), row["id"]])

    def data_version(self) -> int | None:
        """A number that changes whenever a document and its events are stored, by any
        process (response caches key on it); None when the store cannot tell."""
        try:
            row = self._one("SELECT version FROM store_version WHERE id = 1")
        except StoreError:
            return None
        return int(row["version"]) if row else None

    def events_page(self, query: EventQuery) -> str:
        """One list page as JSON text: {"items": [list items], "next_cursor": …}.

        The same JSON as serialising the list items of events(query, records=False), but
        joined from each event's stored list item (events.summary) instead of being built
        row by row; rows stored before that column existed are built as before.
        """
        sql, params = self._list_where(query)
        # With full text, order the matches on the (doc_id, sort_date, id) index first and
        # read only the page's rows: reading every match's whole row costs 3x more.
        columns = "e.id, e.sort_date" if query.q else "e.id, e.sort_date, e.cluster_id, e.summary"
        rows = self._rows(f"SELECT {columns} FROM events e "
                          f"WHERE {sql} ORDER BY e.sort_date DESC, e.id DESC LIMIT ?",
                          params + [query.limit + 1])
        more = len(rows) > query.limit
        rows = rows[:query.limit]
        if query.q and rows:
            marks = ", ".join("?" for _ in rows)
            found = {r["id"]: r for r in self._rows(
                f"SELECT id, cluster_id, summary FROM events WHERE id IN ({marks})", [r["id"] for r in rows])}
            rows = [dict(r, **found[r["id"]]) for r in rows]
        cursor = encode_cursor(rows[-1]["sort_date"], rows[-1]["id"]) if more else None
        old = [r["id"] for r in rows if r["summary"] is None]
        built = self._built_items(old) if old else {}
        items = [fill_cluster(r["summary"], r["cluster_id"]) if r["summary"] is not None
                 else built[r["id"]] for r in rows]
        return '{"items":[' + ",".join(items) + '],"next_cursor":' + compact_json(cursor) + "}"

    def _built_items(self, ids: list[str]) -> dict[str, str]:
        marks = ", ".join("?" for _ in ids)
        rows = self._rows(f"SELECT {_LIST_COLUMNS}, e.digest, CASE WHEN e.digest IS NULL THEN "
                          f"e.record END AS record, d.outlet, d.title, d.url, d.published "
                          f"FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.id IN ({marks})",
                          ids)
        return {r["id"]: compact_json(list_item(_decode(r))) for r in rows}
