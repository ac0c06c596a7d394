using Faultline.Nlp;
using System.Text.Json;
using Faultline.Core;

namespace Faultline.Coding;

/// <summary>
/// Scores the coder on gold-coded sentences. PLOVER's gold standard records (PLOVER_GSR_CAMEO.json:
/// sentences with event type, source and target actors) give type accuracy, source and target
/// accuracy and P/R/F1 of (source country, type, target country) triples; the CAMEO codebook's
/// example sentences (cameo-codes.csv) give root and full-code accuracy.
/// </summary>
public static class EventEvaluation
{
    /// <summary>
    /// The GSR uses PLOVER's 2016 type names; ours are the 2021 mapping's. Same ideas, older names:
    /// REQUEST (CAMEO 02, 10) = DEMAND, ACCUSE (11) = DISAPPROVE, investigation (09) = INVESTIGATE,
    /// conventional force (19, 20) = FIGHT, unconventional violence (18) = ASSAULT.
    /// </summary>
    public static string? GsrType(CameoCode c) => c.Root switch
    {
        "01" => null,
        "02" or "10" => "DEMAND",
        "09" => "INVESTIGATE",
        "11" => "DISAPPROVE",
        "18" => "ASSAULT",
        "19" when c.Code == "191" => "COERCE",              // blockades are restrictions, in 2016 as in 2021
        "19" or "20" => "FIGHT",
        "08" when c.Code == "0831" => "RETREAT",           // resignations were RETREAT in PLOVER 2016
        "08" when c.Code is "0813" or "0814" => "CONCEDE",  // easing a curfew or an emergency moved to RETREAT only in 2021 (the table's note of 21.09.17)
        "16" => "SANCTION",                                 // PLOVER 2016 kept CAMEO's "reduce relations" as SANCTION
        "17" => "COERCE",                                   // destroying property (1712) and repression (175) moved to ASSAULT only in 2021
        _ => c.Plover,
    };

    public sealed record GsrResult(int Sentences, int Coded, double TypeAccuracy, double SourceAccuracy, double TargetAccuracy,
        double Precision, double Recall, double F1, IReadOnlyList<string> Misses);

    /// <summary>The country of an actor code. PETRARCH codes a member state of a federation after the federation
    /// ("SCGSRB" is Serbia within Serbia and Montenegro): the member is the country.</summary>
    static string Country(string? code) => code is null ? "" : code.Length >= 6 && code[..3] is "SCG" or "YUG" && code[3..6] is "SRB" or "MNE" or "HRV" or "BIH" or "SVN" or "MKD" or "KSV"
        ? code[3..6] : code.Length >= 3 ? code[..3] : code;

    public static GsrResult Gsr(EventCoder coder, string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        int sentences = 0, coded = 0, typeOk = 0, sourceOk = 0, targetOk = 0, targetTotal = 0;
        int gold = 0, predicted = 0, correct = 0;
        var misses = new List<string>();
        foreach (var rec in json.RootElement.EnumerateArray())
        {
            if (!rec.TryGetProperty("text", out var textEl) || textEl.GetString() is not { Length: > 0 } text) continue;
            var type = rec.GetProperty("event").GetString()!;
            if (type == "DOCUMENT") continue;
            sentences++;
            DateOnly? date = rec.TryGetProperty("date", out var d) && DateOnly.TryParse(d.GetString(), out var dd) ? dd : null;
            var sources = Actors(rec, "source");
            var targets = Actors(rec, "target");
            var result = coder.Code(new Article("gsr", null, date, null, null, "en", text));
            // the events DESIGN.md counts by default: asserted, reported and claimed
            var events = result.Events.Where(e => e.Modality is Modality.Asserted or Modality.Reported or Modality.Claimed
                && coder.Ontology.Get(e.Cameo) is { } c && GsrType(c) is not null).ToList();
            // the sentence's main event: the trigger nearest the root of the parse (a reporting verb's content counts as its clause)
            var main = events.OrderBy(e => e.Depth).ThenByDescending(e => e.Confidence).FirstOrDefault();
            if (main is not null) coded++;
            var mainType = main is null ? null : GsrType(coder.Ontology.Get(main.Cameo)!);
            if (mainType == type) typeOk++;
            else if (misses.Count < 400) misses.Add($"{type}\t{mainType ?? "-"}\t{main?.Cameo ?? "-"}\t{main?.Rule ?? "-"}\t{text}");
            if (main is not null && sources.Contains(Country(main.Source.Code))) sourceOk++;
            if (targets.Count > 0)
            {
                targetTotal++;
                if (main?.Target is { } t && targets.Contains(Country(t.Code))) targetOk++;
            }
            var goldTriples = sources.SelectMany(s => (targets.Count == 0 ? [""] : targets).Select(t => (s, type, t))).ToHashSet();
            // the GSR codes each sentence's main event; ours are scored from the main clause (the shallowest triggers)
            var top = events.Count == 0 ? 0 : events.Min(e => e.Depth);
            var ourTriples = events.Where(e => e.Depth == top).Select(e => (Country(e.Source.Code), GsrType(coder.Ontology.Get(e.Cameo)!)!, Country(e.Target?.Code))).ToHashSet();
            if (misses.Count < 400 && !ourTriples.Overlaps(goldTriples))
                misses.Add($"TRIPLE\t{string.Join(" ", goldTriples)}\t{string.Join(" ", ourTriples)}\t{main?.Source.Text}|{main?.Target?.Text}\t{text}");
            gold += goldTriples.Count;
            predicted += ourTriples.Count;
            correct += ourTriples.Count(goldTriples.Contains);
        }
        double p = predicted == 0 ? 0 : (double)correct / predicted, r = gold == 0 ? 0 : (double)correct / gold;
        return new GsrResult(sentences, coded, (double)typeOk / sentences, (double)sourceOk / sentences, targetTotal == 0 ? 0 : (double)targetOk / targetTotal,
            p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), misses);
    }

    static HashSet<string> Actors(JsonElement rec, string field)
    {
        var set = new HashSet<string>();
        if (!rec.TryGetProperty(field, out var el) || el.ValueKind != JsonValueKind.Array) return set;
        foreach (var a in el.EnumerateArray())
            if (a.TryGetProperty("code", out var c) && c.GetString() is { Length: > 0 } code) set.Add(GoldCountry(Country(code)));
        return set;
    }

    /// <summary>The GSR spells three countries in older, non-ISO codes (JAP, ITL, VTN): read them as ISO 3166.</summary>
    static string GoldCountry(string code) => code switch { "JAP" => "JPN", "ITL" => "ITA", "VTN" => "VNM", _ => code };

    public sealed record CodebookResult(int Sentences, int Coded, double RootAccuracy, double CodeAccuracy, IReadOnlyList<string> Misses);

    /// <summary>The CAMEO codebook's example sentences (column "example" of cameo-codes.csv) against their codes.</summary>
    public static CodebookResult Codebook(EventCoder coder, string path)
    {
        int n = 0, coded = 0, root = 0, full = 0;
        var misses = new List<string>();
        foreach (var (code, example) in ReadCodebook(path))
        {
            n++;
            var result = coder.Code(new Article("codebook", null, null, null, null, "en", example));
            var main = result.Events.Where(e => e.Modality != Modality.Negated && e.Cameo != "010").OrderByDescending(e => e.Confidence).FirstOrDefault()
                ?? result.Events.FirstOrDefault();
            if (main is not null) coded++;
            if (main is not null && main.Cameo[..2] == code[..2]) root++;
            else misses.Add($"{code}\t{main?.Cameo[..2] ?? "-"}\t{main?.Cameo ?? "-"}\t{main?.Rule ?? "-"}\t{example}");
            if (main is not null && main.Cameo == code) full++;
        }
        return new CodebookResult(n, coded, n == 0 ? 0 : (double)root / n, n == 0 ? 0 : (double)full / n, misses);
    }

    static IEnumerable<(string Code, string Example)> ReadCodebook(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) yield break;
        var header = CsvLine.Split(lines[0]);
        int ci = header.IndexOf("code"), ei = header.IndexOf("example");
        if (ci < 0 || ei < 0) throw new InvalidDataException($"{path}: expected the columns 'code' and 'example' (cameo-codes.csv)");
        foreach (var line in lines.Skip(1))
        {
            var f = CsvLine.Split(line);
            if (f.Count <= Math.Max(ci, ei)) continue;
            var ex = f[ei].Trim();
            if (ex.Length < 10 || ex == "NA") continue;
            yield return (f[ci], ex);
        }
    }
}
