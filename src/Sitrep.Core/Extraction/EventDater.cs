using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>When an event happened and how precisely the text says so.</summary>
/// <summary>When an event happened; <see cref="Span"/> is where the text says so (normalised), when it does.</summary>
public readonly record struct EventDate(DateRange Range, DatePrecision Precision, bool Explicit, TextSpan? Span = null);

/// <summary>
/// Dates an event from its clause: a date stated as an adverbial ("on June 19", "between July 8 and 14", "in
/// November 2019") or fused with the event noun ("an August 16 meeting"); "that same day" or "the next day" after
/// the last date used; otherwise the item's date, the section's or document's period, in that order. A date that
/// only modifies another noun ("claimed the June 19 attack") does not date this event.
/// </summary>
public static class EventDater
{
    private static readonly string[] Adverbial =
        ["on", "in", "since", "between", "from", "during", "by", "until", "as", "of", "around", "early", "late", "mid", "before", "after", "through", "throughout"];

    public static EventDate? Date(string text, TextSpan clause, Trigger main, IReadOnlyList<Trigger> group, IReadOnlyList<DateMention> dates,
        EventDate? fallback, EventDate? previous, DateOnly? ceiling = null)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            if (!clause.Contains(d.Span)) continue;
            // A report cannot tell of an act after it was written: "set a date for elections in June 2021" names a plan.
            if (ceiling is { } c && d.Range.Start > c) continue;
            if (!Attached(text, d, main, group)) continue;
            // After the trigger is the usual place ("raided X on June 25"); before it counts a little less.
            var distance = d.Span.Start >= main.Span.End ? d.Span.Start - main.Span.End : (main.Span.Start - d.Span.End) * 2 + 1;
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        if (best is not null)
        {
            // "closed since March 3": the act is the start of the state, on that day.
            var word = ClauseReader.WordsBefore(text, best.Span.Start, 1);
            if ((word is ["since"] || text.AsSpan(best.Span.Start, best.Span.Length).StartsWith("since", StringComparison.OrdinalIgnoreCase))
                && best.Precision != DatePrecision.Month)
                return new EventDate(new DateRange(best.Range.Start, best.Range.Start), DatePrecision.Day, true, best.Span);
            return new EventDate(best.Range, best.Precision, true, best.Span);
        }

        if (Anaphora(text, clause) is { } offset && previous is { } p)
        {
            var day = p.Range.Start.AddDays(offset);
            return new EventDate(new DateRange(day, day), offset == 0 ? p.Precision : DatePrecision.Day, true);
        }
        return fallback;
    }

    /// <summary>Days after the last date used for "that same day" (0), "the next day" (1), "the day before" (-1).</summary>
    private static int? Anaphora(string text, TextSpan clause)
    {
        var s = text.AsSpan(clause.Start, clause.Length);
        if (s.Contains("same day", StringComparison.OrdinalIgnoreCase) || s.Contains("that day", StringComparison.OrdinalIgnoreCase)
            || s.Contains("that date", StringComparison.OrdinalIgnoreCase))
            return 0;
        if (s.Contains("the next day", StringComparison.OrdinalIgnoreCase) || s.Contains("the following day", StringComparison.OrdinalIgnoreCase))
            return 1;
        if (s.Contains("the day before", StringComparison.OrdinalIgnoreCase) || s.Contains("the previous day", StringComparison.OrdinalIgnoreCase))
            return -1;
        return null;
    }

    private static bool Attached(string text, DateMention d, Trigger main, IReadOnlyList<Trigger> group)
    {
        // Fused with this event's noun: "an August 16 meeting", "killed in the January 3 U.S. strike".
        foreach (var t in group)
            if (t.IsNoun && d.Span.End <= t.Span.Start && t.Span.Start - d.Span.End <= 2) return true;
        var before = ClauseReader.WordsBefore(text, d.Span.Start, 1);
        var after = ClauseReader.WordsAfter(text, d.Span.End, 1);
        var dateText = text.AsSpan(d.Span.Start, d.Span.Length);
        // "on June 19" / "June 19," / "in 2017": adverbial. The recognizer's span may already start with the preposition.
        var startsWithPreposition = false;
        foreach (var p in Adverbial)
            if (dateText.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase)) { startsWithPreposition = true; break; }
        var adverbial = startsWithPreposition || (before.Count == 1 && Adverbial.Contains(before[0])) || before.Count == 0;
        // "the June 19 operation": an adjective before another noun dates that noun, not this event.
        var modifiesNoun = after.Count == 1 && char.IsLetter(after[0][0]) && !IsFunctionWord(after[0])
            && d.Span.End < text.Length && text[d.Span.End] == ' ';
        if (modifiesNoun && !startsWithPreposition && !(before.Count == 1 && before[0] is "on" or "since" or "between" or "by" or "until")) return false;
        return adverbial || !modifiesNoun;
    }

    private static bool IsFunctionWord(string w) => w is "and" or "or" or "to" or "when" or "after" or "before" or "that" or "the" or "a"
        or "in" or "at" or "as" or "while" or "but" or "which" or "who" or "with" or "for" or "from" or "of" or "on" or "by" or "due"
        or "than" or "where" or "because" or "until" or "despite" or "amid" or "following" or "during" or "within" or "via";
}
