using Faultline.Core;

namespace Faultline.Store;

/// <summary>What happened to one article offered to the store.</summary>
public enum StoreOutcome
{
    /// <summary>A new article was stored.</summary>
    Added,
    /// <summary>The same article (same content, or a near-duplicate) was stored before; this source was added to it.</summary>
    NewSource,
    /// <summary>Already stored from this very source: nothing changed.</summary>
    Unchanged,
}

public sealed record StoreResult(string ArticleId, StoreOutcome Outcome);

public sealed record StoredArticle(Article Article, IReadOnlyList<string> Sources, DateTimeOffset IngestedAt);

/// <param name="Snippet">Text around the match; matched terms sit between <see cref="HighlightStart"/> and <see cref="HighlightEnd"/>.</param>
public sealed record SearchHit(string ArticleId, string? Title, DateOnly? Published, string Snippet, double Rank)
{
    public const char HighlightStart = '\u0002', HighlightEnd = '\u0003';
    public string PlainSnippet(string start = "[", string end = "]") => Snippet.Replace(HighlightStart.ToString(), start).Replace(HighlightEnd.ToString(), end);
}

/// <summary>The storage interface every backend implements (SQLite now, PostgreSQL later).
/// Each batch is one transaction; storing the same input twice leaves the store unchanged.</summary>
public interface IArticleStore : IDisposable
{
    IReadOnlyList<StoreResult> AddBatch(IReadOnlyList<Article> articles);
    StoredArticle? Get(string id);
    IReadOnlyList<StoredArticle> List(int limit = 50, int offset = 0);
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);
    int CountArticles();
    int CountSources();
}

/// <summary>A query the full-text index cannot parse.</summary>
public sealed class SearchQueryException(string message) : Exception(message);
