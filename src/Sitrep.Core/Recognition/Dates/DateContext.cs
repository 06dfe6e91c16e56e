using Sitrep.Core.Model;

namespace Sitrep.Core.Recognition.Dates;

/// <summary>
/// What a text's dates are read against. <see cref="ItemDate"/> (the date of the situation-report item the text sits in)
/// anchors relative expressions and year-less dates first, then <see cref="Period"/>, then <see cref="Published"/>.
/// </summary>
public sealed record DateContext(DateOnly? Published, DateRange? Period, DateRange? ItemDate = null)
{
    public static readonly DateContext None = new(null, null);

    /// <summary>The range relative expressions are resolved against, or null when the context gives none.</summary>
    public DateRange? Anchor => ItemDate ?? Period ?? (Published is { } p ? new DateRange(p, p) : null);
}
