using System.Collections.Frozen;

namespace Faultline.Nlp;

/// <summary>
/// Lemmas from a table of the (word, PTB tag) pairs seen in the treebank, and suffix rules for the
/// rest (stopped → stop, cities → city, created → create). Table lemmas are interned, so known
/// words cost no allocation.
/// </summary>
public sealed class Lemmatizer
{
    readonly FrozenDictionary<ulong, string> table;

    Lemmatizer(FrozenDictionary<ulong, string> table) => this.table = table;

    static ulong Key(ReadOnlySpan<char> word, string xpos)
    {
        ulong h = 0xcbf29ce484222325UL;
        foreach (var ch in word) { h ^= char.ToLowerInvariant(ch); h *= 0x100000001b3UL; }
        return FeatureHash.Mix(h, FeatureHash.Of(xpos));
    }

    public string Lemma(ReadOnlySpan<char> word, string xpos)
    {
        if (table.TryGetValue(Key(word, xpos), out var known))
            return known.Length == 0 ? word.ToString() : known; // "" marks "the word as written"
        return ByRule(word, xpos);
    }

    public static string ByRule(ReadOnlySpan<char> word, string xpos)
    {
        if (xpos is "NNP") return word.ToString();
        var w = word.ToString().ToLowerInvariant();
        if (xpos is "NNPS") return word.Length > 3 && word[^1] == 's' ? word[..^1].ToString() : word.ToString();
        switch (xpos)
        {
            case "NNS" or "VBZ":
                if (w.EndsWith("ies") && w.Length > 4) return w[..^3] + "y";
                if (w.EndsWith("sses") || w.EndsWith("xes") || w.EndsWith("zes") || w.EndsWith("ches") || w.EndsWith("shes")) return w[..^2];
                if (w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 2) return w[..^1];
                return w;
            case "VBD" or "VBN":
                if (IrregularPastVerb(w) is { } irregular) return irregular;
                if (w.EndsWith("ied") && w.Length > 4) return w[..^3] + "y";
                if (w.EndsWith("ed") && w.Length > 4) return Restore(w[..^2]);
                return w;
            case "VBG":
                if (w.EndsWith("ing") && w.Length > 5) return Restore(w[..^3]);
                return w;
            case "JJR" or "RBR":
                if (w.EndsWith("ier") && w.Length > 4) return w[..^3] + "y";
                if (w.EndsWith("er") && w.Length > 4) return Undouble(w[..^2]);
                return w;
            case "JJS" or "RBS":
                if (w.EndsWith("iest") && w.Length > 5) return w[..^4] + "y";
                if (w.EndsWith("est") && w.Length > 5) return Undouble(w[..^3]);
                return w;
            default:
                return w;
        }
    }

    /// <summary>The verb of an irregular past form ("shot" → "shoot", "retaken" → "retake"), or null. The lemma table covers
    /// the treebank's (form, tag) pairs; these fill its gaps ("Gunmen shot dead …": EWT has "shot" only as a participle),
    /// and the event coder reads them where the tagger hesitates ("shot" read as a noun).</summary>
    public static string? IrregularPastVerb(string form) => IrregularPast.GetValueOrDefault(form);

    static readonly FrozenDictionary<string, string> IrregularPast = new (string Verb, string[] Forms)[]
    {
        ("shoot", ["shot"]), ("flee", ["fled"]), ("fight", ["fought"]), ("strike", ["struck", "stricken"]), ("slay", ["slew", "slain"]),
        ("lead", ["led"]), ("hold", ["held"]), ("meet", ["met"]), ("seek", ["sought"]), ("steal", ["stole", "stolen"]),
        ("throw", ["threw", "thrown"]), ("overthrow", ["overthrew", "overthrown"]), ("break", ["broke", "broken"]),
        ("blow", ["blew", "blown"]), ("overrun", ["overran"]), ("beat", ["beaten"]), ("bind", ["bound"]), ("withdraw", ["withdrew", "withdrawn"]),
        ("take", ["took", "taken"]), ("retake", ["retook", "retaken"]), ("undertake", ["undertook", "undertaken"]), ("give", ["gave", "given"]),
        ("send", ["sent"]), ("speak", ["spoke", "spoken"]), ("tell", ["told"]), ("win", ["won"]), ("lose", ["lost"]), ("fall", ["fell", "fallen"]),
        ("drive", ["drove", "driven"]), ("ride", ["rode", "ridden"]), ("freeze", ["froze", "frozen"]), ("shake", ["shook", "shaken"]),
        ("swear", ["swore", "sworn"]), ("forbid", ["forbade", "forbidden"]), ("fly", ["flew", "flown"]), ("tear", ["tore", "torn"]),
        ("uphold", ["upheld"]), ("withhold", ["withheld"]), ("forsake", ["forsook", "forsaken"]), ("hang", ["hung"]),
        ("bring", ["brought"]), ("buy", ["bought"]), ("catch", ["caught"]), ("teach", ["taught"]), ("think", ["thought"]),
        ("leave", ["left"]), ("keep", ["kept"]), ("sleep", ["slept"]), ("sweep", ["swept"]), ("feel", ["felt"]),
        ("grow", ["grew", "grown"]), ("know", ["knew", "known"]), ("draw", ["drew", "drawn"]), ("rise", ["rose", "risen"]),
        ("arise", ["arose", "arisen"]), ("choose", ["chose", "chosen"]), ("write", ["wrote", "written"]),
        ("begin", ["began", "begun"]), ("sink", ["sank", "sunk"]), ("sing", ["sang", "sung"]), ("run", ["ran"]), ("come", ["came"]),
        ("become", ["became"]), ("overcome", ["overcame"]), ("go", ["went", "gone"]), ("do", ["did", "done"]), ("see", ["saw", "seen"]),
        ("eat", ["ate", "eaten"]), ("get", ["got", "gotten"]), ("forget", ["forgot", "forgotten"]), ("hide", ["hid", "hidden"]),
        ("bite", ["bit", "bitten"]), ("wake", ["woke", "woken"]), ("wear", ["wore", "worn"]), ("bear", ["bore", "borne"]),
        ("stand", ["stood"]), ("understand", ["understood"]), ("sell", ["sold"]), ("find", ["found"]),
        ("build", ["built"]), ("spend", ["spent"]), ("lend", ["lent"]), ("bend", ["bent"]), ("make", ["made"]), ("pay", ["paid"]),
        ("say", ["said"]), ("lay", ["laid"]), ("hear", ["heard"]), ("mean", ["meant"]), ("deal", ["dealt"]), ("light", ["lit"]),
        ("feed", ["fed"]), ("bleed", ["bled"]), ("breed", ["bred"]), ("speed", ["sped"]), ("shine", ["shone"]), ("stick", ["stuck"]),
        ("swing", ["swung"]), ("cling", ["clung"]), ("fling", ["flung"]), ("sting", ["stung"]), ("spin", ["spun"]),
        ("dig", ["dug"]), ("mislead", ["misled"]), ("forecast", ["forecast"]), ("foresee", ["foresaw", "foreseen"]),
    }.SelectMany(v => v.Forms.Select(f => (Form: f, v.Verb))).ToFrozenDictionary(x => x.Form, x => x.Verb);

    static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && !"aeiouls".Contains(stem[^1]) ? stem[..^1] : stem;

    /// <summary>Verbs ending in a single l that double it (expelled, controlled); "killed" and "called" keep theirs.</summary>
    static readonly FrozenSet<string> DoubledL = new[]
    {
        "expel", "compel", "propel", "repel", "dispel", "control", "patrol", "excel", "cancel", "label", "travel", "model", "level", "fuel",
        "signal", "total", "channel", "marshal", "enrol", "rebel", "quarrel", "tunnel", "shovel", "annul", "distil", "instil", "fulfil",
    }.ToFrozenSet();

    static readonly FrozenSet<string> EatVerbs = new[]
    {
        "repeat", "defeat", "retreat", "treat", "mistreat", "maltreat", "entreat", "cheat", "beat", "heat", "reheat", "seat", "unseat",
        "bleat", "float", "gloat", "bloat", "threat",
    }.ToFrozenSet();

    /// <summary>Undoes consonant doubling (stopp → stop) and restores a silent e (creat → create).</summary>
    static string Restore(string stem)
    {
        if (stem.EndsWith("ll") && DoubledL.Contains(stem[..^1])) return stem[..^1];
        if (stem.Length > 2 && stem[^1] == stem[^2] && !"aeiouls".Contains(stem[^1])) return stem[..^1];
        // (repeated, defeated, retreated, treated keep their stem; created becomes create)
        if (EatVerbs.Contains(stem)) return stem;
        if (stem.EndsWith("at") || stem.EndsWith("iz") || stem.EndsWith("us") || stem.EndsWith('v')
            || stem.EndsWith("bl") || stem.EndsWith("pl") || stem.EndsWith("tl") || stem.EndsWith("dl") || stem.EndsWith("gl")
            || stem.EndsWith("rg") || stem.EndsWith("dg") || stem.EndsWith("nc") || stem.EndsWith("rc"))
            return stem + "e";
        // decided, concluded, executed, invoked, required, secured, traded, invaded; not after a second vowel: raided, avoided,
        // clouded, shouted, looked, leaked, repaired, poured, loaded, pleaded
        if (stem.Length > 2 && (stem.EndsWith("ut") || stem.EndsWith("ur") || stem.EndsWith("ok") || stem.EndsWith("ak") || stem.EndsWith("id")
                || stem.EndsWith("ud") || stem.EndsWith("ad")) && !"aeiou".Contains(stem[^3])
            || stem.Length > 2 && stem.EndsWith("ir") && !"aeo".Contains(stem[^3]))
            return stem + "e";
        if (stem.Length < 3) return stem;
        char last = stem[^1], before = stem[^2], third = stem[^3];
        static bool Vowel(char c) => "aeiou".Contains(c);
        // praised, imposed, accused, refused, and collapsed, eclipsed, licensed, dispersed (no English verb ends in a consonant
        // and "s"), but passed; replaced, produced; combined, declined (not joined); named, welcomed (not claimed)
        if (last == 's' && before is not ('s' or 'y')) return stem + "e";
        if (last == 'c' && Vowel(before)) return stem + "e";
        if (last == 'n' && before == 'i' && !Vowel(third)) return stem + "e";
        if (last == 'm' && Vowel(before) && before != 'e' && !Vowel(third)) return stem + "e";
        if (last == 'g' && Vowel(before) && !Vowel(third)) return stem + "e"; // staged, waged, engaged (not belonged)
        // exchanged, arranged, plunged, avenged, scavenged (not belonged, hanged, longed)
        if (stem.EndsWith("chang") || stem.EndsWith("rang") || stem.EndsWith("ung") || stem.EndsWith("eng") || stem.EndsWith("gaug")) return stem + "e";
        return stem;
    }

    public static Lemmatizer Train(IEnumerable<TreebankSentence> sentences)
    {
        var counts = new Dictionary<ulong, Dictionary<string, int>>();
        foreach (var s in sentences)
            for (int i = 0; i < s.Length; i++)
            {
                var key = Key(s.Forms[i], s.Xpos[i]);
                if (!counts.TryGetValue(key, out var byLemma)) counts[key] = byLemma = new();
                // proper nouns keep their spelling ("" = the word as written); other lemmas are stored as such
                var lemma = s.Lemmas[i] == s.Forms[i] && s.Xpos[i] is "NNP" or "NNPS" ? "" : s.Lemmas[i];
                byLemma[lemma] = byLemma.GetValueOrDefault(lemma) + 1;
            }
        var table = new Dictionary<ulong, string>();
        foreach (var (key, byLemma) in counts)
            table[key] = string.Intern(byLemma.MaxBy(kv => kv.Value).Key);
        return new Lemmatizer(table.ToFrozenDictionary());
    }

    public void Write(BinaryWriter bw)
    {
        bw.Write(table.Count);
        foreach (var (k, v) in table.OrderBy(kv => kv.Key)) { bw.Write(k); bw.Write(v); }
    }

    public static Lemmatizer Read(BinaryReader br)
    {
        int n = br.ReadInt32();
        if (n < 0 || n > 5_000_000) throw new InvalidDataException("lemma table size out of range");
        var table = new Dictionary<ulong, string>(n);
        for (int i = 0; i < n; i++) { var k = br.ReadUInt64(); table[k] = string.Intern(br.ReadString()); }
        return new Lemmatizer(table.ToFrozenDictionary());
    }
}
