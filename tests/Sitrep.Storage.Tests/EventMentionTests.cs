using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>Event mentions stored with their document: every field back as written, one transaction, filters.</summary>
public class EventMentionTests
{
    // ---- building blocks (invented text, made for these tests) ----

    /// <summary>A document whose original text carries a two-character page mark that normalisation dropped,
    /// so every normalised offset i is raw offset i + 2 (spans in the two texts differ).</summary>
    private static Document Shifted(string text, string fileName)
    {
        var raw = "§ " + text;
        var map = new int[text.Length + 1];
        for (var i = 0; i <= text.Length; i++) map[i] = i + 2;
        return new Document
        {
            Id = Docs.Hash(raw),
            FileName = fileName,
            Kind = DocumentKind.SituationReport,
            Format = "text",
            RawText = raw,
            Text = text,
            Map = new OffsetMap(map),
        };
    }

    /// <summary>A mention of the sentence containing <paramref name="phrase"/> in <paramref name="doc"/>, other fields minimal.</summary>
    private static EventMention Mention(Document doc, string phrase, string type = "Violence against civilians",
        string subType = "Attack", DateOnly? start = null, DateOnly? end = null)
    {
        var at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{phrase}' not in the test document");
        var span = new TextSpan(at, at + phrase.Length);
        return new EventMention
        {
            DocumentId = doc.Id,
            Span = span,
            RawSpan = doc.Map.ToRaw(span),
            Evidence = phrase,
            Date = start is { } s ? new DateRange(s, end ?? s) : null,
            TimePrecision = start is null ? null : end is null || end == start ? DatePrecision.Day : DatePrecision.Range,
            EventType = type,
            SubEventType = subType,
            Kind = "attack",
            Confidence = 0.5,
        };
    }

    private static DateOnly D(int month, int day) => new(2022, month, day);

    private const string ReportText =
        "Gunmen on motorbikes fired on a fuel depot in Hit on the night of May 3. " +
        "The 'Saraya al-Fajr' group said it held two engineers, at least 14 guards were reportedly detained, and a \"ransom\" was demanded. " +
        "Police in Ramadi arrested three smugglers at a checkpoint between May 4 and May 6.";

    private static EventMention FullMention(Document doc)
    {
        var at = doc.Text.IndexOf("The 'Saraya", StringComparison.Ordinal);
        var span = new TextSpan(at, doc.Text.IndexOf("demanded.", StringComparison.Ordinal) + "demanded.".Length);
        var held = doc.Text.IndexOf("held", StringComparison.Ordinal);
        return new EventMention
        {
            DocumentId = doc.Id,
            Item = 4,
            Span = span,
            RawSpan = doc.Map.ToRaw(span),
            Evidence = doc.Text.Substring(span.Start, span.Length),
            Trigger = new TextSpan(held, held + 4),
            Date = new DateRange(D(5, 3), D(5, 4)),
            TimePrecision = DatePrecision.Range,
            EventType = "Violence against civilians",
            SubEventType = "Abduction/forced disappearance",
            Kind = "abduction",
            Actor1 = new EventActor("Saraya al-Fajr", null),
            Actor2 = new EventActor("Civilians (Iraq)", "civilians-iraq"),
            AssocActors = [new EventActor("Kata'ib \"Test\" Brigade", "test-brigade"), new EventActor("local guards", null)],
            Location = new EventLocation("Hit", "gn:95788", "Iraq", "Anbar", "Hit District", 33.6416, 42.8251, 1),
            Fatalities = 0,
            Counts = new Dictionary<string, double> { ["detained"] = 14, ["abducted"] = 2, ["ransom_usd"] = 12500.5 },
            CountQualifiers = new Dictionary<string, string> { ["detained"] = "at least" },
            Hedged = true,
            Hedges = ["reportedly", "said"],
            ClaimedBy = "the group's O'Brien-style \"statement\"",
            Background = true,
            Confidence = 0.8125,
            EventId = "ev-2022-05-03-hit",
        };
    }

    private static void AssertSame(EventMention expected, EventMention actual)
    {
        Assert.Equal(expected.DocumentId, actual.DocumentId);
        Assert.Equal(expected.Item, actual.Item);
        Assert.Equal(expected.Span, actual.Span);
        Assert.Equal(expected.RawSpan, actual.RawSpan);
        Assert.Equal(expected.Trigger, actual.Trigger);
        Assert.Equal(expected.Evidence, actual.Evidence);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.TimePrecision, actual.TimePrecision);
        Assert.Equal(expected.EventType, actual.EventType);
        Assert.Equal(expected.SubEventType, actual.SubEventType);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Actor1, actual.Actor1);
        Assert.Equal(expected.Actor2, actual.Actor2);
        Assert.Equal(expected.AssocActors, actual.AssocActors);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.Fatalities, actual.Fatalities);
        Assert.Equal(expected.Counts.ToList(), actual.Counts.ToList());
        Assert.Equal(expected.CountQualifiers.ToList(), actual.CountQualifiers.ToList());
        Assert.Equal(expected.Hedged, actual.Hedged);
        Assert.Equal(expected.Hedges, actual.Hedges);
        Assert.Equal(expected.ClaimedBy, actual.ClaimedBy);
        Assert.Equal(expected.Background, actual.Background);
        Assert.Equal(expected.Confidence, actual.Confidence);
        Assert.Equal(expected.EventId, actual.EventId);
    }

    private static Task<IReadOnlyList<StoredEventMention>> All(SqliteEventStore store) =>
        store.ListEventMentionsAsync(new EventMentionFilter());

    // ---- round trip ----

    [Fact]
    public async Task Every_field_comes_back_as_stored()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Shifted(ReportText, "week-18.txt");
        var full = FullMention(doc);
        var bare = Mention(doc, "Gunmen on motorbikes fired on a fuel depot in Hit") with { Location = EventLocation.None(null) };

        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(doc, [full, bare]));

        var stored = await All(store);
        Assert.Equal(2, stored.Count);
        Assert.Equal(2, await store.CountEventMentionsAsync());
        // The dated mention sorts first; the undated one last.
        var first = stored[0];
        Assert.Equal(doc.Id, first.DocumentId);
        Assert.Equal("week-18.txt", first.FileName);
        Assert.Equal(0, first.Ordinal);
        Assert.True(first.Id > 0);
        Assert.Equal(new TextSpan(full.Trigger.Start + 2, full.Trigger.End + 2), first.RawTrigger);
        Assert.Equal("held", doc.RawText[first.RawTrigger.Start..first.RawTrigger.End]);
        AssertSame(full, first.Mention);

        Assert.Equal(1, stored[1].Ordinal);
        AssertSame(bare, stored[1].Mention);
        Assert.Null(stored[1].Mention.Actor1);
        Assert.Empty(stored[1].Mention.Counts);
        Assert.Equal(EventLocation.None(null), stored[1].Mention.Location);
    }

    [Fact]
    public async Task The_old_overload_stores_a_document_without_mentions()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(Docs.Make("A quiet week on the river.")));
        Assert.Equal(1, await store.CountDocumentsAsync());
        Assert.Equal(0, await store.CountEventMentionsAsync());
    }

    [Fact]
    public async Task A_database_of_the_first_schema_is_upgraded_with_its_documents_kept()
    {
        using var db = new TempDatabase();
        var old = Docs.Make("Stored before events were extracted.", "old.txt");
        await using (var v1 = db.NewStore())
        {
            // What an earlier Sitrep left: only migration 1 applied, one document stored.
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path}"))
            {
                await connection.OpenAsync();
                await SqliteMigrations.ApplyAsync(connection, SqliteMigrations.All.Take(1).ToList(), TimeProvider.System, default);
            }
            Assert.Equal(AddResult.Added, await v1.AddDocumentAsync(old));
        }
        Assert.Equal(1L, MigrationTests.Scalar<long>(db.Path, "PRAGMA user_version;"));

        await using var store = await db.MigratedStoreAsync();
        Assert.Equal(SqliteMigrations.All[^1].Version, MigrationTests.Scalar<long>(db.Path, "PRAGMA user_version;"));
        Assert.Equal(1L, MigrationTests.Scalar<long>(db.Path, "SELECT strict FROM pragma_table_list WHERE name = 'event_mentions';"));
        Assert.Equal("event_mentions", MigrationTests.Scalar<string>(db.Path, "SELECT name FROM schema_migrations WHERE version = 2;"));
        Assert.Equal("old.txt", Assert.Single(await store.ListDocumentsAsync()).FileName);
        Assert.Equal(0, await store.CountEventMentionsAsync());
        // The old document stays as it was: re-adding it (now with mentions) is still a no-op.
        Assert.Equal(AddResult.AlreadyStored, await store.AddDocumentAsync(old, [Mention(old, "Stored before")]));
    }

    // ---- one transaction, idempotence ----

    [Fact]
    public async Task A_failure_before_commit_leaves_neither_document_nor_mentions()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Shifted(ReportText, "week-18.txt");

        store.BeforeCommit = () => throw new IOException("disk pulled");
        await Assert.ThrowsAsync<IOException>(() => store.AddDocumentAsync(doc, [FullMention(doc)]));
        store.BeforeCommit = null;

        await AssertEmptyAsync(db, store);
        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(doc, [FullMention(doc)]));
        Assert.Single(await All(store));
    }

    [Fact]
    public async Task A_database_error_on_the_second_mention_rolls_back_the_first_and_the_document()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        // A constraint the store does not check itself: the database refuses the second row mid-transaction.
        MigrationTests.Execute(db.Path,
            "CREATE TRIGGER test_refuse_second BEFORE INSERT ON event_mentions WHEN new.ordinal = 1 " +
            "BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");
        var doc = Shifted(ReportText, "week-18.txt");
        var mentions = new[] { FullMention(doc), Mention(doc, "Police in Ramadi arrested three smugglers") };

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => store.AddDocumentAsync(doc, mentions));

        await AssertEmptyAsync(db, store);
        MigrationTests.Execute(db.Path, "DROP TRIGGER test_refuse_second;");
        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(doc, mentions));
        Assert.Equal(2, await store.CountEventMentionsAsync());
    }

    [Fact]
    public async Task An_invalid_mention_fails_before_anything_is_written()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Shifted(ReportText, "week-18.txt");
        var other = Docs.Make("Another text entirely.");
        var good = FullMention(doc);

        var bad = new[]
        {
            good with { DocumentId = other.Id },
            good with { Span = new TextSpan(0, doc.Text.Length + 1) },
            good with { RawSpan = new TextSpan(5, 4) },
            good with { Confidence = double.NaN },
            good with { Confidence = 1.5 },
            good with { Date = new DateRange(D(5, 9), D(5, 2)) },
            good with { Counts = new Dictionary<string, double> { ["killed"] = double.PositiveInfinity } },
            good with { Location = good.Location with { Longitude = null } },
            good with { Actor1 = new EventActor(" ", "x") },
        };
        foreach (var mention in bad)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => store.AddDocumentAsync(doc, [good, mention]));
            Assert.Contains("event mention 1", error.Message);
        }
        await AssertEmptyAsync(db, store);
    }

    [Fact]
    public async Task Re_adding_a_stored_document_changes_nothing()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Shifted(ReportText, "week-18.txt");
        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(doc, [FullMention(doc), Mention(doc, "Police in Ramadi")]));
        var before = await All(store);

        // Same content hash, a different extraction: nothing is added, replaced or duplicated.
        var again = new[] { Mention(doc, "Gunmen on motorbikes"), Mention(doc, "Police in Ramadi"), Mention(doc, "fuel depot") };
        Assert.Equal(AddResult.AlreadyStored, await store.AddDocumentAsync(doc, again));
        Assert.Equal(AddResult.AlreadyStored, await store.AddDocumentAsync(doc with { FileName = "copy.txt" }, []));
        Assert.Equal(AddResult.AlreadyStored, await store.AddDocumentAsync(doc));

        var after = await All(store);
        Assert.Equal(before.Select(s => (s.Id, s.Ordinal, s.FileName, s.Mention.Evidence)),
            after.Select(s => (s.Id, s.Ordinal, s.FileName, s.Mention.Evidence)));
        Assert.Equal(1, await store.CountDocumentsAsync());
    }

    [Fact]
    public async Task Deleting_a_document_deletes_its_mentions_and_their_index_entries()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Shifted(ReportText, "week-18.txt");
        await store.AddDocumentAsync(doc, [FullMention(doc)]);
        var keep = Docs.Make("Smugglers were arrested near the border crossing.", "keep.txt");
        await store.AddDocumentAsync(keep, [Mention(keep, "Smugglers were arrested near the border crossing.")]);

        MigrationTests.Execute(db.Path, $"PRAGMA foreign_keys = ON; DELETE FROM documents WHERE id = '{doc.Id}';");

        Assert.Equal("keep.txt", Assert.Single(await All(store)).FileName);
        Assert.Empty(await store.ListEventMentionsAsync(new EventMentionFilter { Text = "engineers" }));
        MigrationTests.Execute(db.Path, "INSERT INTO event_mentions_fts (event_mentions_fts, rank) VALUES ('integrity-check', 1);");
    }

    private static async Task AssertEmptyAsync(TempDatabase db, SqliteEventStore store)
    {
        Assert.Equal(0, await store.CountDocumentsAsync());
        Assert.Equal(0, await store.CountEventMentionsAsync());
        Assert.Empty(await store.ListEventMentionsAsync(new EventMentionFilter { Text = "engineers" }));
        // Both full-text indexes agree with their tables (FTS5's own check raises if not).
        MigrationTests.Execute(db.Path, "INSERT INTO event_mentions_fts (event_mentions_fts, rank) VALUES ('integrity-check', 1);");
        MigrationTests.Execute(db.Path, "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1);");
    }

    // ---- filters ----

    /// <summary>Three documents, seven mentions with different dates, types, actors, places and evidence.</summary>
    private static async Task<SqliteEventStore> SeededAsync(TempDatabase db)
    {
        var store = await db.MigratedStoreAsync();
        var a = Docs.Make(
            "Militiamen shelled a village near Tuz on June 2. Two farmers were killed. " +
            "Clashes with army units went on from June 5 to June 9 in the orchards. " +
            "An undated claim said 50% of the crops burned.", "a.txt");
        var b = Docs.Make(
            "Police arrested a cell leader in Mosul on June 7. " +
            "Protesters blocked the Basra port road on June 8, demanding jobs. " +
            "A spokesman of the Peace Brigade called the arrests illegal on June 10.", "b.txt");
        var c = Docs.Make("Rockets hit an empty field near Erbil airport on June 30.", "c.txt");

        await store.AddDocumentAsync(a,
        [
            Mention(a, "Militiamen shelled a village near Tuz on June 2.", "Explosions/Remote violence", "Shelling/artillery/missile attack", D(6, 2)) with
            {
                Actor1 = new EventActor("Badr Organization", "badr-organization"),
                Actor2 = new EventActor("Civilians (Iraq)", "civilians-iraq"),
                Location = new EventLocation("Tuz Khurmatu", null, "Iraq", "Salah ad-Din", null, 34.88, 44.63, 2),
            },
            Mention(a, "Clashes with army units went on from June 5 to June 9 in the orchards.", "Battles", "Armed clash", D(6, 5), D(6, 9)) with
            {
                Actor1 = new EventActor("Iraqi Army", "iraqi-army"),
                Actor2 = new EventActor("unknown gunmen", null),
                AssocActors = [new EventActor("Badr Organization", "badr-organization")],
                Location = new EventLocation(null, null, "Iraq", "Salah ad-Din", null, null, null, 3),
            },
            Mention(a, "An undated claim said 50% of the crops burned.", "Strategic developments", "Other"),
        ]);
        await store.AddDocumentAsync(b,
        [
            Mention(b, "Police arrested a cell leader in Mosul on June 7.", "Strategic developments", "Arrests", D(6, 7)) with
            {
                Actor1 = new EventActor("Iraqi Police", "iraqi-police"),
                Location = new EventLocation("Mosul", null, "Iraq", "Ninewa", null, 36.34, 43.13, 1),
            },
            Mention(b, "Protesters blocked the Basra port road on June 8, demanding jobs.", "Protests", "Peaceful protest", D(6, 8)) with
            {
                Actor1 = new EventActor("Protesters (Iraq)", "protesters-iraq"),
                Location = new EventLocation("Basra", null, "Iraq", "Basra", null, 30.5, 47.8, 1),
            },
            Mention(b, "A spokesman of the Peace Brigade called the arrests illegal on June 10.", "Strategic developments", "Other", D(6, 10)) with
            {
                Actor1 = new EventActor("Peace_Brigade 100%", null),
            },
        ]);
        await store.AddDocumentAsync(c,
        [
            Mention(c, "Rockets hit an empty field near Erbil airport on June 30.", "Explosions/Remote violence", "Shelling/artillery/missile attack", D(6, 30)) with
            {
                Location = new EventLocation("Erbil International Airport", null, "Iraq", "Erbil", null, 36.24, 43.96, 1),
            },
        ]);
        return store;
    }

    private static async Task<List<string>> Evidence(SqliteEventStore store, EventMentionFilter filter)
    {
        var list = (await store.ListEventMentionsAsync(filter)).Select(s => s.Mention.Evidence[..Math.Min(20, s.Mention.Evidence.Length)]).ToList();
        Assert.Equal(list.Count, await store.CountEventMentionsAsync(filter with { Limit = null, Offset = 0 }));
        return list;
    }

    [Fact]
    public async Task No_filter_lists_everything_by_date_undated_last()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        Assert.Equal(
        [
            "Militiamen shelled a", "Clashes with army un", "Police arrested a ce", "Protesters blocked t",
            "A spokesman of the P", "Rockets hit an empty", "An undated claim sai",
        ], await Evidence(store, new EventMentionFilter()));
    }

    [Fact]
    public async Task Dates_match_when_the_event_range_overlaps()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        // The June 5-9 clash overlaps a window starting June 8 and one ending June 6; undated mentions never match.
        Assert.Equal(["Clashes with army un", "Protesters blocked t", "A spokesman of the P"],
            await Evidence(store, new EventMentionFilter { From = D(6, 8), To = D(6, 10) }));
        Assert.Equal(["Militiamen shelled a", "Clashes with army un"],
            await Evidence(store, new EventMentionFilter { To = D(6, 6) }));
        Assert.Equal(["Rockets hit an empty"], await Evidence(store, new EventMentionFilter { From = D(6, 11) }));
        Assert.Equal(["Clashes with army un", "Police arrested a ce"],
            await Evidence(store, new EventMentionFilter { From = D(6, 7), To = D(6, 7) }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListEventMentionsAsync(new EventMentionFilter { From = D(6, 9), To = D(6, 1) }));
    }

    [Fact]
    public async Task Type_matches_event_type_or_sub_type_ignoring_case()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        Assert.Equal(["Clashes with army un"], await Evidence(store, new EventMentionFilter { EventType = "battles" }));
        Assert.Equal(["Police arrested a ce"], await Evidence(store, new EventMentionFilter { EventType = "ARRESTS" }));
        Assert.Equal(["Militiamen shelled a", "Rockets hit an empty"],
            await Evidence(store, new EventMentionFilter { EventType = "Explosions/Remote violence" }));
        Assert.Equal(3, (await Evidence(store, new EventMentionFilter { EventType = " strategic developments " })).Count);
        Assert.Empty(await Evidence(store, new EventMentionFilter { EventType = "Battle" })); // whole value, not a prefix
    }

    [Fact]
    public async Task Actor_ids_match_either_side_or_an_associated_actor()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        Assert.Equal(["Militiamen shelled a", "Clashes with army un"],
            await Evidence(store, new EventMentionFilter { ActorIds = ["badr-organization"] }));
        Assert.Equal(["Militiamen shelled a"], await Evidence(store, new EventMentionFilter { ActorIds = ["civilians-iraq"] }));
        Assert.Equal(["Police arrested a ce", "Protesters blocked t"],
            await Evidence(store, new EventMentionFilter { ActorIds = ["iraqi-police", "protesters-iraq", "nobody"] }));
        Assert.Empty(await Evidence(store, new EventMentionFilter { ActorIds = [] }));
    }

    [Fact]
    public async Task Actor_name_is_a_literal_case_insensitive_part_of_a_name()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        Assert.Equal(["Clashes with army un"], await Evidence(store, new EventMentionFilter { ActorName = "GUNMEN" }));
        Assert.Equal(["Militiamen shelled a", "Clashes with army un"], await Evidence(store, new EventMentionFilter { ActorName = "badr" }));
        // LIKE wildcards in the input are text: '_' and '%' match only themselves.
        Assert.Equal(["A spokesman of the P"], await Evidence(store, new EventMentionFilter { ActorName = "peace_brigade 100%" }));
        Assert.Empty(await Evidence(store, new EventMentionFilter { ActorName = "Peace Brigade" }));
        Assert.Equal(["A spokesman of the P"], await Evidence(store, new EventMentionFilter { ActorName = "%" }));
        Assert.Empty(await Evidence(store, new EventMentionFilter { ActorName = "1_0" }));
        // Ids and a name together are one actor criterion: either may match.
        Assert.Equal(["Police arrested a ce", "A spokesman of the P"],
            await Evidence(store, new EventMentionFilter { ActorIds = ["iraqi-police"], ActorName = "Peace_" }));
    }

    [Fact]
    public async Task Governorate_text_and_document_filters()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        Assert.Equal(["Militiamen shelled a", "Clashes with army un"],
            await Evidence(store, new EventMentionFilter { Governorate = "salah ad-din" }));
        Assert.Equal(["Police arrested a ce"], await Evidence(store, new EventMentionFilter { Governorate = "Ninewa" }));
        Assert.Empty(await Evidence(store, new EventMentionFilter { Governorate = "Salah" }));

        Assert.Equal(["Protesters blocked t"], await Evidence(store, new EventMentionFilter { Text = "port jobs" }));
        Assert.Equal(["Police arrested a ce", "A spokesman of the P"], await Evidence(store, new EventMentionFilter { Text = "arrest*" }));
        Assert.Equal(["An undated claim sai"], await Evidence(store, new EventMentionFilter { Text = "50%" }));
        Assert.Empty(await Evidence(store, new EventMentionFilter { Text = "?!" })); // nothing searchable matches nothing

        var b = Docs.Hash("Police arrested a cell leader in Mosul on June 7. " +
                          "Protesters blocked the Basra port road on June 8, demanding jobs. " +
                          "A spokesman of the Peace Brigade called the arrests illegal on June 10.");
        var inB = await store.ListEventMentionsAsync(new EventMentionFilter { DocumentId = b });
        Assert.Equal(3, inB.Count);
        Assert.All(inB, s => Assert.Equal("b.txt", s.FileName));
        Assert.Equal([0, 1, 2], inB.Select(s => s.Ordinal));
        Assert.Empty(await Evidence(store, new EventMentionFilter { DocumentId = b[..8] })); // exact ids only
    }

    [Fact]
    public async Task Filters_combine_and_pages_follow_the_order()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        Assert.Equal(["Clashes with army un"], await Evidence(store, new EventMentionFilter
        {
            From = D(6, 1), To = D(6, 30), ActorIds = ["badr-organization"], EventType = "armed clash", Governorate = "SALAH AD-DIN",
            Text = "orchards",
        }));
        Assert.Empty(await Evidence(store, new EventMentionFilter { ActorIds = ["badr-organization"], Text = "jobs" }));
        Assert.Equal(["Rockets hit an empty"], await Evidence(store, new EventMentionFilter { EventType = "Explosions/Remote violence", Governorate = "erbil" }));

        var page1 = await store.ListEventMentionsAsync(new EventMentionFilter { Limit = 3 });
        var page2 = await store.ListEventMentionsAsync(new EventMentionFilter { Limit = 3, Offset = 3 });
        var page3 = await store.ListEventMentionsAsync(new EventMentionFilter { Limit = 3, Offset = 6 });
        var all = await All(store);
        Assert.Equal(all.Select(s => s.Id), page1.Concat(page2).Concat(page3).Select(s => s.Id));
        Assert.Equal([3, 3, 1], new[] { page1.Count, page2.Count, page3.Count });
        Assert.Empty(await store.ListEventMentionsAsync(new EventMentionFilter { Limit = 0 }));
        Assert.Equal(7, await store.CountEventMentionsAsync(new EventMentionFilter { Limit = 2 }));
    }

    [Theory]
    [InlineData("'; DROP TABLE event_mentions; --")]
    [InlineData("\"")]
    [InlineData("' OR '1'='1")]
    [InlineData("Kata'ib \"Hezbollah\"")]
    [InlineData("NEAR(a b) OR evidence:x")]
    [InlineData("\\")]
    [InlineData("_%")]
    public async Task Quotes_and_syntax_in_filter_values_are_just_text(string hostile)
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        foreach (var filter in new[]
                 {
                     new EventMentionFilter { EventType = hostile }, new EventMentionFilter { ActorName = hostile },
                     new EventMentionFilter { ActorIds = [hostile] }, new EventMentionFilter { Governorate = hostile },
                     new EventMentionFilter { Text = hostile }, new EventMentionFilter { DocumentId = hostile },
                 })
            Assert.Empty(await store.ListEventMentionsAsync(filter));
        Assert.Equal(7, await store.CountEventMentionsAsync());
    }

    [Fact]
    public async Task Quoted_names_and_evidence_are_stored_and_found()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Shifted(ReportText, "week-18.txt");
        await store.AddDocumentAsync(doc, [FullMention(doc)]);
        Assert.Single(await store.ListEventMentionsAsync(new EventMentionFilter { ActorName = "saraya", Text = "\"ransom\" engineers" }));
        Assert.Single(await store.ListEventMentionsAsync(new EventMentionFilter { ActorName = "Kata'ib \"Test\"" }));
        Assert.Single(await store.ListEventMentionsAsync(new EventMentionFilter { ActorIds = ["test-brigade"] }));
    }
}
