using System.Globalization;
using Faultline.Core;
using Microsoft.Data.Sqlite;

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

    public static string? FindStory(SqliteArticleStore store, string articleId, CodedEvent ev, SqliteTransaction tx)
    {
        if (ev.Source.Code is null || ev.Date is not { Length: 10 } date) return null;
        if (!Counted.Contains(ev.Modality.ToString().ToLowerInvariant())) return null;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return null;
        using var c = store.CommandFor("""
            SELECT story_id, date, place, country, admin1, article_id, start FROM events
            WHERE id = story_id AND root = $root AND source_code = $src AND target_code IS $tgt AND length(date) = 10 AND date BETWEEN $from AND $to
              AND modality IN ('asserted', 'reported', 'claimed')
            """, tx);
        c.Parameters.AddWithValue("$root", ev.Root);
        c.Parameters.AddWithValue("$src", ev.Source.Code);
        c.Parameters.AddWithValue("$tgt", (object?)ev.Target?.Code ?? DBNull.Value);
        c.Parameters.AddWithValue("$from", day.AddDays(-MaxDays).ToString("yyyy-MM-dd"));
        c.Parameters.AddWithValue("$to", day.AddDays(MaxDays).ToString("yyyy-MM-dd"));
        using var r = c.ExecuteReader();
        string? best = null;
        int bestGap = int.MaxValue;
        while (r.Read())
        {
            if (r.GetString(5) == articleId && r.GetInt32(6) == ev.Start) continue; // the same sentence
            if (!CompatiblePlace(ev.Location, r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4))) continue;
            int gap = Math.Abs(DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd").DayNumber - day.DayNumber);
            var story = r.GetString(0);
            if (gap < bestGap || gap == bestGap && string.CompareOrdinal(story, best) < 0) { best = story; bestGap = gap; }
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
