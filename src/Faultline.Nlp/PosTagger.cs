using System.Collections.Frozen;
using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>Per-token hashes computed once per sentence and shared by the tagger, parser and NER features.</summary>
public struct WordInfo
{
    public ulong Norm;      // lower-cased, digits folded
    public ulong Raw;       // as written
    public ulong Shape;
    public ulong Suf1, Suf2, Suf3, Suf4, Pre1, Pre2, Pre3;
    public ulong Flags;     // capitalised / all caps / digit / hyphen / first in sentence
    public bool Upper;      // first letter is a capital

    public static WordInfo Of(ReadOnlySpan<char> w, bool first)
    {
        var info = new WordInfo
        {
            Norm = FeatureHash.OfNormalised(w),
            Raw = FeatureHash.Of(w),
            Shape = FeatureHash.Shape(w),
            Suf1 = FeatureHash.OfNormalised(w.Length > 1 ? w[^1..] : w),
            Suf2 = FeatureHash.OfNormalised(w.Length > 2 ? w[^2..] : w),
            Suf3 = FeatureHash.OfNormalised(w.Length > 3 ? w[^3..] : w),
            Suf4 = FeatureHash.OfNormalised(w.Length > 4 ? w[^4..] : w),
            Pre1 = FeatureHash.OfNormalised(w[..1]),
            Pre2 = FeatureHash.OfNormalised(w.Length > 2 ? w[..2] : w),
            Pre3 = FeatureHash.OfNormalised(w.Length > 3 ? w[..3] : w),
        };
        bool upper = w.Length > 0 && char.IsUpper(w[0]);
        bool allCaps = upper && w.Length > 1;
        bool digit = false, hyphen = false;
        foreach (var c in w)
        {
            if (char.IsLower(c)) allCaps = false;
            if (char.IsDigit(c)) digit = true;
            if (c == '-') hyphen = true;
        }
        info.Upper = upper;
        info.Flags = (upper ? 1UL : 0) | (allCaps ? 2UL : 0) | (digit ? 4UL : 0) | (hyphen ? 8UL : 0) | (first ? 16UL : 0) | ((ulong)Math.Min(w.Length, 8) << 5);
        return info;
    }

    public static WordInfo[] OfSentence(IReadOnlyList<string> forms)
    {
        var infos = new WordInfo[forms.Count];
        for (int i = 0; i < infos.Length; i++) infos[i] = Of(forms[i], i == 0);
        return infos;
    }

    public static WordInfo[] OfTokens(string text, Token[] tokens, int first, int end)
    {
        var infos = new WordInfo[end - first];
        for (int i = first; i < end; i++) infos[i - first] = Of(text.AsSpan(tokens[i].Start, tokens[i].Length), i == first);
        return infos;
    }
}

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger (Collins 2002; Honnibal 2013) predicting PTB and
/// UD tags jointly (one class per XPOS+UPOS pair seen in training), with a tag dictionary for
/// frequent unambiguous words and a rule+exception lemmatizer.
/// </summary>
public sealed class PosTagger
{
    public const string Kind = "pos";
    public const int Version = 1;
    const int MaxFeatures = 40;

    readonly PerceptronModel model;
    readonly string[] xpos, upos;                      // per class
    readonly FrozenDictionary<ulong, int> tagDict;     // Raw word hash → class
    public Lemmatizer Lemmatizer { get; }

    PosTagger(PerceptronModel model, string[] xpos, string[] upos, FrozenDictionary<ulong, int> tagDict, Lemmatizer lemmatizer)
    {
        this.model = model;
        this.xpos = xpos;
        this.upos = upos;
        this.tagDict = tagDict;
        Lemmatizer = lemmatizer;
    }

    public int ClassCount => xpos.Length;
    public string Xpos(int cls) => xpos[cls];
    public string Upos(int cls) => upos[cls];

    /// <summary>Tags tokens [first, end) of a document in place (Upos, Xpos, Lemma).</summary>
    public void Tag(string text, Token[] tokens, int first, int end)
    {
        var words = WordInfo.OfTokens(text, tokens, first, end);
        var classes = new int[words.Length];
        Predict(words, classes);
        for (int i = first; i < end; i++)
        {
            int c = classes[i - first];
            tokens[i].Xpos = xpos[c];
            tokens[i].Upos = upos[c];
            tokens[i].Lemma = Lemmatizer.Lemma(text.AsSpan(tokens[i].Start, tokens[i].Length), xpos[c]);
        }
    }

    /// <summary>Predicts classes for a sentence of precomputed words.</summary>
    public void Predict(WordInfo[] words, int[] classes)
    {
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[xpos.Length];
        for (int i = 0; i < words.Length; i++)
        {
            if (tagDict.TryGetValue(words[i].Raw, out var known)) { classes[i] = known; continue; }
            int n = Features(words, classes, i, feats);
            model.Score(feats[..n], scores);
            classes[i] = ArgMax(scores);
        }
    }

    public void Tag(IReadOnlyList<string> forms, string[] outXpos, string[] outUpos)
    {
        var words = WordInfo.OfSentence(forms);
        var classes = new int[words.Length];
        Predict(words, classes);
        for (int i = 0; i < classes.Length; i++) { outXpos[i] = xpos[classes[i]]; outUpos[i] = upos[classes[i]]; }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }

    static int Features(WordInfo[] w, int[] classes, int i, Span<ulong> f)
    {
        int n = 0;
        ref var cur = ref w[i];
        ulong p1 = i > 0 ? (ulong)classes[i - 1] + 1 : 0, p2 = i > 1 ? (ulong)classes[i - 2] + 1 : 0;
        ulong wm1 = i > 0 ? w[i - 1].Norm : 1, wm2 = i > 1 ? w[i - 2].Norm : 1;
        ulong wp1 = i + 1 < w.Length ? w[i + 1].Norm : 2, wp2 = i + 2 < w.Length ? w[i + 2].Norm : 2;
        ulong sm1 = i > 0 ? w[i - 1].Suf3 : 1, sp1 = i + 1 < w.Length ? w[i + 1].Suf3 : 2;
        ulong shm1 = i > 0 ? w[i - 1].Shape : 1, shp1 = i + 1 < w.Length ? w[i + 1].Shape : 2;
        f[n++] = 1;
        f[n++] = FeatureHash.Mix(2, cur.Norm);
        f[n++] = FeatureHash.Mix(3, cur.Suf1);
        f[n++] = FeatureHash.Mix(4, cur.Suf2);
        f[n++] = FeatureHash.Mix(5, cur.Suf3);
        f[n++] = FeatureHash.Mix(6, cur.Suf4);
        f[n++] = FeatureHash.Mix(7, cur.Pre1);
        f[n++] = FeatureHash.Mix(8, cur.Pre2);
        f[n++] = FeatureHash.Mix(9, cur.Pre3);
        f[n++] = FeatureHash.Mix(10, cur.Shape);
        f[n++] = FeatureHash.Mix(11, cur.Flags);
        f[n++] = FeatureHash.Mix(12, p1);
        f[n++] = FeatureHash.Mix(13, p2);
        f[n++] = FeatureHash.Mix(14, p1, p2);
        f[n++] = FeatureHash.Mix(15, p1, cur.Norm);
        f[n++] = FeatureHash.Mix(16, wm1);
        f[n++] = FeatureHash.Mix(17, sm1);
        f[n++] = FeatureHash.Mix(18, wm2);
        f[n++] = FeatureHash.Mix(19, wp1);
        f[n++] = FeatureHash.Mix(20, sp1);
        f[n++] = FeatureHash.Mix(21, wp2);
        f[n++] = FeatureHash.Mix(22, wm1, cur.Norm);
        f[n++] = FeatureHash.Mix(23, cur.Norm, wp1);
        f[n++] = FeatureHash.Mix(24, shm1, cur.Shape, shp1);
        f[n++] = FeatureHash.Mix(25, cur.Raw);
        f[n++] = FeatureHash.Mix(26, p1, cur.Suf3);
        f[n++] = FeatureHash.Mix(27, p1, wp1);
        f[n++] = FeatureHash.Mix(28, cur.Suf3, wp1);
        f[n++] = FeatureHash.Mix(29, wm1, cur.Suf3);
        f[n++] = FeatureHash.Mix(30, p1, shp1);
        f[n++] = FeatureHash.Mix(31, cur.Flags, shp1);
        f[n++] = FeatureHash.Mix(32, wp1, wp2);
        f[n++] = FeatureHash.Mix(33, p2, p1, cur.Suf2);
        return n;
    }

    // ---- training ----------------------------------------------------------------------------

    public sealed record TrainResult(PosTagger Tagger, double DevUpos, double DevXpos, int BestEpoch);

    public static TrainResult Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence>? dev, int epochs, int seed,
        Action<int, double, double>? progress = null)
    {
        // classes: XPOS+UPOS pairs
        var classIndex = new Dictionary<(string, string), int>();
        var xposList = new List<string>();
        var uposList = new List<string>();
        int ClassOf(string x, string u)
        {
            if (!classIndex.TryGetValue((x, u), out var c))
            {
                c = classIndex.Count;
                classIndex[(x, u)] = c;
                xposList.Add(string.Intern(x));
                uposList.Add(string.Intern(u));
            }
            return c;
        }
        var data = train.Select(s => (Words: WordInfo.OfSentence(s.Forms), Gold: s.Forms.Select((_, i) => ClassOf(s.Xpos[i], s.Upos[i])).ToArray())).ToList();

        // tag dictionary: frequent words (as written) with one dominant class
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (words, gold) in data)
            for (int i = 0; i < words.Length; i++)
            {
                if (!counts.TryGetValue(words[i].Raw, out var byClass)) counts[words[i].Raw] = byClass = new();
                byClass[gold[i]] = byClass.GetValueOrDefault(gold[i]) + 1;
            }
        var dict = new Dictionary<ulong, int>();
        foreach (var (word, byClass) in counts)
        {
            int total = byClass.Values.Sum();
            var (cls, n) = byClass.MaxBy(kv => kv.Value);
            if (total >= 20 && n >= total * 0.97) dict[word] = cls;
        }
        var tagDict = dict.ToFrozenDictionary();
        var lemmatizer = Lemmatizer.Train(train);

        int classes = xposList.Count;
        var trainer = new PerceptronTrainer(classes);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var feats = new ulong[MaxFeatures];
        var scores = new float[classes];
        TrainResult? best = null;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var idx in order)
            {
                var (words, gold) = data[idx];
                var guessed = new int[words.Length];
                for (int i = 0; i < words.Length; i++)
                {
                    if (tagDict.TryGetValue(words[i].Raw, out var known)) { guessed[i] = known; continue; }
                    int n = Features(words, guessed, i, feats);
                    trainer.Score(feats.AsSpan(0, n), scores);
                    int guess = ArgMax(scores);
                    trainer.Update(feats.AsSpan(0, n), gold[i], guess);
                    trainer.Tick();
                    guessed[i] = guess; // the tagger sees its own previous guesses, as at run time
                }
            }
            var tagger = new PosTagger(trainer.Freeze(0.0005f), xposList.ToArray(), uposList.ToArray(), tagDict, lemmatizer);
            if (dev is null)
            {
                best = new TrainResult(tagger, 0, 0, epoch);
                progress?.Invoke(epoch, double.NaN, double.NaN);
                continue;
            }
            var (u, x, _) = tagger.Evaluate(dev);
            progress?.Invoke(epoch, u, x);
            if (best is null || u + x > best.DevUpos + best.DevXpos) best = new TrainResult(tagger, u, x, epoch);
        }
        return best!;
    }

    /// <summary>UPOS, XPOS and lemma accuracy with gold tokenisation.</summary>
    public (double Upos, double Xpos, double Lemma) Evaluate(IReadOnlyList<TreebankSentence> sentences)
    {
        long total = 0, u = 0, x = 0, l = 0;
        foreach (var s in sentences)
        {
            var ox = new string[s.Length];
            var ou = new string[s.Length];
            Tag(s.Forms, ox, ou);
            for (int i = 0; i < s.Length; i++)
            {
                total++;
                if (ou[i] == s.Upos[i]) u++;
                if (ox[i] == s.Xpos[i]) x++;
                if (Lemmatizer.Lemma(s.Forms[i], ox[i]) == s.Lemmas[i]) l++;
            }
        }
        return ((double)u / total, (double)x / total, (double)l / total);
    }

    // ---- persistence -------------------------------------------------------------------------

    public void Save(string path) => ModelFile.Save(path, Kind, Version, bw =>
    {
        ModelFile.WriteStrings(bw, xpos);
        ModelFile.WriteStrings(bw, upos);
        bw.Write(tagDict.Count);
        foreach (var (k, v) in tagDict.OrderBy(kv => kv.Key)) { bw.Write(k); bw.Write((ushort)v); }
        Lemmatizer.Write(bw);
        model.Write(bw);
    });

    public static PosTagger Load(string path) => ModelFile.Load(path, Kind, Version, br =>
    {
        var x = ModelFile.ReadStrings(br, 10_000);
        var u = ModelFile.ReadStrings(br, 10_000);
        if (x.Length != u.Length || x.Length < 2) throw new InvalidDataException("tag tables do not match");
        int n = br.ReadInt32();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException("tag dictionary size out of range");
        var dict = new Dictionary<ulong, int>(n);
        for (int i = 0; i < n; i++)
        {
            ulong k = br.ReadUInt64();
            int v = br.ReadUInt16();
            if (v >= x.Length) throw new InvalidDataException("tag dictionary class out of range");
            dict[k] = v;
        }
        var lemmatizer = Lemmatizer.Read(br);
        var model = PerceptronModel.Read(br);
        if (model.Classes != x.Length) throw new InvalidDataException("weights do not match the tag table");
        return new PosTagger(model, x, u, dict.ToFrozenDictionary(), lemmatizer);
    });
}
