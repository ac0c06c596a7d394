using System.CommandLine;
using Faultline.Server;

namespace Faultline.Cli;

/// <summary>`faultline serve`: the HTTP API (OpenAPI at /openapi/v1.json) over a store, on loopback by default.</summary>
static class ServeCommand
{
    public static void Add(RootCommand root, Option<string> db)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var serve = new Command("serve", "Serve the HTTP API over a store (GET /api/events, /api/events/{id}, /api/articles/{id}, /api/dyads/{a}/{b}/series, /api/network, /api/actors, /healthz)") { db, urls };
        serve.SetAction(async (p, ct) => await Serve(p.GetValue(db)!, p.GetValue(urls)!, ct));
        root.Subcommands.Add(serve);
    }

    internal static async Task<int> Serve(string dbPath, string urls, CancellationToken ct)
    {
        if (!File.Exists(dbPath)) { Output.Error($"no store at {dbPath} (run faultline ingest first, or pass --db)"); return Cli.ExitUsage; }
        if (!Uri.TryCreate(urls.Split(';')[0], UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        { Output.Error($"--urls must be an http(s) URL such as http://127.0.0.1:5080, got '{urls}'"); return Cli.ExitUsage; }
        var app = FaultlineServer.Build(new ServerOptions { DbPath = dbPath, DataDir = Cli.DataDir, Urls = urls });
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e)
        {
            Output.Error($"cannot listen on {urls}: {e.Message}");
            return Cli.ExitUsage;
        }
        Console.Error.WriteLine($"faultline: serving {dbPath} on {urls} (API: {urls.TrimEnd('/')}/api/events, OpenAPI: {urls.TrimEnd('/')}/openapi/v1.json); Ctrl+C stops");
        try { await Task.Delay(Timeout.Infinite, ct); } catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
        return Cli.ExitOk;
    }
}
