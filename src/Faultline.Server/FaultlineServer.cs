using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Faultline.Analysis;
using Faultline.Coding;
using Faultline.Core;
using Faultline.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Faultline.Server;

public sealed class ServerOptions
{
    /// <summary>The store to serve (SQLite file or PostgreSQL).</summary>
    public required StoreLocation Store { get; init; }
    /// <summary>Shipped data (ontology names); optional.</summary>
    public string? DataDir { get; init; }
    /// <summary>Where to listen; loopback by default so nothing is exposed without asking.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    /// <summary>SHA-256 (hex) of the API key that POST /api/ingest requires; null disables ingest. The key itself is never stored.</summary>
    public string? ApiKeySha256 { get; init; }
    /// <summary>Directories whose files POST /api/ingest may read.</summary>
    public IReadOnlyList<string> IngestRoots { get; init; } = [];
    /// <summary>Allow URLs to loopback and private address ranges (off: a server must not become a proxy into its own network).</summary>
    public bool AllowPrivateUrls { get; init; }
    /// <summary>The built dashboard (index.html and its assets) served at /; null or missing: the API only.</summary>
    public string? DashboardDir { get; init; }
    /// <summary>Runs an ingest of checked inputs and returns a summary; supplied by the host (the CLI's ingest pipeline).</summary>
    public Func<string[], CancellationToken, Task<object>>? Ingest { get; init; }
}

/// <summary>
/// The HTTP API of DESIGN.md on ASP.NET Core minimal APIs, with its OpenAPI document at
/// /openapi/v1.json. Each request opens its own connection to the store (SQLite in WAL mode serves
/// concurrent readers). Bad parameters get a 400 whose body says what is wrong.
/// </summary>
public static class FaultlineServer
{
    public const int DefaultPageSize = 50, MaxPageSize = 500;

    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static WebApplication Build(ServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // a port already in use is reported by the caller in one line, not as a logged stack trace
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        AddServices(builder.Services);
        configure?.Invoke(builder);
        var app = builder.Build();
        UseMiddleware(app, options);
        MapEndpoints(app, options);
        return app;
    }

    static bool HasDashboard(ServerOptions options) => options.DashboardDir is { } web && File.Exists(Path.Combine(web, "index.html"));

    /// <summary>The services the API needs: OpenAPI and its JSON conventions (snake_case).</summary>
    public static void AddServices(IServiceCollection services)
    {
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
    }

    /// <summary>Middleware before the endpoints: store failures as 503, then the dashboard's static files.</summary>
    public static void UseMiddleware(IApplicationBuilder app, ServerOptions options)
    {
        // a store that cannot be reached (PostgreSQL down, SQLite file removed or corrupt) is the server's trouble,
        // not the client's: one clear 503, never a stack trace
        app.Use(async (http, next) =>
        {
            try { await next(http); }
            catch (Exception e) when (StoreLocation.IsStoreError(e) && !http.Response.HasStarted)
            {
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await http.Response.WriteAsJsonAsync(new { error = $"the store is unavailable: {e.Message}" });
            }
        });
        if (HasDashboard(options))
        {
            var files = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetFullPath(options.DashboardDir!));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
    }

    /// <summary>The endpoints of DESIGN.md's HTTP API, and of the dashboard, with the OpenAPI document.</summary>
    public static void MapEndpoints(IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapOpenApi();
        if (!HasDashboard(options))
        {
            app.MapGet("/", () => Results.Text("Faultline API. The dashboard was not built (it needs Node.js and npm at build time); " +
                "the API is at /api/events and its description at /openapi/v1.json.\n")).ExcludeFromDescription();
        }

        Ontology? ontology = null;
        if (options.DataDir is { } dir)
        {
            try { ontology = Ontology.Load(dir); } catch (FileNotFoundException) { }
        }
        IArticleStore Open() => options.Store.Open(pooled: true);
        var cache = new ResultCache(512);
        var pages = new ResultCache(256); // event pages apart, so that paging never evicts series and networks
        object EventOut(StoredEvent e) => StoredEventJson.Of(e, ontology);
        static IResult Bad(string message) => Results.BadRequest(new { error = message });

        app.MapGet("/healthz", () =>
        {
            using var store = Open();
            return Results.Ok(new { status = "ok", articles = store.CountArticles(), events = store.CountEvents() });
        }).WithSummary("Liveness and store counts");

        app.MapGet("/api/events", (string? actor, string? dyad, string? root, string? modality, string? since, string? until, string? q, string? place, int? page, int? page_size, bool? stories) =>
        {
            int size = page_size ?? DefaultPageSize, number = page ?? 1;
            if (size is < 1 or > MaxPageSize) return Bad($"page_size must be between 1 and {MaxPageSize}, got {size}");
            if (number < 1) return Bad($"page must be 1 or more, got {number}");
            EventQuery query;
            try { query = EventQuery.Parse(actor, dyad, root, modality, since, until, q, place, size); }
            catch (FormatException e) { return Bad(e.Message); }
            query = query with { Offset = (number - 1) * size, StoriesOnly = stories ?? false };
            using var store = Open();
            var version = store.DataVersion();
            var filter = $"{actor}|{dyad}|{root}|{modality}|{since}|{until}|{q}|{place}|{stories}";
            // stored events change only on ingest, so a page is cached until the next write like series are;
            // counting a filter over a million rows is the slow part, and the count serves every page of it
            var body = pages.Get($"page|{filter}|{number}|{size}", version, () =>
            {
                var items = store.QueryEvents(query).Select(EventOut).ToList();
                var total = cache.Get($"count|{filter}", version, () => BitConverter.GetBytes(store.CountEvents(query)));
                return JsonSerializer.SerializeToUtf8Bytes(new { page = number, page_size = size, total = BitConverter.ToInt32(total.Body), items }, Json);
            });
            return JsonBody(body);
        }).WithSummary("Stored events, newest first, filtered; asserted, reported and claimed unless modality says otherwise");

        app.MapGet("/api/events/{id}", (string id) =>
        {
            using var store = Open();
            if (store.GetEvent(id) is not { } e) return Results.NotFound(new { error = $"no event {id}" });
            var article = store.Get(e.ArticleId);
            var o = (Dictionary<string, object?>)EventOut(e);
            o["sources"] = article?.Sources ?? [];
            o["evidence"] = new { sentence = e.Event.Sentence, start = e.Event.Start, end = e.Event.End, trigger = new { start = e.Event.TriggerStart, end = e.Event.TriggerEnd } };
            return Results.Ok(o);
        }).WithSummary("One event with its evidence and all the sources of its article");

        app.MapGet("/api/articles/{id}", (string id) =>
        {
            using var store = Open();
            if (store.Get(id) is not { } a) return Results.NotFound(new { error = $"no article {id}" });
            var events = store.QueryEvents(new EventQuery { ArticleId = id, Modalities = [], Limit = 10_000 }).Select(EventOut).ToList();
            var entities = store.EntitiesOf(id).Select(x => new { x.Text, type = x.Type.ToString(), x.Start, x.End, x.Actor }).ToList();
            return Results.Ok(new
            {
                id, a.Article.Title, published = a.Article.Published?.ToString("yyyy-MM-dd"), a.Article.Byline, a.Article.Text, a.Sources, entities, events,
            });
        }).WithSummary("An article's text with its entities and events (offsets into the text)");

        app.MapGet("/api/dyads/{a}/{b}/series", (HttpContext http, string a, string b, string? interval, string? since, string? until) =>
        {
            var iv = (interval ?? "week").ToLowerInvariant();
            if (IntervalOf(iv) is not { } every) return Bad($"interval must be day, week or month, got '{interval}'");
            EventQuery query;
            try { query = AllStories($"{a}:{b}", null, since, until); }
            catch (FormatException e) { return Bad(e.Message.Replace("dyad must be A:B with two actor codes", "a and b must be actor codes")); }
            using var store = Open();
            var entry = cache.Get($"series|{a.ToUpperInvariant()}|{b.ToUpperInvariant()}|{iv}|{since}|{until}", store.DataVersion(), () =>
            {
                var series = DyadSeries.Compute(store.QueryEvents(query).Select(x => x.Event), every);
                return JsonSerializer.SerializeToUtf8Bytes(new { a = a.ToUpperInvariant(), b = b.ToUpperInvariant(), interval = iv, points = series }, Json);
            });
            return Cached(http, entry);
        }).WithSummary("A dyad's series: QuadClass counts, Goldstein, tension index and alerts per interval (ETag)");

        app.MapGet("/api/network", (HttpContext http, string? since, string? until, string? level) =>
        {
            var lv = level ?? "country";
            if (lv is not ("country" or "actor")) return Bad($"level must be country or actor, got '{level}'");
            EventQuery query;
            try { query = AllStories(null, null, since, until); }
            catch (FormatException e) { return Bad(e.Message); }
            using var store = Open();
            var entry = cache.Get($"network|{since}|{until}|{lv}", store.DataVersion(), () =>
            {
                var g = SignedNetwork.Build(store.QueryEvents(query).Select(x => x.Event), lv == "country");
                return JsonSerializer.SerializeToUtf8Bytes(new
                {
                    nodes = g.Nodes, edges = g.Edges.Select(e => new { e.A, e.B, e.Events, e.Weight, e.Cooperation, e.Conflict, e.Sign }),
                    triads = g.Triads.Select(t => new { t.A, t.B, t.C, t.Pattern, t.Balanced, t.Kind }), open_triads = g.OpenTriads,
                }, Json);
            });
            return Cached(http, entry);
        }).WithSummary("The signed actor network with centrality and balanced/unbalanced triads (ETag)");

        app.MapPost("/api/ingest", async (HttpContext http, IngestRequest? body, CancellationToken ct) =>
        {
            if (options.ApiKeySha256 is null || options.Ingest is null)
                return Results.Json(new { error = "ingest is disabled on this server (no API key configured)" }, statusCode: StatusCodes.Status403Forbidden);
            var key = http.Request.Headers["X-Api-Key"].ToString();
            var auth = http.Request.Headers.Authorization.ToString();
            if (key.Length == 0 && auth.StartsWith("Bearer ", StringComparison.Ordinal)) key = auth[7..];
            if (key.Length == 0 || !IngestGuard.KeyMatches(key, options.ApiKeySha256))
                return Results.Json(new { error = "missing or wrong API key (X-Api-Key or Authorization: Bearer)" }, statusCode: StatusCodes.Status401Unauthorized);
            if (body?.Inputs is not { Count: > 0 } inputs) return Bad("the body must be {\"inputs\": [\"path or URL\", …]}");
            if (inputs.Count > 1000) return Bad("at most 1000 inputs per request");
            foreach (var input in inputs)
                if (await IngestGuard.Refusal(input, options.IngestRoots, options.AllowPrivateUrls, ct) is { } why) return Bad($"{input}: {why}");
            return Results.Ok(await options.Ingest([.. inputs], ct));
        }).WithSummary("Ingest files (under the configured roots) or URLs (public addresses only); requires the API key");

        app.MapGet("/api/dyads", (string? interval, string? since, string? until, int? limit) =>
        {
            var iv = (interval ?? "week").ToLowerInvariant();
            if (IntervalOf(iv) is not { } every) return Bad($"interval must be day, week or month, got '{interval}'");
            int n = limit ?? 10;
            if (n is < 1 or > 200) return Bad($"limit must be between 1 and 200, got {n}");
            EventQuery query;
            try { query = AllStories(null, null, since, until); }
            catch (FormatException e) { return Bad(e.Message); }
            using var store = Open();
            var entry = cache.Get($"dyads|{iv}|{since}|{until}|{n}", store.DataVersion(), () =>
                JsonSerializer.SerializeToUtf8Bytes(Overview.TopDyads(store.QueryEvents(query).Select(x => x.Event), every, n), Json));
            return JsonBody(entry);
        }).WithSummary("Dyads (country level) ranked by the change of their tension index in their latest interval with events");

        app.MapGet("/api/places", (string? since, string? until, string? root, int? limit) =>
        {
            int n = limit ?? 500;
            if (n is < 1 or > 5000) return Bad($"limit must be between 1 and 5000, got {n}");
            EventQuery query;
            try { query = AllStories(null, root, since, until); }
            catch (FormatException e) { return Bad(e.Message); }
            using var store = Open();
            var entry = cache.Get($"places|{since}|{until}|{root}|{n}", store.DataVersion(), () =>
                JsonSerializer.SerializeToUtf8Bytes(Overview.Places(store.QueryEvents(query).Select(x => x.Event), n), Json));
            return JsonBody(entry);
        }).WithSummary("Events with coordinates grouped by place, busiest first (for a map)");

        app.MapGet("/api/search", (string? q, int? limit) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return Bad("q is required: the words to find");
            if (q.Length > 200) return Bad("q is longer than 200 characters");
            int n = limit ?? 20;
            if (n is < 1 or > 100) return Bad($"limit must be between 1 and 100, got {n}");
            using var store = Open();
            try
            {
                return Results.Ok(store.Search(q, n).Select(h => new
                {
                    id = h.ArticleId, h.Title, published = h.Published?.ToString("yyyy-MM-dd"),
                    snippet = h.PlainSnippet("", ""), highlights = Highlights(h.Snippet),
                }));
            }
            catch (SearchQueryException e) { return Bad(e.Message); }
        }).WithSummary("Full-text search over stored articles; highlights are [start, end) offsets into the snippet");

        app.MapGet("/api/actors", (string? q, int? limit) =>
        {
            int n = limit ?? 50;
            if (n is < 1 or > 1000) return Bad($"limit must be between 1 and 1000, got {n}");
            if (q is { Length: > 100 }) return Bad("q is longer than 100 characters");
            using var store = Open();
            var entry = cache.Get($"actors|{q}|{n}", store.DataVersion(), () => JsonSerializer.SerializeToUtf8Bytes(store.Actors(q, n), Json));
            return JsonBody(entry);
        }).WithSummary("Actor codes seen in events, most frequent first");

    }

    /// <summary>Every story (first mention) between the dates, optionally of one dyad or CAMEO root: the input of aggregates.</summary>
    static EventQuery AllStories(string? dyad, string? root, string? since, string? until) =>
        EventQuery.Parse(null, dyad, root, null, since, until, null, null, 1_000_000) with { StoriesOnly = true, StoryCounts = false };

    static Interval? IntervalOf(string name) => name switch { "day" => Interval.Day, "week" => Interval.Week, "month" => Interval.Month, _ => null };

    static IResult JsonBody(ResultCache.Entry entry) => Results.Bytes(entry.Body, "application/json; charset=utf-8");

    /// <summary>Offsets of the highlighted terms in the snippet once its markers are removed.</summary>
    static List<int[]> Highlights(string marked)
    {
        var spans = new List<int[]>();
        int removed = 0, open = -1;
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] == SearchHit.HighlightStart) { open = i - removed; removed++; }
            else if (marked[i] == SearchHit.HighlightEnd && open >= 0) { spans.Add([open, i - removed]); removed++; open = -1; }
        }
        return spans;
    }

    /// <summary>Series and networks change only on ingest: an ETag of the body lets clients revalidate for free.</summary>
    static IResult Cached(HttpContext http, ResultCache.Entry entry)
    {
        http.Response.Headers.ETag = entry.ETag;
        http.Response.Headers.CacheControl = "public, max-age=60";
        if (http.Request.Headers.IfNoneMatch.ToString() == entry.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return JsonBody(entry);
    }
}

public sealed record IngestRequest(List<string>? Inputs);

/// <summary>A stored event as JSON: the coder's event object plus its article and story (the API and `faultline events` share it).</summary>
public static class StoredEventJson
{
    public static Dictionary<string, object?> Of(StoredEvent e, Ontology? ontology)
    {
        var o = EventJson.Of(e.Event, ontology?.Get(e.Event.Cameo)?.Name);
        o["article_id"] = e.ArticleId;
        o["article_title"] = e.ArticleTitle;
        o["article_source"] = e.ArticleSource;
        o["story_id"] = e.StoryId;
        o["mentions"] = e.Mentions;
        o["story_sources"] = e.Sources;
        return o;
    }
}

/// <summary>What POST /api/ingest accepts: the key by its hash, files only under the configured roots, URLs only
/// to public addresses (no loopback, private, link-local or unique-local ranges) unless the server allows them.</summary>
public static class IngestGuard
{
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool KeyMatches(string key, string expectedSha256Hex) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(expectedSha256Hex.ToLowerInvariant()));

    /// <summary>Why an input is refused, or null when it may be ingested.</summary>
    public static async Task<string?> Refusal(string input, IReadOnlyList<string> roots, bool allowPrivate, CancellationToken ct)
    {
        if (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(input, UriKind.Absolute, out var uri)) return "not a valid URL";
            if (allowPrivate) return null;
            System.Net.IPAddress[] addresses;
            try
            {
                addresses = System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) ? [literal] : await System.Net.Dns.GetHostAddressesAsync(uri.Host, ct);
            }
            catch (System.Net.Sockets.SocketException) { return "the host name does not resolve"; }
            if (addresses.Length == 0) return "the host name does not resolve";
            return addresses.Any(IsPrivate) ? "URLs to loopback or private addresses are not allowed on this server" : null;
        }
        if (input.Contains("://")) return "only http and https URLs are accepted";
        if (input == "-") return "standard input is not available over HTTP";
        if (roots.Count == 0) return "files are not accepted: the server has no ingest roots";
        var full = Path.GetFullPath(input);
        foreach (var root in roots)
        {
            var r = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (full.StartsWith(r, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == r)
            {
                // a link inside a root may still point out of it
                var target = new FileInfo(full).LinkTarget ?? new DirectoryInfo(full).LinkTarget;
                return target is null || Path.GetFullPath(target, Path.GetDirectoryName(full)!).StartsWith(r, StringComparison.Ordinal) ? null : "the path links outside the ingest roots";
            }
        }
        return "the path is outside the server's ingest roots";
    }

    static bool IsPrivate(System.Net.IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (System.Net.IPAddress.IsLoopback(ip) || ip.Equals(System.Net.IPAddress.Any) || ip.Equals(System.Net.IPAddress.IPv6Any)) return true;
        if (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
            return ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6UniqueLocal || ip.IsIPv6Multicast;
        var b = ip.GetAddressBytes();
        return b[0] == 10 || b[0] == 127 || b[0] == 0 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) || b[0] >= 224;
    }
}

/// <summary>
/// Derived results (series, networks, counts) keyed by their query and the store's data version:
/// a write bumps the version, so nothing stale is served. Bounded; cleared when full.
/// </summary>
public sealed class ResultCache(int capacity)
{
    public sealed record Entry(long Version, byte[] Body, string ETag);

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> entries = new();

    public Entry Get(string key, long version, Func<byte[]> compute)
    {
        if (entries.TryGetValue(key, out var hit) && hit.Version == version) return hit;
        var body = compute();
        var entry = new Entry(version, body, "\"" + version.ToString("x") + "-" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 8)) + "\"");
        if (entries.Count >= capacity) entries.Clear();
        entries[key] = entry;
        return entry;
    }
}
