namespace Sitrep.Core.Reporting;

/// <summary>What one period holds: events by ACLED type and by governorate, and fatalities (reported figures only).</summary>
public sealed record PeriodFigures(
    DateOnly From, DateOnly To, int Events, int Fatalities,
    IReadOnlyDictionary<string, int> ByType, IReadOnlyDictionary<string, int> ByGovernorate);

/// <summary>The report's period against the previous period of the same length.</summary>
public sealed record ReportTrends(PeriodFigures Current, PeriodFigures Previous);
