using Faultline.Core;

namespace Faultline.Ingest;

/// <summary>One input that could not be read or extracted, with a message meant for a person.</summary>
public sealed record SourceError(string Source, string Message)
{
    public override string ToString() => $"{Source}: {Message}";
}

/// <summary>What reading a source yields: a document to extract, or an error (the batch goes on).</summary>
public readonly record struct SourceResult(RawDocument? Document, SourceError? Error)
{
    public static SourceResult Ok(RawDocument d) => new(d, null);
    public static SourceResult Fail(string source, string message) => new(null, new SourceError(source, message));
}

public sealed record SourceOptions
{
    /// <summary>Largest page or feed read whole, in bytes (files, downloads, WARC records, decompressed data).</summary>
    public long MaxPageBytes { get; init; } = 16L * 1024 * 1024;
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);
    public int MaxRedirects { get; init; } = 5;
    /// <summary>Fetch each feed item's link when the item does not carry the full text.</summary>
    public bool FetchFeedLinks { get; init; } = true;
    /// <summary>Feed item content at least this long (characters of text) is taken as the full article.</summary>
    public int FeedFullTextChars { get; init; } = 800;
    public Func<Stream> Stdin { get; init; } = Console.OpenStandardInput;
}

/// <summary>Thrown inside the readers for a problem with one input; turned into a <see cref="SourceError"/>.</summary>
internal sealed class InputException(string message) : Exception(message);
