using System.Globalization;
using System.IO.Compression;
using Faultline.Core;

namespace Faultline.Coding;

/// <summary>A gazetteer entry: a country, a first- or second-level region (admin1, admin2) or a city of 15,000 people or more.</summary>
public sealed record GazetteerPlace(string Name, string Kind, string Country, string? Admin1, double? Lat, double? Lon, long Population)
{
    public Place ToPlace() => new(Name, Country, Admin1, Lat, Lon);
}

/// <summary>
/// GeoNames places (data/gazetteer/places.tsv.gz) by normalised name. Resolution prefers, in order:
/// a country of that name; a place in the article's focus countries (largest first); a capital;
/// the largest place anywhere. "Georgia" is the country unless the article is about the United
/// States; "Hyderabad" is India's unless the article is about Pakistan.
/// </summary>
public sealed class Gazetteer
{
    readonly Dictionary<string, List<GazetteerPlace>> byName;
    readonly Dictionary<string, GazetteerPlace> countries; // ISO3 → country

    readonly (string Name, GazetteerPlace Country)[] countryNames; // normalised, for the typo check

    Gazetteer(Dictionary<string, List<GazetteerPlace>> byName, Dictionary<string, GazetteerPlace> countries)
    {
        this.byName = byName;
        this.countries = countries;
        countryNames = countries.Values.Select(c => (ActorDictionary.Normalise(c.Name), c)).ToArray();
    }

    public int Count => byName.Count;

    public GazetteerPlace? Country(string iso3) => countries.GetValueOrDefault(iso3);

    public bool IsCapital(string name) =>
        byName.TryGetValue(ActorDictionary.Normalise(name), out var list) && list.Any(p => p.Kind == "capital") && list.All(p => p.Kind != "country");

    public bool IsCountry(string name) =>
        byName.TryGetValue(ActorDictionary.Normalise(name), out var list) && list.Any(p => p.Kind == "country");

    public bool Contains(string name) => byName.ContainsKey(ActorDictionary.Normalise(name));

    static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western",
        "central", "centre", "center", "upper", "lower", "new", "old", "city", "town", "port", "lake", "island", "islands", "bay", "river",
        "mount", "valley", "hills", "capital", "border", "region", "district", "province", "state", "county", "airport", "station", "camp",
        // (nor a building's word: "at Fishmongers' Hall in London" is not Schwäbisch Hall, which GeoNames also calls "Hall")
        "hall", "house", "tower", "palace", "park", "square", "market", "garden", "gardens", "court", "bridge", "gate", "field", "church",
    };

    /// <summary>Continents, which GeoNames also gives as names of towns: "Africa" is an old name of Mahdia in Tunisia and
    /// "Asia" a town in the Philippines, but "southern Africa" and "across Asia" are neither.</summary>
    static readonly HashSet<string> Continents = new(StringComparer.Ordinal) { "africa", "asia", "europe", "america", "oceania", "antarctica" };

    public static Gazetteer Load(string dataDir)
    {
        var path = Path.Combine(dataDir, "gazetteer", "places.tsv.gz");
        if (!File.Exists(path)) throw new FileNotFoundException($"gazetteer not found: {path}", path);
        var byName = new Dictionary<string, List<GazetteerPlace>>();
        var countries = new Dictionary<string, GazetteerPlace>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress))) Read(reader, path);
        // places of the news that GeoNames' tables lack (towns under 15,000 people, regions that are no admin unit), by hand
        var extra = Path.Combine(dataDir, "gazetteer", "extra-places.tsv");
        if (File.Exists(extra))
            using (var reader = new StreamReader(extra)) Read(reader, extra);
        void Read(TextReader reader, string file)
        {
            string? line;
            int lineNumber = 0;
            while ((line = reader.ReadLine()) != null)
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length < 8) continue;
                double? Coordinate(string x) => x.Length == 0 ? null
                    : double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                    : throw new InvalidDataException($"{file}:{lineNumber}: \"{x}\" is no coordinate");
                long population = f[7].Length == 0 ? 0 : long.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
                    : throw new InvalidDataException($"{file}:{lineNumber}: \"{f[7]}\" is no population");
                var place = new GazetteerPlace(f[0], f[2], f[3], f[4].Length == 0 ? null : f[4], Coordinate(f[5]), Coordinate(f[6]), population);
                if (place.Kind == "country") countries[place.Country] = place;
                foreach (var name in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(f[0]))
                {
                    var key = ActorDictionary.Normalise(name);
                    if (key.Length == 0 || Continents.Contains(key)) continue;
                    // GeoNames lists short forms such as "North" for North Salt Lake: a bare direction or common
                    // word is never taken as another name of a place ("north-eastern Syria" is not in Utah)
                    if (!ReferenceEquals(name, f[0]) && GenericWords.Contains(key)) continue;
                    // nor are its short alternates ("al" for Halle, "AYN" for Anyang): they match pieces of other names
                    if (!ReferenceEquals(name, f[0]) && key.Length < 4) continue;
                    if (!byName.TryGetValue(key, out var list)) byName[key] = list = new List<GazetteerPlace>(1);
                    list.Add(place);
                }
            }
        }
        // regions and countries have no coordinates in GeoNames' tables: give them their largest city's, for maps
        var largest = new Dictionary<(string, string?), GazetteerPlace>();
        var capitalOf = new Dictionary<string, GazetteerPlace>();
        foreach (var p in byName.Values.SelectMany(l => l).Where(p => p.Lat is not null).Distinct())
        {
            if (!largest.TryGetValue((p.Country, p.Admin1), out var l) || p.Population > l.Population) largest[(p.Country, p.Admin1)] = p;
            if (p.Kind == "capital") capitalOf[p.Country] = p;
        }
        foreach (var list in byName.Values)
            for (int i = 0; i < list.Count; i++)
            {
                var p = list[i];
                if (p.Lat is not null) continue;
                // (a district at its region's largest city: near enough for a map, which has no finer position for it)
                var anchor = p.Kind == "admin1" ? largest.GetValueOrDefault((p.Country, p.Name))
                    : p.Kind == "admin2" ? largest.GetValueOrDefault((p.Country, p.Admin1)) ?? capitalOf.GetValueOrDefault(p.Country)
                    : capitalOf.GetValueOrDefault(p.Country);
                if (anchor is not null) list[i] = p with { Lat = anchor.Lat, Lon = anchor.Lon };
            }
        foreach (var iso in countries.Keys.ToList())
            if (capitalOf.TryGetValue(iso, out var cap)) countries[iso] = countries[iso] with { Lat = cap.Lat, Lon = cap.Lon };
        return new Gazetteer(byName, countries);
    }

    /// <summary>
    /// A country whose English name is one typing slip away from <paramref name="word"/> ("Afganistan", "Phillippines",
    /// "Quatar"): one letter added, dropped, changed or swapped, with the first letter right, for words of six letters
    /// or more that name nothing else. Null when there is none, or more than one.
    /// </summary>
    public GazetteerPlace? MisspeltCountry(string word)
    {
        var w = ActorDictionary.Normalise(word);
        if (w.Length < 6 || w.Contains(' ') || byName.ContainsKey(w)) return null;
        GazetteerPlace? found = null;
        foreach (var (n, c) in countryNames)
        {
            if (n.Length < 5 || n[0] != w[0] || Math.Abs(n.Length - w.Length) > 1 || !OneSlip(w, n)) continue;
            // (a name with a letter more at its end is a word of its own: "Chinar Corps", "Irani")
            if (w.Length == n.Length + 1 && w.StartsWith(n, StringComparison.Ordinal)) continue;
            if (found is not null && found != c) return null;
            found = c;
        }
        return found;
    }

    static bool OneSlip(string a, string b)
    {
        if (a == b) return false;
        if (a.Length == b.Length)
        {
            int first = -1, diffs = 0;
            for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) { if (first < 0) first = i; diffs++; }
            return diffs == 1 || diffs == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..] == b[(first + 2)..];
        }
        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        int k = 0;
        while (k < s.Length && s[k] == l[k]) k++;
        return s[k..] == l[(k + 1)..];
    }

    /// <summary>
    /// Resolves "Name, Region" ("Antioch, Illinois", "Hyderabad, Sindh", "Paris, Texas"): the place of that name inside
    /// the region or country the qualifier names, else (a town too small for the gazetteer) the region itself. A
    /// qualifier that is no region or country is ignored.
    /// </summary>
    public GazetteerPlace? Resolve(string name, IReadOnlyList<string> focus, string? within)
    {
        if (within is null || Resolve(within, focus) is not { Kind: "admin1" or "country" } region) return Resolve(name, focus);
        if (byName.TryGetValue(ActorDictionary.Normalise(name), out var candidates)
            && candidates.Where(p => p.Country == region.Country && (region.Kind == "country" || p.Admin1 == region.Name) && p != region)
                .OrderByDescending(p => p.Lat is not null).ThenByDescending(p => p.Population).FirstOrDefault() is { } inside)
            return inside;
        return region;
    }

    /// <summary>Resolves a place name; <paramref name="focus"/> lists the article's countries, most mentioned first.</summary>
    public GazetteerPlace? Resolve(string name, IReadOnlyList<string> focus)
    {
        var key = ActorDictionary.Normalise(name);
        if (!byName.TryGetValue(key, out var candidates)) return null;
        // districts (admin2) only in news about their own country, and only where no city or region has that name:
        // "Kurram" in a story about Pakistan; Israel's old Gaza district is not Gaza. 44,000 of them the world over
        // would otherwise turn surnames and common words into places. (A qualifier still finds one: "Bijapur,
        // Chhattisgarh".)
        if (candidates.Any(p => p.Kind == "admin2"))
        {
            candidates = candidates.Any(p => p.Kind != "admin2") ? candidates.Where(p => p.Kind != "admin2").ToList()
                : candidates.Where(p => focus.Contains(p.Country)).ToList();
            if (candidates.Count == 0) return null;
        }
        // regions named after a direction ("West" and "North" in Cameroon, "Centre" in France) only within their
        // own country's news: elsewhere "the West" is a bloc and "north" a direction
        // (so are names of generic words only: "the Eastern District of Virginia" is a US court's district, not American
        // Samoa's Eastern District, nor "the Northern District" Israel's)
        if (GenericWords.Contains(key) || key.Contains(' ') && key.Split(' ').All(GenericWords.Contains))
        {
            candidates = candidates.Where(p => focus.Contains(p.Country)).ToList();
            if (candidates.Count == 0) return null;
        }
        var country = candidates.FirstOrDefault(p => p.Kind == "country");
        if (country is not null)
        {
            // "Georgia" in an article about the United States is the state
            var inFocus = candidates.FirstOrDefault(p => p.Kind != "country" && focus.Count > 0 && p.Country == focus[0] && p.Country != country.Country);
            return inFocus ?? country;
        }
        // (a world capital outweighs a small namesake in the focus country: "the mayor of Moscow" in an American
        // article is not in Idaho, though Lebanon's Tripoli is a city of its own beside Libya's capital)
        var capital = candidates.FirstOrDefault(p => p.Kind == "capital");
        foreach (var c in focus)
        {
            // a city before a region of the same name (Kunduz the city has coordinates; its admin1 is the province)
            var local = candidates.Where(p => p.Country == c).OrderByDescending(p => p.Lat is not null).ThenByDescending(p => p.Population).FirstOrDefault();
            if (local is null) continue;
            if (capital is not null && local.Country != capital.Country && local.Kind != "admin1" && local.Population * 10 < capital.Population) return capital;
            // (nor does a town that has the capital's name only as an old or other name: Anantnag, "Islamabad" in Kashmiri,
            // is not Pakistan's capital in a story about India)
            if (capital is not null && local.Country != capital.Country && ActorDictionary.Normalise(capital.Name) == key
                && ActorDictionary.Normalise(local.Name) != key) return capital;
            return local;
        }
        var best = capital ?? candidates.OrderByDescending(p => p.Population).ThenBy(p => p.Kind == "admin1" ? 0 : 1).First();
        // a region or a small town far from every country the article names is more likely a namesake of a place the
        // gazetteer lacks: "the Uri sector" of Kashmir is not Switzerland's canton of Uri (the West Bank in a story about
        // Israel, or Texas in one about Mexico, are near enough)
        if (focus.Count > 0 && best.Kind is "admin1" or "city" && !focus.Contains(best.Country) && (best.Kind == "admin1" || best.Population < SmallTown)
            && focus.All(c => DistanceKm(best, countries.GetValueOrDefault(c)) > FarAwayKm))
            return null;
        return best;
    }

    /// <summary>Below this population a town abroad that the article's countries do not hold may be taken for a namesake.</summary>
    const int SmallTown = 100_000;
    /// <summary>Farther than this from the capitals of all of the article's countries, such a place is taken for a namesake.</summary>
    const double FarAwayKm = 3500;

    /// <summary>Great-circle distance between two places (a country at its capital); 0 when either has no coordinates,
    /// so that a place of unknown position is never ruled out.</summary>
    double DistanceKm(GazetteerPlace a, GazetteerPlace? b)
    {
        var (lat1, lon1) = a.Lat is null ? (countries.GetValueOrDefault(a.Country)?.Lat, countries.GetValueOrDefault(a.Country)?.Lon) : (a.Lat, a.Lon);
        if (lat1 is null || lon1 is null || b?.Lat is null || b.Lon is null) return 0;
        double r = Math.PI / 180, dLat = (b.Lat.Value - lat1.Value) * r, dLon = (b.Lon.Value - lon1.Value) * r;
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1.Value * r) * Math.Cos(b.Lat.Value * r) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
