using AngleSharp.Html.Parser;
using Faultline.Core;

namespace Faultline.Ingest;

/// <summary>Extracts the article (metadata and main text) from an HTML page.</summary>
public sealed class HtmlExtractor
{
    /// <summary>Pages nested deeper than this are flattened before parsing: no real article needs it,
    /// and hostile pages (100,000 nested divs) would otherwise cost quadratic time in the tree builder.</summary>
    public const int MaxNesting = 512;

    readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false, IsScripting = false });

    public Article Extract(string html, string source, string? url = null)
    {
        var jsonLd = new List<string>();
        html = NestingGuard.Flatten(HtmlPrefilter.Strip(html, jsonLd), MaxNesting);
        var doc = _parser.ParseDocument(html);
        var meta = HtmlMetadata.Read(doc, jsonLd, url ?? (source.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? source : null));
        var text = HtmlContent.Extract(doc, meta.Title, meta.JsonLdBody);
        var published = meta.Published ?? Dateline(text);
        var language = meta.Language ?? LanguageGuess.Guess(text);
        return new Article(source, meta.Title, published, meta.Byline, meta.Section, language, text) { Url = meta.Url ?? url };
    }

    /// <summary>A visible date near the top of the body ("KABUL, Dec 24, 2023 —", "Published 3 March 2023").</summary>
    internal static DateOnly? Dateline(string text)
    {
        var head = text.Length > 400 ? text[..400] : text;
        return DateText.Find(head)?.Date;
    }
}
