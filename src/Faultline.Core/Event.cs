namespace Faultline.Core;

/// <summary>How sure the text is that an event happened (DESIGN.md). Counts default to asserted + reported + claimed.</summary>
public enum Modality { Asserted, Reported, Claimed, Denied, Negated, Hypothetical }

/// <summary>An actor as the text names it and as we code it: "RSF fighters" → SDNREB. Code is null when unknown.</summary>
public sealed record ActorRef(string Text, string? Code, string? Name);

/// <summary>A place from the gazetteer.</summary>
public sealed record Place(string Name, string Country, string? Admin1, double? Lat, double? Lon);

/// <summary>One coded event with its evidence. Offsets are UTF-16 offsets into the article text.</summary>
public sealed record CodedEvent
{
    public required string Id { get; init; }
    /// <summary>"YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when neither the sentence nor the article gives one.</summary>
    public string? Date { get; init; }
    /// <summary>"text" (a time expression in the sentence) or "article" (the publication date).</summary>
    public required string DateSource { get; init; }
    public required ActorRef Source { get; init; }
    public ActorRef? Target { get; init; }
    public required string Cameo { get; init; }
    public string Root => Cameo[..2];
    public required int QuadClass { get; init; }
    public required double Goldstein { get; init; }
    public string? Plover { get; init; }
    public required Modality Modality { get; init; }
    public Place? Location { get; init; }
    public int? Fatalities { get; init; }
    public required string Sentence { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary>Which pattern or rule produced the event, e.g. "verb attack + obj".</summary>
    public required string Rule { get; init; }
    public required double Confidence { get; init; }
    /// <summary>Offsets of the trigger word (verb or noun) inside the article text.</summary>
    public int TriggerStart { get; init; }
    /// <summary>How deep the trigger sits in the parse: 0 for the main clause (a reporting verb above it does not count).</summary>
    public int Depth { get; init; }
    public int TriggerEnd { get; init; }
}

/// <summary>An entity mention with the actor code it resolved to, if any.</summary>
public sealed record CodedEntity(string Text, EntityType Type, int Start, int End, string? Actor);

/// <summary>The coder's output for one article.</summary>
public sealed record CodedArticle(Article Article, IReadOnlyList<CodedEntity> Entities, IReadOnlyList<CodedEvent> Events);
