-- Event linking: which real-world event each event mention belongs to, how sure linking is, and who decided it.
-- Strings use single quotes only: the bundled SQLite is built with DQS=0.
--
-- event_links is the source of truth for a mention's event. event_mentions.event_id (from 0002) is kept as a
-- mirror of it by every write here (link, merge, split), so listings and its index stay usable; nothing reads it
-- to decide a link.

-- Where each attribute of a mention is stated, in the original text: {"date": {"start": 10, "end": 17}, "count:detained": {...}}.
ALTER TABLE event_mentions ADD COLUMN sources TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(sources) AND json_type(sources) = 'object');

CREATE TABLE event_links (
    mention_id INTEGER PRIMARY KEY REFERENCES event_mentions (id) ON DELETE CASCADE,
    event_id   TEXT    NOT NULL,
    confidence REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    -- 'auto': made by the linker, which may revisit it; 'analyst': made or confirmed by a person (merge, split),
    -- never changed by linking again.
    origin     TEXT    NOT NULL CHECK (origin IN ('auto', 'analyst'))
) STRICT;

CREATE INDEX event_links_event ON event_links (event_id);

-- Every change to the links, oldest first: what was done, to which events and mentions, by whom.
CREATE TABLE link_audit (
    id             INTEGER PRIMARY KEY,
    at             TEXT    NOT NULL,                                  -- UTC, fixed width (sorts as text)
    operation      TEXT    NOT NULL CHECK (operation IN ('link', 'merge', 'split')),
    event_id       TEXT,                                              -- link: the event; merge: kept; split: the old one
    other_event_id TEXT,                                              -- merge: the one merged away; split: the new one
    mention_ids    TEXT    CHECK (mention_ids IS NULL OR (json_valid(mention_ids) AND json_type(mention_ids) = 'array')),
    actor          TEXT,
    note           TEXT
) STRICT;
