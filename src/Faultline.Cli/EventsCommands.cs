using System.CommandLine;
using System.Globalization;
using Faultline.Coding;
using Faultline.Core;
using Faultline.Store;
using Spectre.Console;

namespace Faultline.Cli;

/// <summary>`faultline events`: stored events, filtered, as a table, CSV (GDELT-style columns) or JSON Lines.</summary>
static class EventsCommands
{
    public static void Add(RootCommand root, StoreOptions db)
    {
        var actor = new Option<string?>("--actor") { Description = "Actor code or prefix on either side (PAK, PAKMIL, AFGGOV)" };
        var dyad = new Option<string?>("--dyad") { Description = "Two actor codes or prefixes, A:B, either way round (PAK:AFG)" };
        var root_ = new Option<string?>("--root") { Description = "CAMEO root code, 01–20" };
        var modality = new Option<string?>("--modality") { Description = "Comma-separated modalities (default: asserted,reported,claimed; 'all' for every one)" };
        var since = new Option<string?>("--since") { Description = "First date, YYYY-MM-DD" };
        var until = new Option<string?>("--until") { Description = "Last date, YYYY-MM-DD" };
        var text = new Option<string?>("--text") { Description = "Words the evidence sentence contains" };
        var place = new Option<string?>("--place") { Description = "A place name or a country code" };
        var limit = new Option<int>("--limit") { Description = "Most events to show", DefaultValueFactory = _ => 50 };
        var stories = new Option<bool>("--stories") { Description = "One row per story (reports of the same event merged), with its mention and source counts" };
        var format = new Option<string>("--format") { Description = "table, csv or json (JSON Lines)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var cmd = new Command("events", "Stored events, newest first, filtered by actor, dyad, root, modality, dates, place and text")
            { actor, dyad, root_, modality, since, until, text, place, limit, stories, format };
        db.AddTo(cmd);
        cmd.SetAction(p =>
        {
            EventQuery query;
            try { query = Query(p.GetValue(actor), p.GetValue(dyad), p.GetValue(root_), p.GetValue(modality), p.GetValue(since), p.GetValue(until), p.GetValue(text), p.GetValue(place), p.GetValue(limit)); }
            catch (FormatException e) { Output.Error(e.Message); return Cli.ExitUsage; }
            query = query with { StoriesOnly = p.GetValue(stories) };
            using var store = StoreOptions.Open(db.Location(p));
            if (store is null) return Cli.ExitUsage;
            var events = store.QueryEvents(query);
            Ontology? ontology = null;
            try { ontology = Ontology.Load(Cli.DataDir); } catch (FileNotFoundException) { }
            switch (p.GetValue(format))
            {
                case "json":
                    foreach (var e in events) Console.WriteLine(Output.Serialize(Faultline.Server.StoredEventJson.Of(e, ontology)));
                    break;
                case "csv":
                    Console.WriteLine(CodingCommands.CsvHeader);
                    foreach (var e in events) Console.WriteLine(CodingCommands.Csv(e.ArticleSource ?? e.ArticleId, e.Event));
                    break;
                default:
                    var table = new Table().AddColumns("date", "source", "event", "target", "modality", "where", "dead", "mentions", "article");
                    foreach (var s in events)
                    {
                        var e = s.Event;
                        table.AddRow(Markup.Escape(e.Date ?? ""), Markup.Escape(Output.Actor(e.Source)),
                            Markup.Escape($"{e.Cameo} {ontology?.Get(e.Cameo)?.Name}"), Markup.Escape(e.Target is null ? "" : $"{e.Target.Text} [{e.Target.Code ?? "?"}]"),
                            e.Modality.ToString().ToLowerInvariant(), Markup.Escape(e.Location?.Name ?? ""), e.Fatalities?.ToString() ?? "",
                            $"{s.Mentions} ({s.Sources} sources)", Markup.Escape(s.ArticleTitle ?? s.ArticleId));
                    }
                    Cli.Stdout().Write(table);
                    Console.Error.WriteLine($"{events.Count} events{(events.Count == query.Limit ? $" (the first {query.Limit}; raise --limit for more)" : "")}");
                    break;
            }
            return Cli.ExitOk;
        });
        root.Subcommands.Add(cmd);
    }

    /// <summary>Builds a query from command-line values; bad values raise FormatException naming the option.</summary>
    internal static EventQuery Query(string? actor, string? dyad, string? root, string? modality, string? since, string? until, string? text, string? place, int limit) =>
        EventQuery.Parse(actor, dyad, root, modality, since, until, text, place, limit, "--");
}
