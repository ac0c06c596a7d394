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

/// <summary>Filters for stored events; null means "any". Actor codes match as prefixes ("PAK" matches PAKMIL).</summary>
public sealed record EventQuery
{
    public string? Actor { get; init; }
    /// <summary>Two actor-code prefixes, either way round: ("PAK", "AFG").</summary>
    public (string A, string B)? Dyad { get; init; }
    public string? Root { get; init; }
    public IReadOnlyList<Modality>? Modalities { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    /// <summary>Words that must appear in the evidence sentence.</summary>
    public string? Text { get; init; }
    /// <summary>A place name or country code.</summary>
    public string? Place { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}

/// <summary>An event as stored: the coder's event and the article it came from.</summary>
public sealed record StoredEvent(CodedEvent Event, string ArticleId, string? ArticleTitle, string? ArticleSource);

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

    /// <summary>Replaces an article's entities and events with these (idempotent) and marks it coded.</summary>
    void SaveCoding(string articleId, IReadOnlyList<CodedEntity> entities, IReadOnlyList<CodedEvent> events);
    /// <summary>Whether the article's events have been stored (it may have none).</summary>
    bool IsCoded(string articleId);
    IReadOnlyList<StoredEvent> QueryEvents(EventQuery query);
    StoredEvent? GetEvent(string id);
    int CountEvents();
}

/// <summary>A query the full-text index cannot parse.</summary>
public sealed class SearchQueryException(string message) : Exception(message);
