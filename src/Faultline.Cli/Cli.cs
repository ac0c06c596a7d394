using System.CommandLine;
using Faultline.Ingest;
using Faultline.Store;
using Spectre.Console;

namespace Faultline.Cli;

/// <summary>The `faultline` command: verbs and options of DESIGN.md's CLI contract.</summary>
public static class Cli
{
    public const int ExitOk = 0, ExitInputFailed = 1, ExitUsage = 2;

    public static string DefaultDb => "faultline.db";

    /// <summary>Where shipped data (samples, models, dictionaries) lives: next to the executable.</summary>
    public static string DataDir => Path.Combine(AppContext.BaseDirectory, "data");

    public static RootCommand Build()
    {
        var root = new RootCommand("Faultline: news in, coded political events out. Extract, store, search, analyse and code articles.");

        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories, URLs, RSS/Atom feeds, WARC archives, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "json (JSON Lines, one object per input) or text", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var noFetch = new Option<bool>("--no-fetch") { Description = "Do not fetch feed items' links; use the content the feed carries" };
        var maxMb = new Option<int>("--max-page-mb") { Description = "Largest page read whole, in MB", DefaultValueFactory = _ => 16 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for a URL", DefaultValueFactory = _ => 20 };

        var extract = new Command("extract", "Extract articles (title, date, byline, body) without storing them") { inputs, format, noFetch, maxMb, timeout };
        extract.SetAction((p, ct) => Extract(p.GetValue(inputs)!, p.GetValue(format)!, Options(p.GetValue(noFetch), p.GetValue(maxMb), p.GetValue(timeout)), ct));
        root.Subcommands.Add(extract);

        var db = new StoreOptions("SQLite store file", () => DefaultDb);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar or summary; errors only" };
        var noCode = new Option<bool>("--no-code") { Description = "Store articles only; do not code events" };
        var ingestActors = new Option<string[]>("--actors") { Description = "YAML actor files merged over the shipped dictionary", AllowMultipleArgumentsPerToken = true };
        var undated = new Option<string?>("--date") { Description = "Date (YYYY-MM-DD) for articles that carry none (plain text, pages without a date): their events and relative times are dated from it" };
        var ingest = new Command("ingest", "Extract articles, code their events and store both (idempotent; near-duplicates are stored once with all their sources)") { inputs, quiet, noFetch, maxMb, timeout, noCode, ingestActors, undated };
        db.AddTo(ingest);
        ingest.SetAction(async (p, ct) =>
        {
            DateOnly? undatedAs = null;
            if (p.GetValue(undated) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                { Output.Error($"--date must be YYYY-MM-DD, got '{d}'"); return ExitUsage; }
                undatedAs = parsed;
            }
            var report = await Ingest(p.GetValue(inputs)!, db.Location(p), p.GetValue(quiet), Options(p.GetValue(noFetch), p.GetValue(maxMb), p.GetValue(timeout)), ct,
                !p.GetValue(noCode), p.GetValue(ingestActors), undatedAs);
            return report is null ? ExitUsage : report.Failed > 0 ? ExitInputFailed : ExitOk;
        });
        root.Subcommands.Add(ingest);

        var query = new Argument<string>("query") { Description = "Words to find (all must match); FTS5 syntax (\"phrase\", OR, NEAR, prefix*) is accepted" };
        var limit = new Option<int>("--limit") { Description = "Most results to show", DefaultValueFactory = _ => 20 };
        var searchFormat = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        searchFormat.AcceptOnlyFromAmong("table", "json");
        var search = new Command("search", "Full-text search over stored articles") { query, limit, searchFormat };
        db.AddTo(search);
        search.SetAction(p => Search(p.GetValue(query)!, db.Location(p), p.GetValue(limit), p.GetValue(searchFormat)!));
        root.Subcommands.Add(search);

        var articles = new Command("articles", "List stored articles, newest first") { limit, searchFormat };
        db.AddTo(articles);
        articles.SetAction(p => ListArticles(db.Location(p), p.GetValue(limit), p.GetValue(searchFormat)!));
        root.Subcommands.Add(articles);

        var demoDb = new StoreOptions("SQLite store to fill", () => Path.Combine(Path.GetTempPath(), "faultline-demo", "faultline.db"));
        var demoServe = new Option<bool>("--serve") { Description = "Then serve the HTTP API over it on http://127.0.0.1:5080" };
        var demo = new Command("demo", "Ingest the bundled sample corpus into a store and show what was stored") { quiet, demoServe };
        demoDb.AddTo(demo);
        demo.SetAction(async (p, ct) =>
        {
            var samples = SampleCorpus();
            if (samples.Length == 0) { Output.Error($"sample corpus not found in {Path.Combine(DataDir, "samples")}"); return ExitUsage; }
            var location = demoDb.Location(p);
            var report = await Ingest(samples, location, p.GetValue(quiet), Options(noFetch: true, 16, 20), ct);
            if (report is null) return ExitUsage;
            ListArticles(location, 15, "table");
            var where = location.IsPostgres ? "--pg \"…\"" : $"--db {location.SqlitePath}";
            Console.WriteLine($"Stored in {location.Describe()}. Try: faultline search \"police\" {where}");
            Console.WriteLine($"        or: faultline events --root 19 {where}   (coded events: who did what to whom)");
            if (p.GetValue(demoServe)) return await ServeCommand.Serve(location, "http://127.0.0.1:5080", ct);
            return ExitOk;
        });
        root.Subcommands.Add(demo);
        NlpCommands.Add(root);
        EventsCommands.Add(root, db);
        AnalysisCommands.Add(root, db);
        ServeCommand.Add(root, db);
        return root;
    }

    /// <summary>The sample corpus's folders (pages, scraped text, a feed, a web archive); the licence and
    /// attribution files beside them are not news.</summary>
    internal static string[] SampleCorpus() =>
        [.. new[] { "html", "scraped", "feeds", "archive" }.Select(d => Path.Combine(DataDir, "samples", d)).Where(Directory.Exists)];

    static SourceOptions Options(bool noFetch, int maxMb, int timeoutSeconds) => new()
    {
        FetchFeedLinks = !noFetch,
        MaxPageBytes = Math.Max(1, maxMb) * 1024L * 1024,
        FetchTimeout = TimeSpan.FromSeconds(Math.Max(1, timeoutSeconds)),
    };

    static async Task<int> Extract(string[] inputs, string format, SourceOptions options, CancellationToken ct)
    {
        using var fetcher = new HttpFetcher(options);
        var reader = new SourceReader(options, fetcher);
        var extractor = new ArticleExtractor();
        int failed = 0;
        await foreach (var r in reader.ReadAsync(inputs, ct))
        {
            if (r.Error is { } e) { Output.Error(e.ToString()); failed++; continue; }
            var (article, error) = extractor.Extract(r.Document!);
            if (article is null) { Output.Error($"{r.Document!.Source}: {error}"); failed++; continue; }
            if (format == "json") Console.WriteLine(Output.ArticleJson(article));
            else
            {
                Console.WriteLine($"# {article.Title}");
                Console.WriteLine($"{article.Source} · {article.Published?.ToString("yyyy-MM-dd") ?? "undated"}{(article.Byline is null ? "" : " · " + article.Byline)}");
                Console.WriteLine();
                Console.WriteLine(article.Text);
                Console.WriteLine();
            }
        }
        return failed > 0 ? ExitInputFailed : ExitOk;
    }

    internal static async Task<IngestReport?> Ingest(string[] inputs, StoreLocation location, bool quiet, SourceOptions options, CancellationToken ct,
        bool code = true, string[]? actors = null, DateOnly? undatedAs = null)
    {
        using var store = StoreOptions.Open(location, mustExist: false);
        if (store is null) return null;
        using var fetcher = new HttpFetcher(options);
        Faultline.Coding.EventCoder? coder = null;
        if (code)
        {
            try { coder = Faultline.Coding.EventCoder.Load(DataDir, actors); }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or Faultline.Nlp.ModelFileException)
            {
                Output.Error($"cannot load the event coder: {e.Message}");
                return null;
            }
        }
        var pipeline = new IngestPipeline(new SourceReader(options, fetcher), new ArticleExtractor(), store, coder, undatedAs: undatedAs);
        bool showBar = !quiet && !Console.IsErrorRedirected;
        IngestReport report;
        if (showBar)
        {
            var total = CountInputs(inputs);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
            report = await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("ingest", maxValue: Math.Max(1, total));
                    var started = DateTime.UtcNow;
                    return await pipeline.RunAsync(inputs, e => errors.Enqueue(e.ToString()), r =>
                    {
                        var rate = r.Documents / Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
                        if (r.Documents > task.MaxValue) task.MaxValue = r.Documents;
                        task.Value = r.Documents;
                        task.Description = $"ingest {r.Documents}/{(int)task.MaxValue} · {rate:0}/s";
                    }, ct);
                });
            foreach (var e in errors) Output.Error(e);
        }
        else report = await pipeline.RunAsync(inputs, e => Output.Error(e.ToString()), null, ct);
        if (!quiet) Console.Error.WriteLine($"faultline: {report} → {location.Describe()} ({store.CountArticles()} articles, {store.CountEvents()} events stored)");
        return report;
    }

    /// <summary>Files named or found in directories: the progress bar's total (feeds and archives add more as they open).</summary>
    static int CountInputs(string[] inputs)
    {
        int n = 0;
        foreach (var i in inputs)
        {
            if (Directory.Exists(i))
            {
                try { n += Directory.EnumerateFiles(i, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Count(); }
                catch (IOException) { }
            }
            else n++;
        }
        return n;
    }

    /// <summary>Tables for people: colour on a terminal, plain text when piped into a file or another program.</summary>
    internal static IAnsiConsole Stdout()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        // piped into a file or a pager, the 80-column default would wrap every cell
        if (Console.IsOutputRedirected) console.Profile.Width = 200;
        return console;
    }

    static int Search(string query, StoreLocation location, int limit, string format)
    {
        using var store = StoreOptions.Open(location);
        if (store is null) return ExitUsage;
        IReadOnlyList<SearchHit> hits;
        try { hits = store.Search(query, Math.Clamp(limit, 1, 1000)); }
        catch (SearchQueryException e) { Output.Error(e.Message); return ExitUsage; }
        if (format == "json")
        {
            foreach (var h in hits)
                Console.WriteLine(Output.Serialize(new { id = h.ArticleId, title = h.Title, published = h.Published?.ToString("yyyy-MM-dd"), snippet = h.PlainSnippet() }));
            return ExitOk;
        }
        if (hits.Count == 0) { Console.WriteLine($"No stored article matches '{query}'."); return ExitOk; }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("date", "title", "snippet", "id");
        foreach (var h in hits)
            table.AddRow(Markup.Escape(h.Published?.ToString("yyyy-MM-dd") ?? "-"), Markup.Escape(h.Title ?? "(untitled)"),
                Markup.Escape(h.Snippet).Replace(SearchHit.HighlightStart.ToString(), "[bold yellow]").Replace(SearchHit.HighlightEnd.ToString(), "[/]"), Markup.Escape(h.ArticleId[..12]));
        Stdout().Write(table);
        Console.WriteLine($"{hits.Count} matching article{(hits.Count == 1 ? "" : "s")}.");
        return ExitOk;
    }

    static int ListArticles(StoreLocation location, int limit, string format)
    {
        using var store = StoreOptions.Open(location);
        if (store is null) return ExitUsage;
        var list = store.List(Math.Clamp(limit, 1, 10_000));
        if (format == "json")
        {
            foreach (var s in list)
                Console.WriteLine(Output.Serialize(new { id = s.Article.Id, title = s.Article.Title, published = s.Article.Published?.ToString("yyyy-MM-dd"), sources = s.Sources }));
            return ExitOk;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("date", "title", "words", "sources");
        foreach (var s in list)
            table.AddRow(Markup.Escape(s.Article.Published?.ToString("yyyy-MM-dd") ?? "-"), Markup.Escape(s.Article.Title ?? "(untitled)"),
                s.Article.Text.Split(' ', '\n').Length.ToString(), s.Sources.Count.ToString());
        Stdout().Write(table);
        Console.WriteLine($"{store.CountArticles()} articles from {store.CountSources()} sources in {location.Describe()}.");
        return ExitOk;
    }
}
