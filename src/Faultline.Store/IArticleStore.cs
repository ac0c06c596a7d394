using System.Globalization;
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
    public string? ArticleId { get; init; }
    /// <summary>One row per story (its first mention) instead of one per mention.</summary>
    public bool StoriesOnly { get; init; }
    /// <summary>Count each story's mentions and sources (costly on large results; series and networks do without).</summary>
    public bool StoryCounts { get; init; } = true;
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }

    /// <summary>Builds a query from user input (command-line options or URL parameters); a bad value raises
    /// FormatException with a message naming the parameter (prefixed with <paramref name="prefix"/>, e.g. "--").</summary>
    public static EventQuery Parse(string? actor, string? dyad, string? root, string? modality, string? since, string? until, string? text, string? place, int limit, string prefix = "")
    {
        static DateOnly? Date(string? s, string name) =>
            s is null ? null : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw new FormatException($"{name} must be YYYY-MM-DD, got '{s}'");
        (string, string)? pair = null;
        if (dyad is not null)
        {
            var parts = dyad.Split(':');
            if (parts.Length != 2 || parts.Any(x => x.Length == 0 || !x.All(char.IsLetter))) throw new FormatException($"{prefix}dyad must be A:B with two actor codes, got '{dyad}'");
            pair = (parts[0], parts[1]);
        }
        if (actor is not null && (actor.Length == 0 || !actor.All(char.IsLetter))) throw new FormatException($"{prefix}actor must be an actor code such as PAK or AFGGOV, got '{actor}'");
        if (root is not null && !(int.TryParse(root, out var r) && r is >= 1 and <= 20)) throw new FormatException($"{prefix}root must be a CAMEO root from 01 to 20, got '{root}'");
        List<Modality> mods;
        if (modality is null) mods = [Modality.Asserted, Modality.Reported, Modality.Claimed];
        else if (modality == "all") mods = [];
        else
        {
            mods = [];
            foreach (var m in modality.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                mods.Add(Enum.TryParse<Modality>(m, ignoreCase: true, out var parsed) && !int.TryParse(m, out _) ? parsed
                    : throw new FormatException($"{prefix}modality takes asserted, reported, claimed, denied, negated, hypothetical or all; got '{m}'"));
        }
        var s = Date(since, prefix + "since");
        var u = Date(until, prefix + "until");
        if (s > u) throw new FormatException($"{prefix}since is after {prefix}until");
        if (limit < 1) throw new FormatException($"{prefix}limit must be at least 1");
        return new EventQuery
        {
            Actor = actor, Dyad = pair, Root = root?.PadLeft(2, '0'), Modalities = mods, Since = s, Until = u, Text = text, Place = place, Limit = limit,
        };
    }
}

public sealed record ActorSummary(string Code, string? Name, int Events);

/// <summary>An event as stored: the coder's event and the article it came from.</summary>
public sealed record StoredEvent(CodedEvent Event, string ArticleId, string? ArticleTitle, string? ArticleSource)
{
    /// <summary>The story this mention belongs to: the id of the story's first mention.</summary>
    public string StoryId { get; init; } = Event.Id;
    /// <summary>How many mentions the story has, and from how many distinct sources.</summary>
    public int Mentions { get; init; } = 1;
    public int Sources { get; init; } = 1;
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

    /// <summary>Replaces an article's entities and events with these (idempotent) and marks it coded.</summary>
    void SaveCoding(string articleId, IReadOnlyList<CodedEntity> entities, IReadOnlyList<CodedEvent> events);
    /// <summary>Whether the article's events have been stored (it may have none).</summary>
    bool IsCoded(string articleId);
    IReadOnlyList<StoredEvent> QueryEvents(EventQuery query);
    StoredEvent? GetEvent(string id);
    int CountEvents(EventQuery? query = null);
    /// <summary>Changes whenever articles or events are written: a key for caches of derived results.</summary>
    long DataVersion();
    IReadOnlyList<CodedEntity> EntitiesOf(string articleId);
    /// <summary>Actor codes seen in events, most frequent first, with a name the coder gave them; q filters codes and names.</summary>
    IReadOnlyList<ActorSummary> Actors(string? q, int limit);
}

/// <summary>A query the full-text index cannot parse.</summary>
public sealed class SearchQueryException(string message) : Exception(message);
