using Faultline.Core;
using Faultline.Ingest;
using Faultline.Store;
using Microsoft.Data.Sqlite;

namespace Faultline.Tests;

public class StoreTests
{
    const string Story = "Pakistan and Afghanistan agreed on Sunday to reopen the Torkham border crossing after a week of clashes between their forces, officials from both sides said. The crossing, the main trade route between the two countries, had been closed since March 7, leaving thousands of trucks stranded. Traders said losses exceeded two million dollars a day. A joint committee will meet in Peshawar next week to discuss the movement of patients and the fencing of the border, a foreign ministry spokesperson said in Islamabad.";
    const string OtherStory = "India and Pakistan exchanged fire along the Line of Control in Kashmir on Sunday, the Indian army said, the first such incident since a ceasefire was renewed in 2021. No casualties were reported. Pakistan's military said Indian troops had fired first near the Poonch sector and that its soldiers had responded. Both countries have accused each other of violating the truce, and diplomats in New Delhi and Islamabad said talks between their military commanders were expected later this week.";

    static Article A(string text, string source, string? title = "Torkham reopens") => new(source, title, new DateOnly(2023, 3, 14), null, null, "en", text);

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void IngestingTwiceLeavesTheStoreUnchanged(string backend)
    {
        using var store = TestStores.New(backend).Open();
        var batch = new[] { A(Story, "a.html"), A(OtherStory, "b.html", "LoC fire") };
        Assert.All(store.AddBatch(batch), r => Assert.Equal(StoreOutcome.Added, r.Outcome));
        var snapshot = Dump(store);
        var version = store.DataVersion();
        Assert.All(store.AddBatch(batch), r => Assert.Equal(StoreOutcome.Unchanged, r.Outcome));
        Assert.Equal(snapshot, Dump(store));
        Assert.Equal(2, store.CountArticles());
        Assert.True(store.DataVersion() > version); // a write, even an idempotent one, moves the cache key on
    }

    static string Dump(IArticleStore store) =>
        string.Join("\n", store.List(100).Select(a => $"{a.Article.Title}|{a.Article.Published}|{a.Article.Text}|{a.IngestedAt:O}|{string.Join(",", a.Sources)}"));

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void SyndicatedCopyIsStoredOnceWithBothSources(string backend)
    {
        using var store = TestStores.New(backend).Open();
        store.AddBatch([A(Story, "https://site-one.example/torkham")]);
        // Another site: its own dateline, a trailing credit line, a different headline.
        var copy = "ISLAMABAD (Agency) — " + Story + " (Reporting by staff; editing by the desk)";
        var results = store.AddBatch([A(copy, "https://site-two.example/news/1", "Border crossing to reopen")]);
        Assert.Equal(StoreOutcome.NewSource, results[0].Outcome);
        Assert.Equal(1, store.CountArticles());
        var stored = store.Get(results[0].ArticleId)!;
        Assert.Equal(["https://site-one.example/torkham", "https://site-two.example/news/1"], stored.Sources.Order());
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void DifferentStoriesOnTheSameSubjectAreNotMerged(string backend)
    {
        using var store = TestStores.New(backend).Open();
        // Same topic and many shared words, but a different event: must stay two articles.
        var followUp = Story.Replace("agreed on Sunday to reopen", "failed on Tuesday to reopen").Replace("Traders said losses exceeded two million dollars a day.", "Clashes resumed overnight near the crossing, killing two soldiers, and the talks were suspended.") + " Officials said a new round of talks had not been scheduled and that trucks were being turned back to Peshawar and Jalalabad.";
        Assert.True(NearDuplicates.Jaccard(NearDuplicates.Shingles(Story), NearDuplicates.Shingles(followUp)) < NearDuplicates.JaccardThreshold);
        store.AddBatch([A(Story, "a"), A(OtherStory, "b"), A(followUp, "c")]);
        Assert.Equal(3, store.CountArticles());
    }

    [Fact]
    public void MinHashBandsFindNearCopiesAndNotOtherStories()
    {
        var a = NearDuplicates.BandKeys(Story);
        var copy = NearDuplicates.BandKeys("ISLAMABAD — " + Story + " Editing by the desk.");
        var other = NearDuplicates.BandKeys(OtherStory);
        Assert.True(a.Intersect(copy).Count() >= 5, a.Intersect(copy).Count().ToString());
        Assert.Empty(a.Intersect(other));
        Assert.True(NearDuplicates.Distance(NearDuplicates.SimHash(Story), NearDuplicates.SimHash(OtherStory)) > 10);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void FullTextSearchFindsByTitleAndBodyAndRejectsBadSyntaxClearly(string backend)
    {
        using var store = TestStores.New(backend).Open();
        store.AddBatch([A(Story, "a"), A(OtherStory, "b", "LoC fire")]);
        Assert.Equal("Torkham reopens", store.Search("torkham").Single().Title);
        Assert.Equal("LoC fire", store.Search("Line of Control").Single().Title);
        Assert.Equal(2, store.Search("Pakistan Sunday").Count);
        Assert.Empty(store.Search("Ouagadougou"));
        Assert.Single(store.Search("U.S. OR Kashmir")); // explicit FTS syntax passes through
        Assert.NotEmpty(store.Search("al-Qaeda OR Torkham"));
        Assert.Throws<SearchQueryException>(() => store.Search("\"unbalanced"));
        Assert.Throws<SearchQueryException>(() => store.Search("   "));
        Assert.Contains(SearchHit.HighlightStart, store.Search("torkham")[0].Snippet);
    }

    [Fact]
    public void MigrationsRecordTheSchemaVersionAndReopenCleanly()
    {
        var path = Path.Combine(TestPaths.TempDir(), "s.db");
        using (var store = new SqliteArticleStore(path)) store.AddBatch([A(Story, "a")]);
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version";
            Assert.Equal((long)SqliteArticleStore.SchemaVersion, (long)cmd.ExecuteScalar()!);
            cmd.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string)cmd.ExecuteScalar()!);
        }
        using (var store = new SqliteArticleStore(path)) Assert.Equal(1, store.CountArticles());
    }

    [SkippableFact]
    public void PostgresMigratesOnceRecordsTheSchemaAndReopensCleanly()
    {
        var location = TestStores.New(TestStores.Postgres);
        using (var store = location.Open()) store.AddBatch([A(Story, "a")]);
        // a second opener finds the schema in place and the data intact
        using (var store = location.Open()) Assert.Equal(1, store.CountArticles());
        using var c = new Npgsql.NpgsqlConnection(location.PostgresConnection);
        c.Open();
        using var cmd = new Npgsql.NpgsqlCommand("SELECT value FROM meta WHERE key = 'schema'", c);
        Assert.Equal((long)PostgresArticleStore.SchemaVersion, (long)cmd.ExecuteScalar()!);
        cmd.CommandText = "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'articles_tsv'";
        Assert.Equal(1L, (long)cmd.ExecuteScalar()!);
    }
}
