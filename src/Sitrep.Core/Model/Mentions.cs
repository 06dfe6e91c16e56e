using Sitrep.Core.Knowledge;
using Sitrep.Core.Text;

namespace Sitrep.Core.Model;

/// <summary>How a date was stated: a day, a range or week, or a month/season/year or vaguer (ACLED's time_precision 1-3).</summary>
public enum DatePrecision
{
    Day = 1,
    Range = 2,
    Month = 3,
}

/// <summary>A date expression resolved to a range of days. <see cref="Relative"/>: resolved against the document's period or publication date.</summary>
public sealed record DateMention(TextSpan Span, string Text, DateRange Range, DatePrecision Precision, bool Relative);

/// <summary>
/// A number with what it counts: "at least 14 KH members" → Value 14, Unit "members", Qualifier "at least".
/// <see cref="Vague"/> marks number words for indefinite amounts ("dozens" = 12, "hundreds" = 100, as ACLED codes them).
/// </summary>
public sealed record QuantityMention(TextSpan Span, string Text, double Value, string? Unit, string? Qualifier, bool Vague);

/// <summary>A place name in the text; <see cref="Place"/> is null when it could not be resolved. <see cref="GeoPrecision"/> as ACLED: 1 the place, 2 near it or part of a region, 3 governorate-level.</summary>
public sealed record PlaceMention(TextSpan Span, string Text, Place? Place, int GeoPrecision, double Confidence);

/// <summary>An actor named in the text; <see cref="Actor"/> is null for an unresolved actor-like name an analyst may add.</summary>
public sealed record ActorMention(TextSpan Span, string Text, Actor? Actor, double Confidence);
