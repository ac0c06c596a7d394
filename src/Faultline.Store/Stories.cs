using System.Globalization;
using Faultline.Core;

namespace Faultline.Store;

/// <summary>
/// Stories: reports of the same real event collapse into one story with N mentions and N sources.
/// A new mention joins an existing story only when all of these hold (precision before recall):
/// the same source and target codes (country and role: PAKMIL and PAKGOV are different actors), the
/// same CAMEO root, day-precise dates at most 2 days apart, a counted modality (asserted, reported or
/// claimed) on both sides, compatible places (the same country, or one side without a place; two named
/// places must share their name or their admin1), and another sentence than the mention itself.
/// Dates are compared with the story's first mention, so a run of daily reports never chains into one
/// story. Among several candidates the nearest date wins, then the smallest story id.
/// </summary>
internal static class Stories
{
    public const int MaxDays = 2;

    static readonly string[] Counted = ["asserted", "reported", "claimed"];

    /// <summary>A story's first mention, as a candidate for a new mention to join.</summary>
    public sealed record Candidate(string StoryId, string Date, string? Place, string? Country, string? Admin1, string ArticleId, int Start);

    /// <summary>The window of first-mention dates a story must have for this event to join it; null when the
    /// event cannot join any story (no source code, no day-precise date, a modality that is not counted).</summary>
    public static (string Root, string Source, string? Target, string From, string To)? Window(CodedEvent ev)
    {
        if (ev.Source.Code is null || ev.Date is not { Length: 10 } date) return null;
        if (!Counted.Contains(ev.Modality.ToString().ToLowerInvariant())) return null;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return null;
        return (ev.Root, ev.Source.Code, ev.Target?.Code, day.AddDays(-MaxDays).ToString("yyyy-MM-dd"), day.AddDays(MaxDays).ToString("yyyy-MM-dd"));
    }

    /// <summary>Among the stories found in the window (same root and codes), the one this mention joins, or null.</summary>
    public static string? Pick(string articleId, CodedEvent ev, IEnumerable<Candidate> candidates)
    {
        var day = DateOnly.ParseExact(ev.Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string? best = null;
        int bestGap = int.MaxValue;
        foreach (var c in candidates)
        {
            if (c.ArticleId == articleId && c.Start == ev.Start) continue; // the same sentence
            if (!CompatiblePlace(ev.Location, c.Place, c.Country, c.Admin1)) continue;
            int gap = Math.Abs(DateOnly.ParseExact(c.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - day.DayNumber);
            if (gap < bestGap || gap == bestGap && string.CompareOrdinal(c.StoryId, best) < 0) { best = c.StoryId; bestGap = gap; }
        }
        return best;
    }

    static bool CompatiblePlace(Place? mine, string? place, string? country, string? admin1)
    {
        if (mine is null || country is null) return true;
        if (mine.Country != country) return false;
        // a country-level place on either side is compatible with any place inside that country
        if (place is null || admin1 is null || mine.Admin1 is null) return true;
        return string.Equals(mine.Name, place, StringComparison.OrdinalIgnoreCase)
            || mine.Admin1 is not null && string.Equals(mine.Admin1, admin1, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mine.Admin1, place, StringComparison.OrdinalIgnoreCase) || string.Equals(mine.Name, admin1, StringComparison.OrdinalIgnoreCase);
    }
}
