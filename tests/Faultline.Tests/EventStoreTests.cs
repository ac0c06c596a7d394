using System.Diagnostics;
using Faultline.Core;
using Faultline.Store;

namespace Faultline.Tests;

/// <summary>Stored events: saving is idempotent, queries filter as the CLI and API promise.</summary>
public class EventStoreTests
{
    static CodedEvent Event(string id, string date, string source, string? target, string cameo, Modality modality = Modality.Asserted, string? country = null, int start = 0) => new()
    {
        Id = id, Date = date, DateSource = "text",
        Source = new ActorRef(source.ToLowerInvariant(), source, null), Target = target is null ? null : new ActorRef(target.ToLowerInvariant(), target, null),
        Cameo = cameo, QuadClass = int.Parse(cameo[..2]) >= 15 ? 4 : 1, Goldstein = int.Parse(cameo[..2]) >= 15 ? -10 : 1, Plover = null,
        Modality = modality, Location = country is null ? null : new Place("Somewhere", country, null, 1.5, 2.5), Fatalities = null,
        Sentence = $"{source} did {cameo} to {target}.", Start = start, End = start + 10, Rule = "test", Confidence = 0.9,
    };

    static (IArticleStore Store, string ArticleId) NewStore(string backend)
    {
        var store = TestStores.New(backend).Open();
        var article = new Article("a.html", "Border clashes", new DateOnly(2025, 10, 12), null, null, "en", "Pakistani troops fired on Afghan posts. Talks followed.");
        store.AddBatch([article]);
        return (store, article.Id);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void SavingTwiceReplacesAndQueriesFilter(string backend)
    {
        var (store, id) = NewStore(backend);
        using var _ = store;
        Assert.False(store.IsCoded(id));
        var events = new[]
        {
            Event("e1", "2025-10-11", "PAKMIL", "AFGGOV", "190", country: "AFG"),
            Event("e2", "2025-10-12", "AFGGOV", "PAKGOV", "040", start: 40),
            Event("e3", "2025-10-13", "INDGOV", "PAKGOV", "111", Modality.Hypothetical, start: 60),
            Event("e4", "2025-09-01", "PAKGOV", null, "010", Modality.Negated, start: 80),
        };
        store.SaveCoding(id, [new CodedEntity("Pakistani", EntityType.NORP, 0, 9, "PAK")], events);
        store.SaveCoding(id, [new CodedEntity("Pakistani", EntityType.NORP, 0, 9, "PAK")], events);
        Assert.True(store.IsCoded(id));
        Assert.Equal(4, store.CountEvents());

        string Ids(EventQuery q) => string.Join(",", store.QueryEvents(q).Select(e => e.Event.Id).Order());
        Assert.Equal("e1,e2,e3,e4", Ids(new EventQuery()));
        Assert.Equal("e1,e2,e3,e4", Ids(new EventQuery { Actor = "pak" }));
        Assert.Equal("e1,e2", Ids(new EventQuery { Dyad = ("AFG", "PAK") }));
        Assert.Equal("e1", Ids(new EventQuery { Root = "19" }));
        Assert.Equal("e1,e2", Ids(new EventQuery { Modalities = [Modality.Asserted], Since = new DateOnly(2025, 10, 1) }));
        Assert.Equal("e4", Ids(new EventQuery { Until = new DateOnly(2025, 9, 30) }));
        Assert.Equal("e1", Ids(new EventQuery { Place = "AFG" }));
        Assert.Equal("e3", Ids(new EventQuery { Text = "111" }));
        Assert.Equal("e3", Ids(new EventQuery { Limit = 1 })); // newest first

        var stored = store.GetEvent("e1")!;
        Assert.Equal("Border clashes", stored.ArticleTitle);
        Assert.Equal("a.html", stored.ArticleSource);
        Assert.Equal(("PAKMIL", "AFGGOV", 1.5), (stored.Event.Source.Code, stored.Event.Target!.Code, stored.Event.Location!.Lat!.Value));

        // recoding with fewer events removes the stale ones
        store.SaveCoding(id, [], events[..1]);
        Assert.Equal(1, store.CountEvents());
    }

    static (int Code, string Out, string Err) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "faultline.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(180_000));
        return (p.ExitCode, output.Result, error.Result);
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task IngestCodesAndStoresEventsOnceAndEventsVerbFilters(string backend)
    {
        var location = TestStores.New(backend);
        var db = TestStores.CliArgs(location);
        var html = Path.Combine(TestPaths.Samples, "html");
        var (code, _, err) = Run(["ingest", html, .. db, "--no-fetch"]);
        Assert.Equal(0, code);
        Assert.Matches(@"\d+ documents: \d+ new articles, .* [1-9]\d* events coded", err);
        int stored;
        using (var store = location.Open()) stored = store.CountEvents();
        Assert.True(stored > 50, $"{stored} events");

        (code, _, err) = Run(["ingest", html, .. db, "--no-fetch"]);
        Assert.Equal(0, code);
        Assert.Contains(" 0 events coded", err);
        using (var store = location.Open()) Assert.Equal(stored, store.CountEvents());

        (code, var output, _) = Run(["events", .. db, "--root", "19", "--format", "csv", "--limit", "1000"]);
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("GLOBALEVENTID,SQLDATE,Actor1Code", rows[0]);
        Assert.True(rows.Length > 1);
        Assert.All(rows.Skip(1), r => Assert.Contains(",19,4,", r));

        (code, output, _) = Run(["network", .. db, "--format", "json"]);
        Assert.Equal(0, code);
        var net = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.True(net.GetProperty("Nodes").GetArrayLength() > 2);
        Assert.True(net.GetProperty("Edges").GetArrayLength() > 1);

        var graphml = Path.Combine(TestPaths.TempDir(), "net.graphml");
        (code, _, err) = Run(["export", "--format", "graphml", "--out", graphml, .. db]);
        Assert.Equal(0, code);
        var xml = System.Xml.Linq.XDocument.Load(graphml);
        System.Xml.Linq.XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(net.GetProperty("Nodes").GetArrayLength(), xml.Descendants(ns + "node").Count());

        (code, output, _) = Run(["export", "--format", "jsonl", .. db]);
        Assert.Equal(0, code);
        var jsonl = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(jsonl, l => Assert.True(System.Text.Json.JsonDocument.Parse(l).RootElement.TryGetProperty("cameo", out _)));

        var parquetPath = Path.Combine(TestPaths.TempDir(), "events.parquet");
        (code, _, _) = Run(["export", "--format", "parquet", "--out", parquetPath, .. db]);
        Assert.Equal(0, code);
        await using (var stream = File.OpenRead(parquetPath))
        await using (var reader = await Parquet.ParquetReader.CreateAsync(stream))
        {
            Assert.Contains(reader.Schema.DataFields, f => f.Name == "cameo");
            long parquetRows = 0;
            for (int g = 0; g < reader.RowGroupCount; g++) parquetRows += reader.OpenRowGroupReader(g).RowCount;
            Assert.Equal(jsonl.Length, parquetRows);
        }

        (code, output, _) = Run(["dyad", "USA", "IRN", "--interval", "month", "--format", "csv", .. db]);
        Assert.Equal(0, code);
        Assert.StartsWith("start,events,verbal_cooperation", output);

        foreach (var (args, message) in new[]
        {
            (new[] { "--dyad", "PAK" }, "--dyad must be A:B"),
            (new[] { "--root", "42" }, "--root must be a CAMEO root"),
            (new[] { "--since", "yesterday" }, "--since must be YYYY-MM-DD"),
            (new[] { "--modality", "maybe" }, "--modality takes"),
        })
        {
            (code, output, err) = Run(["events", .. db, .. args]);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Contains(message, err);
        }
    }
}

/// <summary>Stories: which mentions merge and which stay apart.</summary>
public class StoryTests
{
    static CodedEvent E(string id, string date, string source, string target, string cameo, string? place, string? admin1, Modality m = Modality.Asserted) => new()
    {
        Id = id, Date = date, DateSource = "text", Source = new ActorRef(source, source, null), Target = new ActorRef(target, target, null),
        Cameo = cameo, QuadClass = 4, Goldstein = -10, Modality = m,
        Location = place is null ? null : new Place(place, "AFG", admin1, 33.0, 69.0),
        Sentence = "s", Start = 5, End = 6, Rule = "test", Confidence = 1,
    };

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void ReportsOfOneEventMergeAndOthersStayApart(string backend)
    {
        using var store = TestStores.New(backend).Open();
        var cases = new (string Site, CodedEvent Event)[]
        {
            ("a.example", E("a", "2025-10-11", "PAKMIL", "AFGGOV", "190", "Khost", "Khost")),
            ("b.example", E("b", "2025-10-12", "PAKMIL", "AFGGOV", "193", "Khost", "Khost")),       // same root, next day: merges
            ("g.example", E("g", "2025-10-12", "PAKMIL", "AFGGOV", "190", "Afghanistan", null)),    // country-level place: merges
            ("c.example", E("c", "2025-10-14", "PAKMIL", "AFGGOV", "190", "Khost", "Khost")),       // 3 days after the first: apart
            ("d.example", E("d", "2025-10-11", "PAKGOV", "AFGGOV", "190", "Khost", "Khost")),       // another actor (role): apart
            ("e.example", E("e", "2025-10-11", "PAKMIL", "AFGGOV", "111", "Khost", "Khost")),       // another root: apart
            ("f.example", E("f", "2025-10-11", "PAKMIL", "AFGGOV", "190", "Kabul", "Kabul")),       // another place: apart
            ("h.example", E("h", "2025-10-11", "PAKMIL", "AFGGOV", "190", "Khost", "Khost", Modality.Hypothetical)), // not counted: apart
        };
        foreach (var (site, ev) in cases)
        {
            var article = new Article($"https://{site}/story", ev.Id, new DateOnly(2025, 10, 12), null, null, "en", $"Report {ev.Id} from {site} about the border.");
            store.AddBatch([article]);
            store.SaveCoding(article.Id, [], [ev]);
        }
        var all = store.QueryEvents(new EventQuery { Modalities = [], Limit = 100 }).ToDictionary(e => e.Event.Id);
        Assert.Equal("a", all["b"].StoryId);
        Assert.Equal("a", all["g"].StoryId);
        foreach (var apart in new[] { "c", "d", "e", "f", "h" }) Assert.Equal(apart, all[apart].StoryId);
        Assert.Equal((3, 3), (all["a"].Mentions, all["a"].Sources));

        var stories = store.QueryEvents(new EventQuery { StoriesOnly = true, Modalities = [Modality.Asserted, Modality.Reported, Modality.Claimed], Limit = 100 });
        Assert.Equal(["a", "c", "d", "e", "f"], stories.Select(s => s.Event.Id).Order());

        // re-saving a mention keeps the story together
        var b = all["b"].Event;
        store.SaveCoding(all["b"].ArticleId, [], [b]);
        Assert.Equal("a", store.GetEvent("b")!.StoryId);
    }
}
