using System.Numerics;
using System.Text;

namespace Faultline.Ingest;

/// <summary>Near-duplicate detection for syndicated or re-ingested stories.
/// A text's word 5-shingles get a 100-value MinHash signature, cut into 20 bands of 5 values
/// (locality-sensitive hashing): two texts whose shingle sets have Jaccard similarity 0.8 share at
/// least one band with probability 0.9997, texts below 0.3 almost never. Candidates sharing a band
/// are confirmed on the texts themselves: a duplicate needs Jaccard ≥ <see cref="JaccardThreshold"/>.
/// The same story with a different headline, dateline, credit line or boilerplate around it passes;
/// two different stories on the same subject do not. A 64-bit SimHash is kept for quick distance checks.</summary>
public static class NearDuplicates
{
    public const double JaccardThreshold = 0.8;
    public const int ShingleSize = 5, Hashes = 100, Bands = 20, Rows = Hashes / Bands;

    static readonly ulong[] Seeds = MakeSeeds();

    static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Hashes];
        ulong x = 0x9E3779B97F4A7C15UL;
        for (int i = 0; i < Hashes; i++) seeds[i] = x = SplitMix(x);
        return seeds;
    }

    static ulong SplitMix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The LSH band keys of a text: store them, look candidates up by any shared key.</summary>
    public static long[] BandKeys(string text)
    {
        var shingles = Shingles(text);
        var min = new ulong[Hashes];
        Array.Fill(min, ulong.MaxValue);
        foreach (var s in shingles)
            for (int i = 0; i < Hashes; i++)
            {
                var h = SplitMix(s ^ Seeds[i]);
                if (h < min[i]) min[i] = h;
            }
        var keys = new long[Bands];
        for (int b = 0; b < Bands; b++)
        {
            ulong h = (ulong)b * 0x100000001B3UL;
            for (int r = 0; r < Rows; r++) h = SplitMix(h ^ min[b * Rows + r]);
            keys[b] = unchecked((long)h);
        }
        return keys;
    }

    public static ulong SimHash(string text)
    {
        Span<int> v = stackalloc int[64];
        var words = Words(text);
        if (words.Count == 0) return 0;
        int n = Math.Min(3, words.Count);
        for (int i = 0; i + n <= words.Count; i++)
        {
            ulong h = 14695981039346656037UL;
            for (int k = 0; k < n; k++) h = Mix(h, words[i + k]);
            for (int b = 0; b < 64; b++) v[b] += ((h >> b) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (int b = 0; b < 64; b++) if (v[b] > 0) result |= 1UL << b;
        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    public static HashSet<ulong> Shingles(string text, int size = ShingleSize)
    {
        var words = Words(text);
        var set = new HashSet<ulong>();
        int n = Math.Min(size, words.Count);
        for (int i = 0; n > 0 && i + n <= words.Count; i++)
        {
            ulong h = 14695981039346656037UL;
            for (int k = 0; k < n; k++) h = Mix(h, words[i + k]);
            set.Add(h);
        }
        return set;
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        int inter = 0;
        var (small, large) = a.Count < b.Count ? (a, b) : (b, a);
        foreach (var x in small) if (large.Contains(x)) inter++;
        return (double)inter / (a.Count + b.Count - inter);
    }

    static ulong Mix(ulong h, ulong word)
    {
        h ^= word;
        h *= 1099511628211UL;
        h ^= h >> 29;
        return h;
    }

    /// <summary>Lower-cased word hashes (letters and digits; punctuation and spacing ignored).</summary>
    static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        ulong h = 14695981039346656037UL;
        bool inWord = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                h = (h ^ char.ToLowerInvariant(ch)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                h = 14695981039346656037UL;
                inWord = false;
            }
        }
        if (inWord) words.Add(h);
        return words;
    }
}
