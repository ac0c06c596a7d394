using System.Globalization;
using Faultline.Core;

namespace Faultline.Analysis;

public enum Interval { Day, Week, Month }

/// <summary>One interval of a dyad's series.</summary>
public sealed record SeriesPoint(DateOnly Start, int Events, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict,
    double GoldsteinSum, double GoldsteinMean, double MaterialConflictShare, double Tension, double Baseline, double ZScore, bool Alert);

/// <summary>
/// A dyad's event series and tension index. Tension is the conflict weight of an interval: minus the
/// sum of the Goldstein scores of its events (−10 for a military attack, +8 for aid), so it rises
/// with conflict and falls with cooperation. The baseline is an exponentially weighted moving average
/// (λ = 0.3) with an EWMA variance; an interval whose tension is 2 or more standard deviations above
/// the baseline of the intervals before it, with at least 3 events, raises an alert.
/// </summary>
public static class DyadSeries
{
    public const double Lambda = 0.3, AlertZ = 2.0;
    public const int AlertMinEvents = 3;

    public static DateOnly? EventDay(string? date)
    {
        if (date is null) return null;
        if (date.Length == 10 && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (date.Length == 7 && DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) return m;
        return null; // a bare year is too coarse for a series
    }

    public static DateOnly Bucket(DateOnly d, Interval interval) => interval switch
    {
        Interval.Day => d,
        Interval.Week => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)),
        _ => new DateOnly(d.Year, d.Month, 1),
    };

    static DateOnly Next(DateOnly d, Interval interval) => interval switch
    {
        Interval.Day => d.AddDays(1),
        Interval.Week => d.AddDays(7),
        _ => d.AddMonths(1),
    };

    public static IReadOnlyList<SeriesPoint> Compute(IEnumerable<CodedEvent> events, Interval interval)
    {
        var byBucket = new SortedDictionary<DateOnly, List<CodedEvent>>();
        foreach (var e in events)
        {
            if (EventDay(e.Date) is not { } day) continue;
            var b = Bucket(day, interval);
            if (!byBucket.TryGetValue(b, out var list)) byBucket[b] = list = [];
            list.Add(e);
        }
        var points = new List<SeriesPoint>();
        if (byBucket.Count == 0) return points;
        double mean = 0, variance = 0;
        bool first = true;
        for (var b = byBucket.Keys.First(); b <= byBucket.Keys.Last(); b = Next(b, interval))
        {
            var list = byBucket.GetValueOrDefault(b) ?? [];
            int q1 = list.Count(e => e.QuadClass == 1), q2 = list.Count(e => e.QuadClass == 2), q3 = list.Count(e => e.QuadClass == 3), q4 = list.Count(e => e.QuadClass == 4);
            double sum = list.Sum(e => e.Goldstein);
            double tension = -sum;
            double z = 0;
            if (!first)
            {
                double sd = Math.Sqrt(variance);
                z = sd < 1e-9 ? (tension > mean ? double.PositiveInfinity : 0) : (tension - mean) / sd;
            }
            bool alert = !first && list.Count >= AlertMinEvents && z >= AlertZ;
            points.Add(new SeriesPoint(b, list.Count, q1, q2, q3, q4, Math.Round(sum, 2), list.Count == 0 ? 0 : Math.Round(sum / list.Count, 2),
                list.Count == 0 ? 0 : Math.Round((double)q4 / list.Count, 3), Math.Round(tension, 2), Math.Round(mean, 2),
                double.IsInfinity(z) ? 99 : Math.Round(z, 2), alert));
            // update the baseline after scoring, so an interval is judged against the ones before it
            if (first) { mean = tension; variance = 0; first = false; }
            else
            {
                double diff = tension - mean;
                mean += Lambda * diff;
                variance = (1 - Lambda) * (variance + Lambda * diff * diff);
            }
        }
        return points;
    }
}
