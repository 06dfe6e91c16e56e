using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Core.Reporting;

/// <summary>
/// Phrases an event the way a situation report does, from its own fields only: "Jun 25: Counter-Terrorism Service
/// raids Kata'ib Hezbollah in Baghdad, detains 14" for the headline, and the same act in the past tense for the key
/// takeaway. Nothing is added that the event does not hold: an unknown actor stays unnamed ("Rocket attack on ...").
/// </summary>
public static class Headlines
{
    /// <summary>How an act of one kind reads: present and past verb with "{2}" for the other party, the same without
    /// another party (a transitive verb cannot dangle: "orders" becomes "issues an order"), and the noun used when
    /// nobody is named as doing it. <see cref="PlaceIsObject"/>: the place is what the act is about ("takes control of
    /// al-Qaim"), not where it happened.</summary>
    private sealed record Phrase(string Present, string Past, string Noun, string? BarePresent = null, string? BarePast = null,
        bool PlaceIsObject = false, string? CountKey = null);

    private static readonly Dictionary<string, Phrase> ByKind = new(StringComparer.OrdinalIgnoreCase)
    {
        ["raid"] = new("raids {2}", "raided {2}", "Raid on {2}", "conducts raid", "conducted a raid"),
        ["arrest"] = new("arrests {2}", "arrested {2}", "Arrests of {2}", "makes arrests", "made arrests", CountKey: "detained"),
        ["airstrike"] = new("strikes {2}", "struck {2}", "Airstrike on {2}", "conducts airstrike", "conducted an airstrike"),
        ["shelling"] = new("fires rockets at {2}", "fired rockets at {2}", "Rocket attack on {2}"),
        ["rocket_attack"] = new("fires rockets at {2}", "fired rockets at {2}", "Rocket attack on {2}"),
        ["ied"] = new("detonates IED against {2}", "detonated an IED against {2}", "IED attack on {2}", "detonates IED", "detonated an IED"),
        ["ied_attack"] = new("detonates IED against {2}", "detonated an IED against {2}", "IED attack on {2}", "detonates IED", "detonated an IED"),
        ["suicide"] = new("carries out suicide attack on {2}", "carried out a suicide attack on {2}", "Suicide attack on {2}"),
        ["grenade"] = new("throws grenade at {2}", "threw a grenade at {2}", "Grenade attack on {2}"),
        ["attack"] = new("attacks {2}", "attacked {2}", "Attack on {2}", "carries out attack", "carried out an attack"),
        ["clash"] = new("clashes with {2}", "clashed with {2}", "Clashes with {2}"),
        ["killing"] = new("kills {2}", "killed {2}", "Killing of {2}", "carries out killing", "carried out a killing"),
        ["assassination"] = new("assassinates {2}", "assassinated {2}", "Assassination of {2}", "carries out assassination", "carried out an assassination"),
        ["kidnapping"] = new("abducts {2}", "abducted {2}", "Abduction of {2}", "carries out abduction", "carried out an abduction"),
        ["recapture"] = new("retakes {p} from {2}", "retook {p} from {2}", "Recapture of {p}", "retakes control of {p}", "retook control of {p}", PlaceIsObject: true),
        ["takeover"] = new("takes control of {p} from {2}", "took control of {p} from {2}", "Takeover of {p}", "takes control of {p}", "took control of {p}", PlaceIsObject: true),
        ["seizure"] = new("seizes {2} in {p}", "seized {2} in {p}", "Seizure in {p}", "makes seizure in {p}", "made a seizure in {p}", PlaceIsObject: true),
        ["disrupted"] = new("foils attack by {2}", "foiled an attack by {2}", "Attack foiled"),
        ["protest"] = new("demonstrate", "demonstrated", "Protest"),
        ["riot"] = new("riot", "rioted", "Riot"),
        ["statement"] = new("issues statement on {2}", "issued a statement on {2}", "Statement on {2}"),
        ["threat"] = new("threatens {2}", "threatened {2}", "Threat against {2}", "issues threat", "issued a threat"),
        ["order"] = new("orders {2}", "ordered {2}", "Order to {2}", "issues order", "issued an order"),
        ["meeting"] = new("meets {2}", "met {2}", "Meeting with {2}", "holds meeting", "held a meeting"),
        ["visit"] = new("visits {p}", "visited {p}", "Visit to {p}", PlaceIsObject: true),
        ["appointment"] = new("appoints {2}", "appointed {2}", "Appointment of {2}", "makes appointment", "made an appointment"),
        ["dismissal"] = new("dismisses {2}", "dismissed {2}", "Dismissal of {2}", "dismisses official", "dismissed an official"),
        ["agreement"] = new("reaches agreement with {2}", "reached an agreement with {2}", "Agreement with {2}"),
        ["release"] = new("releases {2}", "released {2}", "Release of {2}", "releases detainees", "released detainees", CountKey: "released"),
        ["transfer"] = new("hands over {2}", "handed over {2}", "Transfer of {2}", "hands over detainees", "handed over detainees", CountKey: "transferred"),
        ["legislation"] = new("passes law", "passed a law", "Law passed"),
        ["deployment"] = new("deploys forces", "deployed forces", "Deployment"),
        ["operation"] = new("launches operation against {2}", "launched an operation against {2}", "Operation against {2}"),
        ["group"] = new("forms new group", "formed a new group", "New group formed"),
        ["group_formation"] = new("forms new group", "formed a new group", "New group formed"),
        ["show of force"] = new("stages show of force", "staged a show of force", "Show of force"),
        ["looting"] = new("loots property", "looted property", "Looting"),
        ["repression"] = new("suppresses {2}", "suppressed {2}", "Suppression of {2}"),
        ["intervention"] = new("intervenes against {2}", "intervened against {2}", "Intervention against {2}"),
        ["base"] = new("establishes base", "established a base", "New base"),
    };

    /// <summary>Kinds whose headline gives the number detained (a show of force or a statement about detainees does not detain).</summary>
    private static readonly HashSet<string> Detaining = new(StringComparer.OrdinalIgnoreCase)
        { "raid", "arrest", "operation", "seizure", "disrupted", "kidnapping" };

    /// <summary>The last words of actor names that are plural people, not organisations ("Unidentified militants").</summary>
    private static readonly HashSet<string> PluralPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "militants", "gunmen", "protesters", "protestors", "rioters", "activists", "demonstrators", "fighters", "men", "assailants",
        "attackers", "tribesmen", "civilians", "residents", "workers", "students", "people", "insurgents", "members",
    };

    /// <summary>"Jun 25: Counter-Terrorism Service raids Kata'ib Hezbollah in Baghdad, detains 14".</summary>
    public static string Headline(ReportEvent e)
    {
        var body = Clause(e, past: false);
        return e.Date is { } d ? $"{Day(d)}: {body}" : body;
    }

    /// <summary>The act in the past tense, as a sentence body: "the Counter-Terrorism Service raided ... in Baghdad, detaining 14".</summary>
    public static string PastClause(ReportEvent e) => Clause(e, past: true);

    private static string Clause(ReportEvent e, bool past)
    {
        var phrase = ByKind.GetValueOrDefault(e.Kind);
        var actor1 = Short(e.Actor1);
        var actor2 = Short(e.Actor2);
        var where = PlaceText(e);
        var placeIsObject = phrase?.PlaceIsObject == true;
        string act;
        if (phrase is null)
        {
            // A kind without a phrase: the ACLED type says what happened ("Other" is no description).
            var what = e.SubEventType == "Other" ? Singular(e.EventType) : e.SubEventType.ToLowerInvariant();
            act = actor1 is null ? Capital(what) : $"{actor1}: {what}";
            if (actor2 is not null) act += " involving " + actor2;
        }
        else if (actor1 is not null)
        {
            var verb = actor2 is null && (past ? phrase.BarePast : phrase.BarePresent) is { } bare ? bare : past ? phrase.Past : phrase.Present;
            verb = Fill(Fill(verb, "{2}", actor2), "{p}", where);
            if (!past && IsPluralPeople(actor1)) verb = PluralVerb(verb);
            act = actor1 + " " + verb;
        }
        else
        {
            act = Fill(Fill(phrase.Noun, "{2}", actor2), "{p}", where);
            if (actor2 is null && phrase.CountKey is { } key && e.Counts.TryGetValue(key, out var n) && n > 0) act += " of " + Figure(e, key, n);
            // In a sentence the generic noun takes an article and a verb: "a raid on Kata'ib Hezbollah was reported".
            if (past) act = (IsPlural(act) ? "" : "a ") + char.ToLowerInvariant(act[0]) + act[1..];
        }
        if (where is not null && !placeIsObject) act += " in " + where;
        var figure = Figures(e, past, plural: !past && actor1 is not null && IsPluralPeople(actor1));
        if (figure is not null) act += ", " + figure;
        if (past && phrase is not null && actor1 is null) act += IsPlural(act) ? " were reported" : " was reported";
        return act;
    }

    private static bool IsPluralPeople(string actor)
    {
        var space = actor.LastIndexOf(' ');
        return PluralPeople.Contains(space < 0 ? actor : actor[(space + 1)..]);
    }

    /// <summary>"assassinates X" → "assassinate X" for a plural subject: only the first word changes.</summary>
    private static string PluralVerb(string verb)
    {
        var space = verb.IndexOf(' ');
        var head = space < 0 ? verb : verb[..space];
        var rest = space < 0 ? "" : verb[space..];
        if (head.EndsWith("ies", StringComparison.Ordinal)) head = head[..^3] + "y";
        else if (head.EndsWith("ches", StringComparison.Ordinal) || head.EndsWith("shes", StringComparison.Ordinal)
                 || head.EndsWith("sses", StringComparison.Ordinal) || head.EndsWith("xes", StringComparison.Ordinal)) head = head[..^2];
        else if (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)) head = head[..^1];
        return head + rest;
    }

    private static string Singular(string eventType) => eventType switch
    {
        "Strategic developments" => "strategic development",
        "Protests" => "protest",
        "Riots" => "riot",
        "Battles" => "battle",
        _ => eventType.ToLowerInvariant(),
    };

    internal static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Fills a slot ("{2}" the other party, "{p}" the place) or, with no value, drops it with the preposition
    /// that leads into it: "Raid on {2}" → "Raid", "takes control of {p} from {2}" → "takes control of al-Qaim".</summary>
    private static string Fill(string template, string slot, string? value)
    {
        var at = template.IndexOf(slot, StringComparison.Ordinal);
        if (at < 0) return template;
        if (value is not null) return template.Replace(slot, value, StringComparison.Ordinal);
        var head = template[..at].TrimEnd();
        var tail = template[(at + slot.Length)..];
        foreach (var lead in new[] { " on", " at", " of", " with", " against", " by", " to", " from", " in" })
            if (head.EndsWith(lead, StringComparison.Ordinal)) { head = head[..^lead.Length]; break; }
        return head + tail;
    }

    private static bool IsPlural(string noun) =>
        noun.StartsWith("Clashes", StringComparison.OrdinalIgnoreCase) || noun.StartsWith("Arrests", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Dora, Baghdad", "Baghdad", or null when the event has no place.</summary>
    public static string? PlaceText(ReportEvent e)
    {
        if (e.Location is null) return e.Admin1;
        if (e.Admin1 is null || string.Equals(e.Location, e.Admin1, StringComparison.OrdinalIgnoreCase)) return e.Location;
        return $"{e.Location}, {e.Admin1}";
    }

    /// <summary>The human toll, the most telling figure: "kills 3", "detains 14" (a vague figure keeps its word).</summary>
    private static string? Figures(ReportEvent e, bool past, bool plural)
    {
        var parts = new List<string>();
        if (e.Fatalities is > 0 && Figure(e, "fatalities", e.Fatalities.Value) is { } f) parts.Add((past ? "killing " : "kills ") + f);
        if (e.Counts.TryGetValue("injured", out var inj) && inj > 0) parts.Add((past ? "wounding " : "wounds ") + Figure(e, "injured", inj));
        if (e.Counts.TryGetValue("detained", out var det) && det > 0 && Detaining.Contains(e.Kind))
            parts.Add((past ? "detaining " : "detains ") + Figure(e, "detained", det));
        if (parts.Count == 0 && e.Counts.TryGetValue("protesters", out var pro) && pro > 0) parts.Add(Figure(e, "protesters", pro) + " protesters");
        if (parts.Count == 0 && e.Counts.TryGetValue("participants", out var part) && part > 0) parts.Add(Figure(e, "participants", part) + " taking part");
        // A plural subject takes a plural verb ("Gunmen kill 2"); the people-count parts carry no verb.
        if (plural) for (var i = 0; i < parts.Count; i++) if (parts[i].StartsWith("kills ", StringComparison.Ordinal) || parts[i].StartsWith("wounds ", StringComparison.Ordinal) || parts[i].StartsWith("detains ", StringComparison.Ordinal)) parts[i] = PluralVerb(parts[i]);
        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    private static string Figure(ReportEvent e, string key, double value) =>
        e.CountWords.TryGetValue(key, out var word) && IsVagueWord(word) ? word : value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static bool IsVagueWord(string word) => Array.IndexOf(Extraction.CountReader.VagueWords, word) >= 0;

    /// <summary>A registry name without its parenthetical ("Council of Representatives (Iraqi Parliament)" → "Council of Representatives").</summary>
    public static string? Short(string? actor)
    {
        if (string.IsNullOrWhiteSpace(actor)) return null;
        var paren = actor.IndexOf(" (", StringComparison.Ordinal);
        return (paren > 0 ? actor[..paren] : actor).Trim();
    }

    /// <summary>"Jun 25" or "Jun 24–26" (en dash) or "Jun 30–Jul 2".</summary>
    public static string Day(DateRange d)
    {
        var start = d.Start.ToString("MMM d", CultureInfo.InvariantCulture);
        if (d.Start == d.End) return start;
        return d.Start.Month == d.End.Month && d.Start.Year == d.End.Year
            ? $"{start}–{d.End.Day.ToString(CultureInfo.InvariantCulture)}"
            : $"{start}–{d.End.ToString("MMM d", CultureInfo.InvariantCulture)}";
    }
}
