-- Indexes for event-level queries (SqliteEventStore.Queries.cs): filtered event lists, week reports.
-- Strings use single quotes only: the bundled SQLite is built with DQS=0.
--
-- An event list walks mentions in (date_start, event_id) order and stops once it has enough distinct events, so
-- these indexes deliver that order and carry the filtered columns (covering: no table lookup per scanned mention;
-- the rarer sub-event type filter is checked on the row).
-- They read event_mentions.event_id, the mirror of event_links kept for exactly this.

-- Without a governorate: a date range is a contiguous slice (or, without dates, the whole index in date order) and
-- the type is checked on the index entries.
CREATE INDEX event_mentions_date_event ON event_mentions (date_start, event_id, date_end, admin1, event_type);

-- With a governorate: a seek to its mentions, already in date order, the type checked on the entries. Governorate
-- first rather than type: there are more governorates than types, and a misspelt one is an empty range, not a scan.
CREATE INDEX event_mentions_place_date ON event_mentions (admin1 COLLATE NOCASE, date_start, event_id, date_end, event_type);

-- Mentions dated over more than 31 days ("in June", "since 2014"): an overlap with [from, to] cannot bound their
-- start, so they are kept apart; the date slice above then only needs to reach back 31 days before 'from'.
-- The expression must stay identical to LongSpanSql in SqliteEventStore.Queries.cs (the planner matches it verbatim).
CREATE INDEX event_mentions_long_span ON event_mentions (date_end, date_start, event_id, admin1, event_type)
    WHERE julianday(date_end) - julianday(date_start) > 31;
