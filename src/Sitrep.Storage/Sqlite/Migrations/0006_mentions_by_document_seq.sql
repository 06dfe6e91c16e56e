-- Event mentions keyed by their document's seq instead of its content hash.
-- Strings use single quotes only: the bundled SQLite is built with DQS=0.
-- requires: foreign_keys off
-- (The line above makes the migration runner switch foreign keys off around this step, as SQLite's procedure for
-- changing a table's definition asks, and run foreign_key_check before it commits: dropping event_mentions with them on
-- would cascade into event_links.)
--
-- The unique (document_id, ordinal) index took every batch's mentions at scattered leaves, since a content hash is
-- random: in a large store each 500-document transaction rewrote hundreds of that index's pages, and the work per
-- document grew with the store. documents.seq only grows, so (document_seq, ordinal) takes a batch at its end.
-- The batch writer alone at 100k generated documents, with ids in insertion order against content hashes: 13% less
-- processor time and a fifth fewer bytes written, and the time per 20k documents stopped growing (bench/RESULTS.md).
-- The document's id is read through documents (d.seq = m.document_seq), which every mention query joins anyway.
-- Mention ids (the rowid, the FTS key and event_links' key) are kept, so the full-text index stays valid.

CREATE TABLE event_mentions_new (
    -- Rowid alias: the stable key of the external-content FTS table below.
    id               INTEGER PRIMARY KEY,
    document_seq     INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,  -- the document's seq, not its hash
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
    sources          TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(sources) AND json_type(sources) = 'object'),  -- from 0003
    UNIQUE (document_seq, ordinal),                                  -- also the index the foreign key needs
    CHECK ((date_start IS NULL) = (date_end IS NULL)),
    CHECK (date_start IS NULL OR date_start <= date_end),
    CHECK (actor1 IS NOT NULL OR actor1_id IS NULL),
    CHECK (actor2 IS NOT NULL OR actor2_id IS NULL),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
) STRICT;

INSERT INTO event_mentions_new (
    id, document_seq, ordinal, item, span_start, span_end, raw_start, raw_end, trigger_start, trigger_end,
    raw_trigger_start, raw_trigger_end, evidence, date_start, date_end, time_precision, event_type, sub_event_type,
    kind, actor1, actor1_id, actor2, actor2_id, assoc_actors, country, admin1, admin2, location, place_id, latitude,
    longitude, geo_precision, fatalities, counts, count_qualifiers, hedged, hedges, claimed_by, background,
    confidence, event_id, sources)
SELECT
    m.id, d.seq, m.ordinal, m.item, m.span_start, m.span_end, m.raw_start, m.raw_end, m.trigger_start, m.trigger_end,
    m.raw_trigger_start, m.raw_trigger_end, m.evidence, m.date_start, m.date_end, m.time_precision, m.event_type,
    m.sub_event_type, m.kind, m.actor1, m.actor1_id, m.actor2, m.actor2_id, m.assoc_actors, m.country, m.admin1,
    m.admin2, m.location, m.place_id, m.latitude, m.longitude, m.geo_precision, m.fatalities, m.counts,
    m.count_qualifiers, m.hedged, m.hedges, m.claimed_by, m.background, m.confidence, m.event_id, m.sources
FROM event_mentions AS m JOIN documents AS d ON d.id = m.document_id
ORDER BY m.id;

DROP TABLE event_mentions;
ALTER TABLE event_mentions_new RENAME TO event_mentions;

-- The indexes and triggers of 0002 and 0004, which went with the old table.
CREATE INDEX event_mentions_date ON event_mentions (date_start, date_end);
CREATE INDEX event_mentions_type ON event_mentions (event_type COLLATE NOCASE, sub_event_type COLLATE NOCASE);
CREATE INDEX event_mentions_sub_type ON event_mentions (sub_event_type COLLATE NOCASE);
CREATE INDEX event_mentions_admin1 ON event_mentions (admin1 COLLATE NOCASE);
CREATE INDEX event_mentions_actor1 ON event_mentions (actor1_id);
CREATE INDEX event_mentions_actor2 ON event_mentions (actor2_id);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

CREATE INDEX event_mentions_date_event ON event_mentions (date_start, event_id, date_end, admin1, event_type);
CREATE INDEX event_mentions_place_date ON event_mentions (admin1 COLLATE NOCASE, date_start, event_id, date_end, event_type);
CREATE INDEX event_mentions_long_span ON event_mentions (date_end, date_start, event_id, admin1, event_type)
    WHERE julianday(date_end) - julianday(date_start) > 31;

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
