using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Xml;
using Faultline.Analysis;
using Faultline.Core;
using Faultline.Store;
using Spectre.Console;

namespace Faultline.Cli;

/// <summary>`faultline dyad`, `faultline network` and `faultline export` over the stored events.</summary>
static class AnalysisCommands
{
    const int AllEvents = 1_000_000;

    public static void Add(RootCommand root, StoreOptions db)
    {
        var since = new Option<string?>("--since") { Description = "First date, YYYY-MM-DD" };
        var until = new Option<string?>("--until") { Description = "Last date, YYYY-MM-DD" };

        // dyad
        var a = new Argument<string>("a") { Description = "Actor code or prefix (PAK, AFGGOV)" };
        var b = new Argument<string>("b") { Description = "The other actor" };
        var interval = new Option<string>("--interval") { Description = "day, week or month", DefaultValueFactory = _ => "week" };
        interval.AcceptOnlyFromAmong("day", "week", "month");
        var seriesFormat = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        seriesFormat.AcceptOnlyFromAmong("table", "csv", "json");
        var dyad = new Command("dyad", "A dyad's series: events by QuadClass, Goldstein, material-conflict share, tension index and alerts (EWMA, z ≥ 2)")
            { a, b, interval, since, until, seriesFormat };
        db.AddTo(dyad);
        dyad.SetAction(p => WithStore(db.Location(p), store =>
        {
            var q = EventsCommands.Query(null, $"{p.GetValue(a)}:{p.GetValue(b)}", null, null, p.GetValue(since), p.GetValue(until), null, null, AllEvents) with { StoriesOnly = true };
            var events = store.QueryEvents(q).Select(e => e.Event).ToList();
            var series = DyadSeries.Compute(events, Enum.Parse<Interval>(p.GetValue(interval)!, ignoreCase: true));
            switch (p.GetValue(seriesFormat))
            {
                case "json": Console.WriteLine(Output.Serialize(series)); break;
                case "csv":
                    Console.WriteLine("start,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,material_conflict_share,tension,baseline,z,alert");
                    foreach (var s in series)
                        Console.WriteLine(string.Join(',', s.Start.ToString("yyyy-MM-dd"), s.Events, s.VerbalCooperation, s.MaterialCooperation, s.VerbalConflict, s.MaterialConflict,
                            Inv(s.GoldsteinSum), Inv(s.GoldsteinMean), Inv(s.MaterialConflictShare), Inv(s.Tension), Inv(s.Baseline), Inv(s.ZScore), s.Alert ? "1" : "0"));
                    break;
                default:
                    var table = new Table().AddColumns("from", "events", "coop v/m", "conflict v/m", "Goldstein Σ", "mean", "tension", "baseline", "z", "alert");
                    foreach (var s in series)
                        table.AddRow(s.Start.ToString("yyyy-MM-dd"), s.Events.ToString(), $"{s.VerbalCooperation}/{s.MaterialCooperation}", $"{s.VerbalConflict}/{s.MaterialConflict}",
                            Inv(s.GoldsteinSum), Inv(s.GoldsteinMean), Inv(s.Tension), Inv(s.Baseline), Inv(s.ZScore), s.Alert ? "ALERT" : "");
                    Cli.Stdout().Write(table);
                    int undatedStories = events.Count(e => e.Date is null);
                    Console.Error.WriteLine($"{events.Count} stories between {p.GetValue(a)} and {p.GetValue(b)}; {series.Count(s => s.Alert)} alerts"
                        + (undatedStories > 0 ? $"; {undatedStories} undated, left out of the series (ingest undated articles with --date YYYY-MM-DD)" : ""));
                    break;
            }
        }));
        root.Subcommands.Add(dyad);

        // network
        var level = new Option<string>("--level") { Description = "country (PAKMIL counts as PAK) or actor", DefaultValueFactory = _ => "country" };
        level.AcceptOnlyFromAmong("country", "actor");
        var netFormat = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        netFormat.AcceptOnlyFromAmong("table", "json");
        var minEvents = new Option<int>("--min-events") { Description = "Edges with fewer events are left out", DefaultValueFactory = _ => 1 };
        var network = new Command("network", "The signed actor network: cooperation minus conflict per pair, centrality, balanced and unbalanced triads")
            { since, until, level, minEvents, netFormat };
        db.AddTo(network);
        network.SetAction(p => WithStore(db.Location(p), store =>
        {
            var q = EventsCommands.Query(null, null, null, null, p.GetValue(since), p.GetValue(until), null, null, AllEvents) with { StoriesOnly = true };
            var graph = SignedNetwork.Build(store.QueryEvents(q).Select(e => e.Event), p.GetValue(level) == "country", Math.Max(1, p.GetValue(minEvents)));
            if (p.GetValue(netFormat) == "json") { Console.WriteLine(Output.Serialize(new { graph.Nodes, graph.Edges, Triads = graph.Triads.Select(t => new { t.A, t.B, t.C, t.Pattern, t.Balanced, t.Kind }), graph.OpenTriads })); return; }
            var console = Cli.Stdout();
            var edges = new Table().AddColumns("pair", "events", "weight", "coop", "conflict", "sign");
            foreach (var e in graph.Edges.Take(40)) edges.AddRow($"{e.A} – {e.B}", e.Events.ToString(), Inv(e.Weight), e.Cooperation.ToString(), e.Conflict.ToString(), e.Sign > 0 ? "+" : "−");
            console.Write(edges);
            var nodes = new Table().AddColumns("actor", "events", "strength", "friends", "enemies", "degree centrality");
            foreach (var n in graph.Nodes.Take(25)) nodes.AddRow(n.Actor, n.Events.ToString(), Inv(n.Strength), n.Friends.ToString(), n.Enemies.ToString(), Inv(n.DegreeCentrality));
            console.Write(nodes);
            var triads = new Table().AddColumns("triad", "signs", "balanced", "kind");
            foreach (var t in graph.Triads) triads.AddRow($"{t.A} {t.B} {t.C}", t.Pattern, t.Balanced ? "yes" : "NO", t.Kind);
            console.Write(triads);
            foreach (var o in graph.OpenTriads.Take(20)) console.WriteLine($"enemy of my enemy: {o.A} and {o.C} are both hostile to {o.Enemy}");
            Console.Error.WriteLine($"{graph.Nodes.Count} actors, {graph.Edges.Count} signed edges, {graph.Triads.Count(t => !t.Balanced)} of {graph.Triads.Count} triads unbalanced");
        }));
        root.Subcommands.Add(network);

        // export
        var exportFormat = new Option<string>("--format") { Description = "csv (GDELT-style columns), jsonl, parquet (pandas, R, DuckDB; needs --out), or graphml (the signed network, for Gephi)", Required = true };
        exportFormat.AcceptOnlyFromAmong("csv", "jsonl", "parquet", "graphml");
        var outPath = new Option<string?>("--out") { Description = "File to write (default: standard output)" };
        var export = new Command("export", "Export stored events (asserted, reported and claimed) or their network") { exportFormat, outPath, since, until };
        db.AddTo(export);
        export.SetAction(p => WithStore(db.Location(p), store =>
        {
            var q = EventsCommands.Query(null, null, null, null, p.GetValue(since), p.GetValue(until), null, null, AllEvents);
            var events = store.QueryEvents(q);
            if (p.GetValue(exportFormat) == "parquet")
            {
                if (p.GetValue(outPath) is not { } parquetFile) throw new FormatException("--format parquet needs --out FILE (Parquet is binary)");
                using (var fs = File.Create(parquetFile))
                    Parquet.Serialization.ParquetSerializer.SerializeAsync(events.Select(EventRow.Of), fs).GetAwaiter().GetResult();
                Console.Error.WriteLine($"wrote {events.Count} events to {parquetFile}");
                return;
            }
            using var writer = p.GetValue(outPath) is { } file ? new StreamWriter(file, false, new UTF8Encoding(false)) : new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            switch (p.GetValue(exportFormat))
            {
                case "csv":
                    writer.WriteLine(CodingCommands.CsvHeader);
                    foreach (var e in events) writer.WriteLine(CodingCommands.Csv(e.ArticleSource ?? e.ArticleId, e.Event));
                    break;
                case "jsonl":
                    foreach (var e in events)
                    {
                        var o = Faultline.Coding.EventJson.Of(e.Event, null);
                        o["article_id"] = e.ArticleId;
                        o["article_source"] = e.ArticleSource;
                        writer.WriteLine(Output.Serialize(o));
                    }
                    break;
                default:
                    WriteGraphMl(writer, SignedNetwork.Build(events.Select(e => e.Event)));
                    break;
            }
            if (p.GetValue(outPath) is { } f) Console.Error.WriteLine($"wrote {events.Count} events to {f}");
        }));
        root.Subcommands.Add(export);
    }

    /// <summary>A flat row of the event table for Parquet (column names as in the CSV export, snake_case).</summary>
    sealed class EventRow
    {
        public string id { get; set; } = "";
        public string? date { get; set; }
        public string date_source { get; set; } = "";
        public string? source_code { get; set; }
        public string source_text { get; set; } = "";
        public string? target_code { get; set; }
        public string? target_text { get; set; }
        public string cameo { get; set; } = "";
        public string root { get; set; } = "";
        public int quad_class { get; set; }
        public double goldstein { get; set; }
        public string? plover { get; set; }
        public string modality { get; set; } = "";
        public string? place { get; set; }
        public string? country { get; set; }
        public double? lat { get; set; }
        public double? lon { get; set; }
        public int? fatalities { get; set; }
        public double confidence { get; set; }
        public string rule { get; set; } = "";
        public string story_id { get; set; } = "";
        public int mentions { get; set; }
        public string article_id { get; set; } = "";
        public string? article_source { get; set; }
        public string sentence { get; set; } = "";

        public static EventRow Of(StoredEvent s)
        {
            var e = s.Event;
            return new EventRow
            {
                id = e.Id, date = e.Date, date_source = e.DateSource, source_code = e.Source.Code, source_text = e.Source.Text,
                target_code = e.Target?.Code, target_text = e.Target?.Text, cameo = e.Cameo, root = e.Root, quad_class = e.QuadClass,
                goldstein = e.Goldstein, plover = e.Plover, modality = e.Modality.ToString().ToLowerInvariant(), place = e.Location?.Name,
                country = e.Location?.Country, lat = e.Location?.Lat, lon = e.Location?.Lon, fatalities = e.Fatalities, confidence = e.Confidence,
                rule = e.Rule, story_id = s.StoryId, mentions = s.Mentions, article_id = s.ArticleId, article_source = s.ArticleSource, sentence = e.Sentence,
            };
        }
    }

    // (a value that rounds to zero prints "0", not "-0")
    static string Inv(double v) => Math.Round(v, 2) == 0 ? "0" : v.ToString("0.##", CultureInfo.InvariantCulture);

    static int WithStore(StoreLocation location, Action<IArticleStore> body)
    {
        using var opened = StoreOptions.Open(location);
        if (opened is null) return Cli.ExitUsage;
        try
        {
            using var store = opened;
            body(store);
            return Cli.ExitOk;
        }
        catch (FormatException e) { Output.Error(e.Message); return Cli.ExitUsage; }
        catch (Exception e) when (StoreLocation.IsStoreError(e))
        {
            Output.Error(e.Message);
            return Cli.ExitInputFailed;
        }
    }

    /// <summary>GraphML for Gephi and networkx: nodes with event counts, edges with weight, sign and counts.</summary>
    static void WriteGraphMl(TextWriter writer, SignedGraph graph)
    {
        using var x = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        x.WriteStartDocument();
        x.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        void Key(string id, string forWhat, string name, string type)
        {
            x.WriteStartElement("key");
            x.WriteAttributeString("id", id); x.WriteAttributeString("for", forWhat); x.WriteAttributeString("attr.name", name); x.WriteAttributeString("attr.type", type);
            x.WriteEndElement();
        }
        Key("events", "node", "events", "int");
        Key("strength", "node", "strength", "double");
        Key("weight", "edge", "weight", "double");
        Key("sign", "edge", "sign", "int");
        Key("n", "edge", "events", "int");
        x.WriteStartElement("graph");
        x.WriteAttributeString("id", "faultline");
        x.WriteAttributeString("edgedefault", "undirected");
        void Data(string key, string value) { x.WriteStartElement("data"); x.WriteAttributeString("key", key); x.WriteString(value); x.WriteEndElement(); }
        foreach (var n in graph.Nodes)
        {
            x.WriteStartElement("node");
            x.WriteAttributeString("id", n.Actor);
            Data("events", n.Events.ToString(CultureInfo.InvariantCulture));
            Data("strength", Inv(n.Strength));
            x.WriteEndElement();
        }
        int i = 0;
        foreach (var e in graph.Edges)
        {
            x.WriteStartElement("edge");
            x.WriteAttributeString("id", $"e{i++}"); x.WriteAttributeString("source", e.A); x.WriteAttributeString("target", e.B);
            Data("weight", Inv(e.Weight));
            Data("sign", e.Sign.ToString(CultureInfo.InvariantCulture));
            Data("n", e.Events.ToString(CultureInfo.InvariantCulture));
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndDocument();
    }
}
