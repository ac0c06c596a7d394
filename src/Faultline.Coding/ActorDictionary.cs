using System.Collections.Frozen;
using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Faultline.Coding;

/// <summary>A dated role of a named actor: the Taliban are AFGINS until 2021-08-15 and AFGGOV from then on.</summary>
public sealed record ActorRole(string Code, DateOnly? From, DateOnly? Until);

/// <summary>A named actor: a country, organisation, armed group or person, with its roles over time.</summary>
public sealed record ActorEntry(string Name, string Kind, IReadOnlyList<ActorRole> Roles)
{
    /// <summary>The role at a date: a dated role whose range holds it, else an undated role, else the latest dated one.</summary>
    public string? CodeAt(DateOnly? date)
    {
        if (date is { } d)
        {
            var dated = Roles.Where(r => (r.From ?? DateOnly.MinValue) <= d && d < (r.Until ?? DateOnly.MaxValue) && (r.From is not null || r.Until is not null))
                .OrderByDescending(r => r.From ?? DateOnly.MinValue).FirstOrDefault();
            if (dated is not null) return dated.Code;
        }
        var open = Roles.FirstOrDefault(r => r.From is null && r.Until is null);
        if (open is not null) return open.Code;
        return Roles.OrderByDescending(r => r.Until ?? DateOnly.MaxValue).ThenByDescending(r => r.From ?? DateOnly.MinValue).FirstOrDefault()?.Code;
    }
}

/// <summary>
/// Actor names (lower-cased word sequences) → actors, and agent nouns → roles. Built from the
/// PETRARCH-2 dictionaries (data/actors/petrarch.tsv, stale after 2014), our 2015–2026 update
/// (data/actors/modern.yaml), and any user file (--actors my.yaml, same format), later files
/// overriding earlier ones name by name.
/// </summary>
public sealed class ActorDictionary
{
    readonly Dictionary<string, ActorEntry> byPhrase;
    readonly FrozenDictionary<string, string> agents;
    public int MaxWords { get; private set; }

    ActorDictionary(Dictionary<string, ActorEntry> byPhrase, FrozenDictionary<string, string> agents)
    {
        this.byPhrase = byPhrase;
        this.agents = agents;
        MaxWords = byPhrase.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        MaxAgentWords = Math.Min(6, agents.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max());
    }

    /// <summary>Longest agent phrase worth trying, in words.</summary>
    public int MaxAgentWords { get; }

    /// <summary>The role of an agent phrase of two words or more ("coast guard", "riot police"), normalised
    /// as <see cref="Normalise"/> does; its last word may be plural ("intelligence agencies").</summary>
    public string? AgentPhraseRole(string phrase)
    {
        if (agents.TryGetValue(phrase, out var r)) return r;
        if (phrase.EndsWith("ies") && agents.TryGetValue(phrase[..^3] + "y", out r)) return r;
        if (phrase.EndsWith('s') && agents.TryGetValue(phrase[..^1], out r)) return r;
        return null;
    }

    public int Count => byPhrase.Count;

    public ActorEntry? Find(string phrase) =>
        byPhrase.GetValueOrDefault(phrase)
        // a demonym the dictionary lacks, made of its country's name and an n ("Kampuchean", "Cambodian")
        ?? (phrase.Length > 5 && phrase[^1] == 'n' && !phrase.Contains(' ') && byPhrase.GetValueOrDefault(phrase[..^1]) is { Kind: "country" } country ? country : null);

    /// <summary>The role of an agent noun ("troops" → MIL), trying the lemma and a plural-stripped form.</summary>
    public string? AgentRole(string word, string? lemma)
    {
        var w = word.ToLowerInvariant();
        if (Agent(w, lemma?.ToLowerInvariant()) is { } r) return r;
        // (PETRARCH-2 spells agents the American way: "labourers" are its "laborer")
        return w.Contains("our", StringComparison.Ordinal) ? Agent(w.Replace("our", "or"), lemma?.ToLowerInvariant().Replace("our", "or")) : null;
    }

    string? Agent(string w, string? lemma)
    {
        if (agents.TryGetValue(w, out var r)) return r;
        if (lemma is not null && agents.TryGetValue(lemma, out r)) return r;
        if (w.EndsWith("ies") && agents.TryGetValue(w[..^3] + "y", out r)) return r;
        if (w.EndsWith('s') && agents.TryGetValue(w[..^1], out r)) return r;
        return null;
    }

    public static ActorDictionary Load(string dataDir, IEnumerable<string>? userFiles = null)
    {
        var byPhrase = new Dictionary<string, ActorEntry>();
        var petrarch = Path.Combine(dataDir, "actors", "petrarch.tsv");
        if (!File.Exists(petrarch)) throw new FileNotFoundException($"actor dictionary not found: {petrarch}", petrarch);
        var grouped = new Dictionary<string, (string Name, string Kind, List<ActorRole> Roles)>();
        foreach (var line in File.ReadLines(petrarch))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 6) continue;
            var key = Normalise(f[0]);
            // (a bare number is a count in news text, never a name: PETRARCH lists "313" for the 313 Brigade and "380" for
            // a Nicaraguan front, which made "killed 313 militants" Pakistani rebels)
            if (key.Length == 0 || key.All(c => char.IsAsciiDigit(c) || c == ' ')) continue;
            if (!grouped.TryGetValue(key, out var g)) grouped[key] = g = (Title(f[5]), f[4], new List<ActorRole>());
            g.Roles.Add(new ActorRole(f[1], ParseDate(f[2]), ParseDate(f[3])));
        }
        foreach (var (phrase, g) in grouped) byPhrase[phrase] = new ActorEntry(g.Name, CountryLike(g.Kind, g.Roles) ? "country" : g.Kind, g.Roles);

        var agents = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(dataDir, "actors", "agents.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length == 2) agents[f[0]] = f[1];
        }

        var files = new List<string> { Path.Combine(dataDir, "actors", "modern.yaml") };
        if (userFiles is not null) files.AddRange(userFiles);
        foreach (var file in files) MergeYaml(file, byPhrase, agents);
        return new ActorDictionary(byPhrase, agents.ToFrozenDictionary());
    }

    /// <summary>Codes of three letters that name no country (companies, NGOs, media, IGOs, armed groups, elites …).</summary>
    static readonly FrozenSet<string> NonCountryCodes = new[] { "MNC", "NGO", "MED", "IGO", "IMG", "ELI", "WEU", "MOS", "BAH", "UNO" }.ToFrozenSet();

    /// <summary>
    /// PETRARCH files the countries whose code changed over time as plain actors: "iraq" and "iraqi" are IRQ, IRQOCC
    /// under occupation (2003–2006) and IRQ again; "ukrainian" is USRUKR, UKRUNR, then UKR. They are countries all the
    /// same: "Iraqi police" is IRQCOP, and "Ukrainian and Polish officials" are two governments.
    /// </summary>
    static bool CountryLike(string kind, List<ActorRole> roles) =>
        kind == "actor" && roles.Count > 0 && roles.All(r => r.Code.Length is 3 or 6 && r.Code.All(char.IsAsciiLetterUpper)
            && !NonCountryCodes.Contains(r.Code[..3]) && (r.Code.Length == 3 || r.Code[3..] is "OCC" or "UNR" || r.Code[..3] == "USR"));

    static string Title(string lower) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(lower);

    static DateOnly? ParseDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    sealed class YamlRole
    {
        public string? Code { get; set; }
        public string? From { get; set; }
        public string? Until { get; set; }
    }

    sealed class YamlActor
    {
        public string? Name { get; set; }
        public string? Type { get; set; }
        public List<string>? Aliases { get; set; }
        public string? Code { get; set; }
        public List<YamlRole>? Roles { get; set; }
        /// <summary>For agent entries: the role code without a country (MIL, COP, REB …).</summary>
        public string? Agent { get; set; }
    }

    /// <summary>
    /// YAML list of actors: `- name: Asim Munir`, `type: person|group|country|agent`, `aliases: [...]`,
    /// and `code: PAKMIL` or `roles: [{code: PAKMIL, from: 2022-11-29, until: …}]`; agents give `agent: MIL`.
    /// </summary>
    static void MergeYaml(string path, Dictionary<string, ActorEntry> byPhrase, Dictionary<string, string> agents)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"actor file not found: {path}", path);
        List<YamlActor>? items;
        try
        {
            var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
            items = yaml.Deserialize<List<YamlActor>>(File.ReadAllText(path));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
        foreach (var item in items ?? [])
        {
            if (string.IsNullOrWhiteSpace(item.Name)) throw new InvalidDataException($"{path}: an entry has no name");
            var phrases = new[] { item.Name }.Concat(item.Aliases ?? []).Select(Normalise).Where(p => p.Length > 0).ToList();
            if (item.Agent is { } agent)
            {
                foreach (var p in phrases) agents[p] = agent.ToUpperInvariant();
                continue;
            }
            var roles = new List<ActorRole>();
            if (item.Code is { } code) roles.Add(new ActorRole(code.ToUpperInvariant(), null, null));
            foreach (var r in item.Roles ?? [])
            {
                if (string.IsNullOrWhiteSpace(r.Code)) throw new InvalidDataException($"{path}: {item.Name}: a role has no code");
                DateOnly? from = r.From is null ? null : ParseDate(r.From) ?? throw new InvalidDataException($"{path}: {item.Name}: bad date '{r.From}' (use YYYY-MM-DD)");
                DateOnly? until = r.Until is null ? null : ParseDate(r.Until) ?? throw new InvalidDataException($"{path}: {item.Name}: bad date '{r.Until}' (use YYYY-MM-DD)");
                roles.Add(new ActorRole(r.Code.ToUpperInvariant(), from, until));
            }
            if (roles.Count == 0) throw new InvalidDataException($"{path}: {item.Name}: give a code or roles");
            var entry = new ActorEntry(item.Name, item.Type ?? "actor", roles);
            foreach (var p in phrases) byPhrase[p] = entry;
        }
    }

    /// <summary>Lower-case words joined by single spaces, hyphens and apostrophes as word breaks ("al-Shabaab" → "al shabaab").</summary>
    public static string Normalise(string phrase)
    {
        var sb = new System.Text.StringBuilder(phrase.Length);
        bool space = false;
        foreach (var ch in phrase.ToLowerInvariant())
        {
            bool sep = char.IsWhiteSpace(ch) || ch is '-' or '_' or '–' or '.' or ',' or '(' or ')';
            if (ch is '\'' or '’') { continue; }
            if (sep) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
