using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Faultline.Core;

/// <summary>A news article after extraction: the body text and what we know about it.</summary>
/// <param name="Source">Where it came from: a path, a URL, or "stdin".</param>
/// <param name="Text">The article body; paragraphs are separated by one blank line.</param>
public sealed record Article(
    string Source,
    string? Title,
    DateOnly? Published,
    string? Byline,
    string? Section,
    string Language,
    string Text)
{
    /// <summary>Stable content hash: the same body gives the same id, wherever it was found.
    /// Derived from the text itself, so that a copy made with `with { Text = … }` never carries a stale id; remembered per
    /// text instance, since hashing a long body for every event coded from it would grow with the square of its length.</summary>
    public string Id => Ids.GetValue(Text, ContentHash.Of);

    static readonly ConditionalWeakTable<string, string> Ids = new();

    /// <summary>The article's canonical URL when the page declared one (link rel=canonical, og:url).</summary>
    public string? Url { get; init; }
}

/// <summary>A source as read from disk, network or a container, before extraction.</summary>
/// <param name="Source">Path or URL shown to the user and stored with the article.</param>
/// <param name="Kind">How to extract it.</param>
/// <param name="Bytes">The raw bytes (undecoded).</param>
/// <param name="Charset">A charset declared outside the bytes (HTTP header, WARC record), if any.</param>
public sealed record RawDocument(string Source, DocumentKind Kind, byte[] Bytes, string? Charset = null)
{
    /// <summary>Metadata known from a container (an RSS item's title and date) used when the page lacks it.</summary>
    public string? HintTitle { get; init; }
    public DateOnly? HintPublished { get; init; }
    public string? HintUrl { get; init; }
}

public enum DocumentKind { Html, ScrapedText }

public static class ContentHash
{
    /// <summary>SHA-256 over the whitespace-normalised text, first 16 bytes as hex.</summary>
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
