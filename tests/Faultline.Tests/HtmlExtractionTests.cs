using System.Text;
using Faultline.Ingest;

namespace Faultline.Tests;

public class HtmlExtractionTests
{
    readonly HtmlExtractor _extractor = new();

    const string NewsPage = """
        <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Talks resume in Doha | Example Times</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example Times"},
          {"@type":"NewsArticle","headline":"Talks resume in Doha","datePublished":"2024-02-11T07:15:00+03:00",
           "author":[{"@type":"Person","name":"Lina Haddad"},{"@type":"Person","name":"Omar Said"}],"articleSection":"Middle East"}]}</script>
        <meta property="article:published_time" content="2020-01-01T00:00:00Z"></head>
        <body><div class="cookie-banner">We use cookies. <button>OK</button></div>
        <header><nav><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a></nav></header>
        <article><h1>Talks resume in Doha</h1>
        <div class="share-tools"><a href="#">Facebook</a><a href="#">Twitter</a></div>
        <div class="article-body">
        <p>Negotiators from both sides returned to Doha on Sunday for a new round of talks, mediators said, after a pause of three weeks.</p>
        <figure><img src="a.jpg"><figcaption>Delegates arrive at the venue. Photo: Reuters</figcaption></figure>
        <h2>What is on the table</h2>
        <p>The proposal includes a six-week pause in fighting, the exchange of prisoners and the delivery of aid, according to two officials briefed on it.</p>
        <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Aid convoys stuck at crossing</a></li><li><a href="/b">Who are the mediators?</a></li></ul></div>
        <p>Previous rounds broke down over the sequencing of the steps, and both sides have since accused each other of bad faith.</p>
        </div>
        <div class="newsletter"><p>Sign up for our daily briefing and never miss a story.</p></div>
        </article>
        <aside><h3>Most read</h3><ol><li><a href="/c">Storm hits coast</a></li></ol></aside>
        <footer><p>© 2024 Example Times. All rights reserved.</p></footer></body></html>
        """;

    [Fact]
    public void ExtractsBodyWithoutFurniture()
    {
        var a = _extractor.Extract(NewsPage, "page.html");
        var paragraphs = a.Text.Split("\n\n");
        Assert.Equal("Negotiators from both sides returned to Doha on Sunday for a new round of talks, mediators said, after a pause of three weeks.", paragraphs[0]);
        Assert.Contains("What is on the table", paragraphs);
        Assert.EndsWith("accused each other of bad faith.", a.Text);
        foreach (var junk in new[] { "cookies", "Facebook", "Delegates arrive", "Aid convoys", "Sign up", "Storm hits", "©", "Home" })
            Assert.DoesNotContain(junk, a.Text);
    }

    [Fact]
    public void JsonLdMetadataOutranksMetaTags()
    {
        var a = _extractor.Extract(NewsPage, "page.html");
        Assert.Equal("Talks resume in Doha", a.Title);
        Assert.Equal(new DateOnly(2024, 2, 11), a.Published); // JSON-LD, not the stale article:published_time
        Assert.Equal("Lina Haddad, Omar Said", a.Byline);
        Assert.Equal("Middle East", a.Section);
        Assert.Equal("en", a.Language);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2023-03-03T10:00:00Z">""", "", null, "2023-03-03")]
    [InlineData("", """<time datetime="2022-12-24T08:00">Dec 24</time>""", null, "2022-12-24")]
    [InlineData("", "", "https://news.example.com/2021/08/15/kabul-falls", "2021-08-15")]
    [InlineData("", "<p>KABUL, August 15, 2021 — The Taliban entered the capital.</p>", null, "2021-08-15")]
    public void DateComesFromMetaTimeUrlOrDateline(string head, string bodyStart, string? url, string expected)
    {
        var body = string.Concat(Enumerable.Repeat("<p>Fighters moved through the city on Sunday, witnesses said, as officials left their posts and crowds gathered at the airport.</p>", 4));
        var html = $"<html><head>{head}<title>T</title></head><body><article>{bodyStart}{body}</article></body></html>";
        Assert.Equal(DateOnly.Parse(expected), _extractor.Extract(html, "x.html", url).Published);
    }

    [Fact]
    public void DecodesDeclaredAndUndeclaredCharsets()
    {
        var text = "Café owners in Zürich said the “ceasefire” held — mostly — through the night, and officials agreed.";
        var page = $"<html><head><meta charset=\"windows-1252\"></head><body><article><p>{text}</p><p>{text}</p></article></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252).GetBytes(page);
        Assert.Contains("“ceasefire”", CharsetDecoder.Decode(cp1252));
        var undeclared = Encoding.GetEncoding(1252).GetBytes(page.Replace("<meta charset=\"windows-1252\">", ""));
        Assert.Contains("Zürich", CharsetDecoder.Decode(undeclared));
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(page.Replace("windows-1252", "iso-8859-1"))).ToArray();
        Assert.Contains("“ceasefire”", CharsetDecoder.Decode(bom)); // the BOM wins over a wrong meta charset
        Assert.Contains("Zürich", CharsetDecoder.Decode(Encoding.UTF8.GetBytes(page), "utf-8"));
    }

    [Fact]
    public void SurvivesHundredThousandNestedElements()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Deep text that is still an article paragraph, with commas, and more words to read.</p>" + "</body></html>";
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var a = _extractor.Extract(html, "deep.html");
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
        Assert.Contains("Deep text", a.Text);
    }

    [Fact]
    public void MalformedMarkupStillYieldsText()
    {
        var html = "<html><body><div class=content><p>Unclosed paragraph one, with a comma, about the talks in Geneva and what came of them<p>Second paragraph <b>bold <i>italic</b> text, still going on about the talks</i><div><p>Third &amp; last paragraph &nbsp; with entities &#8212; and more, then the end.</body>";
        var a = _extractor.Extract(html, "bad.html");
        Assert.Contains("Unclosed paragraph one", a.Text);
        Assert.Contains("Third & last paragraph with entities — and more", a.Text);
    }

    [Theory]
    [InlineData("2019-11-19-politics.html")]
    [InlineData("re3d-001c9c3f3dfe.html")]
    public void SampleCorpusPagesGiveTheirArticle(string pattern)
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Samples, "html"), "*.html");
        var file = files.FirstOrDefault(f => f.EndsWith(pattern)) ?? files.First();
        var a = _extractor.Extract(CharsetDecoder.Decode(File.ReadAllBytes(file)), file);
        Assert.True(a.Text.Length > 500, $"{file}: {a.Text.Length} chars");
        foreach (var junk in new[] { "Most read", "Subscribe", "All rights reserved", "Share on Facebook", "Image: Wikimedia", "Related coverage", "Follow us" })
            Assert.DoesNotContain(junk, a.Text);
        Assert.NotNull(a.Title);
    }
}
