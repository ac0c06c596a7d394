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
    /// <summary>Named entities in text order (sorted by first token when set).</summary>
    public Entity[] Entities
    {
        get => entities;
        set { entities = InOrder(value, e => e.FirstToken); entityIndex = null; }
    }
    /// <summary>Time expressions in text order (sorted by start when set).</summary>
    public TimeExpression[] Times
    {
        get => times;
        set { times = InOrder(value, t => t.Start); timeIndex = null; }
    }
    /// <summary>Quantities in text order (sorted by start when set).</summary>
    public Quantity[] Quantities
    {
        get => quantities;
        set { quantities = InOrder(value, q => q.Start); quantityIndex = null; }
    }
    Entity[] entities = [];
    TimeExpression[] times = [];
    Quantity[] quantities = [];
    // built on first use, so that a sentence's entities, times and counts are found without reading the whole document's
    // (a long article has thousands; reading them all for each word made coding grow with the square of its length).
    // Setting a list rebuilds its index; a list is not changed in place.
    RangeIndex<Entity>? entityIndex;
    RangeIndex<TimeExpression>? timeIndex;
    RangeIndex<Quantity>? quantityIndex;

    /// <summary>Every entity that overlaps tokens [firstToken, endToken), in text order; with nested entities some that
    /// do not overlap may be among them, so callers still test each.</summary>
    public ArraySegment<Entity> EntitiesOverlapping(int firstToken, int endToken) =>
        (entityIndex ??= new(entities, e => e.FirstToken, e => e.EndToken)).Overlapping(firstToken, endToken);

    /// <summary>The entities that cover token <paramref name="token"/>.</summary>
    public IEnumerable<Entity> EntitiesAt(int token)
    {
        foreach (var e in EntitiesOverlapping(token, token + 1))
            if (e.FirstToken <= token && token < e.EndToken) yield return e;
    }

    /// <summary>Every time expression that overlaps characters [start, end), as <see cref="EntitiesOverlapping"/>.</summary>
    public ArraySegment<TimeExpression> TimesOverlapping(int start, int end) =>
        (timeIndex ??= new(times, t => t.Start, t => t.End)).Overlapping(start, end);

    /// <summary>Every quantity that overlaps characters [start, end), as <see cref="EntitiesOverlapping"/>.</summary>
    public ArraySegment<Quantity> QuantitiesOverlapping(int start, int end) =>
        (quantityIndex ??= new(quantities, q => q.Start, q => q.End)).Overlapping(start, end);

    static T[] InOrder<T>(T[] items, Func<T, int> start)
    {
        for (int i = 1; i < items.Length; i++)
            if (start(items[i]) < start(items[i - 1])) return items.OrderBy(start).ToArray();
        return items;
    }

    /// <summary>Starts of items sorted by start, and the largest end among each item and those before it: the items that
    /// overlap [a, b) lie between the first whose running end passes a and the last that starts before b.</summary>
    sealed class RangeIndex<T>
    {
        readonly T[] items;
        readonly int[] starts, runningEnds;

        public RangeIndex(T[] items, Func<T, int> start, Func<T, int> end)
        {
            this.items = items;
            starts = new int[items.Length];
            runningEnds = new int[items.Length];
            int most = int.MinValue;
            for (int i = 0; i < items.Length; i++)
            {
                starts[i] = start(items[i]);
                runningEnds[i] = most = Math.Max(most, end(items[i]));
            }
        }

        public ArraySegment<T> Overlapping(int a, int b)
        {
            int lo = FirstAbove(runningEnds, a), hi = FirstAbove(starts, b - 1);
            return hi <= lo ? ArraySegment<T>.Empty : new ArraySegment<T>(items, lo, hi - lo);
        }

        /// <summary>The first index whose value is greater than <paramref name="x"/> in a nondecreasing array.</summary>
        static int FirstAbove(int[] values, int x)
        {
            int lo = 0, hi = values.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (values[mid] > x) hi = mid; else lo = mid + 1;
            }
            return lo;
        }
    }

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
