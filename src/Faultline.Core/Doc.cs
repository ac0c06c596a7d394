namespace Faultline.Core;

/// <summary>One token of an analysed text. Offsets are UTF-16 code units into <see cref="Doc.Text"/>.
/// Tags and labels are interned strings owned by the models, so filling them allocates nothing.</summary>
public struct Token
{
    public int Start;
    public int End;
    /// <summary>Universal POS tag (UD), e.g. "NOUN"; null before tagging.</summary>
    public string? Upos;
    /// <summary>Penn Treebank tag, e.g. "NNS"; null before tagging.</summary>
    public string? Xpos;
    public string? Lemma;
    /// <summary>Index of the head token in the document, or -1 for the sentence root (and before parsing).</summary>
    public int Head;
    /// <summary>UD relation to the head, e.g. "nsubj"; null before parsing.</summary>
    public string? Deprel;
    public readonly int Length => End - Start;
}

public enum SentenceKind : byte
{
    Body,
    /// <summary>A title or section heading: a line without sentence-final punctuation.</summary>
    Heading,
    /// <summary>"By Jane Doe" and similar credit lines.</summary>
    Byline,
    /// <summary>The place/date/agency lead of a wire story: "KABUL, Dec 24 (Reuters) -".</summary>
    Dateline,
}

/// <summary>A sentence: character range plus the range of its tokens [FirstToken, EndToken).</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken, SentenceKind Kind)
{
    public int TokenCount => EndToken - FirstToken;
}

public enum EntityType : byte { PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, DATE }

/// <summary>A named entity mention over tokens [FirstToken, EndToken).</summary>
public readonly record struct Entity(int Start, int End, int FirstToken, int EndToken, EntityType Type);

public enum TimeGranularity : byte { Day, Week, Month, Year }

/// <summary>A time expression resolved against the article date. Value is the first day of the
/// week (Monday), month or year for coarser granularities; null when it cannot be anchored (no reference date).</summary>
public sealed record TimeExpression(int Start, int End, string Text, DateOnly? Value, TimeGranularity Granularity)
{
    /// <summary>"2023-03-03", "2023-W09" (ISO week), "2023-03" or "2023" by granularity; null when unresolved.</summary>
    public string? Normalised => Value is not { } v ? null : Granularity switch
    {
        TimeGranularity.Day => v.ToString("yyyy-MM-dd"),
        TimeGranularity.Week => $"{System.Globalization.ISOWeek.GetYear(v.ToDateTime(TimeOnly.MinValue))}-W{System.Globalization.ISOWeek.GetWeekOfYear(v.ToDateTime(TimeOnly.MinValue)):D2}",
        TimeGranularity.Month => v.ToString("yyyy-MM"),
        _ => v.ToString("yyyy"),
    };
}

/// <summary>A count in the text: "at least 30" (Value 30, AtLeast), "dozens" (Value 24, Approximate).
/// Noun is the counted word when it follows ("12 people" → "people").</summary>
public sealed record Quantity(int Start, int End, string Text, long Value, bool AtLeast, bool Approximate, string? Noun);

/// <summary>An analysed text: tokens, sentences, entities, times and quantities over one string.</summary>
public sealed class Doc
{
    public Doc(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }
    public Entity[] Entities { get; set; } = [];
    public TimeExpression[] Times { get; set; } = [];
    public Quantity[] Quantities { get; set; } = [];
    /// <summary>The date relative expressions were resolved against (the article's publication date).</summary>
    public DateOnly? ReferenceDate { get; set; }

    public ReadOnlySpan<char> FormSpan(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);
    public string Form(int token) => Text.Substring(Tokens[token].Start, Tokens[token].Length);
    public string SpanText(int start, int end) => Text[start..end];

    /// <summary>Index of the sentence holding the token (binary search).</summary>
    public int SentenceOf(int token)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (token < Sentences[mid].FirstToken) hi = mid - 1;
            else if (token >= Sentences[mid].EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
