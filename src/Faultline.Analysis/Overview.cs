using Faultline.Core;

namespace Faultline.Analysis;

/// <summary>A dyad ranked by how much its tension moved in its latest active interval.</summary>
public sealed record DyadChange(string A, string B, int Events, DateOnly LastStart, int LastEvents, double Tension, double Baseline, double Change,
    double ZScore, bool Alert, double GoldsteinSum);

/// <summary>Events gathered by place, for a map.</summary>
public sealed record PlaceSummary(string Name, string Country, string? Admin1, double Lat, double Lon, int Events, int Conflict, int Cooperation, int Fatalities);

/// <summary>What an analyst looks at first: which dyads are heating up, and where things happen.</summary>
public static class Overview
{
    /// <summary>
    /// Dyads (country level: PAKMIL → PAK) ranked by the change of their tension index in their latest
    /// interval with events: that interval's tension minus the EWMA baseline of the intervals before it
    /// (DyadSeries' definition). A dyad seen in one interval only has a baseline of 0, so its change is its tension.
    /// </summary>
    public static IReadOnlyList<DyadChange> TopDyads(IEnumerable<CodedEvent> events, Interval interval, int limit, int minEvents = 1)
    {
        var byDyad = new Dictionary<(string, string), List<CodedEvent>>();
        foreach (var e in events)
        {
            var a = e.Source.Code is { Length: >= 3 } s ? s[..3] : null;
            var b = e.Target?.Code is { Length: >= 3 } t ? t[..3] : null;
            if (a is null || b is null || a == b) continue;
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!byDyad.TryGetValue(key, out var list)) byDyad[key] = list = [];
            list.Add(e);
        }
        var ranked = new List<DyadChange>();
        foreach (var ((a, b), list) in byDyad)
        {
            if (list.Count < minEvents) continue;
            var series = DyadSeries.Compute(list, interval);
            var last = series.LastOrDefault(p => p.Events > 0);
            if (last is null) continue;
            ranked.Add(new DyadChange(a, b, list.Count, last.Start, last.Events, last.Tension, last.Baseline, Math.Round(last.Tension - last.Baseline, 2),
                last.ZScore, last.Alert, Math.Round(list.Sum(e => e.Goldstein), 2)));
        }
        return ranked.OrderByDescending(d => Math.Abs(d.Change)).ThenByDescending(d => d.Events).ThenBy(d => d.A, StringComparer.Ordinal)
            .ThenBy(d => d.B, StringComparer.Ordinal).Take(limit).ToList();
    }

    /// <summary>Events with coordinates, grouped by place name and country; the busiest places first.</summary>
    public static IReadOnlyList<PlaceSummary> Places(IEnumerable<CodedEvent> events, int limit)
    {
        return events.Where(e => e.Location is { Lat: not null, Lon: not null })
            .GroupBy(e => (e.Location!.Name, e.Location.Country))
            .Select(g =>
            {
                var first = g.First().Location!;
                // (a sentence's dead counted once, though several of its events carry them: the strike and the killing it
                // caused, each side of a fight; different counts in one sentence are different dead)
                int dead = g.Where(e => e.Fatalities is > 0).GroupBy(e => (e.Sentence, e.Start))
                    .Sum(sentence => sentence.Select(e => e.Fatalities!.Value).Distinct().Sum());
                return new PlaceSummary(first.Name, first.Country, first.Admin1, first.Lat!.Value, first.Lon!.Value, g.Count(),
                    g.Count(e => e.QuadClass >= 3), g.Count(e => e.QuadClass <= 2), dead);
            })
            .OrderByDescending(p => p.Events).ThenBy(p => p.Name, StringComparer.Ordinal).Take(limit).ToList();
    }
}
