using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>One voter of a <see cref="ParserVote"/>: a parser, the tagger whose tags it reads (null: the pipeline's own tags) and
/// the weight of its arcs.</summary>
public sealed record ParserVoter(DependencyParser Parser, PosTagger? Tagger, double Weight, string ParserFile, string? TaggerFile);

/// <summary>
/// Several parsers voting on each sentence (Sagae &amp; Lavie 2006's reparsing): every voter parses the sentence, each arc
/// it chooses scores the voter's weight, and the sentence gets the spanning tree with the highest total score, with one
/// root (Chu-Liu-Edmonds). An arc's label is the one with most weight among the voters that chose that arc. Voters differ by
/// their models and by the tags they read, so they err in different places. The file lists the voters by their model
/// files, found beside it.
/// </summary>
public sealed class ParserVote : ISentenceParser
{
    public const string Kind = "parser-vote";
    public const int Version = 1;

    public IReadOnlyList<ParserVoter> Voters { get; }
    readonly double[] weights;
    // what the voters after each one weigh together: once the voters so far lead by more, the rest are skipped
    readonly double[] weightAfter;

    public ParserVote(IReadOnlyList<ParserVoter> voters)
    {
        if (voters.Count == 0) throw new ArgumentException("a vote needs at least one voter");
        foreach (var v in voters)
            if (!double.IsFinite(v.Weight) || v.Weight <= 0) throw new ArgumentException($"voter {v.ParserFile}: weight {v.Weight} is not a positive number");
        Voters = voters;
        weights = voters.Select(v => v.Weight).ToArray();
        weightAfter = new double[weights.Length];
        for (int v = weights.Length - 2; v >= 0; v--) weightAfter[v] = weightAfter[v + 1] + weights[v + 1];
    }

    /// <summary>A parser model file or a vote file, told apart by the kind in its header line.</summary>
    public static ISentenceParser LoadParser(string path) =>
        ModelFile.KindOf(path) == Kind ? Load(path) : DependencyParser.Load(path);

    /// <summary>Writes the vote file: the voters' model files by name (they are looked up beside the vote file) and weights.</summary>
    public static void Save(string path, IReadOnlyList<(string ParserFile, string? TaggerFile, double Weight)> voters) =>
        ModelFile.Save(path, Kind, Version, bw =>
        {
            bw.Write(voters.Count);
            foreach (var (parser, tagger, weight) in voters)
            {
                bw.Write(parser);
                bw.Write(tagger ?? "");
                bw.Write(weight);
            }
        });

    /// <summary>Reads a vote file and loads its voters' models from the vote file's directory (each file once).</summary>
    public static ParserVote Load(string path)
    {
        var entries = ModelFile.Load(path, Kind, Version, br =>
        {
            int count = br.ReadInt32();
            if (count is < 1 or > 64) throw new InvalidDataException($"{count} voters");
            var list = new List<(string, string?, double)>();
            for (int i = 0; i < count; i++)
            {
                var parser = br.ReadString();
                var tagger = br.ReadString();
                list.Add((parser, tagger.Length == 0 ? null : tagger, br.ReadDouble()));
            }
            return list;
        });
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var parsers = new Dictionary<string, DependencyParser>();
        var taggers = new Dictionary<string, PosTagger>();
        var voters = new List<ParserVoter>();
        foreach (var (parserFile, taggerFile, weight) in entries)
        {
            if (!double.IsFinite(weight) || weight <= 0)
                throw new ModelFileException($"corrupt {Kind} model file {path}: voter {parserFile} has weight {weight}");
            try
            {
                var parserPath = Path.Combine(dir, parserFile);
                if (!parsers.TryGetValue(parserPath, out var parser)) parsers[parserPath] = parser = DependencyParser.Load(parserPath);
                PosTagger? tagger = null;
                if (taggerFile is not null)
                {
                    var taggerPath = Path.Combine(dir, taggerFile);
                    if (!taggers.TryGetValue(taggerPath, out tagger)) taggers[taggerPath] = tagger = PosTagger.Load(taggerPath);
                }
                voters.Add(new ParserVoter(parser, tagger, weight, parserFile, taggerFile));
            }
            catch (ModelFileException e)
            {
                throw new ModelFileException($"{path}: a voter's model cannot be used: {e.Message}", e);
            }
        }
        return new ParserVote(voters);
    }

    public void Parse(string text, Token[] tokens, int first, int end)
    {
        int n = end - first;
        if (n == 0) return;
        // each voter parses its own copy of the words; the first voter's copy keeps what its parser's repairs do to the tags.
        // Once the voters so far lead by more than the rest weigh together, the rest are skipped: the shipped vote lists the
        // heaviest first, and its two beam parsers agreeing settles most sentences
        var copies = new List<Token[]>(Voters.Count);
        var heads = new int[n];
        var labels = new string[n];
        bool settled = false;
        for (int v = 0; v < Voters.Count && !settled; v++)
        {
            var copy = tokens.AsSpan(first, n).ToArray();
            Voters[v].Tagger?.Tag(text, copy, 0, n);
            Voters[v].Parser.Parse(text, copy, 0, n);
            copies.Add(copy);
            settled = weightAfter[v] > 0 && Settled(copies, weights, weightAfter[v], heads, labels);
        }
        if (!settled) Combine(copies, weights, heads, labels);
        var lead = Voters[0].Tagger is null ? copies[0] : null;
        for (int i = 0; i < n; i++)
        {
            ref var t = ref tokens[first + i];
            if (lead is not null) { t.Upos = lead[i].Upos; t.Xpos = lead[i].Xpos; t.Lemma = lead[i].Lemma; }
            t.Head = heads[i] < 0 ? -1 : first + heads[i];
            t.Deprel = labels[i];
        }
    }

    /// <summary>
    /// Whether the parses so far decide the vote whatever voters of weight <paramref name="rest"/> add: every word's leading
    /// head leads the next by more than that, and so does the leading label on it, and the leading heads form a tree with
    /// one root (then it is the spanning tree <see cref="Combine"/> finds). If so, writes them (if not, it may have written
    /// some, which <see cref="Combine"/> then overwrites).
    /// </summary>
    internal static bool Settled(IReadOnlyList<Token[]> parses, IReadOnlyList<double> weights, double rest, int[] heads, string[] labels)
    {
        int n = heads.Length, roots = 0;
        for (int i = 0; i < n; i++)
        {
            double lead = 0, next = 0;
            int leadHead = int.MinValue;
            for (int v = 0; v < parses.Count; v++)
            {
                int h = parses[v][i].Head;
                bool seen = false;
                for (int u = 0; u < v; u++) if (parses[u][i].Head == h) seen = true;
                if (seen) continue;
                double w = 0;
                for (int u = v; u < parses.Count; u++) if (parses[u][i].Head == h) w += weights[u];
                if (w > lead) { next = lead; lead = w; leadHead = h; }
                else if (w > next) next = w;
            }
            if (lead - next <= rest) return false;
            var label = LeadingLabel(parses, weights, i, leadHead, out double labelMargin);
            if (label is null || labelMargin <= rest) return false;
            heads[i] = leadHead;
            labels[i] = label;
            if (leadHead < 0) roots++;
        }
        if (roots != 1) return false;
        // no cycle: from every word the heads lead to the root within n steps
        for (int i = 0; i < n; i++)
        {
            int h = i, steps = 0;
            while (h >= 0 && steps++ < n) h = heads[h];
            if (h >= 0) return false;
        }
        return true;
    }

    /// <summary>
    /// The weighted vote over parses of one sentence (heads 0-based within it, -1 for the root): the maximum spanning tree
    /// of the summed arc weights with a single root, written to <paramref name="heads"/> and <paramref name="labels"/>. Ties
    /// in labels go to the voter listed first.
    /// </summary>
    public static void Combine(IReadOnlyList<Token[]> parses, IReadOnlyList<double> weights, int[] heads, string[] labels)
    {
        int n = heads.Length;
        // score[h, d] over nodes 0 (root) .. n; every arc exists, so a tree always does, and an arc no voter chose scores 0
        var score = new double[n + 1, n + 1];
        double total = 0;
        for (int v = 0; v < parses.Count; v++)
        {
            total += weights[v];
            for (int i = 0; i < n; i++) score[parses[v][i].Head + 1, i + 1] += weights[v];
        }
        // each arc from the root costs more than all votes together: the best tree has one root word, and among those
        // the most votes
        double rootCost = total * (n + 1) + 1;
        for (int d = 1; d <= n; d++) score[0, d] -= rootCost;
        var tree = MaximumSpanningTree(score, n);
        for (int i = 0; i < n; i++)
        {
            int h = tree[i + 1] - 1;
            heads[i] = h;
            var best = LeadingLabel(parses, weights, i, h, out _);
            // no voter chose this arc (the tree needed it): the label the lead voter gave the word
            labels[i] = best ?? parses[0][i].Deprel ?? "dep";
        }
    }

    /// <summary>The label with most weight among the parses that hang word <paramref name="i"/> on <paramref name="head"/>
    /// (ties: the voter listed first), or null when none does; <paramref name="margin"/> is how far it leads the next.</summary>
    static string? LeadingLabel(IReadOnlyList<Token[]> parses, IReadOnlyList<double> weights, int i, int head, out double margin)
    {
        double lead = 0, next = 0;
        string? label = null;
        for (int v = 0; v < parses.Count; v++)
        {
            if (parses[v][i].Head != head || parses[v][i].Deprel is not { } l) continue;
            bool seen = false;
            for (int u = 0; u < v; u++) if (parses[u][i].Head == head && parses[u][i].Deprel == l) seen = true;
            if (seen) continue;
            double w = 0;
            for (int u = v; u < parses.Count; u++) if (parses[u][i].Head == head && parses[u][i].Deprel == l) w += weights[u];
            if (w > lead) { next = lead; lead = w; label = l; }
            else if (w > next) next = w;
        }
        margin = lead - next;
        return label;
    }

    /// <summary>Chu-Liu-Edmonds: the spanning arborescence rooted at node 0 with the highest summed score over a dense
    /// score matrix of nodes 0..n; returns each node's head (entry 0 unused).</summary>
    internal static int[] MaximumSpanningTree(double[,] score, int n)
    {
        int size = n + 1;
        // each node's best head; without a cycle among them, that is the tree
        var best = new int[size];
        for (int d = 1; d < size; d++)
        {
            int bh = 0;
            for (int h = 1; h < size; h++)
                if (h != d && score[h, d] > score[bh, d]) bh = h;
            best[d] = bh;
        }
        var cycle = FindCycle(best, size);
        if (cycle is null) return best;
        // contract the cycle into one node (the last of the smaller graph): entering it at member m replaces the arc
        // best[m] → m, leaving it goes from the member with the best arc
        var inCycle = new bool[size];
        foreach (var m in cycle) inCycle[m] = true;
        var outside = new List<int>();
        for (int x = 0; x < size; x++) if (!inCycle[x]) outside.Add(x);
        int c = outside.Count, smaller = c + 1;
        var s = new double[smaller, smaller];
        var enter = new int[smaller];
        var leave = new int[smaller];
        for (int i = 0; i < c; i++)
        {
            int x = outside[i];
            for (int j = 0; j < c; j++) s[i, j] = score[x, outside[j]];
            double bestIn = double.NegativeInfinity, bestOut = double.NegativeInfinity;
            foreach (var m in cycle)
            {
                double gain = score[x, m] - score[best[m], m];
                if (gain > bestIn) { bestIn = gain; enter[i] = m; }
                if (score[m, x] > bestOut) { bestOut = score[m, x]; leave[i] = m; }
            }
            s[i, c] = bestIn;
            s[c, i] = bestOut;
        }
        var sub = MaximumSpanningTree(s, smaller - 1);
        var head = new int[size];
        for (int i = 1; i < c; i++) head[outside[i]] = sub[i] == c ? leave[i] : outside[sub[i]];
        foreach (var m in cycle) head[m] = best[m];
        int from = sub[c];
        head[enter[from]] = outside[from];
        return head;
    }

    static List<int>? FindCycle(int[] best, int size)
    {
        var state = new int[size]; // 0 unvisited, 1 on the current path, 2 done
        for (int start = 1; start < size; start++)
        {
            if (state[start] != 0) continue;
            var path = new List<int>();
            int v = start;
            while (v != 0 && state[v] == 0) { state[v] = 1; path.Add(v); v = best[v]; }
            if (v != 0 && state[v] == 1) return path.GetRange(path.IndexOf(v), path.Count - path.IndexOf(v));
            foreach (var p in path) state[p] = 2;
        }
        return null;
    }
}
