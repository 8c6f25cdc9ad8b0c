-- Event list pages without per-row work: each event's list item (the JSON that
-- GET /api/events shows, rasd.store.rows.list_item) is written once at ingest, with
-- "cluster_id":null in place of the cluster id, which the read fills in from the column
-- (cluster merges rename clusters). NULL for rows stored before this migration: the store
-- then builds the item from the row, as before.
ALTER TABLE events ADD COLUMN summary TEXT;
-- A counter that every stored document bumps in its own transaction (any process), so a
-- response cache can tell in one cheap read whether the events have changed.
CREATE TABLE store_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
INSERT INTO store_version (id, version) VALUES (1, 0);
-- Full-text pages: the events of the matching documents, in list order, from the index
-- alone; only the page's own rows are then read (a common word matches a third of them).
CREATE INDEX events_doc_order ON events (doc_id, sort_date DESC, id DESC);
