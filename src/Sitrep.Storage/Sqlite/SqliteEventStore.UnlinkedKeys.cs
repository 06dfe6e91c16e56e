using Dapper;

namespace Sitrep.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    public async Task<IReadOnlyList<UnlinkedMentionKey>> ListUnlinkedMentionKeysAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        // The same rows and order as ListUnlinkedMentionsAsync, but three columns: nothing to map but the keys.
        var rows = await connection.QueryAsync<(long Id, string DocumentId, long Ordinal)>(new CommandDefinition(
            "SELECT m.id, d.id, m.ordinal FROM event_mentions AS m JOIN documents AS d ON d.seq = m.document_seq " +
            "LEFT JOIN event_links AS l ON l.mention_id = m.id WHERE m.event_id IS NULL AND l.mention_id IS NULL " +
            "ORDER BY d.seq, m.ordinal;", cancellationToken: ct));
        return rows.Select(r => new UnlinkedMentionKey(r.Id, r.DocumentId, checked((int)r.Ordinal))).ToList();
    }
}
