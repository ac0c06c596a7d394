using System.Collections.Frozen;

namespace Faultline.Nlp;

/// <summary>
/// Distributional word classes learned from unlabelled text: each word of the vocabulary is
/// described by its left and right neighbours among the most frequent words, and those
/// profiles are grouped by spherical k-means at a coarse and a fine granularity. Words never seen
/// in a treebank still share a class with words that were ("Zelenskyy" with other surnames,
/// "shelled" with other past-tense verbs), which is what the tagger, parser and NER lack most.
/// </summary>
public sealed class WordClusters
{
    public const int Coarse = 64, Fine = 512;
    readonly FrozenDictionary<ulong, uint> classes; // normalised word hash → coarse << 16 | fine

    WordClusters(FrozenDictionary<ulong, uint> classes) => this.classes = classes;

    public static readonly WordClusters Empty = new(FrozenDictionary<ulong, uint>.Empty);

    public int Count => classes.Count;

    /// <summary>Coarse and fine class + 1 (0 = unknown word).</summary>
    public (ulong Coarse, ulong Fine) Of(ulong normHash) =>
        classes.TryGetValue(normHash, out var c) ? ((c >> 16) + 1, (c & 0xffff) + 1) : (0, 0);

    public static WordClusters Build(IEnumerable<string[]> sentences, int minCount, int seed, Action<string>? log = null)
    {
        // vocabulary and neighbour counts over normalised word hashes
        var freq = new Dictionary<ulong, int>();
        var corpus = new List<ulong[]>();
        foreach (var s in sentences)
        {
            var h = s.Select(w => FeatureHash.OfNormalised(w)).ToArray();
            corpus.Add(h);
            foreach (var x in h) freq[x] = freq.GetValueOrDefault(x) + 1;
        }
        const int contextWords = 1000;
        var contextIndex = freq.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(contextWords)
            .Select((kv, i) => (kv.Key, i)).ToDictionary(p => p.Key, p => p.i);
        var vocab = freq.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToArray();
        var vocabIndex = vocab.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        int dim = 2 * (contextWords + 2);
        var profiles = new Dictionary<int, float>[vocab.Length];
        for (int i = 0; i < vocab.Length; i++) profiles[i] = new();
        foreach (var s in corpus)
            for (int i = 0; i < s.Length; i++)
            {
                if (!vocabIndex.TryGetValue(s[i], out var v)) continue;
                int left = i == 0 ? contextWords : contextIndex.TryGetValue(s[i - 1], out var l) ? l : contextWords + 1;
                int right = i == s.Length - 1 ? contextWords : contextIndex.TryGetValue(s[i + 1], out var r) ? r : contextWords + 1;
                var p = profiles[v];
                p[left] = p.GetValueOrDefault(left) + 1;
                int rk = contextWords + 2 + right;
                p[rk] = p.GetValueOrDefault(rk) + 1;
            }
        // Hellinger: square roots of the neighbour distributions, unit length
        var points = profiles.Select(p =>
        {
            var keys = p.Keys.Order().ToArray();
            var vals = keys.Select(k => MathF.Sqrt(p[k])).ToArray();
            float norm = MathF.Sqrt(vals.Sum(x => x * x));
            for (int j = 0; j < vals.Length; j++) vals[j] /= norm;
            return (keys, vals);
        }).ToArray();
        log?.Invoke($"word classes: {vocab.Length} words (≥ {minCount} occurrences) in {corpus.Count} sentences");
        var coarse = KMeans(points, dim, Coarse, seed, 12);
        var fine = KMeans(points, dim, Fine, seed + 1, 12);
        var table = new Dictionary<ulong, uint>(vocab.Length);
        for (int i = 0; i < vocab.Length; i++) table[vocab[i]] = (uint)coarse[i] << 16 | (uint)fine[i];
        return new WordClusters(table.ToFrozenDictionary());
    }

    /// <summary>Spherical k-means (cosine), seeded by the most frequent words, run on all cores.</summary>
    static int[] KMeans((int[] Keys, float[] Vals)[] points, int dim, int k, int seed, int iterations)
    {
        k = Math.Min(k, points.Length);
        var centroids = new float[k][];
        // seeds: spread over frequency ranks so that rare-word classes exist too
        var rng = new Random(seed);
        for (int c = 0; c < k; c++)
        {
            int pick = c < k / 2 ? c : rng.Next(points.Length);
            centroids[c] = new float[dim];
            var (keys, vals) = points[pick];
            for (int j = 0; j < keys.Length; j++) centroids[c][keys[j]] = vals[j];
        }
        var assign = new int[points.Length];
        for (int it = 0; it < iterations; it++)
        {
            Parallel.For(0, points.Length, i =>
            {
                var (keys, vals) = points[i];
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    var cen = centroids[c];
                    float dot = 0;
                    for (int j = 0; j < keys.Length; j++) dot += cen[keys[j]] * vals[j];
                    if (dot > bestDot) { bestDot = dot; best = c; }
                }
                assign[i] = best;
            });
            var sums = new float[k][];
            for (int c = 0; c < k; c++) sums[c] = new float[dim];
            for (int i = 0; i < points.Length; i++)
            {
                var (keys, vals) = points[i];
                var sum = sums[assign[i]];
                for (int j = 0; j < keys.Length; j++) sum[keys[j]] += vals[j];
            }
            for (int c = 0; c < k; c++)
            {
                float norm = MathF.Sqrt(sums[c].Sum(x => x * x));
                if (norm == 0) continue; // an empty class keeps its old centre
                for (int j = 0; j < dim; j++) sums[c][j] /= norm;
                centroids[c] = sums[c];
            }
        }
        return assign;
    }

    public void Write(BinaryWriter bw)
    {
        bw.Write(classes.Count);
        foreach (var (k, v) in classes.OrderBy(kv => kv.Key)) { bw.Write(k); bw.Write(v); }
    }

    public static WordClusters Read(BinaryReader br)
    {
        int n = br.ReadInt32();
        if (n < 0 || n > 5_000_000) throw new InvalidDataException("word class table size out of range");
        var table = new Dictionary<ulong, uint>(n);
        for (int i = 0; i < n; i++) { var k = br.ReadUInt64(); table[k] = br.ReadUInt32(); }
        return new WordClusters(table.ToFrozenDictionary());
    }

    /// <summary>
    /// Unlabelled sentences for <see cref="Build"/>: the words of the GMB corpus's training part (news; its
    /// test tenth is left out), a treebank's forms (web text) and the "text" fields of JSON Lines articles.
    /// </summary>
    public static IEnumerable<string[]> Corpus(string? gmbCsv, string? treebank, string? articlesJsonl)
    {
        if (gmbCsv is not null) foreach (var s in GmbCorpus.SplitByPosition(GmbCorpus.Read(gmbCsv)).Train) yield return s.Words;
        if (treebank is not null) foreach (var s in Conllu.ReadFile(treebank)) yield return s.Forms;
        if (articlesJsonl is null) yield break;
        foreach (var line in File.ReadLines(articlesJsonl))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = System.Text.Json.JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("text", out var text) || text.GetString() is not { } body) continue;
            foreach (var para in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return Tokenizer.Tokenize(para).Select(t => para[t.Start..t.End]).ToArray();
        }
    }

    public const string Kind = "clusters";
    public const int Version = 1;

    public void Save(string path) => ModelFile.Save(path, Kind, Version, Write);
    public static WordClusters Load(string path) => ModelFile.Load(path, Kind, Version, Read);
}
