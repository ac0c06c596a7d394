using Faultline.Analysis;
using Faultline.Core;

namespace Faultline.Tests;

/// <summary>Dyad series, tension alerts and the signed network on constructed events.</summary>
public class AnalysisTests
{
    static int counter;

    static CodedEvent E(string date, string source, string target, string cameo, double goldstein, int quad) => new()
    {
        Id = $"e{Interlocked.Increment(ref counter)}", Date = date, DateSource = "text",
        Source = new ActorRef(source, source, null), Target = new ActorRef(target, target, null),
        Cameo = cameo, QuadClass = quad, Goldstein = goldstein, Modality = Modality.Asserted,
        Sentence = "s", Start = 0, End = 1, Rule = "test", Confidence = 1,
    };

    [Fact]
    public void APlacesDeadAreCountedOncePerSentence()
    {
        var kabul = new Place("Kabul", "AFG", "Kabul", 34.5, 69.2);
        CodedEvent At(string sentence, int start, string cameo, int? dead) =>
            E("2025-10-09", "PAK", "AFG", cameo, -10, 4) with { Sentence = sentence, Start = start, Location = kabul, Fatalities = dead };
        // the strike and the killing it caused carry the same 46 dead; a second sentence's 9 and 23 are other dead
        var events = new[]
        {
            At("Air strikes killed 46 people.", 0, "195", 46), At("Air strikes killed 46 people.", 0, "190", 46),
            At("Nine fighters and 23 soldiers were killed.", 40, "190", 9), At("Nine fighters and 23 soldiers were killed.", 40, "190", 23),
            At("Talks were held.", 90, "040", null),
        };
        var place = Assert.Single(Overview.Places(events, 10));
        Assert.Equal((5, 78), (place.Events, place.Fatalities));
    }

    [Fact]
    public void WeeklySeriesCountsQuadClassesAndRaisesAnAlertOnAConflictSpike()
    {
        var events = new List<CodedEvent>();
        // six quiet weeks of talks and statements, then a week of strikes
        for (int w = 0; w < 6; w++)
        {
            var monday = new DateOnly(2025, 9, 1).AddDays(7 * w);
            events.Add(E(monday.ToString("yyyy-MM-dd"), "PAKGOV", "AFGGOV", "040", 1.0, 1));
            events.Add(E(monday.AddDays(2).ToString("yyyy-MM-dd"), "AFGGOV", "PAKGOV", "111", -2.0, 3));
        }
        var spike = new DateOnly(2025, 10, 13);
        for (int i = 0; i < 5; i++) events.Add(E(spike.AddDays(i).ToString("yyyy-MM-dd"), "PAKMIL", "AFGGOV", "190", -10.0, 4));
        events.Add(E("2025", "PAKMIL", "AFGGOV", "190", -10.0, 4)); // a bare year is too coarse for a weekly series

        var series = DyadSeries.Compute(events, Interval.Week);
        Assert.Equal(7, series.Count);
        Assert.All(series.Take(6), s => Assert.False(s.Alert));
        var last = series[^1];
        Assert.Equal(spike, last.Start);
        Assert.Equal((5, 5, 0), (last.Events, last.MaterialConflict, last.VerbalCooperation));
        Assert.Equal(-50.0, last.GoldsteinSum);
        Assert.Equal(1.0, last.MaterialConflictShare);
        Assert.Equal(50.0, last.Tension);
        Assert.True(last.Alert);
        Assert.Equal(1.0, series[0].Tension); // -(1 - 2)
        Assert.Equal(2, series[0].Events);
    }

    [Fact]
    public void EmptyIntervalsAreKeptSoTheTimelineHasNoGaps()
    {
        var series = DyadSeries.Compute([E("2025-01-15", "A", "B", "040", 1, 1), E("2025-04-02", "A", "B", "040", 1, 1)], Interval.Month);
        Assert.Equal(["2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01"], series.Select(s => s.Start.ToString("yyyy-MM-dd")));
        Assert.Equal([1, 0, 0, 1], series.Select(s => s.Events));
    }

    [Fact]
    public void SignedNetworkFindsTheEnemyOfMyEnemyAndUnbalancedTriads()
    {
        var events = new[]
        {
            E("2025-10-01", "PAKMIL", "AFGGOV", "190", -10, 4), E("2025-10-02", "AFGGOV", "PAKGOV", "111", -2, 3),   // PAK–AFG hostile
            E("2025-10-03", "INDGOV", "AFGGOV", "040", 1, 1), E("2025-10-04", "AFGGOV", "INDGOV", "057", 8, 1),      // IND–AFG warming
            E("2025-10-05", "INDMIL", "PAKMIL", "190", -10, 4),                                                       // PAK–IND hostile
            E("2025-10-06", "CHNGOV", "PAKGOV", "070", 7, 2), E("2025-10-07", "CHNGOV", "INDGOV", "040", 1, 1),      // CHN friendly with both rivals
            E("2025-10-08", "PAKGOV", "PAKMIL", "040", 1, 1),                                                          // internal: no edge
        };
        var graph = SignedNetwork.Build(events);
        Assert.Equal(5, graph.Edges.Count);
        var pakAfg = graph.Edges.Single(e => (e.A, e.B) == ("AFG", "PAK"));
        Assert.Equal((-12.0, -1, 2), (pakAfg.Weight, pakAfg.Sign, pakAfg.Events));

        var afgIndPak = graph.Triads.Single(t => new[] { t.A, t.B, t.C }.Order().SequenceEqual(["AFG", "IND", "PAK"]));
        Assert.True(afgIndPak.Balanced);
        Assert.Equal("+−−", afgIndPak.Pattern);
        Assert.Equal("enemy of my enemy", afgIndPak.Kind);

        var chnIndPak = graph.Triads.Single(t => new[] { t.A, t.B, t.C }.Order().SequenceEqual(["CHN", "IND", "PAK"]));
        Assert.False(chnIndPak.Balanced); // a friend of two enemies
        Assert.Equal("++−", chnIndPak.Pattern);

        var pak = graph.Nodes.Single(n => n.Actor == "PAK");
        Assert.Equal((1, 2), (pak.Friends, pak.Enemies));
        Assert.Equal(1.0, pak.DegreeCentrality);
    }
}
