using System.Numerics;
using System.Text;

namespace Faultline.Ingest;

/// <summary>Near-duplicate detection for syndicated or re-ingested stories.
/// Candidates come from a 64-bit SimHash over word 3-shingles, split into four 16-bit bands
/// (two texts whose hashes differ in at most 3 bits share a band, by pigeonhole). A candidate is a
/// duplicate when the Jaccard similarity of the two texts' word 5-shingle sets is at least
/// <see cref="JaccardThreshold"/>: the same story with a different headline, dateline, a sentence
/// added or boilerplate around it passes; two different stories on the same subject do not.</summary>
public static class NearDuplicates
{
    public const double JaccardThreshold = 0.8;

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

    /// <summary>The four 16-bit bands used to look up candidates.</summary>
    public static int[] Bands(ulong simhash) =>
        [(int)(simhash & 0xFFFF), (int)((simhash >> 16) & 0xFFFF), (int)((simhash >> 32) & 0xFFFF), (int)((simhash >> 48) & 0xFFFF)];

    public static HashSet<ulong> Shingles(string text, int size = 5)
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

    public static bool AreDuplicates(string a, string b) => Jaccard(Shingles(a), Shingles(b)) >= JaccardThreshold;

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
