using Faultline.Core;

namespace Faultline.Analysis;

public sealed record NetworkNode(string Actor, int Events, double Strength, int Friends, int Enemies, double DegreeCentrality);

/// <summary>An edge between two actors: Goldstein sum of their events both ways (cooperation minus conflict).</summary>
public sealed record NetworkEdge(string A, string B, int Events, double Weight, int Cooperation, int Conflict)
{
    public int Sign => Weight > 0 ? 1 : Weight < 0 ? -1 : 0;
}

/// <summary>A triangle of the signed graph. Balanced when the product of its signs is positive (Heider):
/// "+++" friends, "+−−" the enemy of my enemy is my friend; "++−" and "−−−" are unbalanced.</summary>
public sealed record Triad(string A, string B, string C, int SignAB, int SignBC, int SignAC)
{
    public bool Balanced => SignAB * SignBC * SignAC > 0;
    public string Pattern => string.Concat(new[] { SignAB, SignBC, SignAC }.OrderByDescending(x => x).Select(x => x > 0 ? '+' : '−'));
    public string Kind => Pattern switch
    {
        "+++" => "allies",
        "+−−" => "enemy of my enemy",
        "++−" => "unbalanced: a friend's enemy is my friend",
        _ => "unbalanced: three enemies",
    };
}

/// <summary>An open "enemy of my enemy" pair: A and C are both hostile to B and have no edge between them.</summary>
public sealed record OpenTriad(string A, string Enemy, string C);

public sealed record SignedGraph(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, IReadOnlyList<Triad> Triads, IReadOnlyList<OpenTriad> OpenTriads);

/// <summary>The signed actor network of a period, its centrality and its structural balance.</summary>
public static class SignedNetwork
{
    /// <param name="countryLevel">Group actors by country (the first three letters: PAKMIL → PAK).</param>
    public static SignedGraph Build(IEnumerable<CodedEvent> events, bool countryLevel = true, int minEvents = 1)
    {
        string? Node(string? code) => code is null || code.Length < 3 ? null : countryLevel ? code[..3] : code;
        var edges = new Dictionary<(string, string), (int N, double W, int Coop, int Conf)>();
        foreach (var e in events)
        {
            var a = Node(e.Source.Code);
            var b = Node(e.Target?.Code);
            if (a is null || b is null || a == b) continue;
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            var (n, w, coop, conf) = edges.GetValueOrDefault(key);
            edges[key] = (n + 1, w + e.Goldstein, coop + (e.QuadClass <= 2 ? 1 : 0), conf + (e.QuadClass >= 3 ? 1 : 0));
        }
        var edgeList = edges.Where(kv => kv.Value.N >= minEvents)
            .Select(kv => new NetworkEdge(kv.Key.Item1, kv.Key.Item2, kv.Value.N, Math.Round(kv.Value.W, 2), kv.Value.Coop, kv.Value.Conf))
            .Where(e => e.Sign != 0)
            .OrderByDescending(e => Math.Abs(e.Weight)).ThenBy(e => e.A).ThenBy(e => e.B).ToList();
        var adjacency = new Dictionary<string, Dictionary<string, int>>();
        foreach (var e in edgeList)
        {
            (adjacency.TryGetValue(e.A, out var x) ? x : adjacency[e.A] = new())[e.B] = e.Sign;
            (adjacency.TryGetValue(e.B, out var y) ? y : adjacency[e.B] = new())[e.A] = e.Sign;
        }
        int nodeCount = adjacency.Count;
        var nodes = adjacency.Keys.Select(n =>
        {
            var mine = edgeList.Where(e => e.A == n || e.B == n).ToList();
            return new NetworkNode(n, mine.Sum(e => e.Events), Math.Round(mine.Sum(e => Math.Abs(e.Weight)), 2), mine.Count(e => e.Sign > 0), mine.Count(e => e.Sign < 0),
                nodeCount <= 1 ? 0 : Math.Round((double)mine.Count / (nodeCount - 1), 3));
        }).OrderByDescending(n => n.Strength).ThenBy(n => n.Actor).ToList();

        var triads = new List<Triad>();
        var open = new List<OpenTriad>();
        var names = adjacency.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var b in names)
        {
            var neighbours = adjacency[b].Keys.Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i < neighbours.Count; i++)
                for (int j = i + 1; j < neighbours.Count; j++)
                {
                    var a = neighbours[i];
                    var c = neighbours[j];
                    if (adjacency[a].TryGetValue(c, out var ac))
                    {
                        // each triangle once: b is its alphabetically first corner
                        if (string.CompareOrdinal(b, a) < 0 && string.CompareOrdinal(b, c) < 0)
                            triads.Add(new Triad(b, a, c, adjacency[b][a], ac, adjacency[b][c]));
                    }
                    else if (adjacency[b][a] < 0 && adjacency[b][c] < 0) open.Add(new OpenTriad(a, b, c));
                }
        }
        return new SignedGraph(nodes, edgeList, triads.OrderBy(t => t.Balanced).ThenBy(t => t.A).ToList(), open);
    }
}
