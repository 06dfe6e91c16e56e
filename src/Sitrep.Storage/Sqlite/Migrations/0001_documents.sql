-- Documents as ingested, with full-text search over title and normalised text.
-- Strings use single quotes only: the bundled SQLite is built with DQS=0.

CREATE TABLE documents (
    -- Stable integer key for the external-content FTS table (an implicit rowid may change on VACUUM).
    seq          INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE CHECK (length(id) > 0),   -- content hash
    file_name    TEXT    NOT NULL,
    path         TEXT,
    url          TEXT,
    source       TEXT,
    kind         TEXT    NOT NULL,                                 -- DocumentKind name
    title        TEXT,
    byline       TEXT,
    published    TEXT    CHECK (published IS NULL OR date(published) = published),
    period_start TEXT    CHECK (period_start IS NULL OR date(period_start) = period_start),
    period_end   TEXT    CHECK (period_end IS NULL OR date(period_end) = period_end),
    format       TEXT    NOT NULL,
    raw_text     TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    -- UTF-16 length of text: SQLite's length() counts code points, span offsets count UTF-16 units.
    text_length  INTEGER NOT NULL CHECK (text_length >= 0),
    offset_map   BLOB    NOT NULL,                                 -- OffsetMapCodec v1
    diagnostics  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(diagnostics)),
    ingested_at  TEXT    NOT NULL,                                 -- ISO 8601 UTC
    CHECK ((period_start IS NULL) = (period_end IS NULL)),
    CHECK (period_start IS NULL OR period_start <= period_end)
) STRICT;

CREATE INDEX documents_file_name ON documents (file_name);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title,
    text,
    content = 'documents',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- External content: the index holds no copy of the text, so these triggers keep it in step with documents.
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
