using System.CommandLine;
using System.Globalization;
using System.Text;
using Faultline.Coding;
using Faultline.Core;
using Faultline.Ingest;
using Spectre.Console;

namespace Faultline.Cli;

/// <summary>`faultline code`: the full pipeline on articles, nothing stored; and `faultline eval events`.</summary>
static class CodingCommands
{
    public static void Add(RootCommand root, Command eval)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories, URLs, feeds, WARC archives, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var date = new Option<string?>("--date") { Description = "Article date (YYYY-MM-DD) for undated articles and relative times; overrides the page's date" };
        var format = new Option<string>("--format") { Description = "json (JSON Lines, one article a line), table or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table", "csv");
        var actors = new Option<string[]>("--actors") { Description = "YAML actor files merged over the shipped dictionary (format: data/actors/modern.yaml)", AllowMultipleArgumentsPerToken = true };
        var noFetch = new Option<bool>("--no-fetch") { Description = "Do not fetch feed items' links" };
        var plain = new Option<bool>("--plain") { Description = "Text inputs (.txt, stdin) are plain article text, every line of it, not scraped pages" };
        var models = new Option<string?>("--models") { Description = "Directory of NLP model files (default: the shipped data/models; e.g. models from `faultline train … --out DIR`)" };
        var tagger = NlpCommands.TaggerOption();
        var parser = NlpCommands.ParserOption();
        var code = new Command("code", "Code events: who did what to whom, when, where, how sure (full pipeline, nothing stored)") { inputs, date, format, actors, noFetch, plain, models, tagger, parser };
        code.SetAction(async (p, ct) =>
        {
            DateOnly? when = null;
            if (p.GetValue(date) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                { Output.Error($"--date must be YYYY-MM-DD, got '{d}'"); return Cli.ExitUsage; }
                when = parsed;
            }
            EventCoder coder;
            try { coder = EventCoder.Load(Cli.DataDir, p.GetValue(actors), p.GetValue(models), p.GetValue(tagger), p.GetValue(parser)); }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or Faultline.Nlp.ModelFileException)
            { Output.Error(e.Message); return Cli.ExitUsage; }
            var options = new SourceOptions { FetchFeedLinks = !p.GetValue(noFetch) };
            using var fetcher = new HttpFetcher(options);
            var reader = new SourceReader(options, fetcher);
            var extractor = new ArticleExtractor();
            var fmt = p.GetValue(format)!;
            bool asPlain = p.GetValue(plain);
            if (fmt == "csv") Console.WriteLine(CsvHeader);

            // Each document is extracted, coded and rendered on the thread pool, all cores at once;
            // results are printed in input order. The bounded queue keeps memory flat on huge inputs.
            // The site's boilerplate is dropped in input order (its turn), so that a batch gives the same text every run.
            async Task<Outcome> Work(SourceResult r, InputTurn turn)
            {
                if (r.Error is { } e) { turn.Pass(); return new Outcome(e.ToString(), null, null); }
                var doc = r.Document!;
                try
                {
                    Article? article;
                    string? error = null;
                    if (asPlain && doc.Kind == DocumentKind.ScrapedText)
                    {
                        turn.Pass();
                        article = new Article(doc.Source, null, null, null, null, "en", CharsetDecoder.Decode(doc.Bytes, doc.Charset).Trim());
                    }
                    else (article, error) = await extractor.ExtractInTurn(doc, turn);
                    if (article is null || article.Text.Length == 0) return new Outcome($"{doc.Source}: {error ?? "empty"}", null, null);
                    var coded = coder.Code(article, when);
                    string? text = fmt switch
                    {
                        "json" => Json(coded, coder),
                        "csv" => string.Join('\n', coded.Events.Select(ev => Csv(coded.Article.Url ?? coded.Article.Source, ev))),
                        _ => null,
                    };
                    return new Outcome(null, coded, text);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // one article's failure must not stop the batch
                    return new Outcome($"{doc.Source}: event coding failed: {ex.Message}", null, null);
                }
            }

            var pending = System.Threading.Channels.Channel.CreateBounded<Task<Outcome>>(2 * Environment.ProcessorCount + 2);
            var produce = Task.Run(async () =>
            {
                try
                {
                    var order = new InputOrder();
                    await foreach (var r in reader.ReadAsync(p.GetValue(inputs)!, ct))
                    {
                        var turn = order.Next();
                        await pending.Writer.WriteAsync(Task.Run(() => Work(r, turn), ct), ct);
                    }
                }
                finally { pending.Writer.Complete(); }
            }, ct);
            int failed = 0;
            await foreach (var next in pending.Reader.ReadAllAsync(ct))
            {
                var o = await next;
                if (o.Error is { } err) { Output.Error(err); failed++; continue; }
                if (o.Text is { Length: > 0 } t) Console.WriteLine(t);
                else if (fmt == "table") Table(o.Coded!, coder);
            }
            await produce;
            return failed > 0 ? Cli.ExitInputFailed : Cli.ExitOk;
        });
        root.Subcommands.Add(code);

        var gold = new Option<string>("--gold") { Description = "PLOVER_GSR_CAMEO.json (gold-coded sentences) or cameo-codes.csv (the codebook's examples)", Required = true };
        var evalFormat = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        evalFormat.AcceptOnlyFromAmong("table", "json");
        var misses = new Option<string?>("--misses") { Description = "Write the sentences whose main event type (the codebook: its CAMEO root) was wrong to this TSV file" };
        var events = new Command("events", "Event coding accuracy on gold-coded sentences") { gold, evalFormat, misses, models, tagger, parser };
        events.SetAction(p =>
        {
            var path = p.GetValue(gold)!;
            if (!File.Exists(path)) { Output.Error($"gold file not found: {path}"); return Cli.ExitInputFailed; }
            EventCoder coder;
            try { coder = EventCoder.Load(Cli.DataDir, modelDir: p.GetValue(models), tagger: p.GetValue(tagger), parser: p.GetValue(parser)); }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or Faultline.Nlp.ModelFileException)
            { Output.Error(e.Message); return Cli.ExitUsage; }
            try
            {
                Dictionary<string, double> metrics;
                if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    var r = EventEvaluation.Codebook(coder, path);
                    metrics = new() { ["root_accuracy"] = r.RootAccuracy, ["code_accuracy"] = r.CodeAccuracy, ["sentences"] = r.Sentences, ["coded"] = r.Coded };
                    if (p.GetValue(misses) is { } m) File.WriteAllLines(m, r.Misses.Prepend("gold\tours\tcameo\trule\tsentence"));
                }
                else
                {
                    var r = EventEvaluation.Gsr(coder, path);
                    metrics = new()
                    {
                        ["type_accuracy"] = r.TypeAccuracy, ["source_accuracy"] = r.SourceAccuracy, ["target_accuracy"] = r.TargetAccuracy,
                        ["precision"] = r.Precision, ["recall"] = r.Recall, ["f1"] = r.F1, ["sentences"] = r.Sentences, ["coded"] = r.Coded,
                    };
                    if (p.GetValue(misses) is { } m) File.WriteAllLines(m, r.Misses.Prepend("gold\tours\tcameo\trule\tsentence"));
                }
                NlpCommands.Print(p.GetValue(evalFormat)!, metrics);
                return Cli.ExitOk;
            }
            catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException or KeyNotFoundException or InvalidOperationException)
            {
                Output.Error($"{path}: {e.Message}");
                return Cli.ExitInputFailed;
            }
        });
        eval.Subcommands.Add(events);
    }

    sealed record Outcome(string? Error, CodedArticle? Coded, string? Text);

    static object? Actor(ActorRef? a) => a is null ? null : new Dictionary<string, object?> { ["text"] = a.Text, ["code"] = a.Code, ["name"] = a.Name };

    /// <summary>DESIGN.md's `faultline code --format json` object (plus "rule" and trigger offsets).</summary>
    public static string Json(CodedArticle coded, EventCoder coder)
    {
        var a = coded.Article;
        return Output.Serialize(new Dictionary<string, object?>
        {
            ["article"] = new Dictionary<string, object?>
            {
                ["id"] = a.Id, ["source"] = a.Source, ["title"] = a.Title, ["published"] = a.Published?.ToString("yyyy-MM-dd"),
                ["byline"] = a.Byline, ["language"] = a.Language, ["text"] = a.Text,
            },
            ["entities"] = coded.Entities.Select(e => new Dictionary<string, object?>
            {
                ["text"] = e.Text, ["type"] = e.Type.ToString(), ["start"] = e.Start, ["end"] = e.End, ["actor"] = e.Actor,
            }),
            ["events"] = coded.Events.Select(ev => EventJson.Of(ev, coder.Ontology.Get(ev.Cameo)?.Name)),
        });
    }

    public const string CsvHeader = "GLOBALEVENTID,SQLDATE,Actor1Code,Actor1Name,Actor2Code,Actor2Name,EventCode,EventRootCode,QuadClass,GoldsteinScale,Plover,Modality,ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_Lat,ActionGeo_Long,Fatalities,Confidence,Rule,SOURCEURL,Sentence";

    public static string Csv(string url, CodedEvent e)
    {
        static string Q(object? v)
        {
            var s = v switch { null => "", double d => d.ToString(CultureInfo.InvariantCulture), _ => v.ToString() ?? "" };
            return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        }
        var fields = new object?[]
        {
            e.Id, e.Date?.Replace("-", ""), e.Source.Code, e.Source.Name ?? e.Source.Text, e.Target?.Code, e.Target?.Name ?? e.Target?.Text,
            e.Cameo, e.Root, e.QuadClass, e.Goldstein, e.Plover, e.Modality.ToString().ToLowerInvariant(),
            e.Location is { } l ? string.Join(", ", new[] { l.Name, l.Admin1 }.Where(x => !string.IsNullOrEmpty(x))) : null,
            e.Location?.Country, e.Location?.Lat, e.Location?.Lon, e.Fatalities, e.Confidence, e.Rule, url, e.Sentence.ReplaceLineEndings(" "),
        };
        return string.Join(',', fields.Select(Q));
    }

    static void Table(CodedArticle coded, EventCoder coder)
    {
        var a = coded.Article;
        var console = Cli.Stdout();
        console.WriteLine($"{a.Title ?? a.Source} ({a.Published?.ToString("yyyy-MM-dd") ?? "undated"}): {coded.Events.Count} events");
        var table = new Table().AddColumns("date", "source", "event", "target", "modality", "where", "dead", "conf", "evidence");
        foreach (var e in coded.Events)
        {
            var ev = $"{e.Cameo} {coder.Ontology.Get(e.Cameo)?.Name}";
            table.AddRow(Markup.Escape(e.Date ?? ""), Markup.Escape(Output.Actor(e.Source)), Markup.Escape(ev),
                Markup.Escape(e.Target is null ? "" : $"{e.Target.Text} [{e.Target.Code ?? "?"}]"), e.Modality.ToString().ToLowerInvariant(),
                Markup.Escape(e.Location?.Name ?? ""), e.Fatalities?.ToString() ?? "", e.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(Snippet(a.Text, e)));
        }
        console.Write(table);
    }

    static string Snippet(string text, CodedEvent e)
    {
        var s = e.Sentence.ReplaceLineEndings(" ");
        return s.Length <= 90 ? s : s[..87] + "…";
    }
}
