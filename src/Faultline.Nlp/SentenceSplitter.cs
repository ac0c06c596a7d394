using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>
/// Sentence boundaries over tokens. A line break always ends a sentence (article text keeps one
/// paragraph per line); inside a line an averaged perceptron decides after each token, trained on
/// UD EWT raw text, so it learns abbreviations, quotes and the unpunctuated sentences of web text.
/// Wire datelines ("KABUL, Dec 24 (Reuters) -") are split off the first sentence, and bylines and
/// headings are marked so that downstream stages can skip them.
/// </summary>
public sealed partial class SentenceSplitter
{
    public const string Kind = "sentences";
    public const int Version = 3;

    readonly PerceptronModel model;
    readonly WordClusters clusters;

    SentenceSplitter(PerceptronModel model, float bias, WordClusters clusters)
    {
        this.model = model;
        Bias = bias;
        this.clusters = clusters;
    }

    /// <summary>Added to the boundary score before deciding; tuned on the dev set to balance precision and recall.</summary>
    public float Bias { get; private set; }

    public static SentenceSplitter Load(string path) =>
        ModelFile.Load(path, Kind, Version, br =>
        {
            float bias = br.ReadSingle();
            var clusters = WordClusters.Read(br);
            return new SentenceSplitter(PerceptronModel.Read(br), bias, clusters);
        });

    /// <summary>The same model with another threshold (a model refitted on train and dev keeps the bias tuned on dev).</summary>
    public SentenceSplitter WithBias(float bias) => new(model, bias, clusters);

    public void Save(string path) => ModelFile.Save(path, Kind, Version, bw => { bw.Write(Bias); clusters.Write(bw); model.Write(bw); });

    /// <summary>Picks the bias that maximises sentence F1 on held-out documents.</summary>
    public double TuneBias(IReadOnlyList<(string Text, List<(int Start, int End)> Sentences)> dev)
    {
        var tokenized = dev.Select(d => (d.Text, Tokens: Tokenizer.Tokenize(d.Text), Gold: d.Sentences)).ToList();
        double best = -1; float bestBias = 0;
        for (float b = -4f; b <= 4.01f; b += 0.25f)
        {
            Bias = b;
            var score = new PrfScore();
            foreach (var (text, tokens, gold) in tokenized)
                score += PrfScore.Of(gold, Split(text, tokens).Select(s => (s.Start, s.End)));
            if (score.F1 > best) { best = score.F1; bestBias = b; }
        }
        Bias = bestBias;
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Sentence[] Split(string text, List<Token> tokens)
    {
        var result = new List<Sentence>();
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[2];
        int n = tokens.Count;
        int first = 0;
        while (first < n)
        {
            // one line: tokens up to the next line break
            int last = first;
            while (last + 1 < n && !HasNewline(text, tokens[last].End, tokens[last + 1].Start)) last++;
            SplitLine(text, tokens, first, last + 1, result, feats, scores);
            first = last + 1;
        }
        return result.ToArray();
    }

    static bool HasNewline(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] == '\n' || text[i] == '\r' || text[i] == '\u2029') return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void SplitLine(string text, List<Token> tokens, int first, int end, List<Sentence> result, Span<ulong> feats, Span<float> scores)
    {
        int start = first;
        int dateline = DatelineEnd(text, tokens, first, end);
        if (dateline > first)
        {
            result.Add(new Sentence(tokens[first].Start, tokens[dateline - 1].End, first, dateline, SentenceKind.Dateline));
            start = dateline;
        }
        int lineStartCount = result.Count;
        for (int i = start; i < end - 1; i++)
        {
            int nf = Features(text, tokens, i, i - start, end - 1 - i, feats, clusters);
            model.Score(feats[..nf], scores);
            if ((scores[1] + Bias > scores[0] || AcronymBeforeOpener(text, tokens, i, start, end)) && !Abbreviations.IsPersonalTitle(text.AsSpan(tokens[i].Start, tokens[i].Length)) && !CountedNumber(text, tokens, i, start)
                && !TimeOfDayBeforeDate(text, tokens, i, end) && !RetiredMark(text, tokens, i, start) && !AcronymBeforeName(text, tokens, i, start))
            {
                result.Add(new Sentence(tokens[start].Start, tokens[i].End, start, i + 1, SentenceKind.Body));
                start = i + 1;
            }
        }
        if (start < end) result.Add(new Sentence(tokens[start].Start, tokens[end - 1].End, start, end, SentenceKind.Body));

        // a dateline can also follow an introduction on the same line ("…with his choice of words: WASHINGTON (Reuters) - …")
        for (int k = lineStartCount; k < result.Count; k++)
        {
            var s = result[k];
            if (s.Kind != SentenceKind.Body || k == lineStartCount && dateline > first) continue;
            for (int m = s.FirstToken + 2; m < s.EndToken - 3; m++)
            {
                var prev = text.AsSpan(tokens[m - 1].Start, tokens[m - 1].Length);
                if (prev is not (":" or "." or ";") || DatelineEnd(text, tokens, m, s.EndToken) <= m) continue;
                result[k] = new Sentence(s.Start, tokens[m - 1].End, s.FirstToken, m, SentenceKind.Body);
                result.Insert(k + 1, new Sentence(tokens[m].Start, s.End, m, s.EndToken, SentenceKind.Body));
                s = result[k];
                break;
            }
            int d = DatelineEnd(text, tokens, s.FirstToken, s.EndToken);
            if (d <= s.FirstToken || d >= s.EndToken) continue;
            result[k] = new Sentence(s.Start, tokens[d - 1].End, s.FirstToken, d, SentenceKind.Dateline);
            result.Insert(k + 1, new Sentence(tokens[d].Start, s.End, d, s.EndToken, SentenceKind.Body));
        }

        // a line that is one unpunctuated sentence is a heading or a byline
        if (result.Count == lineStartCount + 1 && dateline <= first)
        {
            var s = result[^1];
            var line = text.AsSpan(s.Start, s.End - s.Start);
            if (BylineRegex().IsMatch(line) && s.TokenCount <= 10 || CreditRegex().IsMatch(line) && s.TokenCount <= 40) result[^1] = s with { Kind = SentenceKind.Byline };
            else if (s.TokenCount <= 20 && !EndsSentence(line) && LooksLikeTitle(text, tokens, s.FirstToken, s.EndToken))
                result[^1] = s with { Kind = SentenceKind.Heading };
        }
        SplitLongSentences(text, tokens, result, lineStartCount);
    }

    /// <summary>
    /// "UN Secretary-General Antonio Guterres welcomed …": an acronym opening a sentence, before a capitalised word, is no
    /// sentence of its own (the model had cut after "UN"; a heading in capitals stands on a line of its own).
    /// </summary>
    static bool AcronymBeforeName(string text, List<Token> tokens, int i, int start)
    {
        if (i != start || i + 1 >= tokens.Count || tokens[i].Length is < 2 or > 6) return false;
        var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
        foreach (var c in word) if (!char.IsUpper(c)) return false;
        var next = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length);
        return next.Length > 1 && char.IsUpper(next[0]) && char.IsLower(next[1]);
    }

    static readonly FrozenSet<string> SentenceOpeners = new[] { "The", "He", "She", "It", "They", "We", "I", "This", "These", "Those",
        "But", "However", "Meanwhile", "There", "His", "Her", "Its", "Their", "Our" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Troops left the U.S. The army said so.": an acronym written with points ("U.S.", "U.K.", "a.m.") takes the full stop
    /// that ends its sentence, and the model, which has seen such acronyms mostly inside sentences, kept the next sentence
    /// on. Before a capitalised word that opens sentences and names nothing ("The", "He", "However" …) the sentence ends.
    /// </summary>
    static bool AcronymBeforeOpener(string text, List<Token> tokens, int i, int start, int end)
    {
        // (not one that opens the sentence: "P.S. I am moving back to Calgary")
        if (i + 1 >= end || i == start || tokens[i].Length < 4) return false;
        var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
        // letters each followed by a point: "U.S.", "a.m.", "D.C."
        for (int k = 0; k < w.Length; k += 2)
            if (k + 1 >= w.Length || !char.IsLetter(w[k]) || w[k + 1] != '.') return false;
        return SentenceOpeners.Contains(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length));
    }

    /// <summary>The longest sentence passed on, in tokens. No treebank sentence comes near it (EWT's longest has 159); text
    /// with no boundary for thousands of words (a flattened table, a keyword list) would otherwise reach the parser as one
    /// sentence, whose repairs look across the whole sentence for some words, so its time would grow with the square.</summary>
    public const int MaxTokens = 250;

    /// <summary>Cuts each sentence longer than <see cref="MaxTokens"/> after the last punctuation mark in the second half of
    /// its first <see cref="MaxTokens"/> tokens, or after them where there is none; the rest is cut again as needed.</summary>
    static void SplitLongSentences(string text, List<Token> tokens, List<Sentence> result, int from)
    {
        for (int k = from; k < result.Count; k++)
        {
            var s = result[k];
            if (s.TokenCount <= MaxTokens) continue;
            int cut = s.FirstToken + MaxTokens;
            for (int i = cut - 1; i >= s.FirstToken + MaxTokens / 2; i--)
                if (tokens[i].Length == 1 && char.IsPunctuation(text[tokens[i].Start])) { cut = i + 1; break; }
            result[k] = new Sentence(s.Start, tokens[cut - 1].End, s.FirstToken, cut, s.Kind);
            result.Insert(k + 1, new Sentence(tokens[cut].Start, s.End, cut, s.EndToken, s.Kind));
        }
    }

    /// <summary>"Lt Gen (retd) | Abdul Qadir Baloch": the retired mark after a rank belongs to the name that follows; no sentence
    /// ends on it.</summary>
    static bool RetiredMark(string text, List<Token> tokens, int i, int start)
    {
        if (i - 2 < start || text.AsSpan(tokens[i].Start, tokens[i].Length) is not ")") return false;
        int k = i - 1;
        if (text.AsSpan(tokens[k].Start, tokens[k].Length) is "." && k - 2 >= start) k--; // "(retd.)"
        return text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length) is "(" && text.AsSpan(tokens[k].Start, tokens[k].Length).TrimEnd('.') is var w
            && (w.Equals("retd", StringComparison.OrdinalIgnoreCase) || w.Equals("retired", StringComparison.OrdinalIgnoreCase) || w.Equals("r", StringComparison.OrdinalIgnoreCase));
    }

    static readonly FrozenSet<string> NumberModifiers = new[] { "to", "than", "over", "about", "around", "nearly", "almost", "some",
        "approximately", "roughly", "least", "most", "only", "just", "of", "under" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Turkey will allow up to 13,000 | Turkish Kurd refugees …": a number after "up to", "more than", "some"… counts
    /// what follows it; no sentence ends on it.</summary>
    static bool CountedNumber(string text, List<Token> tokens, int i, int start)
    {
        if (i <= start || !char.IsDigit(text[tokens[i].Start]) || !char.IsDigit(text[tokens[i].End - 1])) return false;
        return NumberModifiers.Contains(text.Substring(tokens[i - 1].Start, tokens[i - 1].Length));
    }

    static readonly FrozenSet<string> DatesAndZones = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
        "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST", "IST", "PKT", "local" }.ToFrozenSet();

    /// <summary>"at 3 p.m. | Tuesday", "at 10 a.m. | GMT": a time of day before a day, month or time zone ends no sentence.</summary>
    static bool TimeOfDayBeforeDate(string text, List<Token> tokens, int i, int end)
    {
        if (i + 1 >= end) return false;
        var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
        if (!(w.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase))) return false;
        return DatesAndZones.Contains(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length));
    }

    static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && ".!?:;\"”’')…".Contains(t[^1]);
    }

    /// <summary>Title case: most words of four letters or more start with a capital, or the line is in capitals.</summary>
    static bool LooksLikeTitle(string text, List<Token> tokens, int first, int end)
    {
        int words = 0, caps = 0;
        for (int i = first; i < end; i++)
        {
            var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (w.Length < 4 || !char.IsLetter(w[0])) continue;
            words++;
            if (char.IsUpper(w[0])) caps++;
        }
        return words >= 2 && caps * 10 >= words * 7;
    }

    [GeneratedRegex(@"^(By|BY|Reporting by|Written by)\s+\p{Lu}")]
    private static partial Regex BylineRegex();

    // a wire story's closing credits, whole in brackets: "(Reporting by … in Islamabad; Editing by …)"
    [GeneratedRegex(@"^\((?:Additional |Writing and |Reporting and )?(?:Reporting|Writing|Editing|Compiled|Compiling) by\s+\p{Lu}[^()]*\)$")]
    private static partial Regex CreditRegex();

    // CITY[, Region][, Mon DD] [(Agency)] dash — the city in capitals (or two: "NEW DELHI/ISLAMABAD"), or an agency in brackets.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}'’.\-/ ]{2,30}(?:,\s*[\p{L}.' ]{2,30})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([\p{L} .&/]{2,40}\))?|\p{Lu}[\p{L}'’.\- ]{2,30}(?:,\s*[\p{L}.' ]{2,30})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*\((?:Reuters|AP|AFP|Xinhua|Anadolu|IANS|PTI|APP|ANI|dpa|EFE|UPI|Bloomberg|Al Jazeera|TASS|RIA|IRNA|Yonhap|Kyodo|BBC|CNN)\))\s*(?:-{1,2}|—|–)\s")]
    private static partial Regex DatelineRegex();

    // South Asian papers write the city in capitals and a colon: "ISLAMABAD: Pakistan's foreign office …" (Dawn, The News)
    [GeneratedRegex(@"^(?=[\p{Lu}'’.\- ]{4})\p{Lu}{3}[\p{Lu}'’.\- ]{0,27}(?:,\s*\p{Lu}[\p{L}.' ]{1,30})?:\s+(?=[\p{Lu}""“‘'])")]
    private static partial Regex ColonDatelineRegex();

    /// <summary>Capitals and a colon that open a notice rather than name a place.</summary>
    static readonly FrozenSet<string> NoticeWords = new[] { "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "NOTE", "WATCH", "READ",
        "ALSO", "LIVE", "FILE", "PHOTO", "PHOTOS", "VIDEO", "ANALYSIS", "OPINION", "EDITORIAL", "WARNING", "DISCLAIMER", "CORRECTION",
        "CLARIFICATION", "SOURCE", "SOURCES", "EDITOR", "EDITOR'S", "FACT", "QUOTE", "REPORT", "REVIEW", "COMMENT", "SUMMARY",
        "BACKGROUND", "CONTEXT", "WHAT", "WHY", "HOW", "WHO", "WHEN", "WHERE", "TIMELINE", "FACTBOX", "EXPLAINER", "NEWS", "URGENT",
        "FLASH", "ALERT", "TRANSCRIPT", "QUESTION", "ANSWER", "STORY", "CAPTION", "CREDIT", "LINK", "LINKS", "TAGS", "TOPICS", "PLEASE" }.ToFrozenSet();

    static int DatelineEnd(string text, List<Token> tokens, int first, int end)
    {
        if (end - first < 4) return -1;
        int lineStart = tokens[first].Start;
        int probeEnd = Math.Min(text.Length, lineStart + 120);
        var m = DatelineRegex().Match(text, lineStart, probeEnd - lineStart);
        if (!m.Success || m.Index != lineStart)
        {
            m = ColonDatelineRegex().Match(text, lineStart, probeEnd - lineStart);
            if (!m.Success || m.Index != lineStart || NoticeWords.Contains(text.Substring(tokens[first].Start, tokens[first].Length))) return -1;
        }
        // the dash is the last dateline token; a capitals-only city must really be capitals (not "I -")
        int stop = m.Index + m.Length;
        int i = first;
        while (i < end && tokens[i].End <= stop) i++;
        if (i >= end || i - first < 2) return -1;
        return i;
    }

    internal const int MaxFeatures = 44;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int Features(string text, List<Token> tokens, int i, int sinceStart, int lineLeft, Span<ulong> f, WordClusters clusters)
    {
        int n = 0;
        var cur = text.AsSpan(tokens[i].Start, tokens[i].Length);
        var next = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length);
        var prev = i > 0 ? text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) : "<s>";
        var next2 = i + 2 < tokens.Count ? text.AsSpan(tokens[i + 2].Start, tokens[i + 2].Length) : "</s>";
        ulong wc = FeatureHash.OfNormalised(cur), wn = FeatureHash.OfNormalised(next), wp = FeatureHash.OfNormalised(prev);
        ulong sc = FeatureHash.Shape(cur), sn = FeatureHash.Shape(next), sp = FeatureHash.Shape(prev), sn2 = FeatureHash.Shape(next2);
        bool gap = tokens[i].End < tokens[i + 1].Start;
        f[n++] = 1;
        f[n++] = FeatureHash.Mix(2, wc);
        f[n++] = FeatureHash.Mix(3, wn);
        f[n++] = FeatureHash.Mix(4, wp);
        f[n++] = FeatureHash.Mix(5, sc);
        f[n++] = FeatureHash.Mix(6, sn);
        f[n++] = FeatureHash.Mix(7, wc, wn);
        f[n++] = FeatureHash.Mix(8, sc, sn);
        f[n++] = FeatureHash.Mix(9, wc, sn);
        f[n++] = FeatureHash.Mix(10, sc, wn);
        f[n++] = FeatureHash.Mix(11, wp, wc);
        f[n++] = FeatureHash.Mix(12, sp, sc, sn);
        f[n++] = FeatureHash.Mix(13, gap ? 1UL : 0UL, sc, sn);
        f[n++] = FeatureHash.Mix(14, Abbreviations.IsAbbreviation(cur) ? 1UL : 0UL, sn);
        f[n++] = FeatureHash.Mix(15, Abbreviations.IsTitle(cur) ? 1UL : 0UL);
        f[n++] = FeatureHash.Mix(16, (ulong)Math.Min(cur.Length, 6), sc);
        f[n++] = FeatureHash.Mix(17, Bucket(sinceStart));
        f[n++] = FeatureHash.Mix(18, Bucket(sinceStart), sc, sn);
        f[n++] = FeatureHash.Mix(19, sn, sn2);
        f[n++] = FeatureHash.Mix(20, wc, sn, sn2);
        f[n++] = FeatureHash.Mix(21, FeatureHash.Of(Suffix(cur, 2)), sn);
        f[n++] = FeatureHash.Mix(22, wn, FeatureHash.OfNormalised(next2));
        f[n++] = FeatureHash.Mix(23, Bucket(lineLeft), sc);
        var prev2 = i > 1 ? text.AsSpan(tokens[i - 2].Start, tokens[i - 2].Length) : "<s>";
        f[n++] = FeatureHash.Mix(24, wp, sc);
        f[n++] = FeatureHash.Mix(25, sp, wc);
        f[n++] = FeatureHash.Mix(26, FeatureHash.OfNormalised(prev2), wc);
        f[n++] = FeatureHash.Mix(27, Bucket(sinceStart), wn);
        f[n++] = FeatureHash.Mix(28, Bucket(lineLeft), sn);
        f[n++] = FeatureHash.Mix(29, FeatureHash.OfNormalised(next2));
        f[n++] = FeatureHash.Mix(30, gap ? 1UL : 0UL, wc);
        var (cc, fc) = clusters.Of(wc);
        var (cn, fn) = clusters.Of(wn);
        f[n++] = FeatureHash.Mix(31, fn, sn);
        f[n++] = FeatureHash.Mix(32, fc, sc);
        f[n++] = FeatureHash.Mix(33, fc, fn);
        f[n++] = FeatureHash.Mix(34, cc, cn, sn);
        ulong kc = KindOf(cur), kn = KindOf(next), kp = KindOf(prev);
        f[n++] = FeatureHash.Mix(35, kc, kn);
        f[n++] = FeatureHash.Mix(36, kp, kc, kn);
        f[n++] = FeatureHash.Mix(37, kc, kn, Bucket(sinceStart));
        return n;
    }

    /// <summary>Coarse token kind: web address, e-mail, file name, number, sentence punctuation, other punctuation, capitalised, capitals, lower case.</summary>
    static ulong KindOf(ReadOnlySpan<char> w)
    {
        if (w.Contains("://", StringComparison.Ordinal) || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return 1;
        if (w.Contains('@')) return 2;
        int dot = w.LastIndexOf('.');
        if (dot > 0 && dot >= w.Length - 5 && dot < w.Length - 2 && char.IsLetter(w[^1])) return 3;
        if (char.IsDigit(w[0])) return 4;
        if (w[0] is '.' or '!' or '?') return 5;
        if (!char.IsLetter(w[0])) return 6;
        if (char.IsUpper(w[0])) return w.Length > 1 && char.IsUpper(w[1]) ? 8UL : 7UL;
        return 9;
    }

    static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> w, int k) => w.Length <= k ? w : w[^k..];

    static ulong Bucket(int k) => k switch { 0 => 0, 1 => 1, 2 => 2, < 6 => 3, < 11 => 4, < 21 => 5, < 41 => 6, _ => 7 };

    /// <summary>Trains on raw texts with gold sentence spans (e.g. from <see cref="Conllu.RawText"/>).</summary>
    public static SentenceSplitter Train(IReadOnlyList<(string Text, List<(int Start, int End)> Sentences)> data, int epochs, int seed,
        Action<int, double>? progress = null, WordClusters? clusters = null)
    {
        clusters ??= WordClusters.Empty;
        // positive examples: token ends that are sentence ends inside a line
        var examples = new List<(string Text, List<Token> Tokens, HashSet<int> Ends)>();
        foreach (var (text, sents) in data)
        {
            var tokens = Tokenizer.Tokenize(text);
            examples.Add((text, tokens, sents.Select(s => s.End).ToHashSet()));
        }
        var trainer = new PerceptronTrainer(2);
        var rng = new Random(seed);
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[2];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var idx in order)
            {
                var (text, tokens, ends) = examples[idx];
                int start = 0, lineLast = -1;
                for (int i = 0; i < tokens.Count - 1; i++)
                {
                    if (i > lineLast)
                    {
                        lineLast = i;
                        while (lineLast + 1 < tokens.Count && !HasNewline(text, tokens[lineLast].End, tokens[lineLast + 1].Start)) lineLast++;
                    }
                    if (HasNewline(text, tokens[i].End, tokens[i + 1].Start)) { start = i + 1; continue; }
                    int nf = Features(text, tokens, i, i - start, lineLast - i, feats, clusters);
                    trainer.Score(feats[..nf], scores);
                    int guess = scores[1] > scores[0] ? 1 : 0;
                    int truth = ends.Contains(tokens[i].End) ? 1 : 0;
                    trainer.Update(feats[..nf], truth, guess);
                    trainer.Tick();
                    if (truth == 1) start = i + 1;
                    total++;
                    if (guess == truth) correct++;
                }
            }
            progress?.Invoke(epoch, (double)correct / Math.Max(1, total));
        }
        return new SentenceSplitter(trainer.Freeze(0.001f), 0f, clusters);
    }
}
