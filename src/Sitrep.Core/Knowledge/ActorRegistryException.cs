namespace Sitrep.Core.Knowledge;

/// <summary>The actor registry file is invalid; <see cref="EntryId"/> names the offending entry (actor id, role title or alias).</summary>
public sealed class ActorRegistryException : FormatException
{
    public ActorRegistryException(string? entryId, string message)
        : base(entryId is null ? "actor registry: " + message : $"actor registry: entry '{entryId}': {message}") => EntryId = entryId;

    public string? EntryId { get; }
}
