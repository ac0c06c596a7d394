using System.Runtime.CompilerServices;
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
    public bool Punctuation; // punctuation marks and symbols only
    public ulong Coarse, Fine; // distributional word classes (0 = unknown word)

    /// <summary>The word's length in characters, capped at 8 (kept in <see cref="Flags"/>).</summary>
    public readonly int CappedLength => (int)(Flags >> 5);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordInfo Of(ReadOnlySpan<char> w, bool first, WordClusters? clusters = null)
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
        bool digit = false, hyphen = false, punctuation = w.Length > 0;
        foreach (var c in w)
        {
            if (!char.IsPunctuation(c) && !char.IsSymbol(c)) punctuation = false;
            if (char.IsLower(c)) allCaps = false;
            if (char.IsDigit(c)) digit = true;
            if (c == '-') hyphen = true;
        }
        info.Upper = upper;
        info.Punctuation = punctuation;
        if (clusters is not null) (info.Coarse, info.Fine) = clusters.Of(info.Norm);
        info.Flags = (upper ? 1UL : 0) | (allCaps ? 2UL : 0) | (digit ? 4UL : 0) | (hyphen ? 8UL : 0) | (first ? 16UL : 0) | ((ulong)Math.Min(w.Length, 8) << 5);
        return info;
    }

    public static WordInfo[] OfSentence(IReadOnlyList<string> forms, WordClusters? clusters = null)
    {
        var infos = new WordInfo[forms.Count];
        for (int i = 0; i < infos.Length; i++) infos[i] = Of(forms[i], i == 0, clusters);
        return infos;
    }

    public static WordInfo[] OfTokens(string text, Token[] tokens, int first, int end, WordClusters? clusters = null)
    {
        var infos = new WordInfo[end - first];
        for (int i = first; i < end; i++) infos[i - first] = Of(text.AsSpan(tokens[i].Start, tokens[i].Length), i == first, clusters);
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
    public const int Version = 5;
    const int MaxFeatures = 56;

    readonly PerceptronModel model;
    /// <summary>Second pass: the same features plus the first pass's tags to the right (stacking), or null.</summary>
    readonly PerceptronModel? second;
    /// <summary>The same two passes trained on the sentences read right to left, or null. Each word's tag is the best of
    /// the two directions' summed scores: what follows a word tells as much about it as what precedes it.</summary>
    readonly PerceptronModel? backward, backwardSecond;
    readonly bool[] finite;                            // per class: a finite verb or modal (VBD VBZ VBP MD)
    readonly bool[] auxiliary;
    readonly int vbdClass, vbnClass, vbClass, vbzClass, nnClass, nnsClass, nnpClass, rbClass, hyphClass;
    readonly string[] xpos, upos;                      // per class
    readonly FrozenDictionary<ulong, int> tagDict;     // Raw word hash → class
    public Lemmatizer Lemmatizer { get; }
    public WordClusters Clusters { get; }
    public TagLexicon Lexicon { get; }

    PosTagger(PerceptronModel model, PerceptronModel? second, string[] xpos, string[] upos, FrozenDictionary<ulong, int> tagDict, Lemmatizer lemmatizer,
        WordClusters clusters, TagLexicon lexicon, PerceptronModel? backward = null, PerceptronModel? backwardSecond = null)
    {
        Clusters = clusters;
        Lexicon = lexicon;
        this.model = model;
        this.second = second;
        this.backward = backward;
        this.backwardSecond = backwardSecond;
        finite = xpos.Select(x => x is "VBD" or "VBZ" or "VBP" or "MD").ToArray();
        auxiliary = upos.Select(u => u is "AUX").ToArray();
        vbdClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "VBD" && upos[c] == "VERB", -1);
        vbnClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "VBN" && upos[c] == "VERB", -1);
        vbClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "VB" && upos[c] == "VERB", -1);
        vbzClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "VBZ" && upos[c] == "VERB", -1);
        nnpClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "NNP" && upos[c] == "PROPN", -1);
        nnClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "NN" && upos[c] == "NOUN", -1);
        nnsClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "NNS" && upos[c] == "NOUN", -1);
        rbClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "RB" && upos[c] == "ADV", -1);
        hyphClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "HYPH" && upos[c] == "PUNCT", -1);
        this.xpos = xpos;
        this.upos = upos;
        this.tagDict = tagDict;
        Lemmatizer = lemmatizer;
    }

    public int ClassCount => xpos.Length;
    /// <summary>Whether the tagger also reads each sentence right to left.</summary>
    public bool Bidirectional => backward is not null;
    public string Xpos(int cls) => xpos[cls];
    public string Upos(int cls) => upos[cls];

    /// <summary>Tags tokens [first, end) of a document in place (Upos, Xpos, Lemma).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Tag(string text, Token[] tokens, int first, int end)
    {
        var words = WordInfo.OfTokens(text, tokens, first, end, Clusters);
        var classes = new int[words.Length];
        Predict(words, classes);
        // "an explosives-laden vehicle": a hyphen with a word touching it on both sides joins the words (HYPH), whatever
        // the model made of it; it is no dash between clauses (the text's spacing says so; a treebank's words do not)
        if (hyphClass >= 0)
            for (int i = first + 1; i + 1 < end; i++)
                if (tokens[i].Length == 1 && text[tokens[i].Start] == '-' && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start
                    && char.IsLetter(text[tokens[i].Start - 1]) && char.IsLetter(text[tokens[i].End]))
                    classes[i - first] = hyphClass;
        for (int i = first; i < end; i++)
        {
            int c = classes[i - first];
            tokens[i].Xpos = xpos[c];
            tokens[i].Upos = upos[c];
            tokens[i].Lemma = Lemmatizer.Lemma(text.AsSpan(tokens[i].Start, tokens[i].Length), xpos[c]);
        }
    }

    /// <summary>Predicts classes for a sentence of precomputed words (two passes when the model has a second one; both
    /// directions when it has a backward model).</summary>
    public void Predict(WordInfo[] words, int[] classes)
    {
        if (backward is null) PredictDirection(model, second, words, Lexicon.Of(words), classes, default);
        else PredictBothDirections(words, classes);
        RepairMainVerb(words, classes);
        RepairReportedClause(words, classes);
        RepairInitialName(words, classes);
        RepairAfterModal(words, classes);
        RepairArticleNoun(words, classes);
        RepairParticipleWithObject(words, classes);
        RepairIntransitivePast(words, classes);
        RepairReportingVerb(words, classes);
        RepairBareVerbAfterPast(words, classes);
        RepairReducedRelative(words, classes);
        RepairNameParticles(words, classes);
        RepairPassiveAfterBe(words, classes);
        RepairOvernight(words, classes);
        RepairSubjunctive(words, classes);
        RepairFrenchParticle(words, classes);
        RepairLettersReadAsNumber(words, classes);
        RepairShotDead(words, classes);
        RepairBatonCharge(words, classes);
        RepairNounAfterThat(words, classes);
        RepairArticleAdjectiveAtEnd(words, classes);
        RepairAcronymAdjective(words, classes);
        RepairVerbOfReportedClause(words, classes);
        RepairImpossibleParticiple(words, classes);
        RepairClauseBeforeAttribution(words, classes);
        RepairPossessedAdjective(words, classes);
    }

    /// <summary>
    /// "Pakistan's military did not comment": a word after a possessive "'s" and right before a finite verb heads the
    /// subject, so it is a noun, never an adjective (EWT train and dev: nouns 80 times in 85, adjectives never); the
    /// adjective had left the sentence without a subject.
    /// </summary>
    void RepairPossessedAdjective(WordInfo[] words, int[] classes)
    {
        if (nnClass < 0) return;
        for (int i = 1; i + 1 < words.Length; i++)
            if (xpos[classes[i]] == "JJ" && xpos[classes[i - 1]] == "POS" && (finite[classes[i + 1]] || xpos[classes[i + 1]] == "MD"))
                if (Retag(words, classes, i, c => xpos[c] is "NN" or "NNS" or "NNP") is var best && best >= 0) classes[i] = best;
    }

    /// <summary>
    /// "Afghan border forces later fired at several Pakistani checkposts, the Taliban's defence ministry said": the
    /// clause before a closing attribution is what was said and needs a finite verb. When it has none, a participle
    /// right after its opening noun phrase (an adverb may come between) is that verb (VBD), also before a preposition,
    /// which <see cref="RepairReportedClause"/> leaves alone. Not before "by": "posts struck by jets" stays passive.
    /// </summary>
    void RepairClauseBeforeAttribution(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0 || vbnClass < 0) return;
        int comma = 0;
        while (comma < classes.Length && xpos[classes[comma]] != ",") comma++;
        if (comma + 2 >= classes.Length) return;
        // after the comma: the attribution's subject, then its verb of saying
        int k = comma + 1;
        bool noun = false;
        while (k < classes.Length && xpos[classes[k]] is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "PRP")
        {
            noun |= xpos[classes[k]] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP";
            k++;
        }
        if (!noun || k >= classes.Length || !finite[classes[k]] || Array.IndexOf(SayingVerbs, words[k].Norm) < 0) return;
        int i = 0;
        while (i < comma && xpos[classes[i]] is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "POS" or "HYPH") i++;
        if (i == 0 || i >= comma || xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS")) return;
        if (xpos[classes[i]] is "RB" or "RBR" && i + 1 < comma) i++;
        if (classes[i] != vbnClass || words[i].Upper || i + 1 >= comma || words[i + 1].Norm == ByWord) return;
        for (int j = i + 1; j < comma; j++)
            if (finite[classes[j]] || auxiliary[classes[j]]) return;
        classes[i] = vbdClass;
    }

    static readonly ulong ByWord = FeatureHash.OfNormalised("by");

    static readonly ulong SWord = FeatureHash.OfNormalised("s");

    /// <summary>
    /// "told Geo News that talks with the TTP were out of the question": after "that" opening a clause (IN), an -s word
    /// read as a verb is the clause's plural subject when the clause's own verb comes later (EWT tags all 26 such words
    /// NNS: "announced that bombings had declined"). A relative "that" with its verb ("the group that claims …") has no
    /// second verb in its clause and is left alone.
    /// </summary>
    void RepairNounAfterThat(WordInfo[] words, int[] classes)
    {
        if (nnsClass < 0) return;
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (classes[i] != vbzClass || words[i - 1].Norm != ThatWord || xpos[classes[i - 1]] != "IN" || words[i].Upper || words[i].Suf1 != SWord) continue;
            // (after a verb or a noun: "…, that means it is fertilized" has a demonstrative "that")
            if (i < 2 || !(xpos[classes[i - 2]].StartsWith('V') || xpos[classes[i - 2]].StartsWith("NN"))) continue;
            for (int j = i + 1; j < words.Length; j++)
            {
                var xj = xpos[classes[j]];
                if (xj is "," or ":" or "." || Array.IndexOf(ClauseOpeners, words[j].Norm) >= 0 || words[j].Norm == ThatWord) break;
                if (finite[classes[j]] || auxiliary[classes[j]]) { classes[i] = nnsClass; break; }
            }
        }
    }

    static readonly ulong ShotWord = FeatureHash.OfNormalised("shot"), DeadWord = FeatureHash.OfNormalised("dead"), AndWord = FeatureHash.OfNormalised("and"),
        DownWord = FeatureHash.OfNormalised("down");

    /// <summary>
    /// "were offloaded from a bus and shot dead by gunmen": "shot dead" is a killing, never a noun, wherever the tagger
    /// lost the verb. A participle after a form of "be", or after "and" in a sentence whose verb so far is a passive
    /// participle; else a past verb ("Gunmen shot dead two policemen"). So is "shot down" before what was shot down,
    /// after a subject ("The Pakistan Air Force shot down five Indian jets", where the tagger read "Force shot" as a noun;
    /// not "a shot down the middle").
    /// </summary>
    void RepairShotDead(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0 || vbnClass < 0) return;
        for (int i = 0; i + 1 < words.Length; i++)
        {
            bool down = words[i].Norm == ShotWord && words[i + 1].Norm == DownWord && i > 0 && i + 2 < words.Length
                && xpos[classes[i - 1]] is "NNP" or "NNPS" or "NNS" or "NN" or "PRP" && xpos[classes[i + 2]] is "DT" or "CD" or "JJ" or "NNP" or "PRP$" or "NNS";
            if (words[i].Norm != ShotWord || words[i + 1].Norm != DeadWord && !down || xpos[classes[i]] is not ("NN" or "NNS" or "JJ")) continue;
            bool passive = i > 0 && Array.IndexOf(BeForms, words[i - 1].Norm) >= 0;
            if (!passive && i > 0 && words[i - 1].Norm == AndWord)
                for (int k = i - 2; k >= 0 && !passive; k--)
                    if (xpos[classes[k]] is "VBN" && k > 0 && Array.IndexOf(BeForms, words[k - 1].Norm) >= 0) passive = true;
                    else if (xpos[classes[k]] is "VBD" or "VBZ" or "VBP") break;
            classes[i] = passive ? vbnClass : vbdClass;
        }
    }

    static readonly ulong[] ChargeWeapons = Hashes("baton", "lathi", "cane");
    static readonly ulong ChargedWord = FeatureHash.OfNormalised("charged"), ChargesWord = FeatureHash.OfNormalised("charges");

    /// <summary>
    /// "Police baton-charged PTI workers", "protesters were lathi-charged": South Asian English's verb for beating a crowd
    /// back with sticks. After a subject the tagger read "baton" rightly as a noun, but "charged" as a participle modifying the
    /// object; it is the clause's verb (a participle after a form of "be"), the weapon a noun before it.
    /// </summary>
    void RepairBatonCharge(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0 || vbnClass < 0 || vbzClass < 0 || nnClass < 0) return;
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (Array.IndexOf(ChargeWeapons, words[i].Norm) < 0) continue;
            int c = i + 1 < words.Length && xpos[classes[i + 1]] == "HYPH" ? i + 2 : i + 1;
            if (c >= words.Length || words[c].Norm != ChargedWord && words[c].Norm != ChargesWord) continue;
            // (after a subject or a form of "be", not inside a noun phrase: "a baton charge" stays a noun)
            bool passive = Array.IndexOf(BeForms, words[i - 1].Norm) >= 0;
            if (!passive && xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP")) continue;
            classes[i] = nnClass;
            classes[c] = words[c].Norm == ChargesWord ? vbzClass : passive ? vbnClass : vbdClass;
        }
    }

    /// <summary>Roman numerals from I to MMMCMXCIX ("World War II", "Henry VIII"), which are numbers in capitals.</summary>
    static readonly FrozenSet<ulong> RomanNumerals = Enumerable.Range(1, 3999).Select(n =>
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (value, numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            for (; n >= value; n -= value) sb.Append(numeral);
        return FeatureHash.Of(sb.ToString());
    }).ToFrozenSet();

    /// <summary>Number words, which shouting text writes in capitals ("I HAVE TWO DOGS").</summary>
    static readonly FrozenSet<ulong> NumberWords = new[] { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens" }
        .Select(w => FeatureHash.OfNormalised(w)).ToFrozenSet();

    /// <summary>
    /// "killed 5 TTP militants": a word of capital letters after a number was read as part of it (CD). Letters in capitals
    /// are a name (an acronym), unless they are a Roman numeral or a number word.
    /// </summary>
    void RepairLettersReadAsNumber(WordInfo[] words, int[] classes)
    {
        if (nnpClass < 0) return;
        for (int i = 0; i < classes.Length; i++)
        {
            var w = words[i];
            if (xpos[classes[i]] != "CD" || (w.Flags & 2) == 0 || (w.Flags & 4) != 0 || w.CappedLength < 2 || w.Punctuation) continue;
            if (RomanNumerals.Contains(w.Raw) || NumberWords.Contains(w.Norm)) continue;
            classes[i] = nnpClass;
        }
    }

    static readonly ulong[] FrenchParticles = [FeatureHash.OfNormalised("d'"), FeatureHash.OfNormalised("d’")];

    /// <summary>
    /// "summoned Afghanistan's charge d'affaires", "Côte d'Ivoire": a word glued to the French "d'" continues the noun before
    /// it (a noun, as that one is), whatever the model made of it ("d'affaires" read as a verb broke the sentence's parse).
    /// </summary>
    void RepairFrenchParticle(WordInfo[] words, int[] classes)
    {
        if (nnClass < 0 || nnpClass < 0) return;
        for (int i = 1; i < classes.Length; i++)
        {
            if (Array.IndexOf(FrenchParticles, words[i].Pre2) < 0 || words[i].CappedLength < 3) continue;
            var before = xpos[classes[i - 1]];
            if (before is "NN" or "NNS") classes[i] = nnClass;
            else if (before is "NNP" or "NNPS") classes[i] = nnpClass;
        }
    }

    /// <summary>One direction's passes over the words as given; with <paramref name="scores"/> (words × classes), the last
    /// pass's scores of each word are kept.</summary>
    void PredictDirection(PerceptronModel first, PerceptronModel? stacked, WordInfo[] words, ulong[]? lex, int[] classes, Span<float> scores)
    {
        Pass(first, words, lex, classes, null, stacked is null ? scores : default);
        if (stacked is null) return;
        var firstPass = (int[])classes.Clone();
        Pass(stacked, words, lex, classes, firstPass, scores);
    }

    /// <summary>Both directions' passes, then each word's class by their summed scores (a word of the tag dictionary keeps its
    /// class). The backward model reads the sentence reversed, as it was trained.</summary>
    void PredictBothDirections(WordInfo[] words, int[] classes)
    {
        int n = words.Length, k = xpos.Length;
        if (n == 0) return;
        var pool = System.Buffers.ArrayPool<float>.Shared;
        var forward = pool.Rent(n * k);
        var reverse = pool.Rent(n * k);
        try
        {
            PredictDirection(model, second, words, Lexicon.Of(words), classes, forward.AsSpan(0, n * k));
            PredictRightToLeft(words, new int[n], reverse.AsSpan(0, n * k));
            for (int i = 0; i < n; i++)
            {
                if (tagDict.TryGetValue(words[i].Raw, out var known)) { classes[i] = known; continue; }
                var f = forward.AsSpan(i * k, k);
                var b = reverse.AsSpan((n - 1 - i) * k, k);
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float sc = f[c] + b[c];
                    if (sc > bestScore) { bestScore = sc; best = c; }
                }
                classes[i] = best;
            }
        }
        finally
        {
            pool.Return(forward);
            pool.Return(reverse);
        }
    }

    /// <summary>One direction's reading alone, without the repairs (to compare the directions); classes in sentence order.</summary>
    internal void PredictOneWay(WordInfo[] words, int[] classes, bool rightToLeft)
    {
        if (!rightToLeft) { PredictDirection(model, second, words, Lexicon.Of(words), classes, default); return; }
        if (backward is null) throw new InvalidOperationException("the tagger reads left to right only");
        var reversedClasses = new int[words.Length];
        PredictRightToLeft(words, reversedClasses, default);
        for (int i = 0; i < words.Length; i++) classes[i] = reversedClasses[words.Length - 1 - i];
    }

    /// <summary>The right-to-left passes over the words reversed, as they were trained; classes and scores in reversed order.</summary>
    void PredictRightToLeft(WordInfo[] words, int[] reversedClasses, Span<float> scores)
    {
        var reversed = Reversed(words);
        PredictDirection(backward!, backwardSecond, reversed, Lexicon.Of(reversed), reversedClasses, scores);
    }

    /// <summary>The sentence's words right to left, as <see cref="WordInfo.OfSentence"/> would make them of the reversed
    /// words (the first-word flag moves to the new first word).</summary>
    static WordInfo[] Reversed(WordInfo[] words)
    {
        var r = new WordInfo[words.Length];
        for (int i = 0; i < words.Length; i++) r[i] = words[words.Length - 1 - i];
        for (int i = 0; i < r.Length; i++) r[i].Flags = i == 0 ? r[i].Flags | 16UL : r[i].Flags & ~16UL;
        return r;
    }

    static readonly ulong[] DemandVerbs = Hashes("demand", "demanded", "demands", "demanding", "urge", "urged", "urges", "insist", "insisted",
        "insists", "ask", "asked", "asks", "propose", "proposed", "request", "requested", "recommend", "recommended", "suggest", "suggested",
        "require", "required", "order", "ordered", "stipulate", "stipulated");

    /// <summary>
    /// "Pakistan demanded that Kabul rein in the TTP", "urged that the government release the prisoners": after a demand and
    /// "that", the clause's verb is a bare form (the subjunctive), which the tagger, seeing a name or a noun phrase before
    /// it, reads as a noun. A noun or present form right after the clause's subject, before a preposition, determiner or
    /// particle, is that verb (VB).
    /// </summary>
    void RepairSubjunctive(WordInfo[] words, int[] classes)
    {
        if (vbClass < 0) return;
        for (int t = 1; t + 2 < classes.Length; t++)
        {
            if (words[t].Norm != ThatWord || Array.IndexOf(DemandVerbs, words[t - 1].Norm) < 0) continue;
            // the verb: the first noun or present form, within five words, right after a subject (determiners, modifiers,
            // nouns, names or a pronoun, ending in a noun or pronoun) and before a preposition, determiner or particle
            for (int j = t + 2; j < Math.Min(classes.Length - 1, t + 7); j++)
            {
                var prev = xpos[classes[j - 1]];
                if (prev is not ("DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP")) break;
                if (xpos[classes[j]] is not ("NN" or "NNS" or "VBP" or "VBZ") || words[j].Upper) continue;
                if (prev is "DT" or "JJ" || xpos[classes[j + 1]] is not ("IN" or "DT" or "PRP$" or "RP" or "TO" or "PRP")) continue;
                classes[j] = vbClass;
                break;
            }
        }
    }

    static readonly ulong OvernightWord = FeatureHash.OfNormalised("overnight");

    /// <summary>
    /// "Russian troops shelled Kharkiv overnight": news says when with a bare "overnight", an adverb (as EWT tags it), and
    /// read as a noun it became the verb's object. Not after a determiner or before a noun: "the overnight raid".
    /// </summary>
    void RepairOvernight(WordInfo[] words, int[] classes)
    {
        if (rbClass < 0) return;
        for (int i = 1; i < classes.Length; i++)
        {
            if (words[i].Norm != OvernightWord || xpos[classes[i]] is not ("NN" or "JJ")) continue;
            if (xpos[classes[i - 1]] is "DT" or "PRP$" or "JJ" or "POS" or "IN") continue;
            if (i + 1 < classes.Length && xpos[classes[i + 1]] is "NN" or "NNS" or "NNP" or "JJ") continue;
            classes[i] = rbClass;
        }
    }

    static readonly ulong[] BeForms = Hashes("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "’s", "’re");
    static readonly ulong EdHash = FeatureHash.OfNormalised("ed"), UnHash = FeatureHash.OfNormalised("un");
    // what follows a passive and seldom a feeling ("were martyred when …", "was shelled by …"; not "pleased with", "worried that")
    static readonly ulong[] PassiveFollowers = Hashes("by", "when", "while", "in", "on", "at", "during", "after", "near", "as", "following", "inside", "outside");

    /// <summary>
    /// "12 soldiers were martyred when …": an -ed word read as an adjective, outside the tag dictionary, right after a form
    /// of "be" and before "by", "when", "in", "during" … is a passive participle (VBN): so are nine in ten of EWT's rare
    /// -ed words after "be" (185 of 205), the rest mostly feelings ("were thrilled with") and un- words ("undecided").
    /// </summary>
    void RepairPassiveAfterBe(WordInfo[] words, int[] classes)
    {
        if (vbnClass < 0) return;
        for (int i = 1; i < words.Length; i++)
        {
            if (xpos[classes[i]] != "JJ" || words[i].Suf2 != EdHash || words[i].Pre2 == UnHash || tagDict.ContainsKey(words[i].Raw)) continue;
            if (Array.IndexOf(BeForms, words[i - 1].Norm) < 0) continue;
            if (i + 1 >= words.Length || Array.IndexOf(PassiveFollowers, words[i + 1].Norm) < 0) continue;
            classes[i] = vbnClass;
        }
    }

    static readonly ulong[] NameParticles = Hashes("e", "i", "ul", "ut", "ud", "us", "ur", "un", "uz", "al", "el", "ad", "ar", "as",
        "ash", "at", "az", "wal", "bin", "ibn", "bint", "o", "a");
    static readonly ulong HyphenHash = FeatureHash.OfNormalised("-");

    /// <summary>
    /// "Tehrik-i-Taliban", "Lashkar-e-Taiba", "Harkat-ul-Jehad": a particle between hyphens inside a capitalised name is part
    /// of the name (PROPN, as EWT tags "ul" in "Harkat-ul-Jehad"), not the pronoun "I" or a letter.
    /// </summary>
    void RepairNameParticles(WordInfo[] words, int[] classes)
    {
        if (nnpClass < 0) return;
        for (int i = 2; i + 2 < words.Length; i++)
        {
            if (words[i - 1].Norm != HyphenHash || words[i + 1].Norm != HyphenHash || !words[i - 2].Upper || !words[i + 2].Upper) continue;
            if (Array.IndexOf(NameParticles, words[i].Norm) < 0) continue;
            classes[i] = nnpClass;
            if (upos[classes[i - 2]] != "PROPN") classes[i - 2] = nnpClass;
            if (upos[classes[i + 2]] != "PROPN") classes[i + 2] = nnpClass;
        }
    }

    /// <summary>
    /// "UN Secretary-General Antonio Guterres welcomed …": an acronym in capitals before a capitalised word is a name
    /// (EWT: NNP 127 times in 177, JJ 3), where the tagger had read "UN" opening a sentence as an adjective, and the
    /// parser the sentence's root. The word after it is tagged again with the acronym read as a name.
    /// </summary>
    void RepairAcronymAdjective(WordInfo[] words, int[] classes)
    {
        if (nnpClass < 0) return;
        for (int i = 0; i + 1 < words.Length; i++)
        {
            // (not an English word in capitals, "GREAT Store", "OK Food": its lower-case form is a known word)
            if (xpos[classes[i]] != "JJ" || (words[i].Flags & 2) == 0 || words[i].CappedLength is < 2 or > 5 || (words[i].Flags & 12) != 0
                || !words[i + 1].Upper || (words[i + 1].Flags & 2) != 0 || tagDict.ContainsKey(words[i].Norm)) continue;
            classes[i] = nnpClass;
            if (xpos[classes[i + 1]] == "JJ") classes[i + 1] = Retag(words, classes, i + 1);
        }
    }

    /// <summary>Endings a past participle can have: regular ("-ed"), strong ("-en", "-n", "-t", "-d": "taken", "shown",
    /// "built", "held") and the few others EWT has ("done", "come", "hung", "stuck", "made", "dug", "swum").</summary>
    static readonly ulong[] ParticipleEndings1 = Hashes("n", "t", "d");
    static readonly ulong[] ParticipleEndings2 = Hashes("ug", "um");
    static readonly ulong[] ParticipleEndings3 = Hashes("one", "ome", "ung", "unk", "uck", "ade");
    static readonly ulong[] HaveForms = Hashes("has", "have", "had", "having");

    /// <summary>
    /// "China, which has close ties with Pakistan": a word no participle could be ("close") read as one after "has" and
    /// before a noun phrase is read again without that tag (EWT: every VBN in train and dev ends as a participle can, bar
    /// a few misspellings).
    /// </summary>
    void RepairImpossibleParticiple(WordInfo[] words, int[] classes)
    {
        if (vbnClass < 0) return;
        for (int i = 0; i < words.Length; i++)
        {
            // (after a form of "have" and before a noun phrase: EWT's own misspelt participles, "I'm suppose to", stay)
            if (classes[i] != vbnClass || words[i].CappedLength < 3 || (words[i].Flags & 13) != 0 || i == 0 || i + 1 >= words.Length
                || Array.IndexOf(HaveForms, words[i - 1].Norm) < 0 || xpos[classes[i + 1]] is not ("NN" or "NNS" or "JJ")) continue;
            if (Array.IndexOf(ParticipleEndings1, words[i].Suf1) >= 0 || Array.IndexOf(ParticipleEndings2, words[i].Suf2) >= 0
                || Array.IndexOf(ParticipleEndings3, words[i].Suf3) >= 0) continue;
            if (Retag(words, classes, i, c => c != vbnClass) is var best && best >= 0) classes[i] = best;
        }
    }

    static readonly ulong[] SayingVerbs = Hashes("said", "says", "say", "told", "added", "claimed", "stated", "reported", "announced", "insisted", "confirmed", "alleged");

    /// <summary>
    /// "Pakistan's military said the strikes targeted hideouts of the group": after a verb of saying and its clause's
    /// subject, a past form with an object and no finite verb after it in its clause is that clause's verb (VBD), not a
    /// participle of the subject (which had made the hideouts a second thing said). A finite verb later in the clause keeps a
    /// reduced relative ("said the strikes launched from the north were over").
    /// </summary>
    void RepairVerbOfReportedClause(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0) return;
        for (int i = 0; i + 3 < words.Length; i++)
        {
            if (!finite[classes[i]] || Array.IndexOf(SayingVerbs, words[i].Norm) < 0) continue;
            int k = i + 1;
            bool noun = false;
            while (k < words.Length && k - i <= 6 && xpos[classes[k]] is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "POS")
            {
                noun |= xpos[classes[k]] is "NN" or "NNS" or "NNP" or "NNPS";
                k++;
            }
            if (!noun || k + 1 >= words.Length || classes[k] != vbnClass || xpos[classes[k - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS")
                || xpos[classes[k + 1]] is not ("DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD")) continue;
            bool finiteLater = false;
            for (int j = k + 1; j < words.Length && !finiteLater; j++)
            {
                if (xpos[classes[j]] is "," or ":" or "WDT" or "WP" or "CC" || words[j].Norm == ThatWord || Array.IndexOf(ClauseOpeners, words[j].Norm) >= 0) break;
                finiteLater = finite[classes[j]] || auxiliary[classes[j]];
            }
            if (!finiteLater) classes[k] = vbdClass;
        }
    }

    /// <summary>Past forms that are also the participle: regular ones and these.</summary>
    static readonly ulong[] SameFormParticiples = Hashes("held", "found", "made", "sent", "paid", "told", "built", "brought", "caught",
        "left", "lost", "kept", "led", "hit", "shot", "set", "put", "cut", "hurt", "spent", "sold", "bought", "read", "won", "fought",
        "taught", "thought", "heard", "meant", "met", "hung", "laid", "spread", "struck", "bound", "fed", "fled", "seized");

    /// <summary>
    /// "Crowds gathered as the policemen killed in the ambush were buried", "people killed the previous day rose to
    /// 40": a past form after a noun, followed by a preposition or a time phrase rather than an object, in a clause
    /// whose finite verb comes later (and none before), is a reduced relative's participle (VBN). The counterpart of
    /// <see cref="RepairParticipleWithObject"/>.
    /// </summary>
    void RepairReducedRelative(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0 || vbnClass < 0) return;
        for (int i = 1; i + 1 < classes.Length; i++)
        {
            if (classes[i] != vbdClass || words[i].Upper || xpos[classes[i - 1]] is not ("NN" or "NNS")) continue;
            if (words[i].Suf2 != EdSuffix && Array.IndexOf(SameFormParticiples, words[i].Norm) < 0) continue;
            bool timePhrase = Array.IndexOf(TimeWords, words[i + 1].Norm) >= 0
                || i + 2 < classes.Length && xpos[classes[i + 1]] == "DT" && Array.IndexOf(TimeWords, words[i + 2].Norm) >= 0;
            // (a preposition, not "that" or a subordinator, whose clause has a finite verb of its own: "reiterated that Libya must")
            bool preposition = xpos[classes[i + 1]] == "IN" && words[i + 1].Norm != ThatWord && Array.IndexOf(Subordinators, words[i + 1].Norm) < 0;
            if (!timePhrase && !preposition || !FiniteLaterInClause(words, classes, i)) continue;
            // ("declared Tuesday that China must …": a "that" after the time phrase opens what the verb reports)
            int afterTime = xpos[classes[i + 1]] == "DT" ? i + 3 : i + 2;
            if (timePhrase && afterTime < classes.Length && words[afterTime].Norm == ThatWord) continue;
            // no finite verb before it in its clause: the noun before it is the subject of the later one
            bool finiteBefore = false;
            for (int k = i - 1; k >= 0 && !finiteBefore; k--)
            {
                var x = xpos[classes[k]];
                if (x is "," or ":" or "WDT" or "WP" or "WRB" || Array.IndexOf(ClauseOpeners, words[k].Norm) >= 0) break;
                finiteBefore = finite[classes[k]] || auxiliary[classes[k]];
            }
            if (!finiteBefore) classes[i] = vbnClass;
        }
    }

    static readonly ulong EdSuffix = FeatureHash.OfNormalised("ed");


    /// <summary>
    /// "NATO confirmed on Wednesday it would tighten the blockade": a participle right after the sentence's opening
    /// name, with no auxiliary, that a clause with a subject of its own follows (after a time phrase at most) reports
    /// that clause: it is the finite verb (VBD). A reduced relative ("the troops deployed on Monday") is followed by
    /// the rest of its own clause, not by a new subject and its verb.
    /// </summary>
    void RepairReportingVerb(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0 || vbnClass < 0) return;
        int i = 0;
        while (i < classes.Length && xpos[classes[i]] is "NNP" or "NNPS" or "DT" or "JJ") i++;
        if (i == 0 || i + 2 >= classes.Length || classes[i] != vbnClass || xpos[classes[i - 1]] is not ("NNP" or "NNPS")) return;
        int j = i + 1;
        if (xpos[classes[j]] == "IN" && j + 1 < classes.Length && Array.IndexOf(TimeWords, words[j + 1].Norm) >= 0) j += 2;
        else if (Array.IndexOf(TimeWords, words[j].Norm) >= 0) j++;
        if (j + 1 >= classes.Length) return;
        if (words[j].Norm == ThatWord || Array.IndexOf(SubjectPronounsAll, words[j].Norm) >= 0 && (finite[classes[j + 1]] || auxiliary[classes[j + 1]]))
            classes[i] = vbdClass;
    }

    static readonly ulong[] BareVerbGovernors = Hashes("do", "does", "did", "make", "makes", "made", "let", "lets", "help", "helps", "helped",
        "have", "has", "had", "see", "sees", "saw", "hear", "hears", "heard", "watch", "watched", "feel", "felt", "notice", "noticed",
        "bid", "bade", "dare", "dared", "'d", "go", "goes", "come", "comes", "went", "came", "please", "need", "try", "say", "says", "said",
        "suggest");

    /// <summary>"Workers stopped work", "decided to allow candidate Ouattara to run": a verb takes no bare verb right after
    /// it (only a few do: "let go", "helped build", "go see", "did not"), so a base form read right after one is a noun.</summary>
    void RepairBareVerbAfterPast(WordInfo[] words, int[] classes)
    {
        if (nnClass < 0 || vbClass < 0) return;
        for (int i = 1; i < classes.Length; i++)
            if (classes[i] == vbClass && !words[i].Upper && xpos[classes[i - 1]] is "VBD" or "VB" or "VBP" or "VBZ" && !auxiliary[classes[i - 1]]
                && Array.IndexOf(BareVerbGovernors, words[i - 1].Norm) < 0
                // (unless it takes an object of its own, when the word before is more likely the misread one: "you better pass the test")
                && !(i + 1 < classes.Length && xpos[classes[i + 1]] is "DT" or "PRP" or "PRP$" or "TO" or "RP"))
                classes[i] = nnClass;
    }

    /// <summary>Past forms of verbs that take no object, and so have no passive: after a noun or pronoun with no
    /// auxiliary before them, they are finite ("Prisoners rioted at a jail", "Two soldiers died").</summary>
    static readonly ulong[] IntransitivePast = Hashes("rioted", "clashed", "died", "arrived", "mutinied", "rebelled", "erupted", "occurred",
        "happened", "emerged", "collapsed", "disappeared", "vanished", "perished", "existed", "prevailed", "retreated", "defected",
        "skirmished", "resided", "capitulated", "retaliated", "surrendered", "fled", "marched", "exploded", "responded", "reacted",
        "intervened", "revolted", "deserted");

    void RepairIntransitivePast(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0 || vbnClass < 0) return;
        for (int i = 1; i < classes.Length; i++)
        {
            if (classes[i] != vbnClass || words[i].Upper || Array.IndexOf(IntransitivePast, words[i].Norm) < 0) continue;
            if (xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP")) continue;
            bool aux = false;
            for (int k = Math.Max(0, i - 4); k < i && !aux; k++) aux = auxiliary[classes[k]] || Array.IndexOf(BeHaveGet, words[k].Norm) >= 0;
            if (!aux) classes[i] = vbdClass;
        }
    }

    static ulong[] Hashes(params string[] words) => words.Select(w => FeatureHash.OfNormalised(w)).ToArray();
    static readonly ulong[] SubjectPronouns = Hashes("i", "he", "she", "we", "they");
    static readonly ulong[] SubjectPronounsAll = [.. SubjectPronouns, .. Hashes("it", "you")];
    static readonly ulong ItWord = FeatureHash.OfNormalised("it");
    static readonly ulong[] BeHaveGet = Hashes("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "has", "have", "had",
        "having", "'ve", "'d", "get", "gets", "got", "gotten", "getting");
    // verbs whose passive participle takes a name or an object of its own ("a group called Hamas", "the man given a medal")
    static readonly ulong[] TwoObjectVerbs = Hashes("called", "named", "dubbed", "known", "titled", "entitled", "nicknamed", "labelled",
        "labeled", "termed", "considered", "deemed", "given", "offered", "awarded", "granted", "sent", "handed", "shown", "told", "asked",
        "paid", "denied", "promised", "sentenced", "elected", "appointed", "made", "left", "allowed", "taught", "charged", "fined", "owed",
        "spared", "promoted", "renamed", "crowned", "declared", "proclaimed", "voted", "ranked", "rated",
        // and participles that make modifiers whose hyphen scraped text loses ("web based", "Saudi led", "Iran backed")
        "based", "led", "backed", "sponsored", "funded", "supported", "armed", "allied", "linked", "affiliated", "aligned",
        "controlled", "held", "run", "owned", "related", "born", "bred", "built", "trained", "inspired", "dominated");
    static readonly ulong[] TimeWords = Hashes("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "last", "next", "this", "early", "late", "earlier", "later", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "night", "morning", "afternoon", "evening", "weekend", "time", "previous", "same", "following",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /// <summary>
    /// "Islamic Jihad blamed Israel for the attack", "They said police found guns", "one day after soldiers fired on
    /// protesters": a past form read as a participle is the clause's finite verb (VBD) when a subject pronoun comes right
    /// before it, or when a noun comes before it and a noun phrase after it, with no auxiliary before. A passive
    /// participle takes no object: a reduced relative ("the man arrested Monday", "a group called Hamas", "the
    /// soldiers given medals", "people killed the day before") keeps its participle.
    /// </summary>
    void RepairParticipleWithObject(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0 || vbnClass < 0) return;
        for (int i = 1; i + 1 < classes.Length; i++)
        {
            // ("two soldiers embraced martyrdom": a rare -ed word read as an adjective is a past form too)
            bool rareEdAdjective = xpos[classes[i]] == "JJ" && words[i].Suf2 == EdSuffix && !tagDict.ContainsKey(words[i].Raw)
                && xpos[classes[i - 1]] is "NNS" or "NNPS" && xpos[classes[i + 1]] is "NN" or "NNS" or "DT" or "PRP$";
            if (classes[i] != vbnClass && !rareEdAdjective || words[i].Upper) continue;
            var before = xpos[classes[i - 1]];
            bool aux = false;
            for (int k = Math.Max(0, i - 4); k < i && !aux; k++) aux = auxiliary[classes[k]] || Array.IndexOf(BeHaveGet, words[k].Norm) >= 0;
            if (aux) continue;
            if (before == "PRP")
            {
                if (Array.IndexOf(SubjectPronouns, words[i - 1].Norm) >= 0) classes[i] = vbdClass;
                continue;
            }
            if (before is not ("NN" or "NNS" or "NNP" or "NNPS") || Array.IndexOf(TwoObjectVerbs, words[i].Norm) >= 0) continue;
            var next = xpos[classes[i + 1]];
            // "after soldiers fired on protesters": a subordinator, its subject and then the past form open a clause
            // (unless a finite verb follows in the same clause: "as the survey cited in the article shows")
            if (next == "IN" && SubjectAfterSubordinator(words, classes, i - 1) && !FiniteLaterInClause(words, classes, i))
            {
                classes[i] = vbdClass;
                continue;
            }
            // (a noun phrase may open with a modifier: "Pakistani jets bombed suspected TTP hideouts", "… seized large quantities")
            // ("attacked several Pakistani border posts": up to three modifiers)
            bool modifiedNoun = false;
            if (next is "JJ" or "VBN")
            {
                int k = i + 2;
                while (k < classes.Length && k - i <= 3 && xpos[classes[k]] is "JJ" or "VBN" or "CD") k++;
                modifiedNoun = k < classes.Length && xpos[classes[k]] is "NN" or "NNS" or "NNP" or "NNPS";
            }
            if (next is not ("DT" or "PRP$" or "CD" or "NNP" or "NNPS") && !(next == "PRP" && words[i + 1].Norm != ItWord) && !modifiedNoun && !rareEdAdjective) continue;
            if (Array.IndexOf(TimeWords, words[i + 1].Norm) >= 0 || i + 2 < classes.Length && Array.IndexOf(TimeWords, words[i + 2].Norm) >= 0) continue;
            classes[i] = vbdClass;
        }
    }

    static readonly ulong[] Subordinators = Hashes("after", "when", "as", "because", "while", "before", "since", "until", "if",
        "although", "though", "once", "whereas");

    /// <summary>Whether a finite verb comes after <paramref name="i"/> before the clause ends (a comma, a colon, a
    /// subordinator, a wh-word).</summary>
    bool FiniteLaterInClause(WordInfo[] words, int[] classes, int i)
    {
        for (int j = i + 1; j < classes.Length; j++)
        {
            var x = xpos[classes[j]];
            if (x is "," or ":" or "WDT" or "WP" or "WRB" || Array.IndexOf(ClauseOpeners, words[j].Norm) >= 0) return false;
            if (finite[classes[j]] || auxiliary[classes[j]] && x != "VBN" && x != "VBG") return true;
        }
        return false;
    }

    /// <summary>Whether the noun phrase ending at <paramref name="end"/> follows a subordinator directly ("after the soldiers").</summary>
    bool SubjectAfterSubordinator(WordInfo[] words, int[] classes, int end)
    {
        int k = end;
        while (k >= 0 && end - k < 5 && xpos[classes[k]] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "DT" or "CD" or "PRP$") k--;
        return k >= 0 && k < end && Array.IndexOf(Subordinators, words[k].Norm) >= 0;
    }

    static readonly ulong[] Articles = Hashes("a", "an", "the");

    /// <summary>
    /// "rejected a US offer to host a summit": an article governs a noun, never a bare verb A base-form verb after an
    /// article and only names or adjectives is a singular noun. (Not after a noun: "demanded that the government end
    /// curbs" has its subject before the verb.)
    /// </summary>
    void RepairArticleNoun(WordInfo[] words, int[] classes)
    {
        if (nnClass < 0 || vbClass < 0) return;
        for (int i = 1; i < classes.Length; i++)
        {
            if (classes[i] != vbClass || words[i].Upper) continue;
            int k = i - 1;
            while (k >= 0 && i - k <= 3 && xpos[classes[k]] is "NNP" or "JJ") k--;
            if (k >= 0 && Array.IndexOf(Articles, words[k].Norm) >= 0) classes[i] = nnClass;
        }
    }

    static readonly ulong[] IndefiniteArticles = Hashes("a", "an");
    static readonly ulong[] QuantityAdjectives = Hashes("few", "little");

    /// <summary>
    /// "killing two soldiers and a civilian, officials said": after "a" or "an", a lower-case adjective that ends the noun
    /// phrase (before a full stop or colon, or before a comma and an attribution) is the noun. In EWT a word ending a noun
    /// phrase so is a noun 523 times and an adjective twice; before a comma and more adjectives it stays one ("a smart,
    /// funny man", "a good, quality raincoat").
    /// </summary>
    void RepairArticleAdjectiveAtEnd(WordInfo[] words, int[] classes)
    {
        if (nnClass < 0) return;
        for (int i = 1; i + 1 < classes.Length; i++)
        {
            if (xpos[classes[i]] != "JJ" || words[i].Upper || Array.IndexOf(IndefiniteArticles, words[i - 1].Norm) < 0) continue;
            if (Array.IndexOf(QuantityAdjectives, words[i].Norm) >= 0) continue; // ("one of a few.")
            var next = xpos[classes[i + 1]];
            // (before a comma, only when an attribution follows: "…, officials said", "…, police say")
            if (next is "." or ":" || next == "," && i + 3 < classes.Length && xpos[classes[i + 2]] is "NNS" or "NN" or "NNP" or "PRP"
                    && xpos[classes[i + 3]] is "VBD" or "VBZ" or "VBP")
                classes[i] = nnClass;
        }
    }

    /// <summary>
    /// "Libya must hand over the suspects": after a modal (and an adverb or "not"), a lower-case word read as a
    /// singular noun and followed by a particle, determiner or preposition is the bare verb the modal governs.
    /// </summary>
    void RepairAfterModal(WordInfo[] words, int[] classes)
    {
        if (vbClass < 0) return;
        for (int i = 1; i + 1 < classes.Length; i++)
        {
            if (xpos[classes[i]] != "NN" || words[i].Upper) continue;
            int m = i - 1;
            while (m > 0 && xpos[classes[m]] == "RB") m--;
            if (xpos[classes[m]] != "MD") continue;
            if (xpos[classes[i + 1]] is "RP" or "DT" or "IN" or "PRP" or "PRP$" or "TO") classes[i] = vbClass;
        }
    }

    /// <summary>
    /// "Druze inhabitants … threatened", "Recent US Predator attacks … have killed": an unknown capitalised word
    /// opening a sentence, read as an imperative verb although a noun phrase follows it and the sentence has a
    /// finite verb of its own, is a modifier of that noun phrase: it gets its best reading that is not a verb.
    /// </summary>
    void RepairInitialName(WordInfo[] words, int[] classes)
    {
        if (words.Length < 4 || xpos[classes[0]] != "VB" || !words[0].Upper || (words[0].Flags & 2) != 0) return;
        if (tagDict.ContainsKey(words[0].Raw) || xpos[classes[1]] is not ("NNS" or "NNPS" or "NNP")) return;
        bool finiteLater = false;
        for (int j = 2; j < classes.Length && !finiteLater; j++)
        {
            if (xpos[classes[j]] is "WDT" or "WP" or "WP$" or "CC") return; // "Visit websites that sell …": the verb is the relative clause's
            finiteLater = finite[classes[j]];
        }
        if (!finiteLater) return;
        if (Retag(words, classes, 0, c => upos[c] is not ("VERB" or "AUX")) is var best && best >= 0) classes[0] = best;
    }

    /// <summary>The best class for word <paramref name="i"/> given the classes around it, among those
    /// <paramref name="allowed"/> admits (all when null): a word read again after a repair to it or to its neighbour.</summary>
    int Retag(WordInfo[] words, int[] classes, int i, Func<int, bool>? allowed = null)
    {
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[xpos.Length];
        int n = Features(words, Lexicon.Of(words), classes, i, feats);
        model.Score(feats[..n], scores);
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
            if ((allowed is null || allowed(c)) && (best < 0 || scores[c] > scores[best])) best = c;
        return best;
    }

    /// <summary>
    /// A sentence needs a finite verb. When the tagger found none but read a past form right after a
    /// noun as a participle ("Israeli jets struck Gaza"), with no auxiliary before it, that form is
    /// the main verb (VBD). Reduced relatives ("the village struck by jets was empty") keep their
    /// participle because the sentence has another finite verb.
    /// </summary>
    void RepairMainVerb(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0 || vbnClass < 0) return;
        for (int i = 0; i < classes.Length; i++)
            if (finite[classes[i]] || auxiliary[classes[i]]) return;
        for (int i = 1; i < classes.Length; i++)
        {
            if (classes[i] != vbnClass) continue;
            var before = xpos[classes[i - 1]];
            // ("Ethiopian-led forces shelled …": a participle inside a hyphenated modifier is not the one)
            if (before == "HYPH") continue;
            // ("Afghan forces later fired at the posts": an adverb may come between)
            if (before is "RB" or "RBR" && i > 1) before = xpos[classes[i - 2]];
            if (before is "NN" or "NNS" or "NNP" or "NNPS" or "PRP") { classes[i] = vbdClass; return; }
            break;
        }
        // "Greece, like most other members, plans to impose restrictions": a verb of intention read as a plural noun,
        // before "to" and a bare verb, is the verb of the sentence
        if (vbzClass >= 0)
            for (int i = 1; i + 2 < classes.Length; i++)
                if (xpos[classes[i]] == "NNS" && !words[i].Upper && xpos[classes[i + 1]] == "TO" && classes[i + 2] == vbClass
                    && Array.IndexOf(IntentionVerbs, words[i].Norm) >= 0)
                {
                    classes[i] = vbzClass;
                    return;
                }
        // "The peace deal calls for Indonesia to pull out", "Taiwan accounts for 20 %": a verb of saying, asking or
        // relating read as a plural noun after a singular noun, before what such a verb takes, is the verb of the sentence
        if (vbzClass >= 0)
            for (int i = 1; i + 1 < classes.Length; i++)
            {
                if (xpos[classes[i]] != "NNS" || words[i].Upper || xpos[classes[i - 1]] is not ("NN" or "NNP")
                    || Array.IndexOf(PresentVerbs, words[i].Norm) < 0) continue;
                var next = xpos[classes[i + 1]];
                if (next is "IN" or "TO" or "DT" or "PRP$" or "PRP" or "CD" or "NNP" or "RP" or "." || words[i + 1].Norm == ThatWord)
                {
                    classes[i] = vbzClass;
                    return;
                }
            }
    }

    static readonly ulong ThatWord = FeatureHash.OfNormalised("that");
    static readonly ulong[] PresentVerbs = Hashes("calls", "accounts", "follows", "says", "denies", "explains", "prepares", "warns",
        "urges", "demands", "claims", "accuses", "rejects", "supports", "backs", "opposes", "condemns", "welcomes", "praises",
        "criticizes", "criticises", "blames", "insists", "argues", "announces", "faces", "meets", "visits", "sends",
        "asks", "agrees", "refuses", "plans", "seeks", "wants", "vows", "threatens", "hopes", "offers", "promises", "pledges",
        "expects", "believes", "fears", "thinks", "knows", "suggests", "shows", "reveals", "confirms", "admits", "acknowledges",
        "proposes", "requires", "includes", "remains", "continues", "depends", "relies", "leads", "comes", "goes", "stands",
        "shines", "marks", "holds", "owns", "controls", "governs");

    static readonly ulong ToWord = FeatureHash.OfNormalised("to");
    static readonly ulong[] IntentionVerbs = Hashes("plans", "aims", "seeks", "wants", "vows", "threatens", "hopes", "intends", "needs",
        "offers", "promises", "refuses", "agrees", "decides", "expects", "pledges", "wishes", "tries", "continues", "fails", "prepares",
        "attempts", "proposes", "demands", "asks", "urges");
    static readonly ulong AtWord = FeatureHash.OfNormalised("at"), LeastWord = FeatureHash.OfNormalised("least");
    static readonly ulong[] CountModifiers = Hashes("more", "nearly", "about", "around", "almost", "some", "over", "roughly", "up");
    static readonly ulong[] ClauseOpeners = Hashes("because", "after", "before", "when", "while", "as", "since", "although", "though",
        "which", "who", "where", "if", "until", "unless", "and", "but");

    /// <summary>
    /// "Palestinian youths resorted to throwing stones …, officials said", "The United Nations on Tuesday reduced food
    /// supplies … because rice was being diverted": a sentence whose only finite verbs come after a comma or in a
    /// clause of its own still needs a main verb before them. A past form read as a participle right after the opening
    /// noun phrase, with no verb before it and an object or a to-phrase after it, is that main verb (VBD). A reduced
    /// relative keeps its participle: "the village struck by jets was empty" has its finite verb in the same clause.
    /// A time phrase may come between ("threatened on Monday to break"), and after one a "that" opens the clause reported.
    /// </summary>
    void RepairReportedClause(WordInfo[] words, int[] classes)
    {
        if (vbdClass < 0 || vbnClass < 0) return;
        for (int i = 1; i + 1 < classes.Length; i++)
        {
            var x = xpos[classes[i]];
            if (finite[classes[i]] || auxiliary[classes[i]] || x is "VB" or "VBG" or "VBZ" or "VBP" or "," or ":" or "WDT" or "WP") return;
            if (classes[i] != vbnClass || xpos[classes[i - 1]] == "HYPH") continue;
            if (xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP")) return;
            // (past a time phrase: "threatened on Monday to break relations", "declared Tuesday that China must drop …")
            int after = i + 1;
            if (xpos[classes[after]] == "IN" && after + 2 < classes.Length && Array.IndexOf(TimeWords, words[after + 1].Norm) >= 0) after += 2;
            else if (after + 1 < classes.Length && Array.IndexOf(TimeWords, words[after].Norm) >= 0) after++;
            var next = xpos[classes[after]];
            if (after > i + 1 && words[after].Norm == ThatWord) { classes[i] = vbdClass; return; }
            // (a count's modifier before the object: "killed at least 31 people", "wounded more than 40")
            bool counted = after + 2 < classes.Length && (words[after].Norm == AtWord && words[after + 1].Norm == LeastWord
                || Array.IndexOf(CountModifiers, words[after].Norm) >= 0 && xpos[classes[after + 1]] is "CD" or "IN");
            if (!(next is "DT" or "PRP$" or "CD" or "JJ" or "NN" or "NNS" || words[after].Norm == ToWord || counted)) return;
            // the first finite verb after it must open a clause of its own: after a comma or a subordinator
            for (int j = after; j < classes.Length; j++)
            {
                var xj = xpos[classes[j]];
                if (xj is "," or ":" || Array.IndexOf(ClauseOpeners, words[j].Norm) >= 0) { classes[i] = vbdClass; return; }
                if (finite[classes[j]] || auxiliary[classes[j]]) return;
            }
            return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void Pass(PerceptronModel weights, WordInfo[] words, ulong[]? lex, int[] classes, int[]? firstPass, Span<float> keep = default)
    {
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[xpos.Length];
        int finiteCount = firstPass is null ? 0 : firstPass.Count(c => finite[c]);
        for (int i = 0; i < words.Length; i++)
        {
            if (tagDict.TryGetValue(words[i].Raw, out var known)) { classes[i] = known; continue; }
            int n = Features(words, lex, classes, i, feats);
            if (firstPass is not null) n = StackedFeatures(firstPass, finiteCount - (finite[firstPass[i]] ? 1 : 0), words, classes, i, feats, n);
            weights.Score(feats[..n], scores);
            classes[i] = ArgMax(scores);
            if (!keep.IsEmpty) scores.CopyTo(keep.Slice(i * scores.Length, scores.Length));
        }
    }

    /// <summary>Right context from the first pass: the tags ahead, and whether another finite verb is in the sentence
    /// (which tells "jets struck Gaza" (VBD) from "the village struck by jets" (VBN)).</summary>
    static int StackedFeatures(int[] firstPass, int otherFinite, WordInfo[] w, int[] classes, int i, Span<ulong> f, int n)
    {
        ulong n1 = i + 1 < firstPass.Length ? (ulong)firstPass[i + 1] + 1 : 0, n2 = i + 2 < firstPass.Length ? (ulong)firstPass[i + 2] + 1 : 0;
        ulong own = (ulong)firstPass[i] + 1, p1 = i > 0 ? (ulong)classes[i - 1] + 1 : 0;
        ulong fin = (ulong)Math.Min(otherFinite, 2);
        f[n++] = FeatureHash.Mix(50, n1);
        f[n++] = FeatureHash.Mix(51, n1, n2);
        f[n++] = FeatureHash.Mix(52, n1, w[i].Norm);
        f[n++] = FeatureHash.Mix(53, p1, n1);
        f[n++] = FeatureHash.Mix(54, fin, w[i].Suf2);
        f[n++] = FeatureHash.Mix(55, fin, own);
        f[n++] = FeatureHash.Mix(56, own);
        f[n++] = FeatureHash.Mix(57, own, p1, n1);
        f[n++] = FeatureHash.Mix(58, fin, w[i].Norm);
        return n;
    }

    public void Tag(IReadOnlyList<string> forms, string[] outXpos, string[] outUpos)
    {
        var words = WordInfo.OfSentence(forms, Clusters);
        var classes = new int[words.Length];
        Predict(words, classes);
        for (int i = 0; i < classes.Length; i++) { outXpos[i] = xpos[classes[i]]; outUpos[i] = upos[classes[i]]; }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int Features(WordInfo[] w, ulong[]? lex, int[] classes, int i, Span<ulong> f)
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
        if (cur.Fine != 0) { f[n++] = FeatureHash.Mix(34, cur.Fine); f[n++] = FeatureHash.Mix(35, cur.Coarse); f[n++] = FeatureHash.Mix(36, p1, cur.Fine); }
        f[n++] = FeatureHash.Mix(37, i + 1 < w.Length ? w[i + 1].Fine : 99);
        f[n++] = FeatureHash.Mix(38, i > 0 ? w[i - 1].Fine : 99);
        f[n++] = FeatureHash.Mix(39, cur.Fine, i + 1 < w.Length ? w[i + 1].Coarse : 99);
        // the tag lexicon's sets (0 = the word is not in it, or there is no lexicon)
        ulong lexCur = lex is null ? 0 : lex[i], lexNext = i + 1 >= w.Length ? 99 : lex is null ? 0 : lex[i + 1];
        if (lexCur != 0) { f[n++] = FeatureHash.Mix(40, lexCur); f[n++] = FeatureHash.Mix(41, p1, lexCur); }
        f[n++] = FeatureHash.Mix(42, lexNext);
        return n;
    }

    // ---- training ----------------------------------------------------------------------------

    public sealed record TrainResult(PosTagger Tagger, double DevUpos, double DevXpos, int BestEpoch);

    public static TrainResult Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence>? dev, int epochs, int seed,
        Action<int, double, double>? progress = null, bool stacked = true, WordClusters? clusters = null, TagLexicon? lexicon = null,
        bool bidirectional = false)
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
        clusters ??= WordClusters.Empty;
        lexicon ??= TagLexicon.Empty;
        var data = train.Select(s =>
        {
            var words = WordInfo.OfSentence(s.Forms, clusters);
            return (Words: words, Gold: s.Forms.Select((_, i) => ClassOf(s.Xpos[i], s.Upos[i])).ToArray(), Lex: lexicon.Of(words));
        }).ToList();

        // tag dictionary: frequent words (as written) with one dominant class
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (words, gold, _) in data)
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
        var xposArr = xposList.ToArray();
        var uposArr = uposList.ToArray();
        // first pass on everything, then a second pass trained on first-pass tags that were predicted for
        // sentences held out of that tagger's training (jackknifing), so it learns how far to trust them
        var finiteArr = xposArr.Select(x => x is "VBD" or "VBZ" or "VBP" or "MD").ToArray();
        (PerceptronModel First, PerceptronModel? Second) TrainDirection(List<(WordInfo[] Words, int[] Gold, ulong[]? Lex)> d, bool rightToLeft)
        {
            var firstModel = TrainPass(d, classes, tagDict, epochs, seed, null, null);
            if (!stacked) return (firstModel, null);
            const int folds = 4;
            var firstTags = new int[d.Count][];
            for (int fold = 0; fold < folds; fold++)
            {
                var rest = d.Where((_, i) => i % folds != fold).ToList();
                var foldModel = TrainPass(rest, classes, tagDict, epochs, seed + fold + 1, null, null);
                var foldTagger = new PosTagger(foldModel, null, xposArr, uposArr, tagDict, lemmatizer, clusters, lexicon);
                for (int i = fold; i < d.Count; i += folds)
                {
                    firstTags[i] = new int[d[i].Words.Length];
                    // (the left-to-right repairs read the words in their order: reversed words get the model's tags alone)
                    if (rightToLeft) foldTagger.Pass(foldModel, d[i].Words, d[i].Lex, firstTags[i], null);
                    else foldTagger.Predict(d[i].Words, firstTags[i]);
                }
            }
            return (firstModel, TrainPass(d, classes, tagDict, epochs, seed, firstTags, finiteArr));
        }
        var (forwardFirst, forwardSecond) = TrainDirection(data, false);
        PerceptronModel? backwardFirst = null, backwardSecond = null;
        if (bidirectional)
        {
            var reversedData = data.Select(d =>
            {
                var words = Reversed(d.Words);
                return (Words: words, Gold: d.Gold.Reverse().ToArray(), Lex: lexicon.Of(words));
            }).ToList();
            (backwardFirst, backwardSecond) = TrainDirection(reversedData, true);
        }
        return Finish(new PosTagger(forwardFirst, forwardSecond, xposArr, uposArr, tagDict, lemmatizer, clusters, lexicon, backwardFirst, backwardSecond),
            dev, epochs, progress);
    }

    /// <summary>A copy without the weights of magnitude <paramref name="threshold"/> or less in every pass (a smaller table, fewer
    /// cache misses; an averaged tagger's mean weights include many tiny ones).</summary>
    public PosTagger Pruned(float threshold) => new(model.Pruned(threshold), second?.Pruned(threshold), xpos, upos, tagDict, Lemmatizer, Clusters, Lexicon,
        backward?.Pruned(threshold), backwardSecond?.Pruned(threshold));

    /// <summary>Weights in all passes.</summary>
    public int WeightCount => model.WeightCount + (second?.WeightCount ?? 0) + (backward?.WeightCount ?? 0) + (backwardSecond?.WeightCount ?? 0);

    /// <summary>One tagger whose passes are the means of taggers trained on the same treebank with different seeds.</summary>
    public static PosTagger Averaged(IReadOnlyList<PosTagger> taggers)
    {
        var t0 = taggers[0];
        if (taggers.Any(t => !t.xpos.SequenceEqual(t0.xpos) || !t.upos.SequenceEqual(t0.upos) || (t.second is null) != (t0.second is null)
                || (t.backward is null) != (t0.backward is null) || (t.backwardSecond is null) != (t0.backwardSecond is null)))
            throw new ArgumentException("taggers differ in their tag tables or passes");
        PerceptronModel? Mean(Func<PosTagger, PerceptronModel?> pass) => pass(t0) is null ? null : PerceptronModel.Average(taggers.Select(t => pass(t)!).ToList());
        return new PosTagger(Mean(t => t.model)!, Mean(t => t.second), t0.xpos, t0.upos, t0.tagDict, t0.Lemmatizer, t0.Clusters, t0.Lexicon,
            Mean(t => t.backward), Mean(t => t.backwardSecond));
    }

    static TrainResult Finish(PosTagger tagger, IReadOnlyList<TreebankSentence>? dev, int epochs, Action<int, double, double>? progress)
    {
        if (dev is null) { progress?.Invoke(epochs, double.NaN, double.NaN); return new TrainResult(tagger, 0, 0, epochs); }
        var (u, x, _) = tagger.Evaluate(dev);
        progress?.Invoke(epochs, u, x);
        return new TrainResult(tagger, u, x, epochs);
    }

    static PerceptronModel TrainPass(List<(WordInfo[] Words, int[] Gold, ulong[]? Lex)> data, int classes, FrozenDictionary<ulong, int> tagDict, int epochs, int seed,
        int[][]? firstTags, bool[]? finite)
    {
        var trainer = new PerceptronTrainer(classes);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var feats = new ulong[MaxFeatures];
        var scores = new float[classes];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var idx in order)
            {
                var (words, gold, lex) = data[idx];
                var guessed = new int[words.Length];
                int finiteCount = 0;
                if (firstTags is not null) finiteCount = firstTags[idx].Count(c => finite![c]);
                for (int i = 0; i < words.Length; i++)
                {
                    if (tagDict.TryGetValue(words[i].Raw, out var known)) { guessed[i] = known; continue; }
                    int n = Features(words, lex, guessed, i, feats);
                    if (firstTags is not null) n = StackedFeatures(firstTags[idx], finiteCount - (finite![firstTags[idx][i]] ? 1 : 0), words, guessed, i, feats, n);
                    trainer.Score(feats.AsSpan(0, n), scores);
                    int guess = ArgMax(scores);
                    trainer.Update(feats.AsSpan(0, n), gold[i], guess);
                    trainer.Tick();
                    guessed[i] = guess; // the tagger sees its own previous guesses, as at run time
                }
            }
        }
        return trainer.Freeze(0.0005f);
    }

    /// <summary>UPOS, XPOS and lemma accuracy with gold tokenisation.</summary>
    public (double Upos, double Xpos, double Lemma) Evaluate(IReadOnlyList<TreebankSentence> sentences)
    {
        long total = 0, u = 0, x = 0, l = 0;
        foreach (var s in sentences)
        {
            // the words as the pipeline meets them: as written, glued where the treebank says so (SpaceAfter=No)
            var (text, tokens) = s.AsWritten();
            Tag(text, tokens, 0, tokens.Length);
            for (int i = 0; i < s.Length; i++)
            {
                total++;
                if (tokens[i].Upos == s.Upos[i]) u++;
                if (tokens[i].Xpos == s.Xpos[i]) x++;
                if (tokens[i].Lemma == s.Lemmas[i]) l++;
            }
        }
        return ((double)u / total, (double)x / total, (double)l / total);
    }

    /// <summary>Share of XPOS tags that agree with another tagging of the same words (e.g. GMB's automatic tags of news).</summary>
    public (double Rate, long Tokens) Agreement(IEnumerable<(string[] Words, string[] Xpos)> sentences)
    {
        long total = 0, same = 0;
        foreach (var (words, tags) in sentences)
        {
            var ox = new string[words.Length];
            var ou = new string[words.Length];
            Tag(words, ox, ou);
            for (int i = 0; i < words.Length; i++) { total++; if (ox[i] == tags[i]) same++; }
        }
        return (total == 0 ? 0 : (double)same / total, total);
    }

    // ---- persistence -------------------------------------------------------------------------

    public void Save(string path) => ModelFile.Save(path, Kind, Version, bw =>
    {
        ModelFile.WriteStrings(bw, xpos);
        ModelFile.WriteStrings(bw, upos);
        bw.Write(tagDict.Count);
        foreach (var (k, v) in tagDict.OrderBy(kv => kv.Key)) { bw.Write(k); bw.Write((ushort)v); }
        Lemmatizer.Write(bw);
        Clusters.Write(bw);
        Lexicon.Write(bw);
        model.Write(bw);
        bw.Write(second is not null);
        second?.Write(bw);
        // version 5: the right-to-left passes
        bw.Write(backward is not null);
        backward?.Write(bw);
        bw.Write(backwardSecond is not null);
        backwardSecond?.Write(bw);
    });

    /// <summary>Loads a tagger; version 3 files (before the tag lexicon) load with an empty one, version 3 and 4 files (before
    /// the right-to-left passes) read left to right only.</summary>
    public static PosTagger Load(string path) => ModelFile.Load(path, Kind, 3, Version, (br, version) =>
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
        var clusters = WordClusters.Read(br);
        var lexicon = version >= 4 ? TagLexicon.Read(br) : TagLexicon.Empty;
        var model = PerceptronModel.Read(br);
        var second = br.ReadBoolean() ? PerceptronModel.Read(br) : null;
        var backward = version >= 5 && br.ReadBoolean() ? PerceptronModel.Read(br) : null;
        var backwardSecond = version >= 5 && br.ReadBoolean() ? PerceptronModel.Read(br) : null;
        if (new[] { model, second, backward, backwardSecond }.Any(m => m is not null && m.Classes != x.Length)) throw new InvalidDataException("weights do not match the tag table");
        if (backwardSecond is not null && backward is null) throw new InvalidDataException("a second right-to-left pass without a first");
        return new PosTagger(model, second, x, u, dict.ToFrozenDictionary(), lemmatizer, clusters, lexicon, backward, backwardSecond);
    });
}
