using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Storage;

/// <summary>
/// Where documents and their event mentions are kept. Backend-neutral on purpose: the SQLite store and the
/// PostgreSQL store implement the same contract, so nothing here may mention a provider's types.
/// </summary>
public interface IEventStore : IDisposable, IAsyncDisposable
{
    /// <summary>Brings the schema up to date. Running it again is a no-op; a database written by a newer
    /// Sitrep throws <see cref="SchemaVersionException"/>.</summary>
    Task MigrateAsync(CancellationToken ct = default);

    /// <summary>Stores a document atomically. Idempotent on <see cref="Document.Id"/> (the content hash):
    /// a document already stored is left exactly as it was, timestamps included.</summary>
    Task<AddResult> AddDocumentAsync(Document document, CancellationToken ct = default);

    /// <summary>
    /// Stores a document together with its event mentions in one transaction: both land, or nothing does. Each
    /// mention's <see cref="EventMention.DocumentId"/> must be the document's id; its position in
    /// <paramref name="events"/> is kept as its ordinal. Idempotent on <see cref="Document.Id"/>: when the document is
    /// already stored, nothing changes (no mention is added, replaced or duplicated) and the result is
    /// <see cref="AddResult.AlreadyStored"/>. Invalid input throws <see cref="ArgumentException"/> before anything is written.
    /// </summary>
    Task<AddResult> AddDocumentAsync(Document document, IReadOnlyList<EventMention> events, CancellationToken ct = default);

    /// <summary>
    /// Stores several documents with their event mentions in one transaction: all land, or nothing does (the call
    /// throws). Returns one result per input, in input order, exactly as
    /// <see cref="AddDocumentAsync(Document, IReadOnlyList{EventMention}, CancellationToken)"/> would have for each in
    /// turn: a document already stored, or one that appears earlier in the same list, is <see cref="AddResult.AlreadyStored"/>
    /// and nothing of it is written. Invalid input throws <see cref="ArgumentException"/> naming the document before
    /// anything is written. A caller that must not lose the other documents to one bad one retries them one at a time.
    /// </summary>
    Task<IReadOnlyList<AddResult>> AddDocumentsAsync(IReadOnlyList<DocumentWithEvents> documents, CancellationToken ct = default);

    /// <summary>
    /// Stored event mentions matching every filter that is set (see <see cref="EventMentionFilter"/>), ordered by
    /// event date (undated last), then ingest order of their documents, then position in the document.
    /// </summary>
    Task<IReadOnlyList<StoredEventMention>> ListEventMentionsAsync(EventMentionFilter filter, CancellationToken ct = default);

    /// <summary>How many stored event mentions match <paramref name="filter"/> (all of them when null); ignores Limit and Offset.</summary>
    Task<long> CountEventMentionsAsync(EventMentionFilter? filter = null, CancellationToken ct = default);

    /// <summary>All documents, in ingest order, without their texts.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken ct = default);

    /// <summary>
    /// Finds a document by exact id, by a unique id prefix of at least <see cref="DocumentLookup.MinPrefixLength"/>
    /// characters, or by file name. Returns null when nothing matches; throws <see cref="AmbiguousDocumentException"/>
    /// when a prefix or file name matches several documents.
    /// </summary>
    Task<Document?> GetDocumentAsync(string idOrFileName, CancellationToken ct = default);

    /// <summary>The id (content hash) of every stored document, read as a stream: what a run checks its files against
    /// before it prepares them.</summary>
    IAsyncEnumerable<string> ListDocumentIdsAsync(CancellationToken ct = default);

    /// <summary>Full-text search over title and normalised text, best first. The query is plain words (all must
    /// occur; a trailing * makes a prefix); search syntax characters in it are treated as text, never as operators.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken ct = default);

    Task<long> CountDocumentsAsync(CancellationToken ct = default);

    // ---- Event links: which real-world event each mention belongs to (see EventLinks.cs for the records) ----

    /// <summary>
    /// Every stored event mention with what linking needs of its document (file name, publisher, dates) and its
    /// current link, if any: the linked ones seed the linker, the unlinked ones are what it links. Ordered by
    /// document ingest order, then position.
    /// </summary>
    Task<IReadOnlyList<LinkedMention>> ListMentionsForLinkingAsync(CancellationToken ct = default);

    /// <summary>The mentions no link places yet (new ones, or ones a run that stopped early left), as linking needs them.</summary>
    Task<IReadOnlyList<LinkedMention>> ListUnlinkedMentionsAsync(CancellationToken ct = default);

    /// <summary>
    /// The linked mentions whose dates overlap [<paramref name="from"/>, <paramref name="to"/>]: what a linking run over
    /// new mentions of those days compares them with, without reading the whole store. Ranges longer than a year
    /// that start before the window are left out (they are too vague to decide a link).
    /// </summary>
    Task<IReadOnlyList<LinkedMention>> ListLinkedMentionsAsync(DateOnly from, DateOnly to, CancellationToken ct = default);

    /// <summary>The mentions of the given events, with their links, ordered as <see cref="ListMentionsForLinkingAsync"/>.</summary>
    Task<IReadOnlyList<LinkedMention>> ListEventMembersAsync(IReadOnlyCollection<string> eventIds, CancellationToken ct = default);

    /// <summary>
    /// Saves links made by the linker in one transaction, with one 'link' audit row per event touched (actor
    /// <paramref name="actor"/>). A mention an analyst has placed (origin 'analyst') is never changed: its new link is
    /// skipped. Returns how many links were written. Unknown mention ids throw <see cref="EventLinkException"/> and
    /// nothing is written.
    /// </summary>
    Task<int> SaveLinksAsync(IReadOnlyList<EventLinkWrite> links, string actor = "linker", CancellationToken ct = default);

    /// <summary>
    /// Moves every mention of event <paramref name="from"/> into event <paramref name="into"/>; all links of the merged
    /// event become origin 'analyst' (linking will not undo them). Writes a 'merge' audit row. Unknown or equal events
    /// throw <see cref="EventLinkException"/>.
    /// </summary>
    Task MergeEventsAsync(string into, string from, string actor, CancellationToken ct = default);

    /// <summary>
    /// Moves <paramref name="mentionIds"/> out of <paramref name="eventId"/> into a new event and returns its id
    /// (deterministic: "ev-" and 12 hex digits of the SHA-256 of the sorted mention ids). The links on both sides become
    /// origin 'analyst'. Writes a 'split' audit row. Mentions not in the event, an empty list, or all of the event's
    /// mentions throw <see cref="EventLinkException"/>.
    /// </summary>
    Task<string> SplitMentionsAsync(string eventId, IReadOnlyList<long> mentionIds, string actor, CancellationToken ct = default);

    /// <summary>The link audit log, oldest first.</summary>
    Task<IReadOnlyList<LinkAuditEntry>> ListLinkAuditAsync(CancellationToken ct = default);

    /// <summary>Event ids equal to <paramref name="idOrPrefix"/>, or starting with it (at most 50), sorted.</summary>
    Task<IReadOnlyList<string>> FindEventIdsAsync(string idOrPrefix, CancellationToken ct = default);

    /// <summary>How many events (distinct linked event ids) the store holds.</summary>
    Task<long> CountEventsAsync(CancellationToken ct = default);

    // ---- Event queries: whole events (linked mentions grouped by event id), for lists, search, event pages and
    // reports (see EventQueries.cs for the records). Unlinked mentions belong to no event and never show here. ----

    /// <summary>
    /// Events with at least one linked mention matching <paramref name="query"/>, ordered by the date of their earliest
    /// matching mention (latest with <see cref="EventQuery.NewestFirst"/>), then event id; events with only undated
    /// matching mentions come last. Each summary describes all the event's mentions, not only the matching ones.
    /// </summary>
    Task<IReadOnlyList<EventSummary>> ListEventsAsync(EventQuery query, CancellationToken ct = default);

    /// <summary>One event with all its mentions, or null when no mention is linked to <paramref name="eventId"/> (exact id).</summary>
    Task<EventDetail?> GetEventAsync(string eventId, CancellationToken ct = default);

    /// <summary>
    /// Events with a mention whose evidence holds every word of <paramref name="text"/> (full-text; a trailing * is a
    /// prefix; operators are plain text, as in <see cref="SearchAsync"/>), most recently stored match first. A query with
    /// nothing searchable matches nothing.
    /// </summary>
    Task<IReadOnlyList<EventSummary>> SearchEventsAsync(string text, int limit = 20, CancellationToken ct = default);

    /// <summary>
    /// Every event with a linked mention dated within [<paramref name="from"/>, <paramref name="to"/>] (ranges that
    /// overlap it count), with all its mentions (also those dated outside), ordered as <see cref="ListEventsAsync"/>:
    /// what a situation report for the period is built from.
    /// </summary>
    Task<IReadOnlyList<EventDetail>> ListWeekAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}

public enum AddResult
{
    Added,
    AlreadyStored,
}

/// <summary>A document with the event mentions extracted from it, as one item of <see cref="IEventStore.AddDocumentsAsync"/>.</summary>
public sealed record DocumentWithEvents(Document Document, IReadOnlyList<EventMention> Events);

/// <summary>A stored document without its texts, for listings.</summary>
/// <param name="TextLength">Length of the normalised text in UTF-16 code units (the unit every span offset uses).</param>
public sealed record DocumentSummary(
    string Id,
    string FileName,
    DocumentKind Kind,
    string? Title,
    string? Source,
    DateOnly? Published,
    DateRange? Period,
    string Format,
    int TextLength,
    DateTimeOffset IngestedAt);

/// <summary>One search result. <see cref="Snippet"/> is an excerpt with each match between
/// <see cref="MatchStart"/> and <see cref="MatchEnd"/>; <see cref="Rank"/> is higher for better matches
/// and only comparable within one result list.</summary>
public sealed record SearchHit(string DocumentId, string FileName, string? Title, string Snippet, double Rank)
{
    // Not '[' or '<': brackets occur in report text and angle brackets invite HTML injection in the UI.
    public const string MatchStart = "\u00AB"; // «
    public const string MatchEnd = "\u00BB";   // »
}

/// <summary>
/// Which event mentions to list. Every property left null is no restriction; the ones set must all match (AND),
/// except <see cref="ActorIds"/> and <see cref="ActorName"/>, which together are one actor criterion (either may match).
/// Text comparisons are case-insensitive (ASCII letters, as SQLite's NOCASE).
/// </summary>
public sealed record EventMentionFilter
{
    /// <summary>With <see cref="To"/>: the event's date range must overlap [From, To] (either end open when null).
    /// A mention without a date never matches a date filter.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>An ACLED event type or sub-event type ("Battles", "Arrests"); matches either column, whole value.</summary>
    public string? EventType { get; init; }
    /// <summary>Registry ids: actor1, actor2 or any associated actor is one of them. Empty matches nothing.</summary>
    public IReadOnlyCollection<string>? ActorIds { get; init; }
    /// <summary>Part of an actor's name as the mention gives it (actor1, actor2 or an associated actor), for actors
    /// the registry does not know.</summary>
    public string? ActorName { get; init; }
    /// <summary>admin1, whole value (callers map spelling variants to the canonical governorate name first).</summary>
    public string? Governorate { get; init; }
    /// <summary>Words that must all occur in the evidence (full-text; a trailing * is a prefix; operators are plain
    /// text, as in <see cref="IEventStore.SearchAsync"/>). A query with nothing searchable matches nothing.</summary>
    public string? Text { get; init; }
    /// <summary>Exact document id.</summary>
    public string? DocumentId { get; init; }
    /// <summary>Most mentions to return; null for all.</summary>
    public int? Limit { get; init; }
    public int Offset { get; init; }
}

/// <summary>An event mention as stored: its row id, its document's id and file name, and its position in the document.
/// <see cref="RawTrigger"/> is <see cref="EventMention.Trigger"/> mapped to the original text when it was stored.</summary>
public sealed record StoredEventMention(long Id, string DocumentId, string FileName, int Ordinal, TextSpan RawTrigger, EventMention Mention);

public static class DocumentLookup
{
    /// <summary>Shorter prefixes of a 32-hex-digit id collide too easily to be useful.</summary>
    public const int MinPrefixLength = 6;
}

/// <summary>A lookup that matches several documents; the caller should ask again with one of <see cref="CandidateIds"/>.</summary>
public sealed class AmbiguousDocumentException(string query, IReadOnlyList<(string Id, string FileName)> candidates)
    : InvalidOperationException(
        $"'{query}' matches {candidates.Count} documents: " +
        string.Join(", ", candidates.Select(c => $"{c.Id} ({c.FileName})")) + ". Use the id instead.")
{
    public string Query { get; } = query;
    public IReadOnlyList<string> CandidateIds { get; } = candidates.Select(c => c.Id).ToArray();
}

/// <summary>The database's schema does not match what this build knows, typically because a newer Sitrep wrote it.</summary>
public sealed class SchemaVersionException(string message) : InvalidOperationException(message);
