-- rasd store schema, SQLite dialect. One row per document (keyed by the SHA-256 of its text),
-- one row per event with the columns the API filters on, the full record kept as JSON.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    title       TEXT,
    outlet      TEXT,
    url         TEXT,
    published   TEXT,
    lang        TEXT,
    text        TEXT NOT NULL,
    record      TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id       TEXT NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    date           TEXT,
    date_end       TEXT,
    sort_date      TEXT NOT NULL,
    time_precision TEXT,
    place_name     TEXT,
    place_name_en  TEXT,
    country        TEXT,
    admin1         TEXT,
    admin2         TEXT,
    lat            REAL,
    lon            REAL,
    geo_precision  INTEGER,
    actors         TEXT NOT NULL,
    killed         INTEGER,
    injured        INTEGER,
    displaced      INTEGER,
    arrested       INTEGER,
    has_count      INTEGER NOT NULL,
    claimant       TEXT,
    hedged         INTEGER NOT NULL,
    cluster_id     TEXT NOT NULL,
    record         TEXT NOT NULL
);
CREATE INDEX events_order ON events (sort_date DESC, id DESC);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_country ON events (country, admin1);
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX events_doc ON events (doc_id);

-- Full-text search over the normalised text (rasd.text.norm_key) of title + article.
CREATE VIRTUAL TABLE documents_fts USING fts5 (doc_id UNINDEXED, body, tokenize = 'unicode61');

CREATE TABLE failures (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    item    TEXT,
    doc_id  TEXT,
    stage   TEXT,
    code    TEXT NOT NULL,
    message TEXT NOT NULL,
    at      TEXT NOT NULL
);

-- Items (file lines, feed entries, URLs) already handled, so an interrupted ingest resumes.
CREATE TABLE processed (
    item   TEXT PRIMARY KEY,
    sha256 TEXT,
    status TEXT NOT NULL,
    at     TEXT NOT NULL
);
