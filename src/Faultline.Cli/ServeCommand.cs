using System.CommandLine;
using Faultline.Server;
using Faultline.Store;

namespace Faultline.Cli;

/// <summary>`faultline serve`: the HTTP API (OpenAPI at /openapi/v1.json) over a store, on loopback by default.</summary>
static class ServeCommand
{
    public static void Add(RootCommand root, StoreOptions db)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var roots = new Option<string[]>("--ingest-root") { Description = "A directory whose files POST /api/ingest may read (repeatable)", AllowMultipleArgumentsPerToken = true };
        var allowPrivate = new Option<bool>("--allow-private-urls") { Description = "Let POST /api/ingest fetch loopback and private-range URLs" };
        var serve = new Command("serve", "Serve the dashboard at / and the HTTP API over a store (GET /api/events, /api/events/{id}, /api/articles/{id}, /api/dyads/{a}/{b}/series, /api/dyads, /api/network, /api/places, /api/actors, /api/search, /healthz; " +
            "POST /api/ingest when FAULTLINE_API_KEY_SHA256 holds the SHA-256 hex of an API key)") { urls, roots, allowPrivate };
        db.AddTo(serve);
        serve.SetAction(async (p, ct) => await Serve(db.Location(p), p.GetValue(urls)!, ct, p.GetValue(roots) ?? [], p.GetValue(allowPrivate)));
        root.Subcommands.Add(serve);
    }

    internal static async Task<int> Serve(StoreLocation location, string urls, CancellationToken ct, string[]? ingestRoots = null, bool allowPrivate = false)
    {
        var keyHash = Environment.GetEnvironmentVariable("FAULTLINE_API_KEY_SHA256")?.Trim();
        if (keyHash is { Length: > 0 } && (keyHash.Length != 64 || !keyHash.All(Uri.IsHexDigit)))
        { Output.Error("FAULTLINE_API_KEY_SHA256 must be 64 hex digits (sha256sum of the key)"); return Cli.ExitUsage; }
        using (var check = StoreOptions.Open(location)) if (check is null) return Cli.ExitUsage;
        if (!Uri.TryCreate(urls.Split(';')[0], UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        { Output.Error($"--urls must be an http(s) URL such as http://127.0.0.1:5080, got '{urls}'"); return Cli.ExitUsage; }
        var gate = new SemaphoreSlim(1); // one ingest at a time: SQLite has one writer, and stories are found in write order
        var app = FaultlineServer.Build(new ServerOptions
        {
            Store = location, DataDir = Cli.DataDir, Urls = urls, DashboardDir = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            ApiKeySha256 = keyHash is { Length: > 0 } ? keyHash : null, IngestRoots = ingestRoots ?? [], AllowPrivateUrls = allowPrivate,
            Ingest = async (inputs, token) =>
            {
                await gate.WaitAsync(token);
                try
                {
                    var report = await Cli.Ingest(inputs, location, quiet: true, new Faultline.Ingest.SourceOptions(), token);
                    return report is null ? new { error = "the store or the coder could not be opened" }
                        : new { report.Documents, report.Added, new_sources = report.NewSources, report.Unchanged, report.Failed, report.Events, errors = report.Errors.Select(e => e.ToString()) };
                }
                finally { gate.Release(); }
            },
        });
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e)
        {
            Output.Error($"cannot listen on {urls}: {e.Message}");
            return Cli.ExitUsage;
        }
        var web = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var dashboard = File.Exists(Path.Combine(web, "index.html")) ? $"dashboard: {urls.TrimEnd('/')}/, " : "no dashboard (not built), ";
        Console.Error.WriteLine($"faultline: serving {location.Describe()} on {urls} ({dashboard}API: {urls.TrimEnd('/')}/api/events, OpenAPI: {urls.TrimEnd('/')}/openapi/v1.json); Ctrl+C stops");
        // Ctrl+C cancels ct; SIGTERM (kill, systemd, docker stop) must stop the server the same way
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        try { await Task.Delay(Timeout.Infinite, stop.Token); } catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
        return Cli.ExitOk;
    }
}
