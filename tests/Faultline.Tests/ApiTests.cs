using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Faultline.Core;
using Faultline.Server;
using Faultline.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Faultline.Tests;

/// <summary>The HTTP API in process (ASP.NET Core TestServer) over a store of constructed events.</summary>
public class ApiTests : IAsyncLifetime
{
    WebApplication? app;
    HttpClient client = null!;
    string articleId = "";
    StoreLocation location = null!;

    static CodedEvent E(string id, string date, string source, string target, string cameo, int quad, double goldstein, Modality m = Modality.Asserted) => new()
    {
        Id = id, Date = date, DateSource = "text", Source = new ActorRef(source.ToLowerInvariant(), source, null), Target = new ActorRef(target.ToLowerInvariant(), target, null),
        Cameo = cameo, QuadClass = quad, Goldstein = goldstein, Modality = m, Sentence = "Pakistani troops fired on Afghan posts.", Start = 0, End = 39,
        TriggerStart = 17, TriggerEnd = 22, Rule = "verb fire + obl", Confidence = 0.8,
    };

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Fills a new store of the backend with constructed events and serves it.</summary>
    async Task Setup(string backend)
    {
        location = TestStores.New(backend);
        using (var store = location.Open())
        {
            var article = new Article("clashes.html", "Border clashes", new DateOnly(2025, 10, 12), null, null, "en", "Pakistani troops fired on Afghan posts. Talks followed.");
            articleId = article.Id;
            store.AddBatch([article]);
            var events = new List<CodedEvent>();
            for (int i = 0; i < 60; i++) events.Add(E($"t{i:00}", new DateOnly(2025, 8, 1).AddDays(i).ToString("yyyy-MM-dd"), "AFGGOV", "PAKGOV", "040", 1, 1.0));
            events.Add(E("fire", "2025-10-11", "PAKMIL", "AFGGOV", "190", 4, -10));
            events.Add(E("fire2", "2025-10-10", "PAKMIL", "AFGGOV", "190", 4, -10));
            events.Add(E("fire3", "2025-10-09", "AFGGOV", "PAKMIL", "190", 4, -10));
            events.Add(E("maybe", "2025-10-12", "INDGOV", "PAKGOV", "190", 4, -10, Modality.Hypothetical));
            store.SaveCoding(article.Id, [new CodedEntity("Pakistani", EntityType.NORP, 0, 9, "PAK")], events);
        }
        app = FaultlineServer.Build(new ServerOptions { Store = location, DataDir = Path.Combine(TestPaths.RepoRoot, "data") }, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }

    async Task<JsonElement> Get(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task EventsArePagedFilteredAndHypotheticalsLeftOutByDefault(string backend)
    {
        await Setup(backend);
        var all = await Get("/api/events?page_size=25");
        Assert.Equal(63, all.GetProperty("total").GetInt32());
        Assert.Equal(25, all.GetProperty("items").GetArrayLength());
        Assert.Equal("fire", all.GetProperty("items")[0].GetProperty("id").GetString()); // newest first
        var page3 = await Get("/api/events?page_size=25&page=3");
        Assert.Equal(13, page3.GetProperty("items").GetArrayLength());

        var fire = await Get("/api/events?dyad=PAK:AFG&root=19&since=2025-10-11");
        var only = Assert.Single(fire.GetProperty("items").EnumerateArray());
        Assert.Equal("Use conventional military force, not specified below", only.GetProperty("cameo_name").GetString());
        Assert.Equal("asserted", only.GetProperty("modality").GetString());
        Assert.Equal(4, (await Get("/api/events?root=19&modality=all")).GetProperty("total").GetInt32());
        Assert.Equal(3, (await Get("/api/events?root=19")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/events?dyad=PAK", "dyad must be A:B")]
    [InlineData("/api/events?since=last-week", "since must be YYYY-MM-DD")]
    [InlineData("/api/events?page_size=5000", "page_size must be between 1 and 500")]
    [InlineData("/api/events?root=99", "root must be a CAMEO root")]
    [InlineData("/api/dyads/PAK/AFG/series?interval=hour", "interval must be day, week or month")]
    [InlineData("/api/network?level=galaxy", "level must be country or actor")]
    [InlineData("/api/actors?limit=0", "limit must be between 1 and 1000")]
    [InlineData("/api/dyads?interval=year", "interval must be day, week or month")]
    [InlineData("/api/places?root=21", "root must be a CAMEO root")]
    [InlineData("/api/search", "q is required")]
    [InlineData("/api/search?q=%22open", "cannot search")]
    public async Task BadParametersGet400WithAReason(string url, string reason)
    {
        await Setup(TestStores.Sqlite); // validation happens before the store is asked
        var body = await Get(url, HttpStatusCode.BadRequest);
        Assert.Contains(reason, body.GetProperty("error").GetString());
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task AnEventComesWithItsEvidenceAndItsArticleWithEntities(string backend)
    {
        await Setup(backend);
        var e = await Get("/api/events/fire");
        Assert.Equal(17, e.GetProperty("evidence").GetProperty("trigger").GetProperty("start").GetInt32());
        Assert.Equal("clashes.html", e.GetProperty("sources")[0].GetString());
        await Get("/api/events/nope", HttpStatusCode.NotFound);

        var a = await Get($"/api/articles/{articleId}");
        Assert.Equal("Border clashes", a.GetProperty("title").GetString());
        Assert.Equal("NORP", a.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal(64, a.GetProperty("events").GetArrayLength()); // every modality, for the annotated text
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task SeriesAndNetworkCarryETags(string backend)
    {
        await Setup(backend);
        var response = await client.GetAsync("/api/dyads/pak/afg/series?interval=week");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        var series = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("week", series.GetProperty("interval").GetString());
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.True(points[^1].GetProperty("alert").GetBoolean()); // the strikes after weeks of talks
        Assert.All(points.SkipLast(1), p => Assert.False(p.GetProperty("alert").GetBoolean()));

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/dyads/pak/afg/series?interval=week");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        var net = await Get("/api/network");
        Assert.Equal(1, net.GetProperty("edges").GetArrayLength());
        var actors = await Get("/api/actors?q=pak");
        Assert.Contains(actors.EnumerateArray(), x => x.GetProperty("code").GetString() == "PAKGOV");
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task AWriteToTheStoreInvalidatesCachedSeriesAndCounts(string backend)
    {
        await Setup(backend);
        var first = await client.GetAsync("/api/dyads/PAK/AFG/series?interval=month");
        var etag = first.Headers.ETag!.Tag;
        var before = (await Get("/api/events")).GetProperty("total").GetInt32();

        using (var store = location.Open())
        {
            var article = new Article("later.html", "More clashes", new DateOnly(2025, 11, 2), null, null, "en", "Pakistani jets struck Afghan posts again.");
            store.AddBatch([article]);
            store.SaveCoding(article.Id, [], [E("again", "2025-11-01", "PAKMIL", "AFGGOV", "195", 4, -10)]);
        }
        var second = await client.GetAsync("/api/dyads/PAK/AFG/series?interval=month");
        Assert.NotEqual(etag, second.Headers.ETag!.Tag);
        Assert.Equal(before + 1, (await Get("/api/events")).GetProperty("total").GetInt32());
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task OpenApiDocumentListsTheEndpoints(string backend)
    {
        await Setup(backend);
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/events", "/api/events/{id}", "/api/articles/{id}", "/api/dyads/{a}/{b}/series", "/api/network", "/api/actors", "/api/dyads", "/api/places", "/api/search", "/healthz" })
            Assert.Contains(p, paths);
        var health = await Get("/healthz");
        Assert.Equal(64, health.GetProperty("events").GetInt32());
        Assert.Contains("/api/ingest", paths);
        var ingest = await client.PostAsync("/api/ingest", new StringContent("{\"inputs\": [\"x\"]}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, ingest.StatusCode); // no key configured: ingest is off
    }

    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task OverviewMapAndSearchEndpointsAnswerFromTheStore(string backend)
    {
        await Setup(backend);
        var dyads = (await Get("/api/dyads?interval=week")).EnumerateArray().ToList();
        var top = dyads[0];
        Assert.Equal(("AFG", "PAK"), (top.GetProperty("a").GetString(), top.GetProperty("b").GetString()));
        Assert.Equal(63, top.GetProperty("events").GetInt32()); // the hypothetical IND-PAK strike is not counted
        Assert.Equal("2025-10-06", top.GetProperty("last_start").GetString());
        Assert.True(top.GetProperty("alert").GetBoolean());
        Assert.True(top.GetProperty("change").GetDouble() > 20);

        var places = (await Get("/api/places")).EnumerateArray().ToList();
        Assert.Empty(places); // no event here has coordinates
        var hits = (await Get("/api/search?q=afghan")).EnumerateArray().ToList();
        var hit = Assert.Single(hits);
        Assert.Equal(articleId, hit.GetProperty("id").GetString());
        var snippet = hit.GetProperty("snippet").GetString()!;
        var span = hit.GetProperty("highlights")[0];
        Assert.Equal("afghan", snippet[span[0].GetInt32()..span[1].GetInt32()].ToLowerInvariant());
        Assert.DoesNotContain(SearchHit.HighlightStart, snippet);
    }

    [SkippableFact]
    public async Task APostgresServerSeesWritesFromOtherProcessesThroughNotifications()
    {
        await Setup(TestStores.Postgres);
        var before = (await Get("/api/events")).GetProperty("total").GetInt32();
        // another writer: a different connection string to the same schema, as another process would have
        var other = new Npgsql.NpgsqlConnectionStringBuilder(location.PostgresConnection) { ApplicationName = "another-process" }.ConnectionString;
        using (var store = new PostgresArticleStore(other))
        {
            var article = new Article("elsewhere.html", "Talks", new DateOnly(2025, 11, 3), null, null, "en", "Afghan and Pakistani officials met in Doha.");
            store.AddBatch([article]);
            store.SaveCoding(article.Id, [], [E("met", "2025-11-03", "AFGGOV", "PAKGOV", "040", 1, 1.0)]);
        }
        int after = before;
        for (int i = 0; i < 50 && after == before; i++)
        {
            await Task.Delay(100);
            after = (await Get("/api/events")).GetProperty("total").GetInt32();
        }
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task AStoreThatCannotBeReachedGivesA503ThatSaysSo()
    {
        var unreachable = StoreLocation.Postgres("Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2");
        await using var server = FaultlineServer.Build(new ServerOptions { Store = unreachable }, b => b.WebHost.UseTestServer());
        await server.StartAsync();
        var response = await server.GetTestClient().GetAsync("/api/events");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("the store is unavailable: ", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task TheDashboardIsServedAtTheRootWhenBuiltAndTheApiAloneOtherwise()
    {
        await Setup(TestStores.Sqlite);
        Assert.Contains("dashboard was not built", await client.GetStringAsync("/"));
        var web = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(web, "index.html"), "<!doctype html><title>Faultline</title>");
        await using var withDashboard = FaultlineServer.Build(new ServerOptions { Store = location, DashboardDir = web }, b => b.WebHost.UseTestServer());
        await withDashboard.StartAsync();
        var response = await withDashboard.GetTestClient().GetAsync("/");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Faultline</title>", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>POST /api/ingest: key by hash, files only under the roots, no private URLs.</summary>
public class IngestApiTests : IAsyncLifetime
{
    WebApplication? app;
    HttpClient client = null!;
    readonly List<string[]> received = [];
    readonly string root = TestPaths.TempDir();
    const string Key = "correct horse battery staple";

    public async Task InitializeAsync()
    {
        var db = Path.Combine(TestPaths.TempDir(), "ingest.db");
        new SqliteArticleStore(db).Dispose();
        app = FaultlineServer.Build(new ServerOptions
        {
            Store = StoreLocation.Sqlite(db), ApiKeySha256 = IngestGuard.Hash(Key), IngestRoots = [root],
            Ingest = (inputs, _) => { lock (received) received.Add(inputs); return Task.FromResult<object>(new { documents = inputs.Length }); },
        }, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }

    async Task<(HttpStatusCode Status, string Body)> Post(string json, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheKeyIsRequiredAndCheckedByItsHash()
    {
        var file = Path.Combine(root, "a.html");
        File.WriteAllText(file, "<p>x</p>");
        var json = JsonSerializer.Serialize(new { inputs = new[] { file } });
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(json, null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(json, "wrong")).Status);
        var (status, body) = await Post(json, Key);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"documents\":1", body);
        Assert.Equal(file, Assert.Single(received)[0]);

        var bearer = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bearer)).StatusCode);
    }

    [Theory]
    [InlineData("/etc/passwd", "outside the server's ingest roots")]
    [InlineData("http://127.0.0.1:5080/api/events", "loopback or private")]
    [InlineData("http://10.1.2.3/page", "loopback or private")]
    [InlineData("http://[::1]/page", "loopback or private")]
    [InlineData("http://169.254.169.254/latest/meta-data", "loopback or private")]
    [InlineData("file:///etc/passwd", "only http and https")]
    [InlineData("-", "standard input")]
    public async Task FilesOutsideTheRootsAndPrivateUrlsAreRefused(string input, string reason)
    {
        var (status, body) = await Post(JsonSerializer.Serialize(new { inputs = new[] { input } }), Key);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, body);
        Assert.Empty(received);
    }

    [Fact]
    public async Task AnEmptyBodyIsABadRequest()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{}", Key)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{\"inputs\": []}", Key)).Status);
    }
}


/// <summary>
/// The API hosted by WebApplicationFactory (Microsoft.AspNetCore.Mvc.Testing) on the generic host, from the same
/// services, middleware and endpoints that `faultline serve` uses: what an embedding application would do.
/// </summary>
// keyed by the faultline executable's entry point, whose project folder is the content root (MvcTestingAppManifest.json);
// the host is built here rather than by running the command line, which would parse its own verbs
public sealed class FaultlineApiFactory(ServerOptions options) : WebApplicationFactory<Program>
{
    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder().ConfigureWebHost(web => web
            .ConfigureServices(services =>
            {
                services.AddRouting();
                FaultlineServer.AddServices(services);
            })
            .Configure(app =>
            {
                app.UseRouting();
                FaultlineServer.UseMiddleware(app, options);
                app.UseEndpoints(endpoints => FaultlineServer.MapEndpoints(endpoints, options));
            }));
}

public class WebApplicationFactoryTests
{
    [SkippableTheory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task TheApiAnswersThroughWebApplicationFactory(string backend)
    {
        var location = TestStores.New(backend);
        using (var store = location.Open())
        {
            var article = new Article("talks.html", "Talks in Doha", new DateOnly(2025, 10, 20), null, null, "en", "Afghan and Pakistani officials met in Doha.");
            store.AddBatch([article]);
            store.SaveCoding(article.Id, [], [new CodedEvent
            {
                Id = "doha", Date = "2025-10-20", DateSource = "text", Source = new ActorRef("Afghan officials", "AFGGOV", null),
                Target = new ActorRef("Pakistani officials", "PAKGOV", null), Cameo = "040", QuadClass = 1, Goldstein = 1, Modality = Modality.Asserted,
                Sentence = "Afghan and Pakistani officials met in Doha.", Start = 0, End = 43, TriggerStart = 33, TriggerEnd = 36, Rule = "verb meet", Confidence = 0.8,
            }]);
        }
        await using var factory = new FaultlineApiFactory(new ServerOptions { Store = location, DataDir = Path.Combine(TestPaths.RepoRoot, "data") });
        using var client = factory.CreateClient();

        var page = JsonDocument.Parse(await client.GetStringAsync("/api/events?dyad=PAK:AFG")).RootElement;
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal("Consult, not specified below", page.GetProperty("items")[0].GetProperty("cameo_name").GetString());
        var bad = await client.GetAsync("/api/events?root=77");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("root must be a CAMEO root", await bad.Content.ReadAsStringAsync());
        var openapi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.True(openapi.GetProperty("paths").TryGetProperty("/api/dyads/{a}/{b}/series", out _));
    }
}
