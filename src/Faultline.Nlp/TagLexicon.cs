using System.Collections.Frozen;

namespace Faultline.Nlp;

/// <summary>
/// The PTB tags each word takes in a large automatically tagged news corpus (GMB's training 90%): for every word seen
/// at least twice, the set of tags that make up at least a tenth of its occurrences ("attack" → NN|VB|VBP). The
/// tagger reads the set as a feature, which tells it about words the treebank never saw and which tags a word can
/// take in news, where EWT is web text. The tags are another tagger's, so the model learns how far to trust them
/// (GMB tags every "to" TO, where EWT has IN before a noun phrase).
/// </summary>
public sealed class TagLexicon
{
    public const int MinCount = 2;
    public const double MinShare = 0.1;
    readonly FrozenDictionary<ulong, ulong> sets; // normalised word hash → hash of its tag set

    TagLexicon(FrozenDictionary<ulong, ulong> sets) => this.sets = sets;

    public static readonly TagLexicon Empty = new(FrozenDictionary<ulong, ulong>.Empty);

    public int Count => sets.Count;

    /// <summary>The word's tag set as a feature value (0 = not in the lexicon).</summary>
    public ulong Of(ulong normHash) => sets.TryGetValue(normHash, out var s) ? s : 0;

    /// <summary>Each word's tag set as a feature value, or null when the lexicon is empty (a tagger trained without one).</summary>
    public ulong[]? Of(WordInfo[] words)
    {
        if (sets.Count == 0) return null;
        var lex = new ulong[words.Length];
        for (int i = 0; i < words.Length; i++) lex[i] = Of(words[i].Norm);
        return lex;
    }

    public static TagLexicon Build(IEnumerable<(string[] Words, string[] Xpos)> sentences)
    {
        var counts = new Dictionary<ulong, Dictionary<string, int>>();
        foreach (var (words, tags) in sentences)
            for (int i = 0; i < words.Length; i++)
            {
                var h = FeatureHash.OfNormalised(words[i]);
                if (!counts.TryGetValue(h, out var byTag)) counts[h] = byTag = new();
                byTag[tags[i]] = byTag.GetValueOrDefault(tags[i]) + 1;
            }
        var table = new Dictionary<ulong, ulong>();
        foreach (var (word, byTag) in counts)
        {
            int total = byTag.Values.Sum();
            if (total < MinCount) continue;
            var set = byTag.Where(kv => kv.Value >= total * MinShare).Select(kv => kv.Key).Order(StringComparer.Ordinal);
            table[word] = FeatureHash.Of(string.Join("|", set));
        }
        return new TagLexicon(table.ToFrozenDictionary());
    }

    /// <summary>The lexicon of GMB's training part (its test tenth is left out, as everywhere).</summary>
    public static TagLexicon FromGmb(string gmbCsv) => Build(GmbCorpus.SplitByPosition(GmbCorpus.ReadTagged(gmbCsv)).Train);

    public void Write(BinaryWriter bw)
    {
        bw.Write(sets.Count);
        foreach (var (k, v) in sets.OrderBy(kv => kv.Key)) { bw.Write(k); bw.Write(v); }
    }

    public static TagLexicon Read(BinaryReader br)
    {
        int n = br.ReadInt32();
        if (n < 0 || n > 5_000_000) throw new InvalidDataException("tag lexicon size out of range");
        var table = new Dictionary<ulong, ulong>(n);
        for (int i = 0; i < n; i++) { var k = br.ReadUInt64(); table[k] = br.ReadUInt64(); }
        return new TagLexicon(table.ToFrozenDictionary());
    }
}
