-- One failures row per input item: a re-ingest of the same bad item (a feed URL that keeps
-- failing, retried every --watch round) counted up `seen` and moved `at` instead of adding a
-- row each time, so the table no longer grows without bound. Rows with no item (nothing to
-- key them by) are still one per failure. Earlier duplicates fold into the newest row.
ALTER TABLE failures ADD COLUMN seen INTEGER NOT NULL DEFAULT 1;
ALTER TABLE failures ADD COLUMN first_at TEXT;
UPDATE failures SET first_at = at;
UPDATE failures SET
    seen = (SELECT COUNT(*) FROM failures f WHERE f.item = failures.item),
    first_at = (SELECT MIN(f.at) FROM failures f WHERE f.item = failures.item)
    WHERE item IS NOT NULL;
DELETE FROM failures WHERE item IS NOT NULL
    AND id < (SELECT MAX(f.id) FROM failures f WHERE f.item = failures.item);
CREATE UNIQUE INDEX failures_item ON failures (item) WHERE item IS NOT NULL;
