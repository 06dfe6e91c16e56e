using System.Text.RegularExpressions;

namespace Sitrep.Core.Recognition.Dates;

/// <summary>
/// The one regular expression behind <see cref="DateRecognizer"/>: every date form is an alternative of a single
/// generated pattern, so the text is scanned once. The pattern only finds candidates; <see cref="DateRecognizer"/>
/// validates them (real calendar days, "May"/"March" as verbs, bare years) and resolves them against the context.
/// </summary>
internal static partial class DatePattern
{
    // Capitalised month names only, so "may" and "march" the verbs never start a date; full names before abbreviations.
    private const string M = "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\\p{L})|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?!\\p{L})\\.?)";
    private const string D = "[0-3]?\\d(?:st|nd|rd|th)?(?![\\d\\p{L}])";
    private const string Y = "(?:19|20)\\d{2}(?![\\d\\p{L}])";
    private const string Dash = "\\s*[-\u2010-\u2014]\\s*";
    private const string Weekday = "(?:(?<wd>(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\\.?,?\\s+)?";
    private const string Part = "[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\\s+(?:end|beginning|start|middle)\\s+of";
    // "between"/"from" make "and"/"to" range connectors; otherwise only a dash does ("June 12 and 18" is two days).
    private const string Connector = "(?(rng)(?:" + Dash + "|\\s+(?:and|to|until|through|till)\\s+)|" + Dash + ")";

    private const string Source = "(?<![\\p{L}\\d])" + Body;

    // Everything after the leading look-behind; <see cref="AnchoredRegex"/> runs it at one position only.
    private const string Body =
        "(?:(?<rng>[Bb]etween|[Ff]rom)\\s+|(?<prep>[Ii]n|[Oo]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f)\\s+)?" +
        "(?:" +
        // 01/05/2012 (US order, as GTD writes it)
        "(?<um>[01]?\\d)/(?<ud>[0-3]?\\d)/(?<uy>(?:19|20)\\d{2})(?!\\d)" +
        // 2020-06-25
        "|(?<iy>(?:19|20)\\d{2})-(?<im>[01]\\d)-(?<id>[0-3]\\d)(?!\\d)" +
        // between 2019 and 2020, 2019-2020
        "|(?<ya>" + Y + ")(?:(?(rng)\\s+(?:and|to|until|through)\\s+|(?!))|" + Dash + ")(?<yb>" + Y + ")" +
        // [Friday, ] June 25[, 2020][ - [July] 26][, 2020]
        "|" + Weekday + "(?<m1>" + M + ")\\s*(?<d1>" + D + ")(?:,?\\s+(?<y1>" + Y + "))?" +
        "(?:" + Connector + "(?:(?<m2>" + M + ")\\s*)?(?<d2>" + D + "))?(?:,?\\s+(?<y2>" + Y + "))?" +
        // [Friday, ] 25[-26] June[ 2020]; without a year no digit may follow ("5 Jun 25-26:" is an item marker)
        "|" + Weekday + "(?<d1b>" + D + ")(?:" + Dash + "(?<d2b>" + D + "))?(?:\\s+of)?\\s+(?<m1b>" + M + ")(?:,?\\s+(?<yb2>" + Y + ")|(?![\\s.]*\\d))" +
        // [early|mid-|late] October[ 2019]
        "|(?:(?<part>" + Part + ")(?:-|\\s+))?(?<mm>" + M + ")(?:,?\\s+(?:of\\s+)?(?<my>" + Y + "))?" +
        // [early|mid-|late] 2019 (a bare year needs a part or a preposition, checked in code)
        "|(?:(?<ypart>" + Part + ")(?:-|\\s+))?(?<yo>" + Y + ")" +
        // [the|this|last|next] [early|mid|late] summer[ of 2020]
        "|(?:(?<sdet>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\\s+)?(?:(?<spart>[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+))?(?<season>[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all)(?:\\s+(?:of\\s+)?(?<sy>" + Y + "))?" +
        "|(?<today>[Tt]oday|[Tt]onight|[Yy]esterday)" +
        "|(?:[Tt]he\\s+)?(?<dayrel>next|following|previous|same|prior)\\s+day" +
        "|(?<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Aa]\\s+few|[Aa]\\s+couple\\s+of|[Ss]everal|\\d{1,2})\\s+(?<unit>day|week|month|year)s?\\s+(?<dir>later|earlier|ago|afterwards?|prior)" +
        "|(?<lt>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he\\s+past|[Tt]he\\s+previous|[Tt]he\\s+following|[Ee]arlier\\s+this|[Ll]ater\\s+this)\\s+(?<lunit>week|month|year)" +
        "|(?:(?<wlast>[Ll]ast|[Tt]his|[Nn]ext)\\s+)?(?<wday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)" +
        ")(?![\\p{L}\\d])";

    [GeneratedRegex(Source, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Regex();

    /// <summary>
    /// The same pattern anchored at the start position (\G) and without the leading look-behind, which the caller
    /// checks itself: <see cref="DateScanner"/> runs it only at the few word starts near a trigger.
    /// </summary>
    [GeneratedRegex("\\G" + Body, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex AnchoredRegex();
}
