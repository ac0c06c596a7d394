using Faultline.Core;

namespace Faultline.Ingest;

/// <summary>Extracts articles from raw documents: decodes, picks the HTML or scraped-text extractor,
/// fills gaps from container hints, and drops lines a site repeats on every page. Thread-safe.</summary>
public sealed class ArticleExtractor
{
    readonly ThreadLocal<HtmlExtractor> _html = new(() => new HtmlExtractor());
    readonly SiteBoilerplate _boilerplate = new();

    /// <returns>The article, or an error message when the document holds no article text.</returns>
    public (Article? Article, string? Error) Extract(RawDocument doc)
    {
        Article article;
        try
        {
            var text = CharsetDecoder.Decode(doc.Bytes, doc.Charset);
            article = doc.Kind == DocumentKind.Html
                ? _html.Value!.Extract(text, doc.Source, doc.HintUrl)
                : ScrapedTextExtractor.Extract(text, doc.Source);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug on one hostile page must not end the batch.
            return (null, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
        var site = SiteOf(article.Url ?? doc.HintUrl ?? doc.Source);
        var body = _boilerplate.Filter(site, article.Text);
        if (body.Length == 0) return (null, "no article text found");
        article = article with
        {
            Text = body,
            Title = article.Title ?? doc.HintTitle,
            Published = article.Published ?? doc.HintPublished,
            Url = article.Url ?? doc.HintUrl,
        };
        return (article, null);
    }

    /// <summary>Pages of one site share boilerplate: the host for URLs, the folder for files.</summary>
    static string SiteOf(string source)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var u) && u.Scheme is "http" or "https") return u.Host.ToLowerInvariant();
        return Path.GetDirectoryName(Path.GetFullPath(source)) ?? "";
    }
}

/// <summary>Lines a site prints on every page ("Follow us on X", a standard disclaimer) are
/// boilerplate even when the page-level heuristics keep them. Short paragraphs are counted per site;
/// once one has been seen on <see cref="MinPages"/> earlier pages of that site it is dropped.</summary>
public sealed class SiteBoilerplate
{
    public const int MinPages = 3;
    const int MaxLineLength = 200;
    const int MaxTrackedPerSite = 20_000;
    readonly Dictionary<string, Dictionary<string, int>> _seen = new();
    readonly Lock _lock = new();

    public string Filter(string site, string text)
    {
        var paragraphs = text.Split("\n\n");
        var keep = new List<string>(paragraphs.Length);
        lock (_lock)
        {
            if (!_seen.TryGetValue(site, out var counts)) _seen[site] = counts = new Dictionary<string, int>();
            foreach (var p in paragraphs.Distinct())
            {
                if (p.Length > MaxLineLength) continue;
                counts.TryGetValue(p, out var n);
                if (n > 0 || counts.Count < MaxTrackedPerSite) counts[p] = n + 1;
            }
            foreach (var p in paragraphs)
                if (p.Length > MaxLineLength || !counts.TryGetValue(p, out var n) || n <= MinPages) keep.Add(p);
        }
        return string.Join("\n\n", keep);
    }
}
