using System.Runtime.CompilerServices;

namespace Faultline.Nlp;

/// <summary>
/// Dependency supertagger (after Ouchi, Duh &amp; Matsumoto 2014): for each word, the label of its arc, the side its head
/// lies on and whether it has dependents to its left and right ("nsubj/R+l", "obj/L", "root+l+r"), read left to right by an
/// averaged perceptron over the words and predicted tags of a five-word window and over the finite verbs before and after
/// it, with one root per sentence. The greedy parser sees only the first words of the buffer; the supertags tell it what
/// the words further along are likely to do.
/// </summary>
public sealed class Supertagger
{
    const int MaxFeatures = 40;

    readonly PerceptronModel model;
    readonly string[] classes;
    readonly ulong[] hashes;
    readonly bool[] isRoot;

    Supertagger(PerceptronModel model, string[] classes)
    {
        this.model = model;
        this.classes = classes;
        isRoot = classes.Select(c => c.StartsWith("root", StringComparison.Ordinal)).ToArray();
        hashes = classes.Select(c => FeatureHash.Of("st:" + c)).ToArray();
    }

    public int ClassCount => classes.Length;
    public string ClassName(int cls) => classes[cls];

    /// <summary>The supertag of word i of a tree (0-based heads, -1 for the root).</summary>
    public static string Of(int[] heads, string[] deprels, int i)
    {
        bool left = false, right = false;
        for (int k = 0; k < heads.Length; k++) if (heads[k] == i) { if (k < i) left = true; else right = true; }
        var deps = (left ? "+l" : "") + (right ? "+r" : "");
        return (heads[i] < 0 ? "root" : $"{deprels[i]}/{(heads[i] < i ? 'L' : 'R')}") + deps;
    }

    /// <summary>Supertags of a sentence, as feature hashes for the parser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Tag(WordInfo[] words, ulong[] tags, ulong[] output)
    {
        var guessed = Classes(words, tags);
        for (int i = 0; i < words.Length; i++) output[i] = hashes[guessed[i]];
    }

    /// <summary>As <see cref="Tag(WordInfo[], ulong[], ulong[])"/>, as class indices.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Classes(WordInfo[] words, ulong[] tags)
    {
        var guessed = new int[words.Length];
        var finite = FiniteVerbs(tags);
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[classes.Length];
        // a sentence has one root: the word most sure of being it (by the margin of its best root supertag over its best
        // other one); the others take their best other supertag
        int rootWord = -1, rootClass = 0;
        float rootMargin = float.NegativeInfinity;
        Span<int> otherClass = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            int nf = Features(words, tags, guessed, i, feats, finite);
            model.Score(feats[..nf], scores);
            int bestRoot = -1, bestOther = -1;
            for (int c = 0; c < scores.Length; c++)
            {
                if (isRoot[c]) { if (bestRoot < 0 || scores[c] > scores[bestRoot]) bestRoot = c; }
                else if (bestOther < 0 || scores[c] > scores[bestOther]) bestOther = c;
            }
            otherClass[i] = bestOther;
            guessed[i] = bestOther < 0 || bestRoot >= 0 && scores[bestRoot] > scores[bestOther] ? bestRoot : bestOther;
            if (bestRoot >= 0 && bestOther >= 0 && scores[bestRoot] - scores[bestOther] > rootMargin)
            {
                rootMargin = scores[bestRoot] - scores[bestOther];
                rootWord = i;
                rootClass = bestRoot;
            }
        }
        if (rootWord < 0) return guessed;
        for (int i = 0; i < words.Length; i++)
            if (i == rootWord) guessed[i] = rootClass;
            else if (isRoot[guessed[i]]) guessed[i] = otherClass[i];
        return guessed;
    }

    static readonly ulong[] FiniteTags = new[] { "VBD", "VBZ", "VBP", "MD" }.Select(FeatureHash.Of).ToArray();
    static bool IsFinite(ulong tag) => Array.IndexOf(FiniteTags, tag) >= 0;

    /// <summary>Running count of finite verbs (PTB VBD, VBZ, VBP, MD) up to and including each word.</summary>
    static int[] FiniteVerbs(ulong[] tags)
    {
        var counts = new int[tags.Length];
        for (int i = 0, c = 0; i < tags.Length; i++) { if (IsFinite(tags[i])) c++; counts[i] = c; }
        return counts;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int Features(WordInfo[] w, ulong[] t, int[] guessed, int i, Span<ulong> f, int[] finite)
    {
        int n = 0, len = w.Length;
        ref var cur = ref w[i];
        ulong p1 = i > 0 ? (ulong)guessed[i - 1] + 1 : 0, p2 = i > 1 ? (ulong)guessed[i - 2] + 1 : 0;
        ulong wm1 = i > 0 ? w[i - 1].Norm : 1, wm2 = i > 1 ? w[i - 2].Norm : 1;
        ulong wp1 = i + 1 < len ? w[i + 1].Norm : 2, wp2 = i + 2 < len ? w[i + 2].Norm : 2;
        ulong tm1 = i > 0 ? t[i - 1] : 1, tm2 = i > 1 ? t[i - 2] : 1, t0 = t[i];
        ulong tp1 = i + 1 < len ? t[i + 1] : 2, tp2 = i + 2 < len ? t[i + 2] : 2, tp3 = i + 3 < len ? t[i + 3] : 2;
        f[n++] = 1;
        f[n++] = FeatureHash.Mix(2, cur.Norm);
        f[n++] = FeatureHash.Mix(3, t0);
        f[n++] = FeatureHash.Mix(4, cur.Norm, t0);
        f[n++] = FeatureHash.Mix(5, cur.Suf3, t0);
        f[n++] = FeatureHash.Mix(6, tm1, t0);
        f[n++] = FeatureHash.Mix(7, t0, tp1);
        f[n++] = FeatureHash.Mix(8, tm1, t0, tp1);
        f[n++] = FeatureHash.Mix(9, tm2, tm1, t0);
        f[n++] = FeatureHash.Mix(10, t0, tp1, tp2);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(11, t0), tp1, tp2, tp3);
        f[n++] = FeatureHash.Mix(12, wm1, t0);
        f[n++] = FeatureHash.Mix(13, t0, wp1);
        f[n++] = FeatureHash.Mix(14, wm1);
        f[n++] = FeatureHash.Mix(15, wp1);
        f[n++] = FeatureHash.Mix(16, wm2);
        f[n++] = FeatureHash.Mix(17, wp2);
        f[n++] = FeatureHash.Mix(18, p1);
        f[n++] = FeatureHash.Mix(19, p1, p2);
        f[n++] = FeatureHash.Mix(20, p1, t0);
        f[n++] = FeatureHash.Mix(21, p1, cur.Norm);
        f[n++] = FeatureHash.Mix(22, p2, p1, t0);
        f[n++] = FeatureHash.Mix(23, p1, t0, tp1);
        f[n++] = FeatureHash.Mix(24, cur.Fine, t0);
        f[n++] = FeatureHash.Mix(25, i + 1 < len ? w[i + 1].Fine : 99, t0);
        f[n++] = FeatureHash.Mix(26, i > 0 ? w[i - 1].Fine : 99, t0);
        f[n++] = FeatureHash.Mix(27, (ulong)Math.Min(i, 5), t0);
        f[n++] = FeatureHash.Mix(28, (ulong)Math.Min(len - 1 - i, 5), t0);
        f[n++] = FeatureHash.Mix(29, cur.Norm, wp1);
        f[n++] = FeatureHash.Mix(30, wm1, cur.Norm);
        // whether a finite verb comes before and after: a noun is the root of a fragment only ("The guy who did it")
        ulong before = (ulong)Math.Min(finite[i] - (IsFinite(t0) ? 1 : 0), 2), after = (ulong)Math.Min(finite[len - 1] - finite[i], 2);
        f[n++] = FeatureHash.Mix(31, t0, before, after);
        f[n++] = FeatureHash.Mix(32, p1, t0, after);
        return n;
    }

    /// <summary>Trains on trees with the tags the parser will see (predicted ones).</summary>
    public static Supertagger Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<ulong[]> tags, int epochs, int seed, WordClusters? clusters = null)
    {
        var index = new Dictionary<string, int>();
        var data = new List<(WordInfo[] Words, ulong[] Tags, int[] Gold)>();
        for (int si = 0; si < train.Count; si++)
        {
            var s = train[si];
            var gold = new int[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                var st = Of(s.Heads, s.Deprels, i);
                if (!index.TryGetValue(st, out var c)) index[st] = c = index.Count;
                gold[i] = c;
            }
            data.Add((WordInfo.OfSentence(s.Forms, clusters), tags[si], gold));
        }
        var trainer = new PerceptronTrainer(index.Count);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var feats = new ulong[MaxFeatures];
        var scores = new float[index.Count];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var idx in order)
            {
                var (words, t, gold) = data[idx];
                var guessed = new int[words.Length];
                var finite = FiniteVerbs(t);
                for (int i = 0; i < words.Length; i++)
                {
                    int nf = Features(words, t, guessed, i, feats, finite);
                    trainer.Score(feats.AsSpan(0, nf), scores);
                    int guess = PosTagger.ArgMax(scores);
                    trainer.Update(feats.AsSpan(0, nf), gold[i], guess);
                    trainer.Tick();
                    guessed[i] = guess; // its own earlier guesses, as at run time
                }
            }
        }
        return new Supertagger(trainer.Freeze(0.0005f), index.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray());
    }

    /// <summary>Share of words whose supertag is right.</summary>
    public double Evaluate(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<ulong[]> tags, WordClusters? clusters = null)
    {
        long total = 0, right = 0;
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var got = Classes(WordInfo.OfSentence(s.Forms, clusters), tags[si]);
            for (int i = 0; i < s.Length; i++) { total++; if (classes[got[i]] == Of(s.Heads, s.Deprels, i)) right++; }
        }
        return (double)right / total;
    }

    public void Write(BinaryWriter bw)
    {
        ModelFile.WriteStrings(bw, classes);
        model.Write(bw);
    }

    public static Supertagger Read(BinaryReader br)
    {
        var classes = ModelFile.ReadStrings(br, 10000);
        var model = PerceptronModel.Read(br);
        if (model.Classes != classes.Length) throw new InvalidDataException("supertagger weights do not match its class table");
        return new Supertagger(model, classes);
    }
}
