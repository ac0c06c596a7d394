using Faultline.Core;

namespace Faultline.Ingest;

/// <summary>Extracts articles from raw documents: decodes, picks the HTML or scraped-text extractor,
/// fills gaps from container hints, and drops lines a site repeats on every page. <see cref="Read"/> is thread-safe and
/// depends on the document alone; <see cref="DropBoilerplate"/> counts the pages of each site seen so far, so callers
/// that read in parallel call it in input order (a batch then gives the same text, and so the same article ids, every run).</summary>
public sealed class ArticleExtractor
{
    readonly ThreadLocal<HtmlExtractor> _html = new(() => new HtmlExtractor());
    readonly SiteBoilerplate _boilerplate = new();

    /// <summary>Both steps at once, for callers that take documents one at a time in input order.</summary>
    /// <returns>The article, or an error message when the document holds no article text.</returns>
    public (Article? Article, string? Error) Extract(RawDocument doc) => DropBoilerplate(Read(doc));

    /// <summary>The page's article before the site's boilerplate is dropped (or why there is none).</summary>
    public ExtractedPage Read(RawDocument doc)
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
            return new ExtractedPage(doc, null, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
        return new ExtractedPage(doc, article, null);
    }

    /// <summary>Both steps for callers that read in parallel: the page at once, its boilerplate in its turn, which is passed
    /// on whatever happens.</summary>
    public async Task<(Article? Article, string? Error)> ExtractInTurn(RawDocument doc, InputTurn turn)
    {
        try
        {
            var page = Read(doc);
            await turn.Previous;
            return DropBoilerplate(page);
        }
        finally { turn.Pass(); }
    }

    /// <summary>The article without the lines its site repeats on every page, with the container's hints filled in.
    /// Call in input order: what counts as boilerplate depends on the pages of the site seen before.</summary>
    public (Article? Article, string? Error) DropBoilerplate(ExtractedPage page)
    {
        if (page.Article is not { } article) return (null, page.Error);
        var doc = page.Document;
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

/// <summary>A document's article as its page gives it, before <see cref="ArticleExtractor.DropBoilerplate"/>; Error says
/// why there is none.</summary>
public sealed record ExtractedPage(RawDocument Document, Article? Article, string? Error);

/// <summary>Steps of parallel work that must run in input order: each caller, numbered by <see cref="Next"/> in input
/// order, awaits its turn, does the step, and passes the turn on (always, even when its step failed).</summary>
public sealed class InputOrder
{
    Task _last = Task.CompletedTask;

    /// <summary>The next turn. Call from the one thread that reads the input.</summary>
    public InputTurn Next()
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var previous = _last;
        _last = mine.Task;
        return new InputTurn(previous, mine);
    }
}

/// <summary>One caller's turn: await <see cref="Previous"/>, do the step, then <see cref="Pass"/>.</summary>
public readonly record struct InputTurn(Task Previous, TaskCompletionSource Mine)
{
    public void Pass() => Mine.TrySetResult();
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
