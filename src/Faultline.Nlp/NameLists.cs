using System.Runtime.CompilerServices;
using System.Text;

namespace Faultline.Nlp;

/// <summary>
/// Gazetteer features for the NER: lists of known names (countries and their aliases and demonyms,
/// admin regions, cities, persons, organisations and armed groups) stored as hashes of their
/// lower-cased word sequences. Hyphens are transparent, so "al-Qaeda" matches AL_QAEDA.
/// </summary>
public sealed class NameLists
{
    /// <summary>The lists. The first <see cref="Kinds"/> are the recogniser's features and are kept in its model file;
    /// <see cref="ListKind.Nation"/> (a country's own name, never its people's: "Jordan", not "Jordanian") is only looked
    /// up, and comes from the hand-kept files (data/names/countries.tsv).</summary>
    public enum ListKind : byte { Country = 0, Region = 1, City = 2, Person = 3, Organisation = 4, Nation = 5 }
    public const int Kinds = 5;
    const int AllKinds = 6;
    public const int MaxWords = 6;

    readonly HashSet<ulong>[] lists;
    readonly HashSet<ulong> curatedOrganisations; // hand-checked multi-word names that override the model
    // every name once, with a bit per list it is on: one lookup per word sequence instead of one per list
    readonly System.Collections.Frozen.FrozenDictionary<ulong, byte> kindsOf;

    NameLists(HashSet<ulong>[] lists, HashSet<ulong> curated)
    {
        this.lists = lists;
        curatedOrganisations = curated;
        var kinds = new Dictionary<ulong, byte>();
        for (int k = 0; k < lists.Length; k++)
            foreach (var h in lists[k]) kinds[h] = (byte)(kinds.GetValueOrDefault(h) | (1 << k));
        kindsOf = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(kinds);
    }

    public int Count => lists.Sum(l => l.Count);

    /// <summary>Curated organisation names of two words or more in a sentence, as token ranges [start, end).</summary>
    public List<(int Start, int End)> CuratedOrganisations(int n, WordAt word)
    {
        var found = new List<(int, int)>();
        if (curatedOrganisations.Count == 0) return found;
        for (int i = 0; i < n; i++)
        {
            if (Transparent(word(i))) continue;
            ulong h = Start;
            int words = 0, best = -1;
            for (int j = i; j < n && words < MaxWords; j++)
            {
                var w = word(j);
                if (Transparent(w)) continue;
                h = Extend(h, w);
                words++;
                if (words >= 2 && curatedOrganisations.Contains(h)) best = j;
            }
            if (best < 0) continue;
            found.Add((i, best + 1));
            i = best;
        }
        return found;
    }

    static ulong Start => 0xcbf29ce484222325UL;

    static ulong Extend(ulong h, ReadOnlySpan<char> word) => FeatureHash.Mix(h, FeatureHash.OfNormalised(word));

    static bool Transparent(ReadOnlySpan<char> w) => w is "-" or "–" or "'" or "’" or ".";

    /// <summary>Whether words [start, end) are, as a whole, a name on the list of <paramref name="kind"/>, whatever the
    /// longest match around them is ("United States" in "The United States", which the countries list also holds).</summary>
    public bool Holds(ListKind kind, int start, int end, WordAt word) =>
        PhraseHash(start, end, word, out int words) is var h && words is > 0 and <= MaxWords
        && kindsOf.TryGetValue(h, out var mask) && (mask & (1 << (int)kind)) != 0;

    /// <summary>A phrase's hash as the lists hold it: its words but hyphens, apostrophes and full stops, lower-cased.</summary>
    static ulong PhraseHash(int start, int end, WordAt word, out int words)
    {
        ulong h = Start;
        words = 0;
        for (int i = start; i < end; i++)
        {
            var w = word(i);
            if (Transparent(w)) continue;
            h = Extend(h, w);
            words++;
        }
        return h;
    }

    /// <summary>For each token, a bitmask of (kind × B/I/L/U position) memberships; longest match per kind wins.</summary>
    public void Mark(IReadOnlyList<string> words, ulong[] marks) => Mark(words.Count, i => words[i].AsSpan(), marks);

    public delegate ReadOnlySpan<char> WordAt(int i);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Mark(int n, WordAt word, ulong[] marks)
    {
        Array.Clear(marks, 0, n);
        // each word is hashed once; the five lists then only combine hashes
        var norm = new ulong[n];
        var skip = new bool[n];
        for (int t = 0; t < n; t++)
        {
            var w = word(t);
            skip[t] = Transparent(w);
            norm[t] = skip[t] ? 0 : FeatureHash.OfNormalised(w);
        }
        // longest name of each list starting at each word: bestEnd[kind * n + i]
        var bestEnd = new int[Kinds * n];
        Array.Fill(bestEnd, -1);
        for (int i = 0; i < n; i++)
        {
            if (skip[i]) continue;
            ulong h = Start;
            int words = 0;
            for (int j = i; j < n && words < MaxWords; j++)
            {
                if (skip[j]) continue;
                h = FeatureHash.Mix(h, norm[j]);
                words++;
                if (!kindsOf.TryGetValue(h, out var mask)) continue;
                for (int kind = 0; kind < Kinds; kind++)
                    if ((mask & (1 << kind)) != 0) bestEnd[kind * n + i] = j;
            }
        }
        for (int kind = 0; kind < Kinds; kind++)
        {
            int i = 0;
            while (i < n)
            {
                if (skip[i]) { i++; continue; }
                int bestEndHere = bestEnd[kind * n + i];
                if (bestEndHere < 0) { i++; continue; }
                int shift = kind * 4;
                if (bestEndHere == i) marks[i] |= 8UL << shift; // U
                else
                {
                    marks[i] |= 1UL << shift; // B
                    for (int k = i + 1; k < bestEndHere; k++) marks[k] |= 2UL << shift; // I
                    marks[bestEndHere] |= 4UL << shift; // L
                }
                i = bestEndHere + 1;
            }
        }
    }

    /// <summary>Builds the lists from the shared reference data (GeoNames and the PETRARCH-2 actor dictionaries).</summary>
    public static NameLists Build(string sharedDataDir, IEnumerable<string>? extraFiles = null, Action<string>? log = null)
    {
        if (!File.Exists(Path.Combine(sharedDataDir, "gazetteer-geonames", "countryInfo.tsv")))
            throw new FileNotFoundException($"name lists not found: {Path.GetFullPath(sharedDataDir)} holds no gazetteer-geonames/countryInfo.tsv (give the shared data folder with --names)");
        var lists = Enumerable.Range(0, AllKinds).Select(_ => new HashSet<ulong>()).ToArray();
        var curated = new HashSet<ulong>();
        void Add(ListKind kind, string phrase) => AddPhrase(lists[(int)kind], phrase);

        var geo = Path.Combine(sharedDataDir, "gazetteer-geonames");
        foreach (var line in File.ReadLines(Path.Combine(geo, "countryInfo.tsv")))
        {
            if (line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length > 5) { Add(ListKind.Country, f[4]); Add(ListKind.City, f[5]); }
        }
        foreach (var line in File.ReadLines(Path.Combine(geo, "admin1CodesASCII.txt")))
        {
            var f = line.Split('\t');
            if (f.Length > 2) { Add(ListKind.Region, f[1]); Add(ListKind.Region, f[2]); }
        }
        foreach (var line in File.ReadLines(Path.Combine(geo, "cities15000.txt")))
        {
            var f = line.Split('\t');
            if (f.Length > 14 && long.TryParse(f[14], out var pop) && pop >= 15000) { Add(ListKind.City, f[1]); Add(ListKind.City, f[2]); }
        }

        var actors = Path.Combine(sharedDataDir, "actors-petrarch2");
        ReadPetrarch(Path.Combine(actors, "Phoenix.Countries.actors.txt"), countryFile: true, Add);
        ReadPetrarch(Path.Combine(actors, "Phoenix.International.actors.txt"), countryFile: false, Add);
        ReadPetrarch(Path.Combine(actors, "Phoenix.MilNonState.actors.txt"), countryFile: false, Add);
        // names newer than the dictionaries, kept in the project (data/names/extra-names.tsv)
        foreach (var extra in extraFiles ?? []) ReadExtra(extra, lists, curated);
        log?.Invoke($"name lists: {string.Join(", ", Enum.GetValues<ListKind>().Select(k => $"{k} {lists[(int)k].Count}"))}");
        return new NameLists(lists, curated);
    }

    /// <summary>
    /// These lists and the names of hand-kept files ("kind TAB name" lines, as data/names/extra-names.tsv): the recogniser
    /// reads list membership, not the names themselves, so names added after training count at once. A line that is not
    /// "kind TAB name" is skipped.
    /// </summary>
    public NameLists With(IEnumerable<string> extraFiles)
    {
        var copy = lists.Select(l => new HashSet<ulong>(l)).ToArray();
        var curated = new HashSet<ulong>(curatedOrganisations);
        int before = copy.Sum(l => l.Count) + curated.Count;
        foreach (var file in extraFiles) ReadExtra(file, copy, curated);
        return copy.Sum(l => l.Count) + curated.Count == before ? this : new NameLists(copy, curated);
    }

    static void ReadExtra(string path, HashSet<ulong>[] lists, HashSet<ulong> curated)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 2 || !Enum.TryParse<ListKind>(f[0], out var kind) || !Enum.IsDefined(kind)) continue;
            AddPhrase(lists[(int)kind], f[1].Trim());
            if (kind == ListKind.Organisation) AddPhrase(curated, f[1].Trim());
        }
    }

    static void AddPhrase(HashSet<ulong> set, string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        ulong h = PhraseHash(0, tokens.Count, i => phrase.AsSpan(tokens[i].Start, tokens[i].Length), out int words);
        if (words is > 0 and <= MaxWords) set.Add(h);
    }

    /// <summary>
    /// TABARI/PETRARCH .actors format: a line "NAME_ [CODE dates] # comment", then "+ALIAS_" lines.
    /// In the countries file a bare three-letter code marks a country (its aliases include demonyms);
    /// entries with dated roles are persons; the rest are organisations.
    /// </summary>
    static void ReadPetrarch(string path, bool countryFile, Action<ListKind, string> add)
    {
        ListKind current = ListKind.Organisation;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            bool alias = line[0] == '+';
            var body = alias ? line[1..] : line;
            int cut = body.IndexOfAny(['[', '#']);
            var name = (cut >= 0 ? body[..cut] : body).Trim();
            if (!alias)
            {
                var codes = cut >= 0 ? body[cut..] : "";
                bool dated = codes.Any(char.IsDigit) || codes.Contains("CountryInfo");
                bool country = countryFile && System.Text.RegularExpressions.Regex.IsMatch(codes, @"^\[[A-Z]{3}\]");
                current = country ? ListKind.Country : dated ? ListKind.Person : ListKind.Organisation;
            }
            var phrase = name.Replace('_', ' ').Replace("(", " ").Replace(")", " ").Trim();
            if (phrase.Length < 2 || phrase.Contains('+')) continue;
            add(current, phrase);
        }
    }

    public void Write(BinaryWriter bw)
    {
        bw.Write(Kinds);
        foreach (var set in lists.Take(Kinds))
        {
            bw.Write(set.Count);
            foreach (var h in set.Order()) bw.Write(h);
        }
        bw.Write(curatedOrganisations.Count);
        foreach (var h in curatedOrganisations.Order()) bw.Write(h);
    }

    public static NameLists Read(BinaryReader br)
    {
        int kinds = br.ReadInt32();
        if (kinds != Kinds) throw new InvalidDataException("name list kinds do not match");
        var lists = new HashSet<ulong>[AllKinds];
        for (int k = kinds; k < AllKinds; k++) lists[k] = [];
        for (int k = 0; k < kinds; k++)
        {
            int n = br.ReadInt32();
            if (n < 0 || n > 20_000_000) throw new InvalidDataException("name list size out of range");
            lists[k] = new HashSet<ulong>(n);
            for (int i = 0; i < n; i++) lists[k].Add(br.ReadUInt64());
        }
        int c = br.ReadInt32();
        if (c < 0 || c > 1_000_000) throw new InvalidDataException("curated name list size out of range");
        var curated = new HashSet<ulong>(c);
        for (int i = 0; i < c; i++) curated.Add(br.ReadUInt64());
        return new NameLists(lists, curated);
    }
}
