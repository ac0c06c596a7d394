using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>A sentence of an NER corpus: words and gold entity spans over word indices [Start, End).</summary>
public sealed record NerSentence(string[] Words, (int Start, int End, string Type)[] Entities);

/// <summary>One corpus sentence as scored: its gold spans (places typed as the recogniser types them) and the spans found.</summary>
public sealed record NerReading(List<(int Start, int End, string Type)> Gold, List<(int Start, int End, string Type)> Found);

/// <summary>
/// Named-entity recogniser: averaged perceptron over BILOU tags with word, shape, affix,
/// POS and context features plus gazetteer membership (<see cref="NameLists"/>), decoded under
/// BILOU constraints, greedily or with a beam trained by early update (version 7 files say which). Place names are one class while learning; a recognised place is GPE when it
/// is a known country, region or city and LOC otherwise.
/// </summary>
public sealed class EntityRecognizer
{
    public const string Kind = "ner";
    public const int Version = 7;
    const int MaxFeatures = 88;
    /// <summary>Share of training tokens whose identity is hidden, so that names never seen still get found.</summary>
    const double WordDropout = 0.15;
    /// <summary>Share of training sentences read without their document, as a sentence coded alone is.</summary>
    const double DocumentDropout = 0.2;

    /// <summary>Types learned; PLACE splits into GPE/LOC on output.</summary>
    static readonly string[] Types = ["PERSON", "ORG", "PLACE", "NORP", "DATE", "EVENT"];
    static readonly int Classes = 1 + 4 * Types.Length; // O, then B/I/L/U per type

    readonly PerceptronModel model;
    /// <summary>Second pass: the same features plus the first pass's classes to the right (stacking), or null.</summary>
    readonly PerceptronModel? second;
    public NameLists Names { get; }
    public WordClusters Clusters { get; }
    /// <summary>Class sequences kept while decoding (1: greedy).</summary>
    public int BeamWidth { get; }
    public const int MaxBeamWidth = 64;

    EntityRecognizer(PerceptronModel model, PerceptronModel? second, NameLists names, WordClusters clusters, int beamWidth = 1)
    {
        this.model = model;
        this.second = second;
        Names = names;
        Clusters = clusters;
        BeamWidth = beamWidth;
    }

    /// <summary>The same recogniser reading other name lists (<see cref="NameLists.With"/>).</summary>
    public EntityRecognizer WithNames(NameLists names) => ReferenceEquals(names, Names) ? this : new(model, second, names, Clusters, BeamWidth);

    static int ClassOf(int type, int pos) => 1 + type * 4 + pos; // pos: 0 B, 1 I, 2 L, 3 U
    static int TypeOf(int cls) => (cls - 1) / 4;
    static int PosOf(int cls) => (cls - 1) % 4;

    /// <summary>BILOU transitions allowed after the previous class.</summary>
    static bool Allowed(int prev, int cls)
    {
        bool prevOpen = prev > 0 && PosOf(prev) is 0 or 1; // after B or I the entity must continue
        if (prevOpen) return cls > 0 && TypeOf(cls) == TypeOf(prev) && PosOf(cls) is 1 or 2;
        return cls == 0 || PosOf(cls) is 0 or 3;
    }

    /// <summary>
    /// Finds entities in every sentence of a tagged document. The second pass also sees how the first read each word
    /// elsewhere in the document ("Waddoups" named in full once is a person when it comes back alone).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognise(string text, Token[] tokens, IReadOnlyList<Sentence> sentences, List<Entity> output)
    {
        var parts = new List<(int First, int End, WordInfo[] Words, ulong[] Tags, ulong[] Marks, bool Caps, int[] Classes, bool Dateline)>();
        foreach (var s in sentences)
        {
            int first = s.FirstToken, n = s.EndToken - s.FirstToken;
            if (n <= 0) continue;
            var words = WordInfo.OfTokens(text, tokens, first, s.EndToken, Clusters);
            var tags = new ulong[n];
            for (int i = 0; i < n; i++) tags[i] = FeatureHash.Of(tokens[first + i].Xpos ?? "");
            var marks = new ulong[n];
            Names.Mark(n, i => text.AsSpan(tokens[first + i].Start, tokens[first + i].Length), marks);
            var classes = new int[n];
            bool caps = AllCaps(words);
            Run(model, words, tags, marks, caps, classes, null, null);
            parts.Add((first, s.EndToken, words, tags, marks, caps, classes, s.Kind == SentenceKind.Dateline));
        }
        // (a sentence alone has no document to read, which the model learned as such)
        var memory = second is null || parts.Count < 2 ? null : new DocumentMemory(parts.Select(p => (p.Words, p.Classes)));
        var found = new List<(int Start, int End, string Type)>[parts.Count];
        var wordAt = new NameLists.WordAt[parts.Count];
        HashSet<string> surnames = new(StringComparer.Ordinal), organisationWords = new(StringComparer.Ordinal);
        for (int k = 0; k < parts.Count; k++)
        {
            var (first, end, words, tags, marks, caps, classes, dateline) = parts[k];
            if (second is not null)
            {
                var firstPass = (int[])classes.Clone();
                Run(second, words, tags, marks, caps, classes, firstPass, memory?.Context(words, firstPass));
            }
            NameLists.WordAt word = wordAt[k] = i => text.AsSpan(tokens[first + i].Start, tokens[first + i].Length);
            found[k] = FinalSpans(classes, marks, Names.CuratedOrganisations(end - first, word), word, dateline);
            AddSurnames(found[k], word, surnames, organisationWords);
        }
        for (int k = 0; k < parts.Count; k++)
        {
            int first = parts[k].First;
            SurnamesNamePeople(found[k], wordAt[k], surnames, organisationWords);
            foreach (var (s, e, type) in found[k])
                output.Add(new Entity(tokens[first + s].Start, tokens[first + e - 1].End, first + s, first + e, Enum.Parse<EntityType>(type)));
        }
    }

    /// <summary>The last words of the persons named in two words or more ("Tom Tancredo"), for <see cref="SurnamesNamePeople"/>:
    /// not a title or an acronym ("Labour MP", "Kama Melly QC"), an organisation's head noun ("Hagia Sophia Museum" read as
    /// a person), or the end of "Secretary of State", and only from a name that opens with a capital ("(( Wikinews").</summary>
    static void AddSurnames(List<(int Start, int End, string Type)> spans, NameLists.WordAt word, ICollection<string> surnames, ICollection<string> organisationWords)
    {
        foreach (var (start, end, type) in spans)
        {
            if (type == "ORG" && end - start >= 2)
                for (int i = start; i < end; i++) organisationWords.Add(word(i).ToString());
            if (type != "PERSON" || end - start < 2 || word(start) is not { Length: > 0 } opening || !char.IsUpper(opening[0])) continue;
            var last = word(end - 1);
            if (last.Length < 2 || !char.IsUpper(last[0]) || !last.ContainsAnyInRange('a', 'z') || word(end - 2).Equals("of", StringComparison.OrdinalIgnoreCase)
                || TitleLookup.Contains(last) || OrganisationHeadLookup.Contains(last)) continue;
            surnames.Add(last.ToString());
        }
    }

    /// <summary>"Former Congressman Tom Tancredo … Tancredo ran for Governor": a lone word read as an organisation or a place
    /// the gazetteer does not know, that ends a person's name elsewhere in the document and is on no organisation or place
    /// list, nor part of an organisation's name in the document, is that person ("Canada" stays a country where a name read
    /// as a person ends in it, and "Ford" a company where "Ford Motor Company" is named).</summary>
    void SurnamesNamePeople(List<(int Start, int End, string Type)> spans, NameLists.WordAt word, HashSet<string> surnames, HashSet<string> organisationWords)
    {
        if (surnames.Count == 0) return;
        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var inOrganisations = organisationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end, type) = spans[k];
            if (end - start != 1 || type is not ("ORG" or "LOC") || !lookup.Contains(word(start)) || inOrganisations.Contains(word(start))) continue;
            if (Names.Holds(NameLists.ListKind.Organisation, start, end, word) || PlaceType("PLACE", start, end, word) == "GPE") continue;
            spans[k] = (start, end, "PERSON");
        }
    }

    /// <summary>
    /// How the first pass read each word across a document (or, for a corpus without document boundaries, a window of
    /// neighbouring sentences): counts per entity type, and for capitalised words outside any entity. A sentence's context
    /// for a word is what the other sentences said of it.
    /// </summary>
    sealed class DocumentMemory
    {
        const int Outcomes = 25; // the 24 entity classes (type and place in the name), then "capitalised but no entity"
        public const int CorpusWindow = 20; // picked on dev among 5, 10, 20 and 40
        readonly Dictionary<ulong, int[]> counts = new();

        public DocumentMemory(IEnumerable<(WordInfo[] Words, int[] Classes)> sentences)
        {
            foreach (var (words, classes) in sentences) Add(words, classes, +1);
        }

        /// <summary>Contexts for a corpus without document boundaries (GMB): each sentence's memory is the sentences
        /// within <paramref name="window"/> of it, about the length of a news article.</summary>
        public static ulong[][] OfWindows(IReadOnlyList<(WordInfo[] Words, int[] Classes)> sentences, int window = CorpusWindow)
        {
            var memory = new DocumentMemory([]);
            var contexts = new ulong[sentences.Count][];
            for (int k = 0; k < Math.Min(window, sentences.Count); k++) memory.Add(sentences[k].Words, sentences[k].Classes, +1);
            for (int j = 0; j < sentences.Count; j++)
            {
                if (j + window < sentences.Count) memory.Add(sentences[j + window].Words, sentences[j + window].Classes, +1);
                if (j - window - 1 >= 0) memory.Add(sentences[j - window - 1].Words, sentences[j - window - 1].Classes, -1);
                contexts[j] = memory.Context(sentences[j].Words, sentences[j].Classes);
            }
            return contexts;
        }

        public void Add(WordInfo[] words, int[] classes, int sign)
        {
            for (int i = 0; i < words.Length; i++)
            {
                int outcome = Outcome(words, classes, i);
                if (outcome < 0) continue;
                if (!counts.TryGetValue(words[i].Norm, out var c)) counts[words[i].Norm] = c = new int[Outcomes];
                c[outcome] += sign;
            }
        }

        static int Outcome(WordInfo[] words, int[] classes, int i) =>
            classes[i] > 0 ? classes[i] - 1 : i > 0 && words[i].Upper ? Outcomes - 1 : -1;

        /// <summary>Per word of a sentence: the reading the rest of the document gives it (1 = not seen elsewhere).</summary>
        public ulong[] Context(WordInfo[] words, int[] classes)
        {
            // this sentence's own readings, left out below (one pass, so a very long sentence costs no more than its length)
            var own = new Dictionary<ulong, int[]>();
            for (int j = 0; j < words.Length; j++)
            {
                int o = Outcome(words, classes, j);
                if (o < 0) continue;
                if (!own.TryGetValue(words[j].Norm, out var oc)) own[words[j].Norm] = oc = new int[Outcomes];
                oc[o]++;
            }
            var context = new ulong[words.Length];
            Span<int> c = stackalloc int[Outcomes];
            for (int i = 0; i < words.Length; i++)
            {
                context[i] = 1;
                if (!counts.TryGetValue(words[i].Norm, out var total)) continue;
                total.CopyTo(c);
                if (own.TryGetValue(words[i].Norm, out var mine)) for (int k = 0; k < Outcomes; k++) c[k] -= mine[k];
                int sum = 0, best = 0;
                for (int k = 0; k < Outcomes; k++) { sum += c[k]; if (c[k] > c[best]) best = k; }
                if (sum <= 0) continue;
                context[i] = 2 + (ulong)best * 3 + (c[best] == sum ? 0UL : c[best] * 2 >= sum ? 1UL : 2UL);
            }
            return context;
        }
    }

    static bool AllCaps(WordInfo[] words)
    {
        int letters = 0, caps = 0;
        foreach (var w in words) { if ((w.Flags & 1) != 0 || (w.Flags & 4) == 0) letters++; if ((w.Flags & 2) != 0) caps++; }
        return words.Length > 3 && caps * 4 >= words.Length * 3;
    }

    void Predict(WordInfo[] words, ulong[] tags, ulong[] marks, bool caps, int[] classes)
    {
        Run(model, words, tags, marks, caps, classes, null, null);
        if (second is null) return;
        var first = (int[])classes.Clone();
        Run(second, words, tags, marks, caps, classes, first, null);
    }

    /// <summary>One pass over a sentence, greedy or with the recogniser's beam.</summary>
    void Run(PerceptronModel weights, WordInfo[] words, ulong[] tags, ulong[] marks, bool caps, int[] classes, int[]? first, ulong[]? context)
    {
        if (BeamWidth > 1) BeamPass(weights, words, tags, marks, caps, classes, first, context, BeamWidth);
        else Pass(weights, words, tags, marks, caps, classes, first, context);
    }

    static void Pass(PerceptronModel weights, WordInfo[] words, ulong[] tags, ulong[] marks, bool caps, int[] classes, int[]? first, ulong[]? context)
    {
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Classes];
        for (int i = 0; i < words.Length; i++)
        {
            // the second pass re-reads only what the first found or might have missed: a lower-case word outside any
            // entity, with none beside it and no entity open before it, stays outside (most words; the pass costs a third)
            if (first is not null && first[i] == 0 && (i == 0 || first[i - 1] == 0) && (i + 1 >= words.Length || first[i + 1] == 0)
                && !words[i].Upper && (i == 0 || classes[i - 1] == 0 || PosOf(classes[i - 1]) is 2 or 3))
            {
                classes[i] = 0;
                continue;
            }
            int nf = Features(words, tags, marks, caps, classes, i, feats, first: first, context: context);
            weights.Score(feats[..nf], scores);
            classes[i] = Decide(classes, i, scores, i == words.Length - 1);
        }
    }

    /// <summary>
    /// Beam decoding: the <paramref name="width"/> best class sequences so far, each scored by the sum of its classes'
    /// scores, under the BILOU constraints; the best complete one is kept. With a model trained by early update
    /// (<see cref="TrainBeamSentence"/>), the decision for a word can be taken back once the words after it are read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void BeamPass(PerceptronModel weights, WordInfo[] words, ulong[] tags, ulong[] marks, bool caps, int[] classes, int[]? first, ulong[]? context, int width)
    {
        int n = words.Length;
        var beam = Beam.For(width, n);
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> wordScores = stackalloc float[Classes], itemScores = stackalloc float[width * Classes];
        for (int i = 0; i < n; i++)
        {
            beam.Open();
            // as in the greedy pass, the second pass leaves a word nothing points to outside any entity; only where no
            // sequence has an entity open, so that all gain the same (nothing) from it
            bool skip = first is not null && first[i] == 0 && (i == 0 || first[i - 1] == 0) && (i + 1 >= n || first[i + 1] == 0) && !words[i].Upper;
            for (int b = 0; skip && b < beam.Count; b++)
                if (i > 0 && beam.History(b)[i - 1] is > 0 and var prev && PosOf(prev) is 0 or 1) skip = false;
            if (skip)
            {
                for (int b = 0; b < beam.Count; b++) beam.Offer(b, 0, beam.Score(b), false);
                beam.Close(i);
                continue;
            }
            weights.Score(feats[..WordFeatures(words, tags, marks, caps, i, feats, false, first, context)], wordScores);
            for (int b = 0; b < beam.Count; b++)
            {
                var history = beam.History(b);
                int prev = Before(history, i, 1), before = Before(history, i, 2);
                var scores = itemScores.Slice(b * Classes, Classes);
                // the history features see only the last two classes: a sequence that ends as an earlier one does scores as it
                int same = -1;
                for (int a = 0; a < b && same < 0; a++)
                    if (Before(beam.History(a), i, 1) == prev && Before(beam.History(a), i, 2) == before) same = a;
                if (same >= 0) itemScores.Slice(same * Classes, Classes).CopyTo(scores);
                else
                {
                    wordScores.CopyTo(scores);
                    weights.AddScores(feats[..HistoryFeatures(words, tags, marks, history, i, feats, false, first, context)], scores);
                }
                beam.OfferAll(b, prev, scores, i == n - 1, false, -1);
            }
            beam.Close(i);
        }
        beam.History(0).AsSpan(0, n).CopyTo(classes);

        // (the class <paramref name="back"/> words before word i; none, 0, before the sentence)
        static int Before(int[] history, int i, int back) => i >= back ? history[i - back] : 0;
    }

    /// <summary>The class sequences a beam keeps: histories, scores, and whether each is still the gold sequence.</summary>
    sealed class Beam
    {
        readonly int width, length;
        int[][] histories, next;
        float[] scores, nextScores;
        bool[] gold, nextGold;
        // candidates of the step being read: parent item, class, score, gold
        readonly int[] candParent, candClass;
        readonly float[] candScore;
        readonly bool[] candGold;
        int candidates;
        public int Count { get; private set; }

        [ThreadStatic] static Beam? reused;

        /// <summary>An empty beam for a sentence of <paramref name="length"/> words: this thread's last one where it is
        /// as wide and long enough (no allocation per sentence).</summary>
        public static Beam For(int width, int length)
        {
            var beam = reused is { } b && b.width == width && b.length >= length ? b : reused = new Beam(width, Math.Max(length, 64));
            beam.Count = 1;
            beam.scores[0] = 0;
            beam.gold[0] = true;
            return beam;
        }

        Beam(int width, int length)
        {
            this.width = width;
            this.length = length;
            histories = new int[width][]; next = new int[width][];
            for (int k = 0; k < width; k++) { histories[k] = new int[length]; next[k] = new int[length]; }
            scores = new float[width]; nextScores = new float[width];
            gold = new bool[width]; nextGold = new bool[width];
            candParent = new int[width]; candClass = new int[width]; candScore = new float[width]; candGold = new bool[width];
        }

        public int[] History(int b) => histories[b];
        public float Score(int b) => scores[b];
        public bool IsGold(int b) => gold[b];

        public void Open() => candidates = 0;

        /// <summary>Every class allowed after <paramref name="prev"/> (at the sentence's end, only those that close).</summary>
        public void OfferAll(int b, int prev, ReadOnlySpan<float> classScores, bool last, bool parentGold, int goldClass)
        {
            for (int c = 0; c < classScores.Length; c++)
            {
                if (!Allowed(prev, c) || last && c > 0 && PosOf(c) is 0 or 1) continue;
                Offer(b, c, scores[b] + classScores[c], parentGold && c == goldClass);
            }
        }

        /// <summary>Keeps the candidate if it is among the best <c>width</c> so far (sorted, best first).</summary>
        public void Offer(int b, int c, float score, bool isGold)
        {
            int at = candidates;
            if (candidates == width)
            {
                if (score <= candScore[width - 1]) return;
                at = width - 1;
            }
            else candidates++;
            while (at > 0 && candScore[at - 1] < score)
            {
                candParent[at] = candParent[at - 1]; candClass[at] = candClass[at - 1]; candScore[at] = candScore[at - 1]; candGold[at] = candGold[at - 1];
                at--;
            }
            candParent[at] = b; candClass[at] = c; candScore[at] = score; candGold[at] = isGold;
        }

        /// <summary>The kept candidates become the beam at word <paramref name="i"/>.</summary>
        public void Close(int i)
        {
            for (int k = 0; k < candidates; k++)
            {
                Array.Copy(histories[candParent[k]], next[k], i);
                next[k][i] = candClass[k];
                nextScores[k] = candScore[k];
                nextGold[k] = candGold[k];
            }
            (histories, next) = (next, histories);
            (scores, nextScores) = (nextScores, scores);
            (gold, nextGold) = (nextGold, gold);
            Count = candidates;
        }

        public bool HoldsGold()
        {
            for (int k = 0; k < Count; k++) if (gold[k]) return true;
            return false;
        }
    }

    /// <summary>
    /// Greedy BILOU decoding with repair: if the model wants to leave an open entity (its best class
    /// is not I/L of that type), the entity is closed retroactively (B → U, I → L) instead of being
    /// forced to run on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int Decide(int[] classes, int i, ReadOnlySpan<float> scores, bool last)
    {
        int prev = i > 0 ? classes[i - 1] : 0;
        int best = PosTagger.ArgMax(scores);
        bool open = prev > 0 && PosOf(prev) is 0 or 1;
        if (open && !(best > 0 && TypeOf(best) == TypeOf(prev) && PosOf(best) is 1 or 2))
        {
            classes[i - 1] = PosOf(prev) == 0 ? ClassOf(TypeOf(prev), 3) : ClassOf(TypeOf(prev), 2);
            prev = classes[i - 1];
        }
        int chosen = -1;
        float bs = float.NegativeInfinity;
        for (int c = 0; c < scores.Length; c++)
        {
            if (!Allowed(prev, c)) continue;
            if (scores[c] > bs) { bs = scores[c]; chosen = c; }
        }
        if (last && chosen > 0 && PosOf(chosen) is 0 or 1)
            chosen = ClassOf(TypeOf(chosen), PosOf(chosen) == 0 ? 3 : 2); // close at the end of the sentence
        return chosen;
    }

    /// <summary>Entity spans from BILOU classes; places become GPE when the whole span is a known country/region/city.</summary>
    IEnumerable<(int Start, int End, string Type)> Spans(int[] classes, NameLists.WordAt word)
    {
        for (int i = 0; i < classes.Length; i++)
        {
            if (classes[i] == 0 || PosOf(classes[i]) is 1 or 2) continue;
            int type = TypeOf(classes[i]);
            int e = i + 1;
            if (PosOf(classes[i]) == 0)
                while (e < classes.Length && classes[e] > 0 && TypeOf(classes[e]) == type && PosOf(classes[e]) is 1 or 2) { e++; if (PosOf(classes[e - 1]) == 2) break; }
            yield return (i, e, PlaceType(Types[type], i, e, word));
            i = e - 1;
        }
    }

    /// <summary>Decoded spans, where a known multi-word organisation ("Hayat Tahrir al-Sham") wins over whatever the model made of its words.</summary>
    List<(int Start, int End, string Type)> FinalSpans(int[] classes, ulong[] marks, List<(int Start, int End)> curated, NameLists.WordAt word, bool dateline = false)
    {
        var spans = Spans(classes, word).ToList();
        NamesStopAtBrackets(spans, word);
        CountriesAreNoPeople(spans, marks);
        CoordinatedCountriesAreNoName(spans, word);
        KnownPersonsEndNoOrganisationOrPlace(spans, word);
        PlacesAfterLocativesAreNoPeople(spans, classes.Length, word);
        PlacesReadInPieces(spans, classes.Length, word);
        CountriesAreNoNationalities(spans, word);
        CapitalisedPlacesAreNoOrganisations(spans, word, dateline);
        HonorificsNamePersons(spans, classes.Length, word);
        OrganisationHeadsNameNoPeople(spans, word);
        // "Prime Minister Igor Matovič": GMB often tags a title's first word as a person of its own ("Prime" alone, then
        // the name); a title alone names no one
        spans.RemoveAll(sp => sp.Type == "PERSON" && sp.End - sp.Start == 1 && TitleLookup.Contains(word(sp.Start)));
        NoNameOfTitlesOrReplies(spans, word);
        PartsOfPeriodsAreDates(spans, word);
        PlacesAreNoDates(spans, word);
        CompleteHyphenatedEnds(spans, classes.Length, word);
        MergeAdjacentPersons(spans);
        SplitOffPossessivePlaces(spans, word);
        foreach (var (os, oe) in curated)
        {
            spans.RemoveAll(sp => sp.Start < oe && sp.End > os);
            spans.Add((os, oe, "ORG"));
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    /// <summary>
    /// "clashes in Jordan": GMB labels some countries' names as it labels nationalities (Jordan, Nepal, Niger, Sudan), and
    /// the model learned that; a country's own name (not its people's) is that place.
    /// </summary>
    void CountriesAreNoNationalities(List<(int Start, int End, string Type)> spans, NameLists.WordAt word)
    {
        for (int k = 0; k < spans.Count; k++)
            if (spans[k].Type == "NORP" && Names.Holds(NameLists.ListKind.Nation, spans[k].Start, spans[k].End, word))
                spans[k] = (spans[k].Start, spans[k].End, "GPE");
    }

    /// <summary>
    /// "KABUL, Dec 24 (Reuters) -", "LAHORE: …": a place name in capitals looks like an acronym to the model, which reads
    /// some datelines' cities as organisations. In a dateline, a name in capitals that the lists hold as a country or city,
    /// and not as an organisation, is that place (elsewhere capitals may be an acronym, "BLA", or a government, "U.S.").
    /// </summary>
    void CapitalisedPlacesAreNoOrganisations(List<(int Start, int End, string Type)> spans, NameLists.WordAt word, bool dateline)
    {
        if (!dateline) return;
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end, type) = spans[k];
            if (type != "ORG" || Names.Holds(NameLists.ListKind.Organisation, start, end, word)) continue;
            bool capitals = true;
            for (int i = start; i < end && capitals; i++)
            {
                var w = word(i);
                capitals = w.ContainsAnyInRange('A', 'Z') && !w.ContainsAnyInRange('a', 'z');
            }
            if (capitals && (Names.Holds(NameLists.ListKind.Country, start, end, word) || Names.Holds(NameLists.ListKind.City, start, end, word)))
                spans[k] = (start, end, "GPE");
        }
    }

    /// <summary>"India's Ministry of External Affairs": a known place and its possessive open no name; the place is a place
    /// of its own and the rest keeps the type read.</summary>
    void SplitOffPossessivePlaces(List<(int Start, int End, string Type)> spans, NameLists.WordAt word)
    {
        for (int k = spans.Count - 1; k >= 0; k--)
        {
            var (start, end, type) = spans[k];
            for (int p = start + 1; p < end - 1; p++)
            {
                if (word(p) is not ("'s" or "’s") || PlaceType("PLACE", start, p, word) != "GPE") continue;
                spans[k] = (start, p, "GPE");
                spans.Insert(k + 1, (p + 1, end, type));
                break;
            }
        }
    }

    static readonly FrozenSet<string> Honorifics = new[] { "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Messrs." }
        .ToFrozenSet(StringComparer.Ordinal);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificLookup = Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "asked for Mr. Maliki's pardon": an honorific before a capitalised word opens a person's name, honorific
    /// included (GMB labels "Mr." the first word of the person in all of its 3,300 uses); the model had read some such
    /// names as places or organisations. A name the model did not find runs over the capitalised words after it.
    /// </summary>
    static void HonorificsNamePersons(List<(int Start, int End, string Type)> spans, int length, NameLists.WordAt word)
    {
        // (no lambdas in the loop: a captured loop variable costs an allocation for every word)
        for (int i = 0; i + 1 < length; i++)
            if (HonorificLookup.Contains(word(i)) && Capitalised(word(i + 1))) NamePerson(spans, i, length, word);

        static void NamePerson(List<(int Start, int End, string Type)> spans, int i, int length, NameLists.WordAt word)
        {
            if (spans.Any(sp => sp.Start < i && sp.End > i)) return; // inside a longer name ("the Dr. Hook band")
            // (the honorific may be read as a name of its own, and the name after it as another)
            int end = spans.Where(sp => sp.Start <= i + 1 && sp.End > i).Select(sp => sp.End).DefaultIfEmpty(-1).Max();
            if (end < 0) { end = i + 1; while (end < length && end - i <= 4 && Capitalised(word(end))) end++; }
            end = Math.Max(end, i + 2);
            spans.RemoveAll(sp => sp.Start < end && sp.End > i);
            spans.Add((i, end, "PERSON"));
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        static bool Capitalised(ReadOnlySpan<char> w) => w.Length > 1 && char.IsUpper(w[0]) && w[1..].ContainsAnyInRange('a', 'z');
    }

    /// <summary>"Fatah al-Islam fighters clashed …": a name does not end on a hyphen ("Fatah al-"); it takes the capitalised
    /// word the hyphen joins.</summary>
    static void CompleteHyphenatedEnds(List<(int Start, int End, string Type)> spans, int length, NameLists.WordAt word)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end, type) = spans[k];
            if (end - start < 2 || !word(end - 1).SequenceEqual("-")) continue;
            // (GMB's words do not say whether a space stood by the hyphen: only a capitalised word is taken)
            if (end < length && word(end).Length > 1 && char.IsUpper(word(end)[0]) && (k + 1 == spans.Count || spans[k + 1].Start > end))
                spans[k] = (start, end + 1, type);
        }
    }

    /// <summary>"Amir | Khan Muttaqi": two persons side by side with nothing between them are one name.</summary>
    static void MergeAdjacentPersons(List<(int Start, int End, string Type)> spans)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int k = spans.Count - 1; k > 0; k--)
        {
            var (a, b) = (spans[k - 1], spans[k]);
            if (a.Type != "PERSON" || b.Type != "PERSON" || a.End != b.Start) continue;
            spans[k - 1] = (a.Start, b.End, "PERSON");
            spans.RemoveAt(k);
        }
    }

    static readonly FrozenSet<string> TitleWords = new[] { "Prime", "President", "Minister", "Queen", "Chancellor", "Secretary",
        "General", "Senator", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Premier", "Vice", "Foreign", "Defense", "Defence", "Pope",
        "Sheikh", "Ayatollah", "Cardinal", "Lieutenant", "Colonel", "Captain", "Admiral", "Ambassador", "Mayor", "Speaker",
        "Chairman", "Emperor", "Sultan", "Emir", "Crown", "Commander", "Deputy", "Acting", "Former", "Opposition", "Leader" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "defend Saudi Arabia": GMB tags some country names as persons (its labels are partly automatic), and the model
    /// learned a little of that. A name the gazetteer knows as a country, read as one or more persons lying within it,
    /// is that country.
    /// </summary>
    static void CountriesAreNoPeople(List<(int Start, int End, string Type)> spans, ulong[] marks)
    {
        for (int a = 0; a < marks.Length; a++)
        {
            int b;
            if ((marks[a] & 8) != 0) b = a + 1;
            else if ((marks[a] & 1) != 0)
            {
                b = a + 1;
                while (b < marks.Length && (marks[b] & 4) == 0) b++;
                if (b >= marks.Length) continue;
                b++;
            }
            else continue;
            int first = a, end = b;
            var inside = spans.FindAll(sp => sp.Start < end && sp.End > first);
            if (inside.Count == 0 || inside.Any(sp => sp.Type != "PERSON" || sp.Start < first || sp.End > end)) { a = b - 1; continue; }
            spans.RemoveAll(sp => sp.Start < end && sp.End > first);
            spans.Add((first, end, "GPE"));
            a = b - 1;
        }
        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    /// <summary>"talks mediated by Qatar and Turkey": countries the gazetteer knows, joined by "and", "or" or commas, are
    /// each a place, not one name (GMB: two places 1,154 times, one name never; the beam recogniser, which weighs whole
    /// sequences, had read "India and Pakistan" as one organisation).</summary>
    void CoordinatedCountriesAreNoName(List<(int Start, int End, string Type)> spans, NameLists.WordAt word)
    {
        for (int k = spans.Count - 1; k >= 0; k--)
        {
            var (start, end, _) = spans[k];
            // ("Serbia and Montenegro" and "Bosnia and Herzegovina" are one country)
            if (end - start < 3 || Names.Holds(NameLists.ListKind.Organisation, start, end, word) || Names.Holds(NameLists.ListKind.Nation, start, end, word)
                || Names.Holds(NameLists.ListKind.Country, start, end, word)) continue;
            bool joined = false;
            for (int i = start + 1; i < end - 1 && !joined; i++) joined = word(i) is "and" or "or" or ",";
            if (!joined) continue; // (most names: no list to make)
            var pieces = new List<(int Start, int End, string Type)>();
            int from = start;
            for (int i = start; i <= end; i++)
            {
                if (i < end && word(i) is not ("and" or "or" or ",")) continue;
                if (i == from || !Names.Holds(NameLists.ListKind.Nation, from, i, word)) { pieces.Clear(); break; }
                pieces.Add((from, i, "GPE"));
                from = i + 1;
            }
            if (pieces.Count < 2) continue;
            spans.RemoveAt(k);
            spans.InsertRange(k, pieces);
        }
    }

    /// <summary>"UN Secretary-General Antonio Guterres": an organisation read on to a person the lists know ends before
    /// him, and he is a person (GMB labels "U.N. Secretary-General" an organisation before the person's name); so does a
    /// place ("Vice President of the United States Joe Biden" had been one place).</summary>
    void KnownPersonsEndNoOrganisationOrPlace(List<(int Start, int End, string Type)> spans, NameLists.WordAt word)
    {
        for (int k = spans.Count - 1; k >= 0; k--)
        {
            var (start, end, type) = spans[k];
            if (type is not ("ORG" or "LOC" or "GPE") || Names.Holds(NameLists.ListKind.Organisation, start, end, word)) continue;
            for (int p = start + 1; p <= end - 2; p++)
            {
                if (!char.IsUpper(word(p)[0]) || !Names.Holds(NameLists.ListKind.Person, p, end, word)) continue;
                spans[k] = (p, end, "PERSON");
                if (word(p - 1) is not "-") spans.Insert(k, (start, p, type == "ORG" ? "ORG" : PlaceType("PLACE", start, p, word)));
                break;
            }
        }
    }

    /// <summary>"((Akram Pasha)) No.", "((WN)) Okay": an interview's speaker labels are bracketed, and a name read across a
    /// bracket runs into the answer. A name stops at a bracket; its first piece with a capital keeps the type read.</summary>
    static void NamesStopAtBrackets(List<(int Start, int End, string Type)> spans, NameLists.WordAt word)
    {
        for (int k = spans.Count - 1; k >= 0; k--)
        {
            var (start, end, type) = spans[k];
            int from = start;
            (int Start, int End)? kept = null;
            bool cut = false;
            for (int i = start; i <= end && kept is null; i++)
            {
                if (i < end && !IsBracket(word(i))) continue;
                cut |= i < end;
                if (i > from && HasCapital(from, i)) kept = (from, i);
                from = i + 1;
            }
            if (!cut) continue;
            if (kept is { } piece) spans[k] = (piece.Start, piece.End, type);
            else spans.RemoveAt(k);
        }

        bool HasCapital(int from, int to)
        {
            for (int i = from; i < to; i++) if (word(i) is { Length: > 0 } w && char.IsUpper(w[0])) return true;
            return false;
        }
    }

    static bool IsBracket(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty) return false;
        foreach (var c in w) if (!Tokenizer.IsBracketChar(c)) return false;
        return true;
    }

    static readonly FrozenSet<string> Replies = new[] { "Well", "Yeah", "Yes", "Okay", "OK", "Oh", "Sure", "Correct", "Thanks", "No", "No." }
        .ToFrozenSet(StringComparer.Ordinal);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReplyLookup = Replies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Melbourne's Lord Mayor", "ran for Mayor of Las Vegas", "Field Marshal Asim Munir": titles alone name no one
    /// and nowhere, of whatever type they were read, except one word read as an organisation ("Defense" of "Defense
    /// Secretary", the department); nor does an answer's first word ("((Thomas Rivinius)) Well, …", read as a person).</summary>
    static void NoNameOfTitlesOrReplies(List<(int Start, int End, string Type)> spans, NameLists.WordAt word)
    {
        // (a loop, not RemoveAll: a lambda capturing the words would allocate for every sentence)
        for (int k = spans.Count - 1; k >= 0; k--)
            if (NoName(spans[k], word)) spans.RemoveAt(k);

        static bool NoName((int Start, int End, string Type) sp, NameLists.WordAt word)
        {
            if (sp.End - sp.Start == 1)
                return ReplyLookup.Contains(word(sp.Start)) || sp.Type != "ORG" && (TitleLookup.Contains(word(sp.Start)) || word(sp.Start) is "Lord");
            // several words: ranks too ("Field Marshal", "Air Chief Marshal", "Major General"), which alone may be a name
            for (int i = sp.Start; i < sp.End; i++)
                if (!TitleLookup.Contains(word(i)) && word(i) is not ("Lord" or "Field" or "Marshal" or "Brigadier" or "Major" or "Chief" or "Air"))
                    return false;
            return true;
        }
    }

    /// <summary>"elected in mid-2018", "by mid-September": a part of a month, year or decade written as one word is a date,
    /// whatever type the model gave the word it did not know.</summary>
    static void PartsOfPeriodsAreDates(List<(int Start, int End, string Type)> spans, NameLists.WordAt word)
    {
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end, type) = spans[k];
            if (type == "DATE" || end - start != 1) continue;
            var w = word(start);
            int dash = w.IndexOf('-');
            if (dash <= 0 || !PartOfLookup.Contains(w[..dash])) continue;
            var rest = w[(dash + 1)..];
            bool year = rest.Length is 4 or 5 && !rest[..4].ContainsAnyExceptInRange('0', '9') && (rest.Length == 4 || rest[4] == 's');
            if (year || TimeExpressions.IsMonthName(rest)) spans[k] = (start, end, "DATE");
        }
    }

    /// <summary>
    /// "In Cyprus, the ruling party said …": a name the lists hold as a country, region or city, read as a date, is that
    /// place, unless a word of it says when (a digit, a month, a day or a holiday: GeoNames has places called "March" and
    /// "Friday"), or it is not capitalised ("time" and "of" are places too). GMB's training part labels such names dates
    /// ("Darfur" 47 times, "Cyprus" 5, "Peshawar" 2) and opens sentences with dates ("In 2005,"), which the model learned.
    /// </summary>
    void PlacesAreNoDates(List<(int Start, int End, string Type)> spans, NameLists.WordAt word)
    {
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end, type) = spans[k];
            if (type != "DATE" || !char.IsUpper(word(start)[0]) || PlaceType("PLACE", start, end, word) != "GPE") continue;
            bool when = false;
            for (int i = start; i < end && !when; i++)
            {
                var w = word(i);
                when = w.ContainsAnyInRange('0', '9') || TimeExpressions.IsMonthName(w) || DayNameLookup.Contains(w);
            }
            if (!when) spans[k] = (start, end, "GPE");
        }
    }

    // days, holidays and the deictic days, which say when whatever place shares their name
    static readonly FrozenSet<string> DayNames = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Today", "Tomorrow", "Yesterday" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayNameLookup = DayNames.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly FrozenSet<string> PartOf = new[] { "mid", "early", "late", "Mid", "Early", "Late" }.ToFrozenSet(StringComparer.Ordinal);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartOfLookup = PartOf.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly FrozenSet<string> OrganisationHeads = new[] { "Party", "Movement", "Front", "Council", "Ministry", "Commission",
        "Committee", "Agency", "Corporation", "Company", "University", "Union", "Association", "Organization", "Organisation",
        "Institute", "Foundation", "Bank", "Department", "Army", "Brigade", "Federation", "League", "Alliance", "Museum", "College",
        "School", "Hospital", "Church", "Court", "Times", "Post", "News" }.ToFrozenSet(StringComparer.Ordinal);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationHeadLookup = OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Unity Party of America presidential nominee Bill Hammons": a name of two words or more read as a person that
    /// ends in an organisation's head noun (Party, Ministry, University …) is an organisation; GMB has no such persons.</summary>
    void OrganisationHeadsNameNoPeople(List<(int Start, int End, string Type)> spans, NameLists.WordAt word)
    {
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end, type) = spans[k];
            if (type == "PERSON" && end - start >= 2 && OrganisationHeadLookup.Contains(word(end - 1))) spans[k] = (start, end, "ORG");
        }
    }

    static readonly FrozenSet<string> Locatives = new[] { "near", "in", "at", "outside", "inside", "around" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocativeLookup = Locatives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Near Ar Raqqah, 15 strikes engaged …", "on the campaign trail in the USA": a name read as a person or an
    /// organisation right after "near", "in", "at", "outside", "inside" or "around" (with or without "the"), or taking such a
    /// word in (a sentence's capitalised "Near"), whose words are a city, region or country the gazetteer knows and not a
    /// person or organisation the lists know, is that place. No one is "near" a person in news, and GMB's training part
    /// labels a country after "in" a place 3,205 times and an organisation 34 times. After "near", a person the lists do not
    /// know is a place even where the gazetteer lacks it ("Near Al Huwayjah"; GMB's training part: a person after "near" 8
    /// times in 893, mostly a place or someone's house), but not where the name is someone's ("near Saddam 's hometown").</summary>
    void PlacesAfterLocativesAreNoPeople(List<(int Start, int End, string Type)> spans, int length, NameLists.WordAt word)
    {
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end, type) = spans[k];
            if (type is not ("PERSON" or "ORG")) continue;
            // the locative is the span's own first word ("Near Rawah") or the word before it, "the" passed over
            int from = start, locative = start - 1;
            if (locative >= 0 && word(locative) is "the") locative--;
            if (LocativeLookup.Contains(word(start))) (from, locative) = (start + 1, start);
            else if (locative < 0 || !LocativeLookup.Contains(word(locative))) continue;
            var known = type == "PERSON" ? NameLists.ListKind.Person : NameLists.ListKind.Organisation;
            if (from >= end || Names.Holds(known, from, end, word)) continue;
            // ("at the University": GeoNames has a town of that name)
            if (OrganisationHeadLookup.Contains(word(end - 1))) continue;
            var place = PlaceType("PLACE", from, end, word);
            if (place == "GPE") spans[k] = (from, end, "GPE");
            // (a place the gazetteer lacks: "Near Rawah, one strike …")
            else if (type == "PERSON" && word(locative).Equals("near", StringComparison.OrdinalIgnoreCase)
                && (end >= length || word(end) is not ("'s" or "’s" or "'")))
                spans[k] = (from, end, place);
        }
    }

    /// <summary>"a series with Pakistan and Sri Lanka": a country's own name of several words (data/names/countries.tsv, not
    /// the demonyms of the recogniser's country list: "South Korean") read in pieces, or in part, is that country; so is a
    /// city or region of three words or more ("in Dera Ismail Khan's Kulachi tehsil" had "Dera" a place and "Ismail Khan"
    /// a person, the Afghan commander on the lists).</summary>
    void PlacesReadInPieces(List<(int Start, int End, string Type)> spans, int length, NameLists.WordAt word)
    {
        for (int k = 0; k < spans.Count; k++)
        {
            var found = KnownPlaceAround(spans, k, length, word);
            if (found.Start >= 0) k = Merge(spans, found); // (the pieces are gone; go on after the country)
        }

        static int Merge(List<(int Start, int End, string Type)> spans, (int Start, int End) country)
        {
            spans.RemoveAll(sp => sp.Start < country.End && sp.End > country.Start);
            spans.Add((country.Start, country.End, "GPE"));
            spans.Sort((x, y) => x.Start.CompareTo(y.Start));
            return spans.FindIndex(sp => sp.Start == country.Start);
        }
    }

    /// <summary>A country's own name of two or more words, or a known city or region of three or more, around span
    /// <paramref name="k"/> that the spans break up or cover in part, and that no span crosses; (-1, -1) if none.</summary>
    (int Start, int End) KnownPlaceAround(List<(int Start, int End, string Type)> spans, int k, int length, NameLists.WordAt word)
    {
        for (int a = Math.Max(0, spans[k].Start - NameLists.MaxWords + 1); a <= spans[k].Start; a++)
            for (int b = Math.Min(length, a + NameLists.MaxWords); b >= a + 2 && b > spans[k].Start; b--)
            {
                // (the lists' lookup passes over articles and punctuation: "the United States", "Indonesia .")
                if (!char.IsLetter(word(a)[0]) || !char.IsLetter(word(b - 1)[0]) || word(a) is "the" or "The" || !Capitalised(a, b, word)
                    || !(Names.Holds(NameLists.ListKind.Nation, a, b, word) || b - a >= 3 && Words(a, b, word)
                        && (Names.Holds(NameLists.ListKind.City, a, b, word) || Names.Holds(NameLists.ListKind.Region, a, b, word)))
                    || !BrokenUp(spans, a, b)) continue;
                return (a, b);
            }
        return (-1, -1);

        // (words only: "Washington, D.C." is two places to GMB, and a city's name with a comma is a city and its region; and
        // no organisation's head noun: GeoNames has places called "University of Texas")
        static bool Words(int a, int b, NameLists.WordAt word)
        {
            for (int i = a; i < b; i++) if (!char.IsLetter(word(i)[0]) || OrganisationHeadLookup.Contains(word(i))) return false;
            return true;
        }

        // (a name, not words that spell one: "the Russian federation")
        static bool Capitalised(int a, int b, NameLists.WordAt word)
        {
            for (int i = a; i < b; i++)
                if (word(i).Length > 3 && !char.IsUpper(word(i)[0])) return false;
            return true;
        }

        // (no span crosses the name, and the spans in it are not the name itself)
        static bool BrokenUp(List<(int Start, int End, string Type)> spans, int a, int b)
        {
            int inside = 0;
            bool whole = false;
            foreach (var sp in spans)
            {
                if (sp.Start >= b || sp.End <= a) continue;
                if (sp.Start < a || sp.End > b) return false;
                inside++;
                whole |= sp.Start == a && sp.End == b;
            }
            return inside > 0 && !(inside == 1 && whole);
        }
    }

    static readonly NameLists.ListKind[] PlaceLists = [NameLists.ListKind.Country, NameLists.ListKind.Region, NameLists.ListKind.City];

    /// <summary>GMB's geo: GPE when the gazetteer knows the whole span as a country, region or city; LOC otherwise. The
    /// span is looked up itself, not read from the marks, which follow the longest name and so may start before it ("The
    /// United States").</summary>
    string PlaceType(string type, int start, int end, NameLists.WordAt word)
    {
        if (type != "PLACE") return type;
        foreach (var kind in PlaceLists)
            if (Names.Holds(kind, start, end, word)) return "GPE";
        return "LOC";
    }

    /// <summary>All features of word <paramref name="i"/>: those of the word and its surroundings, then those of the classes
    /// read before it (a beam scores the first once per word and the second once per sequence it keeps).</summary>
    static int Features(WordInfo[] w, ulong[] tags, ulong[] marks, bool caps, int[] classes, int i, Span<ulong> f, bool dropWord = false, int[]? first = null, ulong[]? context = null)
    {
        int n = WordFeatures(w, tags, marks, caps, i, f, dropWord, first, context);
        return n + HistoryFeatures(w, tags, marks, classes, i, f[n..], dropWord, first, context);
    }

    const ulong DroppedWord = 0x5eed; // unseen-word practice: learn from shape, context and lists

    /// <summary>The features that do not depend on the classes already read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int WordFeatures(WordInfo[] w, ulong[] tags, ulong[] marks, bool caps, int i, Span<ulong> f, bool dropWord, int[]? first, ulong[]? context)
    {
        int n = 0;
        var c = w[i];
        if (dropWord) { c.Norm = DroppedWord; c.Raw = DroppedWord; }
        int len = w.Length;
        ulong wm1 = i > 0 ? w[i - 1].Norm : 1, wm2 = i > 1 ? w[i - 2].Norm : 1, wp1 = i + 1 < len ? w[i + 1].Norm : 2, wp2 = i + 2 < len ? w[i + 2].Norm : 2;
        ulong sm1 = i > 0 ? w[i - 1].Shape : 1, sp1 = i + 1 < len ? w[i + 1].Shape : 2;
        ulong tm1 = i > 0 ? tags[i - 1] : 1, tp1 = i + 1 < len ? tags[i + 1] : 2, t0 = tags[i];
        ulong g0 = marks[i], gm1 = i > 0 ? marks[i - 1] : 0, gp1 = i + 1 < len ? marks[i + 1] : 0;
        f[n++] = 1;
        f[n++] = FeatureHash.Mix(2, c.Norm); f[n++] = FeatureHash.Mix(3, c.Raw); f[n++] = FeatureHash.Mix(4, c.Shape);
        f[n++] = FeatureHash.Mix(5, c.Suf2); f[n++] = FeatureHash.Mix(6, c.Suf3); f[n++] = FeatureHash.Mix(7, c.Suf4);
        f[n++] = FeatureHash.Mix(8, c.Pre2); f[n++] = FeatureHash.Mix(9, c.Pre3); f[n++] = FeatureHash.Mix(10, c.Flags);
        f[n++] = FeatureHash.Mix(11, t0);
        f[n++] = FeatureHash.Mix(12, wm1); f[n++] = FeatureHash.Mix(13, wp1); f[n++] = FeatureHash.Mix(14, wm2); f[n++] = FeatureHash.Mix(15, wp2);
        f[n++] = FeatureHash.Mix(16, sm1); f[n++] = FeatureHash.Mix(17, sp1);
        f[n++] = FeatureHash.Mix(18, tm1); f[n++] = FeatureHash.Mix(19, tp1); f[n++] = FeatureHash.Mix(20, tm1, t0); f[n++] = FeatureHash.Mix(21, t0, tp1);
        f[n++] = FeatureHash.Mix(27, wm1, c.Norm); f[n++] = FeatureHash.Mix(28, c.Norm, wp1);
        f[n++] = FeatureHash.Mix(29, sm1, c.Shape, sp1);
        f[n++] = FeatureHash.Mix(30, caps ? 1UL : 0UL, c.Shape);
        f[n++] = FeatureHash.Mix(32, wm1 , c.Shape);
        for (int kind = 0; kind < NameLists.Kinds; kind++)
        {
            ulong bits = g0 >> (kind * 4) & 15;
            if (bits == 0) continue;
            f[n++] = FeatureHash.Mix(40, (ulong)kind, bits);
            f[n++] = FeatureHash.Mix(41, (ulong)kind, bits, c.Flags & 1);
        }
        f[n++] = FeatureHash.Mix(43, gm1, g0, gp1);
        f[n++] = FeatureHash.Mix(44, g0 == 0 ? 0UL : 1UL, c.Shape, t0);
        f[n++] = FeatureHash.Mix(45, c.Fine, c.Flags & 1); f[n++] = FeatureHash.Mix(46, c.Coarse, c.Flags & 1);
        f[n++] = FeatureHash.Mix(47, i > 0 ? w[i - 1].Fine : 99, c.Shape); f[n++] = FeatureHash.Mix(48, i + 1 < len ? w[i + 1].Fine : 99, c.Shape);
        // word pairs on either side (version 6): where a name ends
        f[n++] = FeatureHash.Mix(85, wm1, wp1);
        f[n++] = FeatureHash.Mix(86, wp1, wp2);
        f[n++] = FeatureHash.Mix(87, wm2, wm1);
        if (first is not null)
        {
            // the first pass's reading of this word and of the words to its right (stacking)
            ulong own = (ulong)first[i] + 1, n1 = i + 1 < len ? (ulong)first[i + 1] + 1 : 0, n2 = i + 2 < len ? (ulong)first[i + 2] + 1 : 0;
            f[n++] = FeatureHash.Mix(60, own);
            f[n++] = FeatureHash.Mix(61, n1);
            f[n++] = FeatureHash.Mix(62, n1, n2);
            f[n++] = FeatureHash.Mix(63, own, n1);
            f[n++] = FeatureHash.Mix(65, own, c.Norm);
            f[n++] = FeatureHash.Mix(66, n1, c.Shape);
            // the rest of the document's reading of this word and its neighbours (1 = not seen elsewhere; 0 = no document
            // around the sentence, as for a sentence coded alone)
            ulong x0 = context is null ? 0 : context[i], xm1 = context is null || i == 0 ? 0 : context[i - 1], xp1 = context is null || i + 1 >= len ? 0 : context[i + 1];
            f[n++] = FeatureHash.Mix(67, x0);
            f[n++] = FeatureHash.Mix(68, x0, own);
            f[n++] = FeatureHash.Mix(69, x0, c.Flags & 1);
            f[n++] = FeatureHash.Mix(71, xm1, x0, xp1);
        }
        return n;
    }

    /// <summary>The features of the classes read before word <paramref name="i"/>, alone and with the word's own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int HistoryFeatures(WordInfo[] w, ulong[] tags, ulong[] marks, int[] classes, int i, Span<ulong> f, bool dropWord, int[]? first, ulong[]? context)
    {
        int n = 0;
        var c = w[i];
        ulong norm = dropWord ? DroppedWord : c.Norm;
        ulong p1 = i > 0 ? (ulong)classes[i - 1] + 1 : 0, p2 = i > 1 ? (ulong)classes[i - 2] + 1 : 0;
        ulong wp1 = i + 1 < w.Length ? w[i + 1].Norm : 2, t0 = tags[i], g0 = marks[i];
        f[n++] = FeatureHash.Mix(22, p1); f[n++] = FeatureHash.Mix(23, p2); f[n++] = FeatureHash.Mix(24, p1, p2);
        f[n++] = FeatureHash.Mix(25, p1, norm); f[n++] = FeatureHash.Mix(26, p1, c.Shape);
        f[n++] = FeatureHash.Mix(31, p1, t0);
        for (int kind = 0; kind < NameLists.Kinds; kind++)
        {
            ulong bits = g0 >> (kind * 4) & 15;
            if (bits != 0) f[n++] = FeatureHash.Mix(42, (ulong)kind, bits, p1);
        }
        f[n++] = FeatureHash.Mix(49, p1, c.Fine);
        f[n++] = FeatureHash.Mix(84, p1, wp1); // the next word after the class just read (version 6)
        if (first is not null)
        {
            ulong own = (ulong)first[i] + 1, n1 = i + 1 < w.Length ? (ulong)first[i + 1] + 1 : 0;
            f[n++] = FeatureHash.Mix(64, p1, own, n1);
            f[n++] = FeatureHash.Mix(70, context is null ? 0 : context[i], p1);
        }
        return n;
    }

    // ---- training and evaluation -------------------------------------------------------------

    sealed record Prepared(WordInfo[] Words, ulong[] Tags, ulong[] Marks, bool Caps, int[] Gold, NerSentence Sentence);

    Prepared Prepare(NerSentence s, PosTagger tagger) => PrepareWith(s, tagger, Names, Clusters);

    static Prepared PrepareWith(NerSentence s, PosTagger tagger, NameLists names, WordClusters clusters)
    {
        var words = WordInfo.OfSentence(s.Words, clusters);
        var x = new string[s.Words.Length];
        tagger.Tag(s.Words, x, new string[s.Words.Length]);
        var marks = new ulong[s.Words.Length];
        names.Mark(s.Words, marks);
        var gold = new int[s.Words.Length];
        foreach (var (st, en, type) in s.Entities)
        {
            int t = Array.IndexOf(Types, type is "GPE" or "LOC" ? "PLACE" : type);
            if (t < 0) continue;
            if (en - st == 1) gold[st] = ClassOf(t, 3);
            else
            {
                gold[st] = ClassOf(t, 0);
                for (int k = st + 1; k < en - 1; k++) gold[k] = ClassOf(t, 1);
                gold[en - 1] = ClassOf(t, 2);
            }
        }
        return new Prepared(words, x.Select(FeatureHash.Of).ToArray(), marks, AllCaps(words), gold, s);
    }

    /// <summary>One recogniser whose two passes are the means of recognisers trained on the same data with different seeds.</summary>
    public static EntityRecognizer Averaged(IReadOnlyList<EntityRecognizer> recognizers)
    {
        var r0 = recognizers[0];
        if (recognizers.Any(r => (r.second is null) != (r0.second is null))) throw new ArgumentException("recognisers differ in their passes");
        var second = r0.second is null ? null : PerceptronModel.Average(recognizers.Select(r => r.second!).ToList());
        return new EntityRecognizer(PerceptronModel.Average(recognizers.Select(r => r.model).ToList()), second, r0.Names, r0.Clusters, r0.BeamWidth);
    }

    /// <summary>The same recogniser without its weights of <paramref name="threshold"/> or less in size (a smaller file).</summary>
    public EntityRecognizer Pruned(float threshold) => new(model.Pruned(threshold), second?.Pruned(threshold), Names, Clusters, BeamWidth);

    /// <summary>Weights of both passes.</summary>
    public int WeightCount => model.WeightCount + (second?.WeightCount ?? 0);

    public sealed record TrainResult(EntityRecognizer Recognizer, double DevF1, int BestEpoch);

    public static TrainResult Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, PosTagger tagger, NameLists names,
        int epochs, int seed, Action<int, double>? progress = null, WordClusters? clusters = null, int folds = 4, int beamWidth = 1)
    {
        if (beamWidth is < 1 or > MaxBeamWidth) throw new ArgumentOutOfRangeException(nameof(beamWidth));
        clusters ??= WordClusters.Empty;
        var data = train.Select(s => PrepareWith(s, tagger, names, clusters)).ToList();
        var devData = dev?.Select(s => PrepareWith(s, tagger, names, clusters)).ToList();
        // first pass, the epoch picked on dev
        var firstPass = TrainPass(data, null, null, epochs, seed, devData is null ? null : m => new EntityRecognizer(m, null, names, clusters, beamWidth).Score(devData).F1,
            (e, f1) => progress?.Invoke(e, f1), beamWidth);
        if (folds < 2) return new TrainResult(new EntityRecognizer(firstPass.Model, null, names, clusters, beamWidth), firstPass.DevF1, firstPass.BestEpoch);
        // the first pass's classes on the training data come from models that did not see it (jackknife), so the second
        // pass learns how far to trust them on new text
        var jack = new int[data.Count][];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var rest = data.Where((_, j) => j % folds != k).ToList();
            var fold = TrainPass(rest, null, null, firstPass.BestEpoch, seed + k + 1, null, null, beamWidth).Model;
            var r = new EntityRecognizer(fold, null, names, clusters, beamWidth);
            for (int j = k; j < data.Count; j += folds)
            {
                var classes = new int[data[j].Words.Length];
                r.Predict(data[j].Words, data[j].Tags, data[j].Marks, data[j].Caps, classes);
                jack[j] = classes;
            }
        });
        // and what the rest of the "document" (neighbouring sentences: GMB keeps no document boundaries) made of each word
        var contexts = DocumentMemory.OfWindows(data.Select((d, j) => (d.Words, jack[j])).ToList());
        var stacked = TrainPass(data, jack, contexts, epochs, seed, devData is null ? null : m => new EntityRecognizer(firstPass.Model, m, names, clusters, beamWidth).Score(devData).F1,
            (e, f1) => progress?.Invoke(epochs + e, f1), beamWidth);
        var ner = new EntityRecognizer(firstPass.Model, stacked.Model, names, clusters, beamWidth);
        return new TrainResult(ner, stacked.DevF1, stacked.BestEpoch);
    }

    sealed record PassResult(PerceptronModel Model, double DevF1, int BestEpoch);

    /// <summary>One pass's averaged perceptron, the epoch with the best dev score (or the last, without one). With a beam wider
    /// than one, each sentence is read with the beam and the weights updated early (Collins &amp; Roark 2004): where the gold
    /// sequence falls out of the beam, towards it and away from the beam's best.</summary>
    static PassResult TrainPass(List<Prepared> data, int[][]? first, ulong[][]? contexts, int epochs, int seed, Func<PerceptronModel, double>? devScore, Action<int, double>? progress, int width = 1)
    {
        var trainer = new PerceptronTrainer(Classes);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var feats = new ulong[MaxFeatures];
        var scores = new float[Classes];
        PassResult? best = null;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var idx in order)
            {
                var ex = data[idx];
                bool noDocument = contexts is not null && rng.NextDouble() < DocumentDropout;
                var context = noDocument ? null : contexts?[idx];
                if (width > 1)
                {
                    var drop = new bool[ex.Words.Length];
                    for (int i = 0; i < drop.Length; i++) drop[i] = rng.NextDouble() < WordDropout;
                    TrainBeamSentence(trainer, ex, first?[idx], context, drop, width, feats, scores);
                    continue;
                }
                var guessed = new int[ex.Words.Length];
                for (int i = 0; i < ex.Words.Length; i++)
                {
                    int nf = Features(ex.Words, ex.Tags, ex.Marks, ex.Caps, guessed, i, feats, rng.NextDouble() < WordDropout, first?[idx], context);
                    trainer.Score(feats.AsSpan(0, nf), scores);
                    int guess = Decide(guessed, i, scores, i == ex.Words.Length - 1);
                    trainer.Update(feats.AsSpan(0, nf), ex.Gold[i], PosTagger.ArgMax(scores));
                    trainer.Tick();
                    guessed[i] = guess;
                }
            }
            var model = trainer.Freeze(0.001f);
            if (devScore is null) { best = new PassResult(model, double.NaN, epoch); progress?.Invoke(epoch, double.NaN); continue; }
            var f1 = devScore(model);
            progress?.Invoke(epoch, f1);
            if (best is null || f1 > best.DevF1) best = new PassResult(model, f1, epoch);
        }
        return best!;
    }

    /// <summary>One sentence read with the beam, updated early where the gold sequence falls out, or at the end where the
    /// beam's best is not gold.</summary>
    static void TrainBeamSentence(PerceptronTrainer trainer, Prepared ex, int[]? first, ulong[]? context, bool[] drop, int width, ulong[] feats, float[] scores)
    {
        int n = ex.Words.Length;
        var beam = Beam.For(width, n);
        var wordScores = new float[Classes];
        for (int i = 0; i < n; i++)
        {
            beam.Open();
            trainer.Score(feats.AsSpan(0, WordFeatures(ex.Words, ex.Tags, ex.Marks, ex.Caps, i, feats, drop[i], first, context)), wordScores);
            for (int b = 0; b < beam.Count; b++)
            {
                var history = beam.History(b);
                wordScores.CopyTo(scores, 0);
                trainer.AddScores(feats.AsSpan(0, HistoryFeatures(ex.Words, ex.Tags, ex.Marks, history, i, feats, drop[i], first, context)), scores);
                beam.OfferAll(b, i > 0 ? history[i - 1] : 0, scores, i == n - 1, beam.IsGold(b), ex.Gold[i]);
            }
            beam.Close(i);
            trainer.Tick();
            if (!beam.HoldsGold()) { Update(i + 1, beam.History(0)); return; }
        }
        if (n > 0 && !beam.IsGold(0)) Update(n, beam.History(0));

        void Update(int upto, int[] guessed)
        {
            int from = 0;
            while (from < upto && guessed[from] == ex.Gold[from]) from++; // (a shared prefix adds and takes away the same)
            for (int k = from; k < upto; k++)
            {
                int nf = Features(ex.Words, ex.Tags, ex.Marks, ex.Caps, ex.Gold, k, feats, drop[k], first, context);
                trainer.Add(feats.AsSpan(0, nf), ex.Gold[k], +1);
                nf = Features(ex.Words, ex.Tags, ex.Marks, ex.Caps, guessed, k, feats, drop[k], first, context);
                trainer.Add(feats.AsSpan(0, nf), guessed[k], -1);
            }
        }
    }

    /// <summary>Each sentence's gold spans and the spans read, the corpus's sentences read as a document would be.</summary>
    List<NerReading> Read(IEnumerable<Prepared> sentences)
    {
        var data = sentences.ToList();
        var predicted = new int[data.Count][];
        for (int j = 0; j < data.Count; j++)
        {
            var ex = data[j];
            predicted[j] = new int[ex.Words.Length];
            Run(model, ex.Words, ex.Tags, ex.Marks, ex.Caps, predicted[j], null, null);
        }
        if (second is not null)
        {
            var contexts = DocumentMemory.OfWindows(data.Select((d, j) => (d.Words, predicted[j])).ToList());
            for (int j = 0; j < data.Count; j++)
            {
                var ex = data[j];
                var firstPass = (int[])predicted[j].Clone();
                Run(second, ex.Words, ex.Tags, ex.Marks, ex.Caps, predicted[j], firstPass, contexts[j]);
            }
        }
        var result = new List<NerReading>(data.Count);
        for (int j = 0; j < data.Count; j++)
        {
            var ex = data[j];
            var words = ex.Sentence.Words;
            var gold = ex.Sentence.Entities.Where(e => e.Type != "O").Select(e => (e.Start, e.End, e.Type == "GPE" || e.Type == "LOC" ? PlaceType("PLACE", e.Start, e.End, i => words[i]) : e.Type)).ToList();
            result.Add(new NerReading(gold, FinalSpans(predicted[j], ex.Marks, Names.CuratedOrganisations(words.Length, i => words[i]), i => words[i])));
        }
        // a corpus without document boundaries: each sentence's document is the sentences around it, as for the second pass;
        // each sentence's surnames and organisation words are read once
        var ownSurnames = new List<string>[data.Count];
        var ownOrganisationWords = new List<string>[data.Count];
        for (int j = 0; j < data.Count; j++)
        {
            var words = data[j].Sentence.Words;
            AddSurnames(result[j].Found, i => words[i], ownSurnames[j] = [], ownOrganisationWords[j] = []);
        }
        HashSet<string> surnames = new(StringComparer.Ordinal), organisationWords = new(StringComparer.Ordinal);
        for (int j = 0; j < data.Count; j++)
        {
            surnames.Clear();
            organisationWords.Clear();
            for (int k = Math.Max(0, j - DocumentMemory.CorpusWindow); k <= Math.Min(data.Count - 1, j + DocumentMemory.CorpusWindow); k++)
            {
                surnames.UnionWith(ownSurnames[k]);
                organisationWords.UnionWith(ownOrganisationWords[k]);
            }
            var words = data[j].Sentence.Words;
            SurnamesNamePeople(result[j].Found, i => words[i], surnames, organisationWords);
        }
        return result;
    }

    PrfScore Score(IEnumerable<Prepared> sentences) => Score(Read(sentences), null);

    static PrfScore Score(IEnumerable<NerReading> readings, Dictionary<string, PrfScore>? byType)
    {
        var total = new PrfScore();
        foreach (var (gold, found) in readings)
        {
            total += PrfScore.Of(gold, found);
            if (byType is null) continue;
            foreach (var type in gold.Select(g => g.Type).Concat(found.Select(f => f.Type)).Distinct())
                byType[type] = byType.GetValueOrDefault(type) + PrfScore.Of(gold.Where(g => g.Type == type), found.Where(f => f.Type == type));
        }
        return total;
    }

    /// <summary>Entities of a pre-tokenised sentence, as spans over its word indices.</summary>
    public List<(int Start, int End, string Type)> RecogniseWords(string[] words, PosTagger tagger)
    {
        var ex = Prepare(new NerSentence(words, []), tagger);
        var classes = new int[words.Length];
        Predict(ex.Words, ex.Tags, ex.Marks, ex.Caps, classes);
        return FinalSpans(classes, ex.Marks, Names.CuratedOrganisations(words.Length, i => words[i]), i => words[i]);
    }

    /// <summary>Gold spans of a corpus sentence with places typed the way the recogniser types them (GPE when the gazetteer knows the span).</summary>
    public List<(int Start, int End, string Type)> GoldSpans(NerSentence s) =>
        s.Entities.Select(e => (e.Start, e.End, e.Type is "GPE" or "LOC" ? PlaceType("PLACE", e.Start, e.End, i => s.Words[i]) : e.Type)).ToList();

    /// <summary>Entity-level exact-match precision, recall and F1 (type and span must both match).</summary>
    public PrfScore Evaluate(IReadOnlyList<NerSentence> test, PosTagger tagger) => Score(test.Select(s => Prepare(s, tagger)));

    /// <summary>As <see cref="Evaluate(IReadOnlyList{NerSentence}, PosTagger)"/>, with the score of each entity type and each
    /// sentence's reading (gold spans and spans found, for error listings).</summary>
    public PrfScore Evaluate(IReadOnlyList<NerSentence> test, PosTagger tagger, out SortedDictionary<string, PrfScore> byType, out List<NerReading> readings)
    {
        var types = new Dictionary<string, PrfScore>();
        readings = Read(test.Select(s => Prepare(s, tagger)));
        var total = Score(readings, types);
        byType = new SortedDictionary<string, PrfScore>(types, StringComparer.Ordinal);
        return total;
    }

    public void Save(string path) => ModelFile.Save(path, Kind, Version, bw =>
    {
        Names.Write(bw); Clusters.Write(bw); model.Write(bw);
        bw.Write(second is not null);
        second?.Write(bw);
        bw.Write(BeamWidth);
    });

    /// <summary>Reads versions 5 to 7. Versions 5 and 6 differ only in the features their weights were trained on: a feature
    /// a model never saw weighs nothing, so a version-5 model reads as it always did (a version-6 model in an older build
    /// would not). Version 7 adds the beam width, after the weights; older files read greedily.</summary>
    public static EntityRecognizer Load(string path) => ModelFile.Load(path, Kind, 5, Version, (br, version) =>
    {
        var names = NameLists.Read(br);
        var clusters = WordClusters.Read(br);
        var model = PerceptronModel.Read(br);
        var second = br.ReadBoolean() ? PerceptronModel.Read(br) : null;
        if (model.Classes != Classes || second is { } m && m.Classes != Classes) throw new InvalidDataException("weights do not match the entity classes");
        int beamWidth = version >= 7 ? br.ReadInt32() : 1;
        if (beamWidth is < 1 or > MaxBeamWidth) throw new InvalidDataException($"beam width {beamWidth} out of range");
        return new EntityRecognizer(model, second, names, clusters, beamWidth);
    });
}

/// <summary>
/// Reader for the GMB NER extract (Kaggle "entity-annotated-corpus" ner_dataset.csv, Windows-1252):
/// columns "Sentence #,Word,POS,Tag" with IOB tags. Types are mapped to ours: geo → GPE/LOC (a place;
/// GPE when the gazetteer knows it), gpe → NORP, per → PERSON, org → ORG, tim → DATE, eve → EVENT;
/// art and nat are left out (few, inconsistent).
/// </summary>
public static class GmbCorpus
{
    public static List<NerSentence> Read(string path) =>
        NotEmpty(Sentences(path).Select(rows => Build(rows.Select(r => r.Word).ToList(), rows.Select(r => r.Tag).ToList())).ToList(), path);

    /// <summary>The corpus's sentences as written, with its PTB part-of-speech column (automatic tags, not checked by hand).</summary>
    public static List<(string[] Words, string[] Xpos)> ReadTagged(string path) =>
        NotEmpty(Sentences(path).Select(rows => (rows.Select(r => r.Word).ToArray(), rows.Select(r => r.Pos).ToArray())).ToList(), path);

    static List<T> NotEmpty<T>(List<T> sentences, string path) =>
        sentences.Count > 0 ? sentences : throw new InvalidDataException($"{path}: no sentences after the header");

    /// <summary>The rows of each sentence (a row whose first column says "Sentence:" opens one).</summary>
    static IEnumerable<List<(string Word, string Pos, string Tag)>> Sentences(string path)
    {
        var rows = new List<(string, string, string)>();
        foreach (var (first, word, pos, tag) in Rows(path))
        {
            if (first && rows.Count > 0) { yield return rows; rows = []; }
            rows.Add((word, pos, tag));
        }
        if (rows.Count > 0) yield return rows;
    }

    /// <summary>Whether a file starts with the GMB extract's header.</summary>
    public static bool IsGmbFile(string path)
    {
        if (!File.Exists(path)) return false;
        using var reader = new StreamReader(path);
        return reader.ReadLine()?.StartsWith("Sentence #,Word,POS,Tag") == true;
    }

    static IEnumerable<(bool First, string Word, string Pos, string Tag)> Rows(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"NER corpus not found: {path}", path);
        var enc = CodePagesEncoding();
        int lineNo = 0;
        using var reader = new StreamReader(path, enc);
        var header = reader.ReadLine();
        lineNo++;
        if (header is null || !header.StartsWith("Sentence #,Word,POS,Tag"))
            throw new InvalidDataException($"{path}:1: not a GMB ner_dataset.csv (expected the header 'Sentence #,Word,POS,Tag')");
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            var f = CsvLine.Split(line);
            if (f.Count != 4) throw new InvalidDataException($"{path}:{lineNo}: expected 4 columns, found {f.Count}");
            yield return (f[0].StartsWith("Sentence:"), f[1], f[2], f[3]);
        }
    }

    static Encoding CodePagesEncoding()
    {
        try { return Encoding.GetEncoding(1252); }
        catch (NotSupportedException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>GMB keeps "al-Maliki" and "state-run" whole; our tokenizer splits them (UD style). Words are re-tokenized
    /// the way the pipeline will see them, labels following their word.</summary>
    static NerSentence Build(List<string> rawWords, List<string> rawTags)
    {
        var words = new List<string>(rawWords.Count);
        var tags = new List<string>(rawTags.Count);
        for (int i = 0; i < rawWords.Count; i++)
        {
            var parts = Tokenizer.Tokenize(rawWords[i]);
            if (parts.Count <= 1 || IsClitic(rawWords[i])) { words.Add(rawWords[i]); tags.Add(rawTags[i]); continue; }
            for (int k = 0; k < parts.Count; k++)
            {
                words.Add(rawWords[i][parts[k].Start..parts[k].End]);
                tags.Add(k == 0 || rawTags[i] == "O" ? rawTags[i] : "I-" + rawTags[i][2..]);
            }
        }

        var entities = new List<(int, int, string)>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!tags[i].StartsWith("B-") && !(tags[i].StartsWith("I-") && (i == 0 || tags[i - 1] == "O"))) continue;
            var t = tags[i][2..];
            int e = i + 1;
            while (e < words.Count && tags[e] == "I-" + t) e++;
            var mapped = t switch { "geo" => "GPE", "gpe" => "NORP", "per" => "PERSON", "org" => "ORG", "tim" => "DATE", "eve" => "EVENT", _ => null };
            if (mapped is not null) entities.Add((i, e, mapped));
            i = e - 1;
        }
        return new NerSentence(words.ToArray(), entities.ToArray());
    }

    /// <summary>GMB's "'s" is a word of its own, as ours is after a name ("Iraq's" → Iraq 's); alone, the tokenizer would
    /// split it into ' and s, which the pipeline never produces. A word is a clitic when it stays whole after a letter.</summary>
    static bool IsClitic(string word)
    {
        if (word.Length < 2 || word[0] is not ('\'' or '’')) return false;
        var parts = Tokenizer.Tokenize("X" + word);
        return parts.Count == 2 && parts[1].Start == 1 && parts[1].End == word.Length + 1;
    }

    /// <summary>The split by position: the last tenth of the sentences is the test set.</summary>
    public static (List<T> Train, List<T> Test) SplitByPosition<T>(List<T> all)
    {
        int cut = all.Count - all.Count / 10;
        return (all.Take(cut).ToList(), all.Skip(cut).ToList());
    }
}
