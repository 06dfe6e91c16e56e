using Sitrep.Core.Extraction;
using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Actors;
using Sitrep.Core.Recognition.Dates;
using Sitrep.Core.Recognition.Matching;
using Sitrep.Core.Recognition.Places;
using Sitrep.Core.Recognition.Quantities;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition;

/// <summary>Every mention the recognizers found in one document; spans are in the normalised text.</summary>
public sealed record DocumentAnnotations(
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<QuantityMention> Quantities,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<ActorMention> Unresolved)
{
    /// <summary>The annotator's cut of the text into words, and which cut of that thread-reused instance it was.</summary>
    internal RegionWords? Words { get; init; }

    internal int WordsGeneration { get; init; }

    /// <summary>
    /// The words the annotator cut <paramref name="text"/> into, if this thread still holds that cut (extraction on the
    /// same thread, no other document annotated since); null otherwise, and the caller cuts again.
    /// </summary>
    internal RegionWords? WordsOf(string text) =>
        Words is { } w && ReferenceEquals(w, RegionWords.ForThisThread) && w.Generation == WordsGeneration && ReferenceEquals(w.Text, text) ? w : null;
}

/// <summary>
/// Runs the recognizers over a document in a fixed order (actors, places, dates, quantities, then unknown actor-like
/// names), each numbered item with its own date as context, so relative dates and role phrases resolve per item.
/// The text is cut into words once, for the actor and place matchers and, given <paramref name="triggers"/>, for the
/// event extractor's trigger matcher too.
/// </summary>
public sealed class Annotator(ActorRecognizer actors, PlaceRecognizer places, DateRecognizer dates, QuantityRecognizer quantities,
    TriggerLexicon? triggers = null)
{
    private static readonly Lazy<Annotator> Shared = new(() =>
        new Annotator(ActorRecognizer.Default, PlaceRecognizer.Default, new DateRecognizer(), new QuantityRecognizer(), TriggerLexicon.Default));

    public static Annotator Default => Shared.Value;

    // The matchers' words in one dictionary: each word of the text is looked up once for all of them.
    private readonly WordLexicon _lexicon = triggers is null
        ? new(actors.TokenIds, places.TokenIds)
        : new(actors.TokenIds, places.TokenIds, triggers.Matcher.TokenIds);

    public DocumentAnnotations Annotate(Document doc, DocumentSegments segments)
    {
        var text = doc.Text;
        var regions = new List<(TextSpan Range, DateContext Context, TextSpan? Headline)>();
        var baseContext = new DateContext(doc.Published, doc.Period);
        var cursor = 0;
        foreach (var item in segments.Items.OrderBy(i => i.Span.Start))
        {
            if (item.Span.Start > cursor) regions.Add((new TextSpan(cursor, item.Span.Start), baseContext, null));
            var year = doc.Period?.End.Year ?? doc.Published?.Year;
            var itemDate = DateExpressions.ParsePeriod(item.DateText, year);
            regions.Add((item.Span, baseContext with { ItemDate = itemDate }, item.HeadlineSpan));
            cursor = Math.Max(cursor, item.Span.End);
        }
        if (cursor < text.Length) regions.Add((new TextSpan(cursor, text.Length), baseContext, null));

        // A document with no date of its own (a web page without metadata) is read as of the latest day it mentions,
        // so that role phrases ("the Prime Minister") still resolve to whoever held the role then.
        DateOnly? fallback = null;
        if (doc.Period is null && doc.Published is null)
            foreach (var d in dates.Recognize(text, new TextSpan(0, text.Length), baseContext))
                if (!d.Relative && d.Precision == DatePrecision.Day && (fallback is null || d.Range.End > fallback)) fallback = d.Range.End;

        var allDates = new List<DateMention>();
        var allQuantities = new List<QuantityMention>();
        var allPlaces = new List<PlaceMention>();
        var allActors = new List<ActorMention>();
        var unresolved = new List<ActorMention>();
        // Loops rather than LINQ below, and one list of claimed spans for every region: this runs on every region of
        // every document.
        var claimed = new List<TextSpan>();
        // The text is cut into words once, for every matcher and every region.
        var words = RegionWords.ForThisThread;
        words.Cut(text, new TextSpan(0, text.Length), _lexicon);
        foreach (var (range, regionContext, headline) in regions)
        {
            var when = regionContext.ItemDate?.End ?? regionContext.Period?.End ?? regionContext.Published ?? fallback;
            // Relative dates ("a month ago") in an undated text count back from the latest day it names.
            var context = regionContext.Anchor is null && fallback is not null ? regionContext with { Published = fallback } : regionContext;
            var actorMentions = actors.Recognize(words, range, when);
            var found = places.Recognize(words, range);
            var placeMentions = new List<PlaceMention>(found.Count);
            foreach (var p in found)
                if (!InActorName(p, actorMentions)) placeMentions.Add(p);
            var dateMentions = dates.Recognize(text, range, context);
            claimed.Clear();
            foreach (var a in actorMentions) claimed.Add(a.Span);
            foreach (var p in placeMentions) claimed.Add(p.Span);
            foreach (var d in dateMentions) claimed.Add(d.Span);
            // Headlines are in title case: every phrase there looks like a name, so unknown names are taken from bodies.
            if (headline is { } h) claimed.Add(h);
            allActors.AddRange(actorMentions);
            allPlaces.AddRange(placeMentions);
            allDates.AddRange(dateMentions);
            // With an anchor the date pass found every date there is: hand its spans over instead of scanning again.
            if (context.Anchor is null) allQuantities.AddRange(quantities.Recognize(text, range));
            else
            {
                var dateSpans = new List<TextSpan>(dateMentions.Count);
                foreach (var d in dateMentions) dateSpans.Add(d.Span);
                allQuantities.AddRange(quantities.Recognize(text, range, dateSpans));
            }
            unresolved.AddRange(UnresolvedActorFinder.Find(text, range, claimed));
        }
        return new DocumentAnnotations(allDates, allQuantities, allPlaces, allActors, unresolved)
        {
            Words = words, WordsGeneration = words.Generation,
        };
    }

    /// <summary>
    /// A place inside an actor's name ("Baghdad Operations Command") is part of the name, not a location. Nor is a
    /// place whose name is exactly a person's here ("Allawi announced").
    /// </summary>
    private static bool InActorName(PlaceMention place, IReadOnlyList<ActorMention> actorMentions)
    {
        // Indexed: a foreach over the interface allocates an enumerator, and this runs for every place of every region.
        for (var k = 0; k < actorMentions.Count; k++)
        {
            var a = actorMentions[k];
            if (a.Span.Contains(place.Span) && (a.Span.Length > place.Span.Length || a.Actor?.Type == Knowledge.ActorType.Person))
                return true;
        }
        return false;
    }
}
