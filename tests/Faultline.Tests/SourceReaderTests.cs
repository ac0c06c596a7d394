using System.IO.Compression;
using System.Net;
using System.Text;
using Faultline.Core;
using Faultline.Ingest;

namespace Faultline.Tests;

public class SourceReaderTests
{
    const string Page = "<html><head><title>Ceasefire holds</title></head><body><article><p>The ceasefire held through the night, officials said, and aid trucks crossed the border at dawn for the first time in weeks.</p><p>Both sides accused each other of minor violations, but no deaths were reported, according to monitors.</p></article></body></html>";

    /// <summary>Serves canned responses for URLs: no network in tests.</summary>
    sealed class FakeHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage r, CancellationToken ct) => respond(r, ct);
    }

    static async Task<List<SourceResult>> Read(IEnumerable<string> inputs, SourceOptions? options = null, HttpMessageHandler? handler = null)
    {
        options ??= new SourceOptions();
        using var fetcher = new HttpFetcher(options, handler ?? new FakeHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound))));
        var reader = new SourceReader(options, fetcher);
        var list = new List<SourceResult>();
        await foreach (var r in reader.ReadAsync(inputs)) list.Add(r);
        return list;
    }

    static string Write(string dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static byte[] Warc(params (string Url, string Html)[] pages)
    {
        var ms = new MemoryStream();
        foreach (var (url, html) in pages)
        {
            var body = Encoding.UTF8.GetBytes(html);
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();
            var head = Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n");
            ms.Write(head); ms.Write(http); ms.Write("\r\n\r\n"u8);
        }
        return ms.ToArray();
    }

    static byte[] Gzip(byte[] data)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }

    [Fact]
    public async Task DirectoryIsReadRecursivelyBySuffixAndContent()
    {
        var dir = TestPaths.TempDir();
        Write(dir, "a/page.html", Encoding.UTF8.GetBytes(Page));
        Write(dir, "a/b/notes.txt", Encoding.UTF8.GetBytes("Home\nNews\nA headline about the border talks\nThe talks resumed on Monday after a pause of two weeks, officials from both countries said in a statement.\n"));
        Write(dir, "a/b/c/noext", Encoding.UTF8.GetBytes("<!DOCTYPE html>" + Page));
        Write(dir, "picture.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0]);
        var results = await Read([dir]);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal([DocumentKind.Html, DocumentKind.ScrapedText, DocumentKind.Html],
            results.OrderBy(r => r.Document!.Source).Select(r => r.Document!.Kind));
    }

    [Fact]
    public async Task ACollectionsPaperworkIsSkippedInADirectory()
    {
        // licences, read-mes and attributions beside the pages are no news; named on the command line they are read
        var dir = TestPaths.TempDir();
        var story = "Home\nNews\nA headline about the border talks\nThe talks resumed on Monday after a pause of two weeks, officials from both countries said in a statement.\n";
        Write(dir, "story.txt", Encoding.UTF8.GetBytes(story));
        Write(dir, "LICENSE-CC-BY-2.5.txt", Encoding.UTF8.GetBytes("This License constitutes the entire agreement between the parties with respect to the Work licensed here.\n"));
        Write(dir, "ATTRIBUTION.txt", Encoding.UTF8.GetBytes("The articles are from Wikinews, under the Creative Commons Attribution 2.5 licence, and were edited.\n"));
        Write(dir, "readme", Encoding.UTF8.GetBytes("These are the pages of the collection, one per file, with their licences beside them.\n"));
        Write(dir, "licensed-products.txt", Encoding.UTF8.GetBytes(story));
        var results = await Read([dir]);
        Assert.Equal(["licensed-products.txt", "story.txt"], results.Select(r => Path.GetFileName(r.Document!.Source)).Order());
        Assert.Single(await Read([Path.Combine(dir, "ATTRIBUTION.txt")]));
    }

    [Fact]
    public async Task WarcAndGzippedWarcYieldTheirHtmlResponses()
    {
        var dir = TestPaths.TempDir();
        var warc = Warc(("https://a.example/1", Page), ("https://a.example/2", Page.Replace("night", "day")));
        var plain = Write(dir, "crawl.warc", warc);
        var gz = Write(dir, "crawl.warc.gz", Gzip(warc));
        foreach (var path in new[] { plain, gz })
        {
            var results = await Read([path]);
            Assert.Equal(["https://a.example/1", "https://a.example/2"], results.Select(r => r.Document!.Source));
            Assert.Contains("ceasefire held", Encoding.UTF8.GetString(results[0].Document!.Bytes));
        }
    }

    [Fact]
    public async Task FeedItemsWithFullTextAreUsedAndShortOnesFetched()
    {
        var longContent = string.Concat(Enumerable.Repeat("<p>Officials said the talks had made progress on prisoner exchanges and on the opening of crossings for aid convoys.</p>", 10));
        var rss = $"""
            <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
            <item><title>Full text item</title><link>https://news.example/full</link><pubDate>Tue, 03 Jan 2023 10:00:00 GMT</pubDate><content:encoded><![CDATA[{longContent}]]></content:encoded></item>
            <item><title>Teaser item</title><link>https://news.example/teaser</link><description>Short teaser.</description></item>
            </channel></rss>
            """;
        var dir = TestPaths.TempDir();
        var path = Write(dir, "feed.xml", Encoding.UTF8.GetBytes(rss));
        var handler = new FakeHandler((r, _) => Task.FromResult(r.RequestUri!.AbsolutePath == "/teaser"
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Page, Encoding.UTF8, "text/html") }
            : new HttpResponseMessage(HttpStatusCode.NotFound)));
        var results = await Read([path], handler: handler);
        Assert.Equal(2, results.Count);
        Assert.Equal("Full text item", results[0].Document!.HintTitle);
        Assert.Equal(new DateOnly(2023, 1, 3), results[0].Document!.HintPublished);
        Assert.Contains("ceasefire held", Encoding.UTF8.GetString(results[1].Document!.Bytes));
        var article = new ArticleExtractor().Extract(results[0].Document!).Article!;
        Assert.Equal("Full text item", article.Title);
        Assert.Equal(new DateOnly(2023, 1, 3), article.Published);
    }

    [Fact]
    public async Task AtomFeedIsRead()
    {
        var atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Entry one</title><link rel="alternate" href="/e1"/><published>2024-05-01T00:00:00Z</published><content type="html">&lt;p&gt;Short&lt;/p&gt;</content></entry></feed>""";
        var dir = TestPaths.TempDir();
        var path = Write(dir, "feed.atom", Encoding.UTF8.GetBytes(atom));
        var results = await Read([path], new SourceOptions { FetchFeedLinks = false });
        Assert.Single(results);
        Assert.Equal("Entry one", results[0].Document!.HintTitle);
    }

    [Fact]
    public async Task StdinIsRead()
    {
        var options = new SourceOptions { Stdin = () => new MemoryStream(Encoding.UTF8.GetBytes(Page)) };
        var results = await Read(["-"], options);
        Assert.Equal("stdin", results.Single().Document!.Source);
    }

    // ---- bad input: one clear error each, and the batch goes on ----

    [Fact]
    public async Task BadInputsEachGiveOneErrorAndTheGoodOneStillComesThrough()
    {
        var dir = TestPaths.TempDir();
        var good = Write(dir, "good.html", Encoding.UTF8.GetBytes(Page));
        var junk = Write(dir, "junk.html", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
        var empty = Write(dir, "empty.html", []);
        var truncated = Write(dir, "cut.html.gz", Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Page, 50))))[..300]);
        // One gzip member per record, as crawlers write them; the second is cut in half.
        var secondRecord = Gzip(Warc(("https://a.example/2", Page)));
        var truncatedWarc = Write(dir, "cut.warc.gz", [.. Gzip(Warc(("https://a.example/1", Page))), .. secondRecord[..(secondRecord.Length / 2)]]);
        var emptyFeed = Write(dir, "empty.rss", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>"));
        var badXml = Write(dir, "bad.rss", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss><channel><item><title>x</item></rss>"));
        var missing = Path.Combine(dir, "does-not-exist.html");
        var inputs = new[] { junk, empty, truncated, truncatedWarc, emptyFeed, badXml, missing, "http://", "ftp://example.org/x", good };
        var results = await Read(inputs);

        string ErrorFor(string source) => results.SingleOrDefault(r => r.Error?.Source == source).Error?.Message ?? $"no error for {source}: " + string.Join(" / ", results.Select(r => r.Error?.ToString() ?? r.Document!.Source));
        Assert.Contains("binary", ErrorFor(junk));
        Assert.Contains("empty", ErrorFor(empty));
        Assert.Contains("gzip", ErrorFor(truncated));
        Assert.Contains("feed has no items", ErrorFor(emptyFeed));
        Assert.Contains("malformed feed", ErrorFor(badXml));
        Assert.Contains("no such file", ErrorFor(missing));
        Assert.Contains("not a valid http(s) URL", ErrorFor("http://"));
        Assert.Contains("not a valid http(s) URL", ErrorFor("ftp://example.org/x"));
        // The truncated archive gives the records before the damage, then one error.
        Assert.True(results.Any(r => r.Document?.Source == "https://a.example/1"), string.Join(" / ", results.Select(r => r.Error?.ToString() ?? r.Document!.Source)));
        Assert.Contains(results, r => r.Error?.Source == truncatedWarc);
        Assert.Equal(good, results[^1].Document!.Source);
        Assert.All(results.Where(r => r.Error is not null), r => Assert.DoesNotContain('\n', r.Error!.Message));
    }

    [Fact]
    public async Task HugePageIsRefusedWithoutReadingIt()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "huge.html");
        using (var f = File.Create(path)) { f.SetLength(50L * 1024 * 1024); f.Write("<html>"u8); }
        var results = await Read([path]);
        Assert.Contains("over the 16 MB limit", results.Single().Error!.Message);
    }

    [Fact]
    public async Task LargePageUnderTheCapIsExtractedInReasonableTime()
    {
        var para = "<p>Officials said that the convoy, which carried food and medicine, reached the city after days of delays at checkpoints.</p>";
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat(para, 60_000)) + "</article></body></html>"; // ~8 MB
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var (article, error) = new ArticleExtractor().Extract(new RawDocument("big.html", DocumentKind.Html, Encoding.UTF8.GetBytes(html)));
        Assert.Null(error);
        Assert.True(article!.Text.Length > 1_000_000);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), sw.Elapsed.ToString());
    }

    [SkippableFact]
    public async Task UnreadableFileGivesPermissionError()
    {
        // root reads everything, and Windows has no Unix modes: the check needs an ordinary Unix user
        Skip.If(Environment.UserName == "root" || OperatingSystem.IsWindows(), "needs an ordinary Unix user");
        var dir = TestPaths.TempDir();
        var path = Write(dir, "secret.html", Encoding.UTF8.GetBytes(Page));
#pragma warning disable CA1416 // skipped on Windows above
        File.SetUnixFileMode(path, UnixFileMode.None);
#pragma warning restore CA1416
        Assert.Contains("permission denied", (await Read([path])).Single().Error!.Message);
    }

    [Fact]
    public async Task MissingFileAfterADirectoryIsReportedAndTheDirectoryStillRead()
    {
        var dir = TestPaths.TempDir();
        Write(dir, "ok.html", Encoding.UTF8.GetBytes(Page));
        var missing = Path.Combine(dir, "zz.html");
        var results = await Read([dir, missing]);
        Assert.Contains(results, r => r.Document?.Source.EndsWith("ok.html") == true);
        Assert.Contains("no such file", results.Single(r => r.Error is not null).Error!.Message);
    }

    [Theory]
    [InlineData(404, "HTTP 404")]
    [InlineData(500, "HTTP 500")]
    public async Task HttpErrorsAreReported(int status, string expected)
    {
        var handler = new FakeHandler((_, _) => Task.FromResult(new HttpResponseMessage((HttpStatusCode)status)));
        var results = await Read(["https://news.example/story"], handler: handler);
        Assert.Contains(expected, results.Single().Error!.Message);
    }

    [Fact]
    public async Task SlowServerTimesOut()
    {
        var handler = new FakeHandler(async (_, ct) => { await Task.Delay(TimeSpan.FromSeconds(30), ct); return new HttpResponseMessage(HttpStatusCode.OK); });
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var results = await Read(["https://slow.example/"], new SourceOptions { FetchTimeout = TimeSpan.FromMilliseconds(300) }, handler);
        Assert.Contains("timed out", results.Single().Error!.Message);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task OversizedDownloadIsCut()
    {
        var handler = new FakeHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            { Content = new StreamContent(new MemoryStream(new byte[3 * 1024 * 1024])) }));
        var results = await Read(["https://big.example/"], new SourceOptions { MaxPageBytes = 1024 * 1024 }, handler);
        Assert.Contains("limit", results.Single().Error!.Message);
    }
}
