using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Faultline.Ingest;

/// <summary>Page metadata in trafilatura's order of trust: JSON-LD, then OpenGraph/article:* and
/// other meta tags, then &lt;time&gt;, then a date in the URL (the visible dateline comes last, from the body).</summary>
public sealed record HtmlMetadata(string? Title, DateOnly? Published, string? Byline, string? Section,
    string? Language, string? Url, string? JsonLdBody)
{
    static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle",
         "BackgroundNewsArticle", "LiveBlogPosting", "WebPage", "Report", "ScholarlyArticle", "TechArticle"];

    static readonly string[] PublishedMeta =
        ["article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate",
         "publishdate", "publish-date", "publish_date", "published_time", "date", "dc.date", "dc.date.issued",
         "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
         "article.published", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
         "dc.date.created", "displaydate", "date_published", "timestamp"];

    public static HtmlMetadata Read(IHtmlDocument doc, IReadOnlyList<string> jsonLd, string? sourceUrl)
    {
        string? title = null, byline = null, section = null, language = null, url = null, ldBody = null;
        DateOnly? published = null;

        foreach (var obj in JsonLdObjects(jsonLd))
        {
            if (!IsArticle(obj)) continue;
            title ??= Str(obj, "headline") ?? Str(obj, "name");
            published ??= DateText.ParseValue(Str(obj, "datePublished") ?? Str(obj, "dateCreated"));
            byline ??= Names(obj, "author") ?? Names(obj, "creator");
            section ??= First(obj, "articleSection");
            language ??= Str(obj, "inLanguage");
            url ??= Str(obj, "url");
            ldBody ??= Str(obj, "articleBody");
        }

        // One walk gathers every element metadata can come from (selectors would walk the tree each time).
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? canonical = null, h1 = null, authorElement = null;
        DateOnly? timeDate = null;
        foreach (var e in DomWalk.Descendants(doc))
        {
            switch (e.LocalName)
            {
                case "meta":
                    var key = e.GetAttribute("property") ?? e.GetAttribute("name") ?? e.GetAttribute("itemprop") ?? e.GetAttribute("http-equiv");
                    var content = e.GetAttribute("content");
                    if (key is not null && !string.IsNullOrWhiteSpace(content)) meta.TryAdd(key.Trim(), content.Trim());
                    continue;
                case "link":
                    if (canonical is null && string.Equals(e.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase)) canonical = e.GetAttribute("href");
                    continue;
                case "time":
                    timeDate ??= DateText.ParseValue(e.GetAttribute("datetime") ?? (e.HasAttribute("pubdate") ? e.TextContent : null));
                    break;
                case "h1":
                    h1 ??= e.TextContent;
                    break;
            }
            if (authorElement is null && IsAuthorElement(e)) authorElement = e.TextContent;
        }
        string? Meta(params string[] keys)
        {
            foreach (var k in keys) if (meta.TryGetValue(k, out var v)) return v;
            return null;
        }

        title ??= Meta("og:title", "twitter:title", "dc.title", "title", "sailthru.title", "parsely-title");
        foreach (var k in PublishedMeta)
        {
            if (published is not null) break;
            published = DateText.ParseValue(Meta(k));
        }
        published ??= timeDate;
        url ??= canonical ?? Meta("og:url");
        published ??= DateText.FromUrl(url) ?? DateText.FromUrl(sourceUrl);

        var metaAuthor = Meta("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl");
        if (metaAuthor is not null && !metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase)) byline ??= metaAuthor;
        byline ??= Clean(authorElement);
        if (byline is not null) byline = TidyByline(byline);
        section ??= Meta("article:section", "section", "parsely-section", "og:section");

        language ??= doc.DocumentElement.GetAttribute("lang") ?? Meta("content-language", "og:locale", "language", "dc.language");

        title ??= h1;
        title ??= doc.Title;
        return new HtmlMetadata(Clean(title), published, byline, Clean(section), NormaliseLanguage(language), url, ldBody);
    }

    static bool IsAuthorElement(AngleSharp.Dom.IElement e)
    {
        if (string.Equals(e.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(e.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase)) return true;
        var cls = e.GetAttribute("class");
        return cls is not null && (cls.Contains("byline", StringComparison.OrdinalIgnoreCase) || cls.Contains("author-name", StringComparison.OrdinalIgnoreCase));
    }

    static string? TidyByline(string s)
    {
        s = Clean(s) ?? "";
        if (s.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) s = s[3..].Trim();
        return s.Length is 0 or > 120 ? null : s;
    }

    public static string? NormaliseLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var primary = lang.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    public static string? Clean(string? s)
    {
        if (s is null) return null;
        s = TextNormaliser.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(s));
        return s.Length == 0 ? null : s;
    }

    static IEnumerable<JsonElement> JsonLdObjects(IReadOnlyList<string> scripts)
    {
        foreach (var script in scripts)
        {
            JsonDocument? parsed = null;
            try { parsed = JsonDocument.Parse(script.Trim().TrimEnd(';'), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 }); }
            catch (JsonException) { }
            if (parsed is null) continue;
            var queue = new Queue<JsonElement>();
            queue.Enqueue(parsed.RootElement);
            int seen = 0;
            while (queue.Count > 0 && seen++ < 500)
            {
                var e = queue.Dequeue();
                if (e.ValueKind == JsonValueKind.Array) { foreach (var x in e.EnumerateArray()) queue.Enqueue(x); continue; }
                if (e.ValueKind != JsonValueKind.Object) continue;
                yield return e;
                if (e.TryGetProperty("@graph", out var g)) queue.Enqueue(g);
                if (e.TryGetProperty("mainEntity", out var me)) queue.Enqueue(me);
            }
        }
    }

    static bool IsArticle(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var t)) return false;
        if (t.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(t.GetString()) && (t.GetString() != "WebPage" || obj.TryGetProperty("datePublished", out _));
        if (t.ValueKind == JsonValueKind.Array) return t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && ArticleTypes.Contains(x.GetString()));
        return false;
    }

    static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static string? First(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        if (v.ValueKind == JsonValueKind.Array) return v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).FirstOrDefault();
        return null;
    }

    static string? Names(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v)) return null;
        var names = new List<string>();
        void Add(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.String) names.Add(e.GetString()!);
            else if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) names.Add(n.GetString()!);
        }
        if (v.ValueKind == JsonValueKind.Array) foreach (var x in v.EnumerateArray()) Add(x); else Add(v);
        names = names.Select(n => n.Trim()).Where(n => n.Length > 0 && !n.StartsWith("http")).Distinct().ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
