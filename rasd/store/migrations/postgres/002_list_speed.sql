-- Faster event lists: a compact JSON digest of each event (what the list view shows, so a
-- page never parses whole records; NULL for rows stored before this migration, which the
-- store then reads from `record`), and indexes that serve the common filters already in
-- list order, so a filtered page no longer sorts every match.
ALTER TABLE events ADD COLUMN digest TEXT;
CREATE INDEX events_type_order ON events (type, sort_date DESC, id DESC);
CREATE INDEX events_country_order ON events (country, sort_date DESC, id DESC);
CREATE INDEX events_mode_order ON events (mode, sort_date DESC, id DESC);
-- Clustering looks up same-type events within a few days of each new one (neighbours()).
CREATE INDEX events_type_date ON events (type, date);
