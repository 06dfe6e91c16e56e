-- Event mentions: one document's account of one event (Sitrep.Core.Model.EventMention), stored with the document
-- in the same transaction, with full-text search over the evidence sentences.
-- Strings use single quotes only: the bundled SQLite is built with DQS=0.
-- Offsets are UTF-16 code units, half-open [start, end): span_* and trigger_* in the normalised text,
-- raw_* and raw_trigger_* in the original text (documents.raw_text).

CREATE TABLE event_mentions (
    -- Rowid alias: the stable key of the external-content FTS table below.
    id               INTEGER PRIMARY KEY,
    document_id      TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL CHECK (ordinal >= 0),          -- position in the document's list of mentions
    item             INTEGER,                                        -- situation-report item number
    span_start       INTEGER NOT NULL CHECK (span_start >= 0),
    span_end         INTEGER NOT NULL CHECK (span_end >= span_start),
    raw_start        INTEGER NOT NULL CHECK (raw_start >= 0),
    raw_end          INTEGER NOT NULL CHECK (raw_end >= raw_start),
    trigger_start    INTEGER NOT NULL CHECK (trigger_start >= 0),
    trigger_end      INTEGER NOT NULL CHECK (trigger_end >= trigger_start),
    raw_trigger_start INTEGER NOT NULL CHECK (raw_trigger_start >= 0),
    raw_trigger_end  INTEGER NOT NULL CHECK (raw_trigger_end >= raw_trigger_start),
    evidence         TEXT    NOT NULL,
    date_start       TEXT    CHECK (date_start IS NULL OR date(date_start) = date_start),
    date_end         TEXT    CHECK (date_end IS NULL OR date(date_end) = date_end),
    time_precision   INTEGER CHECK (time_precision IS NULL OR time_precision IN (1, 2, 3)),   -- DatePrecision
    event_type       TEXT    NOT NULL,
    sub_event_type   TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    actor1           TEXT,
    actor1_id        TEXT,
    actor2           TEXT,
    actor2_id        TEXT,
    assoc_actors     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(assoc_actors) AND json_type(assoc_actors) = 'array'),  -- [{name, id}]
    country          TEXT,
    admin1           TEXT,
    admin2           TEXT,
    location         TEXT,
    place_id         TEXT,
    latitude         REAL    CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude        REAL    CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    geo_precision    INTEGER CHECK (geo_precision IS NULL OR geo_precision IN (1, 2, 3)),
    fatalities       INTEGER CHECK (fatalities IS NULL OR fatalities >= 0),
    counts           TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(counts) AND json_type(counts) = 'object'),
    count_qualifiers TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(count_qualifiers) AND json_type(count_qualifiers) = 'object'),
    hedged           INTEGER NOT NULL CHECK (hedged IN (0, 1)),
    hedges           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(hedges) AND json_type(hedges) = 'array'),
    claimed_by       TEXT,
    background       INTEGER NOT NULL CHECK (background IN (0, 1)),
    confidence       REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    event_id         TEXT,                                           -- the linked real-world event, once linking ran
    UNIQUE (document_id, ordinal),                                   -- also the index the foreign key needs
    CHECK ((date_start IS NULL) = (date_end IS NULL)),
    CHECK (date_start IS NULL OR date_start <= date_end),
    CHECK (actor1 IS NOT NULL OR actor1_id IS NULL),
    CHECK (actor2 IS NOT NULL OR actor2_id IS NULL),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
) STRICT;

-- Filters are case-insensitive on names, so those indexes are NOCASE and the queries compare with COLLATE NOCASE.
CREATE INDEX event_mentions_date ON event_mentions (date_start, date_end);
CREATE INDEX event_mentions_type ON event_mentions (event_type COLLATE NOCASE, sub_event_type COLLATE NOCASE);
CREATE INDEX event_mentions_sub_type ON event_mentions (sub_event_type COLLATE NOCASE);
CREATE INDEX event_mentions_admin1 ON event_mentions (admin1 COLLATE NOCASE);
CREATE INDEX event_mentions_actor1 ON event_mentions (actor1_id);
CREATE INDEX event_mentions_actor2 ON event_mentions (actor2_id);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

CREATE VIRTUAL TABLE event_mentions_fts USING fts5 (
    evidence,
    content = 'event_mentions',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- External content: the index holds no copy of the evidence, so these triggers keep it in step with event_mentions
-- (a cascade from a deleted document fires the delete trigger too).
CREATE TRIGGER event_mentions_fts_insert AFTER INSERT ON event_mentions BEGIN
    INSERT INTO event_mentions_fts (rowid, evidence) VALUES (new.id, new.evidence);
END;

CREATE TRIGGER event_mentions_fts_delete AFTER DELETE ON event_mentions BEGIN
    INSERT INTO event_mentions_fts (event_mentions_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
END;

CREATE TRIGGER event_mentions_fts_update AFTER UPDATE OF evidence ON event_mentions BEGIN
    INSERT INTO event_mentions_fts (event_mentions_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
    INSERT INTO event_mentions_fts (rowid, evidence) VALUES (new.id, new.evidence);
END;
