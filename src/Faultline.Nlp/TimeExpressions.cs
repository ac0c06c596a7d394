using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>
/// Finds time expressions and resolves them against the article date: absolute dates ("3 March
/// 2023", "Mar. 3"), months and years ("in October", "in 2019"), relative expressions ("last
/// year", "3 March last year", "on Friday", "two days ago", "earlier this week"). A date without
/// a year takes the year that puts it nearest the article date, a day ahead counting twice (and a
/// month more) as far as a day behind; a bare weekday or month is the latest one not after it
/// (news mostly reports what has happened).
/// </summary>
public static partial class TimeExpressions
{
    const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
    const string Day = @"(?<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    const string Year = @"(?<year>(?:19|20)\d\d)";
    // relative words are matched in any case: a sentence often opens with them ("Last year, …", "Two days ago …")
    const string Rel = @"(?<rel>(?i:last|next|this))\s+(?i:year)";
    const string Count = @"(?<count>\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few))";

    [GeneratedRegex(
        @"\b(?:" +
        @"(?<iso>(?<iy>(?:19|20)\d\d)-(?<im>0[1-9]|1[0-2])-(?<id>[0-2]\d|3[01]))" +
        @"|(?<numeric>(?<n1>[12]\d|3[01]|0?[1-9])(?<sep>[/.])(?<n2>[12]\d|3[01]|0?[1-9])\k<sep>(?<ny>(?:19|20)\d\d))(?![/.]?\d)" +
        @"|" + Day + @"\s+(?:of\s+)?" + Month + @"(?:,?\s+" + Year + @"|\s+" + Rel + @")?" +
        @"|" + Month + @"\s+" + Day + @"(?:,?\s+" + Year + @"|\s+" + Rel + @")?(?![\d,.]*\d)" +
        @"|(?<mname>" + Month + @")(?:\s+(?:of\s+)?" + Year + @"|\s+" + Rel + @")" +
        @"|(?:(?<=\b(?:in|In|since|Since|during|During|until|by|By|early|late|mid|of)\s+)|(?<=\b(?:mid|Mid|early|Early|late|Late)-))(?<monly>January|February|March|April|June|July|August|September|October|November|December)(?!\s+\d)" +
        @"|(?<ago>" + Count + @"\s+(?<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago))" +
        @"|(?<earlier>(?i:(?:earlier|later)\s+this\s+(?<span>week|month|year)))" +
        @"|(?<lastnext>(?i:(?<dir>last|next|this|past)\s+(?<span2>week|month|year|weekend)))" +
        @"|(?<weekend>(?i:(?:over|at|during)\s+the\s+weekend))" +
        @"|(?<wday>(?:(?<wdir>(?i:last|next|this))\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?<part>morning|afternoon|evening|night))?)" +
        @"|(?<deictic>(?i:yesterday|today|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening))" +
        @"|(?<yonly>(?:(?<=\b(?:in|In|since|Since|during|During|until|Until|by|By|from|From|of|early|late|mid|before|Before|after|After|between|Between|and|to)\s+)|(?<=\b(?:mid|Mid)-))(?:19|20)\d\d(?!\s*[-/]\d)(?!s\b))" +
        @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static List<TimeExpression> Find(string text, DateOnly? reference) => Find(text, 0, text.Length, reference);

    public static List<TimeExpression> Find(string text, int start, int end, DateOnly? reference)
    {
        var result = new List<TimeExpression>();
        foreach (Match m in Pattern().Matches(text[..end], start))
        {
            if (m.Groups["deictic"].Success && char.IsUpper(m.Value[0]) && AfterCapitalisedWord(text, m.Index)) continue; // "USA Today"
            var (value, granularity) = Resolve(m, reference);
            result.Add(new TimeExpression(m.Index, m.Index + m.Length, m.Value, value, granularity));
        }
        return result;
    }

    /// <summary>Whether the word before <paramref name="at"/> (on the same line) is capitalised: "Today" after it is a name's end.</summary>
    static bool AfterCapitalisedWord(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        if (i < 0 || !char.IsLetter(text[i])) return false;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return char.IsUpper(text[i]);
    }

    static int MonthNumber(string s) => s.TrimEnd('.').ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    static int CountValue(string s) => s.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" or "a few" or "few" or "several" => 3, "four" => 4, "five" => 5,
        "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        var d => int.TryParse(d, out var n) ? n : 1,
    };

    static (DateOnly? Value, TimeGranularity Granularity) Resolve(Match m, DateOnly? reference)
    {
        var g = m.Groups;
        var r = reference;
        string Lower(string group) => g[group].Value.ToLowerInvariant();
        int? RelYear() => g["rel"].Success && r is { } d
            ? d.Year + (Lower("rel") == "last" ? -1 : Lower("rel") == "next" ? 1 : 0)
            : null;

        if (g["iso"].Success)
            return (SafeDate(int.Parse(g["iy"].Value), int.Parse(g["im"].Value), int.Parse(g["id"].Value)), TimeGranularity.Day);

        if (g["numeric"].Success)
            return (NumericDate(int.Parse(g["n1"].Value), int.Parse(g["n2"].Value), int.Parse(g["ny"].Value), g["sep"].Value == "." ? null : r), TimeGranularity.Day);

        if (g["day"].Success && g["month"].Success)
        {
            int month = MonthNumber(g["month"].Value), day = int.Parse(g["day"].Value);
            int? year = g["year"].Success ? int.Parse(g["year"].Value) : RelYear();
            if (year is null && r is { } d) year = NearestYear(d, month, day);
            return (year is { } y ? SafeDate(y, month, day) : null, TimeGranularity.Day);
        }

        if (g["month"].Success && (g["mname"].Success || g["monly"].Success))
        {
            int month = MonthNumber(g["month"].Success ? g["month"].Value : g["monly"].Value);
            int? year = g["year"].Success ? int.Parse(g["year"].Value) : RelYear();
            if (year is null && r is { } d) year = month <= d.Month ? d.Year : d.Year - 1;
            return (year is { } y ? new DateOnly(y, month, 1) : null, TimeGranularity.Month);
        }
        if (g["monly"].Success)
        {
            int month = MonthNumber(g["monly"].Value);
            return (r is { } d ? new DateOnly(month <= d.Month ? d.Year : d.Year - 1, month, 1) : null, TimeGranularity.Month);
        }

        if (g["yonly"].Success) return (new DateOnly(int.Parse(g["yonly"].Value), 1, 1), TimeGranularity.Year);

        if (r is not { } rd) return (null, TimeGranularity.Day);

        if (g["ago"].Success)
        {
            int n = CountValue(g["count"].Value);
            return Lower("unit").TrimEnd('s') switch
            {
                "day" => (rd.AddDays(-n), TimeGranularity.Day),
                "week" => (StartOfWeek(rd.AddDays(-7 * n)), TimeGranularity.Week),
                "month" => (FirstOfMonth(rd.AddMonths(-n)), TimeGranularity.Month),
                _ => (new DateOnly(rd.Year - n, 1, 1), TimeGranularity.Year),
            };
        }
        if (g["earlier"].Success)
            return Lower("span") switch
            {
                "week" => (StartOfWeek(rd), TimeGranularity.Week),
                "month" => (FirstOfMonth(rd), TimeGranularity.Month),
                _ => (new DateOnly(rd.Year, 1, 1), TimeGranularity.Year),
            };
        if (g["lastnext"].Success)
        {
            int dir = Lower("dir") switch { "last" or "past" => -1, "next" => 1, _ => 0 };
            return Lower("span2") switch
            {
                "week" => (StartOfWeek(rd.AddDays(7 * dir)), TimeGranularity.Week),
                "weekend" => (LastWeekday(rd, DayOfWeek.Saturday).AddDays(dir > 0 ? 7 : 0), TimeGranularity.Day),
                "month" => (FirstOfMonth(rd.AddMonths(dir)), TimeGranularity.Month),
                _ => (new DateOnly(rd.Year + dir, 1, 1), TimeGranularity.Year),
            };
        }
        if (g["weekend"].Success) return (LastWeekday(rd, DayOfWeek.Saturday), TimeGranularity.Day); // the weekend just past
        if (g["wday"].Success)
        {
            var wd = Enum.Parse<DayOfWeek>(g["weekday"].Value);
            var date = Lower("wdir") switch
            {
                "next" => NextWeekday(rd, wd),
                "last" => LastWeekday(rd.AddDays(-1), wd),
                _ => LastWeekday(rd, wd),
            };
            return (date, TimeGranularity.Day);
        }
        if (g["deictic"].Success)
        {
            var v = Lower("deictic");
            return (v.StartsWith("yesterday") || v.StartsWith("last") ? rd.AddDays(-1) : rd, TimeGranularity.Day);
        }
        return (null, TimeGranularity.Day);
    }

    /// <summary>"14/02/2024" is day first, "02/14/2024" month first; where both readings are dates ("03/04/2024"), the one
    /// nearer the article date. Without one, and always with dots ("12.11.2024", as Europe writes it), day first.</summary>
    static DateOnly? NumericDate(int first, int second, int year, DateOnly? reference)
    {
        var dayFirst = second <= 12 ? SafeDate(year, second, first) : null;
        var monthFirst = first <= 12 ? SafeDate(year, first, second) : null;
        if (dayFirst is not { } a) return monthFirst;
        if (monthFirst is not { } b || a == b || reference is not { } r) return a;
        return Math.Abs(b.DayNumber - r.DayNumber) < Math.Abs(a.DayNumber - r.DayNumber) ? b : a;
    }

    static DateOnly? SafeDate(int y, int m, int d) => d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);
    static DateOnly StartOfWeek(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    static DateOnly LastWeekday(DateOnly from, DayOfWeek wd)
    {
        int back = ((int)from.DayOfWeek - (int)wd + 7) % 7;
        return from.AddDays(-back);
    }

    static DateOnly NextWeekday(DateOnly from, DayOfWeek wd)
    {
        int ahead = ((int)wd - (int)from.DayOfWeek + 7) % 7;
        return from.AddDays(ahead == 0 ? 7 : ahead);
    }

    static readonly FrozenSet<string> MonthNames = new[] { "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December" }.ToFrozenSet(StringComparer.Ordinal);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthNameLookup = MonthNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word is a month's full name, capitalised ("September", not "Sept." or "may").</summary>
    internal static bool IsMonthName(ReadOnlySpan<char> word) => MonthNameLookup.Contains(word);

    /// <summary>The year (previous, same or next) that puts month/day nearest the reference date, a day ahead counting twice
    /// and a month more: news reports what happened, so "March 21" in an interview of 18 October is the March gone (seven
    /// months back), not the next one (five ahead), while "sworn in on January 20" in late November is ahead (up to about
    /// 110 days ahead a date is read as coming).</summary>
    static int NearestYear(DateOnly r, int month, int day)
    {
        int best = r.Year;
        int bestGap = int.MaxValue;
        foreach (var y in new[] { r.Year - 1, r.Year, r.Year + 1 })
        {
            if (SafeDate(y, month, day) is not { } d) continue;
            int gap = Math.Abs(d.DayNumber - r.DayNumber);
            if (d > r) gap = 2 * gap + 30;
            if (gap < bestGap) { bestGap = gap; best = y; }
        }
        return best;
    }
}
