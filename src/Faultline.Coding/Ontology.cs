using System.Collections.Frozen;
using System.Globalization;

namespace Faultline.Coding;

/// <summary>A CAMEO event code with GDELT's Goldstein value, QuadClass and its PLOVER type.</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string? Plover, string? PloverMode, string? PloverContext)
{
    public string Root => Code[..2];
}

/// <summary>
/// CAMEO codes from data/ontology/cameo.tsv. QuadClass follows GDELT: 1 verbal cooperation (roots
/// 01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20).
/// Goldstein values are GDELT's (they differ from ICEWS's for 016, 022, 164 and 165).
/// </summary>
public sealed class Ontology
{
    readonly FrozenDictionary<string, CameoCode> codes;

    Ontology(FrozenDictionary<string, CameoCode> codes) => this.codes = codes;

    public IEnumerable<CameoCode> All => codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    public CameoCode? Get(string code) => codes.GetValueOrDefault(code);

    /// <summary>The code, or its parent (0234 → 023 → 02) when a dictionary names a code the ontology lacks.</summary>
    public CameoCode? Resolve(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
            if (codes.TryGetValue(c, out var found)) return found;
        return null;
    }

    public static Ontology Load(string dataDir)
    {
        var path = Path.Combine(dataDir, "ontology", "cameo.tsv");
        if (!File.Exists(path)) throw new FileNotFoundException($"CAMEO ontology not found: {path}", path);
        var map = new Dictionary<string, CameoCode>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 7) throw new InvalidDataException($"{path}: bad line '{line}'");
            map[f[0]] = new CameoCode(f[0], f[1], double.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3]),
                f[4].Length == 0 ? null : f[4], f[5].Length == 0 ? null : f[5], f[6].Length == 0 ? null : f[6]);
        }
        return new Ontology(map.ToFrozenDictionary());
    }
}
