using System.Text.RegularExpressions;

namespace Faultline.Ingest;

/// <summary>Finds calendar dates written the ways news pages write them.</summary>
public static partial class DateText
{
    static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses a whole value (a meta tag, a datetime attribute, an RSS pubDate).</summary>
    public static DateOnly? ParseValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        var iso = Iso().Match(value);
        if (iso.Success && iso.Index == 0) return Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        var compact = Compact().Match(value);
        if (compact.Success) return Make(compact.Groups[1].Value, compact.Groups[2].Value, compact.Groups[3].Value);
        return Find(value)?.Date;
    }

    /// <summary>The first date written anywhere in <paramref name="text"/>, with where it was.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string text)
    {
        (DateOnly, int, int)? best = null;
        foreach (var regex in (Regex[])[Iso(), DayMonthYear(), MonthDayYear()])
        {
            foreach (Match m in regex.Matches(text))
            {
                DateOnly? d = regex == Iso() ? Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)
                    : regex == DayMonthYear() ? Make(m.Groups["y"].Value, MonthNumber(m.Groups["m"].Value), m.Groups["d"].Value)
                    : Make(m.Groups["y"].Value, MonthNumber(m.Groups["m"].Value), m.Groups["d"].Value);
                if (d is null) continue;
                if (best is null || m.Index < best.Value.Item2) best = (d.Value, m.Index, m.Length);
                break;
            }
        }
        return best;
    }

    /// <summary>A date in a URL path: /2019/11/19/, /2019-11-19-, /20191119/.</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var m = UrlDate().Match(url);
        return m.Success ? Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;
    }

    static string MonthNumber(string name)
    {
        var key = name.Length >= 3 ? name[..3].ToLowerInvariant() : name.ToLowerInvariant();
        var i = Array.IndexOf(Months, key);
        return i < 0 ? "0" : (i + 1).ToString();
    }

    static DateOnly? Make(string y, string m, string d)
    {
        if (!int.TryParse(y, out var year) || !int.TryParse(m, out var month) || !int.TryParse(d, out var day)) return null;
        if (year < 1900 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    const string MonthNames = "(?<m>Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    [GeneratedRegex(@"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")]
    private static partial Regex Iso();
    [GeneratedRegex(@"^((?:19|20)\d\d)(\d\d)(\d\d)(?:\D|$)")]
    private static partial Regex Compact();
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + MonthNames + @",?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();
    [GeneratedRegex(@"\b" + MonthNames + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();
    [GeneratedRegex(@"[/_-]((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")]
    private static partial Regex UrlDate();
}
