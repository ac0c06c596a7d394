using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>
/// Arc-hybrid dependency parser (Kuhlmann et al. 2011) with an averaged perceptron over Zhang &amp; Nivre
/// (2011)-style rich features. Greedy, trained with the dynamic oracle and error exploration of Goldberg &amp;
/// Nivre (2013); or with a beam, trained globally with max-violation updates (Huang, Fayong &amp; Guo 2012).
/// Transition and label are predicted jointly. Words are numbered 1..n; 0 is the artificial root at the bottom
/// of the stack.
/// </summary>
public sealed class DependencyParser : ISentenceParser
{
    public const string Kind = "parser";
    public const int Version = 4;
    internal const int MaxFeatures = 128;

    readonly PerceptronModel model;
    readonly string[] labels;
    // labels a word may not take (UD: only auxiliaries are aux, aux:pass or cop, and only punctuation is punct), for a
    // word that is neither and for an auxiliary; punctuation may take any (a symbol such as "%" or ":)" is no punct)
    readonly bool[] forbiddenForWord, forbiddenForAuxiliary;
    // the same under a coordinating conjunction, which heads only punctuation, conjuncts, conjunctions and fixed words
    readonly bool[] forbiddenForWordUnderConjunction, forbiddenForAuxiliaryUnderConjunction, forbiddenUnderConjunction;
    public WordClusters Clusters { get; }
    /// <summary>Supertags the parser reads as features of the words ahead, or null for a parser trained without.</summary>
    public Supertagger? Supertagger { get; }
    /// <summary>How many partial parses are kept while parsing: 1 parses greedily. A parser trained with a beam
    /// scores transition sequences, not single transitions, and parses with the beam it was trained with.</summary>
    public int BeamWidth { get; }

    DependencyParser(PerceptronModel model, string[] labels, WordClusters clusters, Supertagger? supertagger = null, int beamWidth = 1)
    {
        this.model = model;
        BeamWidth = Math.Max(1, beamWidth);
        Supertagger = supertagger;
        this.labels = labels;
        forbiddenForWord = labels.Select(l => l is "aux" or "aux:pass" or "cop" or "punct").ToArray();
        forbiddenForAuxiliary = labels.Select(l => l is "punct").ToArray();
        forbiddenUnderConjunction = labels.Select(l => l is not ("punct" or "conj" or "cc" or "fixed")).ToArray();
        forbiddenForWordUnderConjunction = forbiddenForWord.Zip(forbiddenUnderConjunction, (a, b) => a || b).ToArray();
        forbiddenForAuxiliaryUnderConjunction = forbiddenForAuxiliary.Zip(forbiddenUnderConjunction, (a, b) => a || b).ToArray();
        Clusters = clusters;
    }

    /// <summary>The words that UD English lets be an auxiliary or copula (be, have, do, get, the modals; their
    /// contractions and the misspellings EWT train has twice or more): no other word takes aux, aux:pass or cop
    /// ("The Palestinians reject proposed changes" has no auxiliary).</summary>
    static readonly FrozenSet<ulong> AuxiliaryForms = new[] { "be", "am", "is", "are", "was", "were", "been", "being", "'s", "’s", "`s",
        "s", "'re", "’re", "re", "'m", "’m", "m", "r", "ar", "have", "has", "had", "having", "'ve", "’ve", "ve", "'d", "’d", "d",
        "do", "does", "did", "will", "'ll", "’ll", "ll", "wo", "would", "woud", "can", "ca", "could", "should", "may", "might", "must",
        "shall", "ought", "get", "gets", "got", "gotten", "getting", "ai" }.Select(w => FeatureHash.OfNormalised(w)).ToFrozenSet();

    public IReadOnlyList<string> Labels => labels;

    public int FeatureCount => model.FeatureCount;
    public int WeightCount => model.WeightCount;

    /// <summary>The same parser with small weights dropped.</summary>
    public DependencyParser Pruned(float threshold) => new(model.Pruned(threshold), labels, Clusters, Supertagger, BeamWidth);

    /// <summary>The same weights parsing with another beam width (1: greedily).</summary>
    public DependencyParser WithBeam(int width) => new(model, labels, Clusters, Supertagger, width);

    /// <summary>One parser whose weights are the mean of parsers trained on the same treebank with different seeds.</summary>
    public static DependencyParser Averaged(IReadOnlyList<DependencyParser> parsers)
    {
        if (parsers.Any(p => !p.labels.SequenceEqual(parsers[0].labels))) throw new ArgumentException("parsers differ in their labels");
        return new(PerceptronModel.Average(parsers.Select(p => p.model).ToList()), parsers[0].labels, parsers[0].Clusters, parsers[0].Supertagger,
            parsers[0].BeamWidth);
    }

    // transitions: 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l)
    const int Shift = 0;
    static bool IsLeft(int t) => t > 0 && (t & 1) == 1;
    static int LabelOf(int t) => (t - 1) >> 1;

    /// <summary>Parses tokens [first, end) of a document that has been tagged; fills Head (document index, -1 root) and Deprel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse(string text, Token[] tokens, int first, int end)
    {
        int n = end - first;
        if (n == 0) return;
        // a name glued with particles and hyphens is read as one word (ParticleNames); kept maps the words read to their
        // first tokens, null when every token is a word
        var names = ParticleNames(text, tokens, first, end);
        List<int>? kept = null;
        if (names is not null)
        {
            kept = new List<int>(n);
            for (int t = first, c = 0; t < end; t++)
            {
                kept.Add(t);
                if (c < names.Count && names[c].First == t) t = names[c++].End - 1;
            }
        }
        int m = kept?.Count ?? n;
        var words = new WordInfo[m];
        var tags = new ulong[m];
        for (int i = 0, c = 0; i < m; i++)
        {
            int t = kept is null ? first + i : kept[i];
            int stop = names is not null && c < names.Count && names[c].First == t ? tokens[names[c++].End - 1].End : tokens[t].End;
            words[i] = WordInfo.Of(text.AsSpan(tokens[t].Start, stop - tokens[t].Start), i == 0, Clusters);
            tags[i] = FeatureHash.Of(tokens[t].Xpos ?? "");
        }
        var heads = new int[m];
        var rels = new int[m];
        Parse(words, tags, heads, rels);
        for (int i = 0; i < m; i++)
        {
            int t = kept is null ? first + i : kept[i];
            tokens[t].Head = heads[i] < 0 ? -1 : kept is null ? first + heads[i] : kept[heads[i]];
            tokens[t].Deprel = labels[rels[i]];
        }
        // (the name's pieces given back: the first carries its relation)
        if (names is not null) foreach (var (a, stop) in names) HangOnFirstWord(text, tokens, a, stop);
        RepairClauseAfterTime(text, tokens, first, end);
        RepairPurposeClause(text, tokens, first, end);
        RepairPrepositionalSubject(tokens, first, end);
        RepairUpTo(text, tokens, first, end);
        RepairTimeAsSubject(text, tokens, first, end);
        RepairObjectTakenForSubject(text, tokens, first, end);
        RepairParticleName(text, tokens, first, end);
        RepairReportedClauseSubject(tokens, first, end);
        RepairReportedSubjectTakenForObject(tokens, first, end);
        RepairReportedMainVerb(text, tokens, first, end);
        RepairSplitSubject(text, tokens, first, end);
        RepairCoordinatedNamesReadAsOne(text, tokens, first, end);
        RepairHyphenatedModifier(text, tokens, first, end);
        RepairTimeBeforeClause(tokens, first, end);
        RepairReportedObjectTakenForSubject(tokens, first, end);
        RepairDeterminerTakenForHead(tokens, first, end);
        RepairObjectTakenForComplement(tokens, first, end);
        RepairCoordinatedPlaceInstitution(text, tokens, first, end);
        RepairShotDead(text, tokens, first, end);
        RepairSubordinateClauseOnNoun(text, tokens, first, end);
        RepairElidedPassive(text, tokens, first, end);
        RepairRelativeClauseOnVerb(text, tokens, first, end);
        RepairConversationChannel(text, tokens, first, end);
        RepairSubordinatorTakenForPreposition(text, tokens, first, end);
        RepairHandOver(text, tokens, first, end);
        RepairNounComplementClause(text, tokens, first, end);
        RepairOpeningParticiple(text, tokens, first, end);
        RepairSplitPassive(text, tokens, first, end);
        RepairTrailingAttribution(text, tokens, first, end);
    }

    /// <summary>
    /// "The Pakistan Air Force shot down five Indian jets, Defence Minister Khawaja Asif claimed.": a verb of saying at the
    /// end, after a comma and its own subject, was read as conjoined to the clause it reports, and that clause's object as
    /// what is said, so the coder lost the jets. The verb of saying heads the sentence, the clause before the comma is what
    /// is said (ccomp), and a noun the parser hung on the verb of saying inside that clause is the clause verb's object.
    /// </summary>
    internal static void RepairTrailingAttribution(string text, Token[] tokens, int first, int end)
    {
        int say = end - 1;
        while (say > first && tokens[say].Upos == "PUNCT") say--;
        if (say - first < 5 || tokens[say].Upos != "VERB" || !ReportingVerbs.Contains(tokens[say].Lemma ?? "") || tokens[say].Xpos is not ("VBD" or "VBZ" or "VBP")) return;
        // (hung on the clause's verb as a conjunct, or on a noun of it as a relative clause: "attacked a police post in Bannu,
        // officials claimed")
        int v = -1;
        for (int k = first; k < say; k++) if (tokens[k].Head < 0) { v = k; break; }
        if (v < 0 || tokens[v].Upos != "VERB" || tokens[say].Head < first || tokens[say].Head >= say || tokens[say].Deprel is "ccomp" or "parataxis") return;
        // its subject, right after a comma
        int subj = -1;
        for (int k = first; k < say; k++) if (tokens[k].Head == say && tokens[k].Deprel is "nsubj") { subj = k; break; }
        if (subj < 0) return;
        int start = subj;
        while (start > first && tokens[start - 1].Head >= start && tokens[start - 1].Head <= say && tokens[start - 1].Upos != "PUNCT") start--;
        int comma = start - 1;
        if (comma <= v || tokens[comma].Upos != "PUNCT" || text[tokens[comma].Start] != ',' || tokens[say].Head >= comma) return;
        // (the first noun given back to the clause's verb is its object, unless it has one)
        bool hasObject = false;
        for (int k = first; k < end; k++) hasObject |= tokens[k].Head == v && tokens[k].Deprel == "obj";
        for (int k = first; k < end; k++)
        {
            if (k > v && k < comma && tokens[k].Head == say)
            {
                tokens[k].Head = v;
                bool noun = tokens[k].Upos is "NOUN" or "PROPN" or "PRON" or "NUM";
                tokens[k].Deprel = noun && !hasObject ? "obj" : tokens[k].Upos == "PUNCT" ? "punct" : "obl";
                hasObject |= noun;
            }
            else if (k > say && tokens[k].Head == v) tokens[k].Head = say;
        }
        tokens[say].Head = -1;
        tokens[say].Deprel = "root";
        tokens[v].Head = say;
        tokens[v].Deprel = "ccomp";
        tokens[comma].Head = v;
        tokens[comma].Deprel = "punct";
    }

    /// <summary>
    /// "The accused was on Monday arrested by the police", "Two militants were on Tuesday killed in an encounter": South Asian
    /// papers put the day between the auxiliary and the participle, which EWT never does, and the parser made the day the
    /// sentence's head ("was" its copula, "arrested" a clause of it), so the coder lost the arrest and the killing. The
    /// participle heads the clause, the noun phrase before the auxiliary is its passive subject and the day its oblique.
    /// </summary>
    internal static void RepairSplitPassive(string text, Token[] tokens, int first, int end)
    {
        for (int a = first + 1; a + 2 < end; a++)
        {
            if (tokens[a].Upos != "AUX" || tokens[a].Xpos is not ("VBD" or "VBZ" or "VBP")
                || text.AsSpan(tokens[a].Start, tokens[a].Length) is not ("was" or "were" or "is" or "are")) continue;
            // the words between: a day or date, after "on", "in", "last" or "this" ("on Monday", "on 3 March", "last week")
            int v = a + 1;
            bool day = false;
            while (v < end && v - a <= 5 && tokens[v].Upos is "ADP" or "DET" or "NUM" or "PROPN" or "NOUN" or "ADJ")
            {
                day |= DayOrMonth(text, tokens[v]) || tokens[v].Upos == "NUM"
                    || text.AsSpan(tokens[v].Start, tokens[v].Length) is "week" or "month" or "year" or "night" or "morning" or "evening" or "afternoon";
                v++;
            }
            // (the tagger may read the participle after the day as a past tense: "were on Tuesday killed")
            if (v == a + 1 || v >= end || !day || tokens[v].Xpos is not ("VBN" or "VBD") || tokens[v].Upos != "VERB"
                || text.AsSpan(tokens[a + 1].Start, tokens[a + 1].Length) is not ("on" or "in" or "last" or "this" or "late" or "early")) continue;
            if (tokens[a].Head == v && tokens[a].Deprel == "aux:pass") continue;
            tokens[v].Xpos = "VBN";
            // the subject: the noun phrase right before the auxiliary, its head the last word (a name's first word, for a flat name)
            int subj = a - 1;
            if (tokens[subj].Upos is not ("NOUN" or "PROPN" or "PRON" or "NUM") && !(tokens[subj].Xpos is "VBN" or "JJ" && subj > first
                && text.AsSpan(tokens[subj - 1].Start, tokens[subj - 1].Length).Equals("the", StringComparison.OrdinalIgnoreCase))) continue;
            while (tokens[subj].Deprel == "flat" && tokens[subj].Head >= first && tokens[subj].Head < subj) subj = tokens[subj].Head;
            int start = subj;
            while (start > first && tokens[start - 1].Upos is "DET" or "ADJ" or "NOUN" or "PROPN" or "NUM" or "PART" && subj - start < 8) start--;
            // the region the parser misread, and the word of it that hung outside it (its top)
            bool Inside(int k) => k >= start && k <= v;
            int top = -1;
            for (int k = start; k <= v && top < 0; k++) if (tokens[k].Head < 0 || !Inside(tokens[k].Head)) top = k;
            if (top < 0) continue;
            int above = tokens[top].Head;
            string rel = tokens[top].Deprel ?? "root";
            if (top != v) { tokens[v].Head = above; tokens[v].Deprel = above < 0 ? "root" : rel; }
            // what hung on the misread top now hangs on the participle (the full stop, "by the police", "in Lahore")
            for (int k = first; k < end; k++)
                if (!Inside(k) && tokens[k].Head == top && top != v) tokens[k].Head = v;
            // the subject phrase: its words hang inside it, its head on the participle
            for (int k = start; k < a; k++)
                if (k != subj && (tokens[k].Head < start || tokens[k].Head >= a)) tokens[k].Head = subj;
            tokens[subj].Head = v;
            tokens[subj].Deprel = "nsubj:pass";
            tokens[a].Head = v;
            tokens[a].Deprel = "aux:pass";
            // the day: its last noun, name or number heads it
            int dayHead = v - 1;
            while (dayHead > a + 1 && tokens[dayHead].Upos is not ("NOUN" or "PROPN" or "NUM")) dayHead--;
            for (int k = a + 1; k < v; k++)
            {
                if (k == dayHead) continue;
                tokens[k].Head = dayHead;
                tokens[k].Deprel = tokens[k].Upos switch { "ADP" => "case", "DET" => "det", "NUM" => "nummod", "ADJ" => "amod", _ => "compound" };
            }
            tokens[dayHead].Head = v;
            tokens[dayHead].Deprel = tokens[dayHead].Upos == "NUM" ? "obl:tmod" : "obl";
            a = v;
        }
    }

    /// <summary>
    /// "Speaking at a rally in Lahore, Imran Khan criticised the government", "Speaking to Agence France-Presse, the president
    /// of the Tunisian League …, said": a sentence opening with a participle clause and a comma has its subject right after
    /// the comma, before the main verb. The parser hung that name on a noun of the clause (an apposition of "Lahore"), or
    /// took the clause's own noun for the subject ("Agence France-Presse … said"), and the coder lost the speaker. Only
    /// where the main verb has no subject after the comma; the clause then hangs on the main verb (advcl).
    /// </summary>
    internal static void RepairOpeningParticiple(string text, Token[] tokens, int first, int end)
    {
        if (end - first < 5 || tokens[first].Xpos != "VBG" || tokens[first].Upos != "VERB") return;
        int comma = -1;
        for (int k = first + 1; k < end && k < first + 16; k++)
            if (tokens[k].Upos == "PUNCT" && text[tokens[k].Start] == ',') { comma = k; break; }
        if (comma < 0) return;
        // the main verb: the first verb after the comma that is finite, or after an auxiliary ("has criticised"), with only
        // a noun phrase before it (no clause of its own: "who", a conjunction)
        int v = -1;
        bool aux = false;
        for (int k = comma + 1; k < end && k < comma + 30; k++)
        {
            if (tokens[k].Upos == "AUX") { aux = true; continue; }
            if (tokens[k].Upos == "VERB") { if (tokens[k].Xpos is "VBD" or "VBZ" or "VBP" || aux && tokens[k].Xpos is "VBN" or "VBG") v = k; break; }
            if (tokens[k].Upos is "SCONJ" or "CCONJ" || tokens[k].Upos == "PRON" && tokens[k].Xpos is "WP" or "WDT") return;
        }
        if (v < 0) return;
        int current = -1;
        for (int k = first; k < end; k++)
            if (tokens[k].Head == v && tokens[k].Deprel is "nsubj" or "nsubj:pass") { current = k; break; }
        if (current > comma) return;
        // the subject: the phrase's first noun or name that hangs outside the phrase
        int subj = -1;
        for (int k = comma + 1; k < v && subj < 0; k++)
            if (tokens[k].Upos is "NOUN" or "PROPN" && (tokens[k].Head <= comma || tokens[k].Head >= v)) subj = k;
        if (subj < 0) return;
        if (current >= 0)
        {
            // (the clause's own noun is the participle's oblique, its preposition the noun's case marker)
            tokens[current].Head = first;
            tokens[current].Deprel = "obl";
            for (int k = first + 1; k < current; k++)
                if (tokens[k].Upos == "ADP" && tokens[k].Head == v) { tokens[k].Head = current; tokens[k].Deprel = "case"; }
        }
        tokens[subj].Head = v;
        tokens[subj].Deprel = "nsubj";
        if (tokens[first].Head != v)
        {
            // (the main verb takes the participle's place in the tree, and the participle hangs on it)
            int above = tokens[first].Head;
            string rel = tokens[first].Deprel ?? "root";
            for (int h = tokens[v].Head, guard = 0; h >= 0 && guard < 100; h = tokens[h].Head, guard++)
                if (h == first) { tokens[v].Head = above; tokens[v].Deprel = above < 0 ? "root" : rel; break; }
            tokens[first].Head = v;
            tokens[first].Deprel = "advcl";
        }
    }

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentNouns = new[] { "allegation", "allegations", "claim", "claims", "accusation", "accusations",
        "charge", "charges", "report", "reports", "rumour", "rumours", "rumor", "rumors", "news", "fact", "assertion", "suggestion",
        "fear", "fears", "belief", "evidence", "assurance", "assurances", "warning", "hope", "hopes" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The end (exclusive) of the name glued with particles and hyphens that starts at a, a - p - b [- q - c …], with
    /// the name words right after it ("Tehreek-i-Taliban Pakistan"; not a day, "… Taiba Monday"); -1 when none starts there.</summary>
    static int ParticleNameEnd(string text, Token[] tokens, int a, int end)
    {
        if (tokens[a].Upos != "PROPN") return -1;
        int last = a;
        while (last + 2 < end && tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End
               && text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Length) is "-" && tokens[last + 2].Upos == "PROPN")
            last += 2;
        if (last < a + 4) return -1; // at least one particle: a - p - b
        int stop = last + 1;
        while (stop < end && tokens[stop].Upos == "PROPN" && tokens[stop].Start == tokens[stop - 1].End + 1 && !DayOrMonth(text, tokens[stop])) stop++;
        return stop;
    }

    /// <summary>
    /// The glued names of particles and hyphens ("Tehreek-i-Taliban", "Jaish-e-Mohammed", "Lashkar-e-Jhangvi") with the name
    /// words after them, or null when the sentence has none. UD splits them at the hyphens, and EWT has almost none: the
    /// parser, meeting "the banned Tehreek - i - Taliban Pakistan", lost the phrase ("Militants of the banned
    /// Tehreek-i-Taliban Pakistan attacked a checkpost" had no subject and no attack), so it reads each as one word.
    /// </summary>
    static List<(int First, int End)>? ParticleNames(string text, Token[] tokens, int first, int end)
    {
        List<(int, int)>? names = null;
        for (int a = first; a + 4 < end; a++)
        {
            int stop = ParticleNameEnd(text, tokens, a, end);
            if (stop < 0) continue;
            (names ??= []).Add((a, stop));
            a = stop - 1;
        }
        return names;
    }

    /// <summary>A name's words after its first hang on it (flat), each hyphen on the word before it (punct).</summary>
    static void HangOnFirstWord(string text, Token[] tokens, int a, int stop)
    {
        for (int k = a + 1; k < stop; k++)
        {
            bool hyphen = text.AsSpan(tokens[k].Start, tokens[k].Length) is "-";
            tokens[k].Head = hyphen ? k - 1 : a;
            tokens[k].Deprel = hyphen ? "punct" : "flat";
        }
    }

    /// <summary>
    /// "completed its investigation into an allegation … that the NPFL had taken over the city": a that-clause right after a
    /// noun of content (allegation, claim, report, fear …) says what that content is, a clause of the noun (acl), not a
    /// complement of the verb far before it.
    /// </summary>
    internal static void RepairNounComplementClause(string text, Token[] tokens, int first, int end)
    {
        for (int m = first + 1; m < end; m++)
        {
            if (tokens[m].Deprel != "mark" || !FormIs(text, tokens[m], "that")) continue;
            int c = tokens[m].Head;
            if (c <= m || tokens[c].Deprel != "ccomp" || !HasSubject(tokens, first, end, c)) continue;
            // the noun the clause follows: the word before "that", or the head of the phrase that word ends ("the Liberian Peace Council (LPC)")
            int before = m - 1;
            while (before > first && tokens[before].Upos == "PUNCT") before--;
            int noun = -1;
            for (int k = before, guard = 0; k >= first && guard < 8 && noun < 0; k = tokens[k].Head, guard++)
            {
                if (tokens[k].Upos == "NOUN" && ContentNouns.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length))) noun = k;
                if (tokens[k].Head < first || tokens[k].Upos == "VERB") break;
            }
            if (noun < 0 || noun > m || Governs(tokens, c, noun)) continue;
            tokens[c].Head = noun;
            tokens[c].Deprel = "acl";
        }
    }

    static readonly FrozenSet<string> HandOverVerbs = new[] { "hand", "turn", "take" }.ToFrozenSet();

    /// <summary>
    /// "Hamas handed over the remains of two hostages": "over" right after "hand", "turn" or "take" and before the noun
    /// phrase hung on it is the verb's particle, and the phrase its object (the parse had "the remains" an oblique "over",
    /// so nothing was handed). A preposition after the object ("took the book over the fence") is left alone.
    /// </summary>
    internal static void RepairHandOver(string text, Token[] tokens, int first, int end)
    {
        for (int o = first + 1; o + 1 < end; o++)
        {
            if (tokens[o].Deprel != "case" || !FormIs(text, tokens[o], "over")) continue;
            int v = o - 1, n = tokens[o].Head;
            if (tokens[v].Upos != "VERB" || !HandOverVerbs.Contains(tokens[v].Lemma ?? "") || n <= o || tokens[n].Head != v || tokens[n].Deprel != "obl"
                || tokens[n].Upos is not ("NOUN" or "PROPN" or "PRON") || HasDependent(tokens, first, end, v, "obj")) continue;
            tokens[o].Head = v;
            tokens[o].Deprel = "compound:prt";
            tokens[o].Xpos = "RP";
            tokens[o].Upos = "ADP";
            tokens[n].Deprel = "obj";
        }
    }

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseSubordinators = new[] { "after", "before", "since", "until", "till" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanNouns = new[] { "day", "days", "week", "weeks", "month", "months",
        "year", "years", "hour", "hours", "minute", "minutes", "moment", "moments", "shortly", "soon", "night", "nights" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "…, a day after gunmen killed 26 men": "after" before a noun phrase and the finite verb whose subject it is opens a
    /// clause; it is no preposition of "gunmen", and the verb is no complement of the main clause. The verb becomes an
    /// adverbial clause of the nearest verb above (with the span of time, "a day", its modifier), the noun its subject.
    /// </summary>
    internal static void RepairSubordinatorTakenForPreposition(string text, Token[] tokens, int first, int end)
    {
        for (int a = first; a + 2 < end; a++)
        {
            if (tokens[a].Deprel != "case" || !ClauseSubordinators.Contains(text.AsSpan(tokens[a].Start, tokens[a].Length))) continue;
            int n = tokens[a].Head;
            if (n <= a || n + 1 >= end || tokens[n].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            // (only a noun phrase between: "after the Indian army", "after 26 gunmen")
            bool phrase = true;
            for (int k = a + 1; k < n && phrase; k++) phrase = Governs(tokens, n, k);
            if (!phrase) continue;
            int v = n + 1;
            if (tokens[v].Upos == "AUX" && tokens[v].Head > v && tokens[v].Head < end) v = tokens[v].Head;
            if (tokens[v].Upos != "VERB" || tokens[n + 1].Xpos is not ("VBD" or "VBZ" or "VBP" or "MD")
                || tokens[v].Deprel is "root" or "advcl" || HasSubject(tokens, first, end, v)) continue;
            int h = tokens[n].Head;
            if (h < first) continue;
            // the main verb: the nearest verb above the phrase ("keep … a day after", "was shut on February 21 after")
            bool span = SpanNouns.Contains(text.AsSpan(tokens[h].Start, tokens[h].Length));
            int main = h;
            for (int guard = 0; main >= first && tokens[main].Upos != "VERB" && guard < 4; guard++) main = tokens[main].Head;
            if (main < first || tokens[main].Upos != "VERB" || main == v || Governs(tokens, v, main)) continue;
            tokens[v].Head = main;
            tokens[v].Deprel = "advcl";
            if (span && h != main) { tokens[h].Head = v; tokens[h].Deprel = "obl:unmarked"; }
            tokens[n].Head = v;
            tokens[n].Deprel = HasDependent(tokens, first, end, v, "aux:pass") ? "nsubj:pass" : "nsubj";
            tokens[a].Head = v;
            tokens[a].Deprel = "mark";
            tokens[a].Upos = "SCONJ";
            tokens[a].Xpos = "IN";
        }
    }

    /// <summary>Whether token <paramref name="word"/> lies in the subtree of <paramref name="head"/>.</summary>
    static bool Governs(Token[] tokens, int head, int word)
    {
        for (int k = word, guard = 0; k >= 0 && guard < 300; k = tokens[k].Head, guard++) if (k == head) return true;
        return false;
    }

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChannelNouns = new[] { "phone", "telephone", "video", "videoconference",
        "teleconference", "hotline" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "spoke by phone with his Iranian counterpart": the one spoken with is the verb's partner, not the phone's, and "by
    /// phone" in an active clause is how, no passive's agent. The parser had hung "with his counterpart" on the phone.
    /// </summary>
    internal static void RepairConversationChannel(string text, Token[] tokens, int first, int end)
    {
        for (int p = first + 1; p < end; p++)
        {
            if (tokens[p].Deprel is not ("obl" or "obl:agent") || !ChannelNouns.Contains(text.AsSpan(tokens[p].Start, tokens[p].Length))) continue;
            int v = tokens[p].Head;
            if (v < first || tokens[v].Upos != "VERB") continue;
            if (tokens[p].Deprel == "obl:agent" && tokens[v].Xpos != "VBN" && !HasDependent(tokens, first, end, v, "aux:pass")) tokens[p].Deprel = "obl";
            for (int c = p + 1; c < end; c++)
                if (tokens[c].Head == p && tokens[c].Deprel == "nmod" && HasCaseWord(text, tokens, first, end, c, "with"))
                {
                    tokens[c].Head = v;
                    tokens[c].Deprel = "obl";
                }
        }
    }

    /// <summary>
    /// "urged Kabul to rein in the Tehreek-e-Taliban Pakistan, which has stepped up attacks": a clause whose subject is
    /// "which" or "who" right after a comma and a name or noun is a relative clause of that noun's phrase (EWT: 5 times in 6),
    /// where the parser had hung it on the verb as an adverbial clause or a complement (and the coder made the TTP's
    /// attacks Pakistan's wish). The parser's own sentential relatives (advcl:relcl) stay.
    /// </summary>
    internal static void RepairRelativeClauseOnVerb(string text, Token[] tokens, int first, int end)
    {
        for (int r = first + 2; r < end; r++)
        {
            if (!(FormIs(text, tokens[r], "which") || FormIs(text, tokens[r], "who") || FormIs(text, tokens[r], "whom")) || tokens[r].Deprel is not ("nsubj" or "nsubj:pass" or "obj")
                || tokens[r - 1].Xpos != "," || tokens[r - 2].Upos is not ("NOUN" or "PROPN")) continue;
            int c = tokens[r].Head;
            // (or a relative clause hung on a verb, which no relative clause can be: "targeted hideouts of the group, which it blamed …")
            if (c < r || tokens[c].Deprel is not ("advcl" or "ccomp" or "parataxis" or "conj" or "acl:relcl") || tokens[c].Head is not (>= 0 and var v) || tokens[v].Upos != "VERB") continue;
            // the phrase's head: up from the word before the comma through the parts of its name
            int noun = r - 2;
            for (int guard = 0; guard < 10 && tokens[noun].Deprel is "flat" or "compound" or "flat:name" && tokens[noun].Head is >= 0 and var up && up < noun; guard++) noun = up;
            if (tokens[noun].Upos is not ("NOUN" or "PROPN") || IsWithin(tokens, noun, c)) continue;
            tokens[c].Head = noun;
            tokens[c].Deprel = "acl:relcl";
        }
    }

    static readonly FrozenSet<string> ElidedPassives = new[] { "wounded", "injured", "hurt", "missing", "arrested", "abducted", "kidnapped",
        "detained", "captured", "killed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "23 soldiers were killed and 29 wounded in clashes with …": a second passive whose auxiliary is left out. The tagger
    /// reads "wounded" as an adjective of the number, and the parser hangs what follows anywhere; the participle is a verb
    /// conjoined to the first, the number its subject, so that what it governs ("in clashes with …") is the fight's.
    /// </summary>
    internal static void RepairElidedPassive(string text, Token[] tokens, int first, int end)
    {
        // (no lambdas here: a captured variable of the loop would cost an allocation for every word)
        for (int a = first + 1; a + 2 < end; a++)
        {
            if (!FormIs(text, tokens[a], "and") || tokens[a + 1].Xpos != "CD" || !ElidedPassiveLookup.Contains(text.AsSpan(tokens[a + 2].Start, tokens[a + 2].Length))) continue;
            int n = a + 1, w = a + 2, v = -1;
            for (int k = a - 1; k >= first && v < 0; k--)
                if (tokens[k].Xpos == "VBN" && tokens[k].Upos == "VERB" && HasPassiveAuxiliary(tokens, first, end, k)) v = k;
            if (v < 0 || HasDependent(tokens, first, end, w, "aux") || HasPassiveAuxiliary(tokens, first, end, w)) continue;
            // (the number's and the participle's own dependents keep their heads, except the ones that are now theirs)
            for (int c = first; c < end; c++)
                if (c != n && c != w && c != a && tokens[c].Head is var h && (h == n || h == a) && c > w) tokens[c].Head = w;
            var form = text.AsSpan(tokens[w].Start, tokens[w].Length);
            tokens[w].Lemma = Lemmatizer.IrregularPastVerb(form.ToString().ToLowerInvariant()) ?? Lemmatizer.ByRule(form, "VBN");
            tokens[w].Upos = "VERB"; tokens[w].Xpos = "VBN"; tokens[w].Head = v; tokens[w].Deprel = "conj";
            tokens[n].Head = w; tokens[n].Deprel = "nsubj:pass";
            tokens[a].Head = w; tokens[a].Deprel = "cc";
        }
    }

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ElidedPassiveLookup = ElidedPassives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Subordinators that never open a relative clause (EWT train and dev: none of their uses does).</summary>
    static readonly FrozenSet<string> AdverbialSubordinators = new[] { "while", "although", "though", "because", "whereas" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbialSubordinatorLookup = AdverbialSubordinators.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A noun's relation to its head as an argument or modifier (obj, obl, nmod, nsubj, iobj, appos, or one of their subtypes).</summary>
    static bool NominalRole(string? deprel)
    {
        var bare = deprel.AsSpan();
        if (bare.IndexOf(':') is var colon and >= 0) bare = bare[..colon];
        return bare is "obj" or "obl" or "nmod" or "nsubj" or "iobj" or "appos";
    }

    /// <summary>
    /// "The United States urged India and Pakistan to work toward a solution, while China called for restraint": a clause
    /// opened by "while", "although", "because" … modifies a clause, not the noun before it, where the parser had hung it
    /// as a relative clause (and the coder then read China's call as aimed at India and Pakistan). It becomes an adverbial
    /// clause of the nearest verb above that noun (or of the root).
    /// </summary>
    internal static void RepairSubordinateClauseOnNoun(string text, Token[] tokens, int first, int end)
    {
        for (int c = first; c < end; c++)
        {
            if (tokens[c].Deprel is not ("acl:relcl" or "acl") || tokens[c].Head is not (>= 0 and var noun) || noun >= c
                || tokens[noun].Upos is not ("NOUN" or "PROPN") || !NominalRole(tokens[noun].Deprel)) continue;
            bool subordinate = false;
            for (int k = noun + 1; k < c && !subordinate; k++)
                subordinate = tokens[k].Head == c && tokens[k].Deprel == "mark" && AdverbialSubordinatorLookup.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length));
            if (!subordinate) continue;
            int h = tokens[noun].Head, guard = 0;
            while (h >= first && guard++ < end - first && tokens[h].Upos != "VERB" && tokens[h].Head >= 0) h = tokens[h].Head;
            if (h < first) continue;
            tokens[c].Head = h;
            tokens[c].Deprel = "advcl";
        }
    }


    /// <summary>
    /// "Gunmen shot dead two policemen": "dead" says what the shooting left the object, a complement of the verb (as in
    /// "shot two policemen dead"), not an adjective of the object (which became "dead two policemen").
    /// </summary>
    internal static void RepairShotDead(string text, Token[] tokens, int first, int end)
    {
        for (int d = first + 1; d + 1 < end; d++)
        {
            if (tokens[d].Deprel != "amod" || !text.AsSpan(tokens[d].Start, tokens[d].Length).Equals("dead", StringComparison.OrdinalIgnoreCase)) continue;
            int v = d - 1, o = tokens[d].Head;
            if (tokens[v].Upos != "VERB" || tokens[v].Lemma != "shoot" || o <= d || tokens[o].Head != v || tokens[o].Deprel != "obj") continue;
            tokens[d].Head = v;
            tokens[d].Deprel = "xcomp";
        }
    }

    static readonly FrozenSet<string> InstitutionNouns = new[] { "Police", "Government", "Assembly", "Army", "Rifles", "Administration",
        "Legislature", "Council", "Court", "Corps", "Constabulary", "Department", "Ministry", "Authority", "Commission", "Guard",
        "Bank", "University", "Parliament", "Cabinet" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "The Jammu and Kashmir Police said …": a place named "X and Y" before the institution's noun, read as two conjoined
    /// subjects ("Jammu" and "Kashmir Police"). The institution is the head, the place's name its compound.
    /// </summary>
    internal static void RepairCoordinatedPlaceInstitution(string text, Token[] tokens, int first, int end)
    {
        for (int x = first; x + 3 < end; x++)
        {
            int and = x + 1, y = x + 2, z = x + 3;
            if (tokens[x].Upos != "PROPN" || tokens[y].Upos != "PROPN" || tokens[y].Head != x || tokens[y].Deprel != "conj"
                || text.AsSpan(tokens[and].Start, tokens[and].Length) is not ("and" or "&") || tokens[and].Head != y
                || tokens[z].Head != y || tokens[z].Deprel is not ("flat" or "compound")
                || !InstitutionNouns.Contains(text.Substring(tokens[z].Start, tokens[z].Length))) continue;
            // (the institution's noun ends the name: "… Police said", not "… Police Station")
            if (z + 1 < end && tokens[z + 1].Head == z && tokens[z + 1].Deprel is "flat" or "compound") continue;
            tokens[z].Head = tokens[x].Head;
            tokens[z].Deprel = tokens[x].Deprel;
            for (int k = first; k < end; k++) if (k != y && k != z && tokens[k].Head == x && k < x) tokens[k].Head = z;
            tokens[x].Head = z;
            tokens[x].Deprel = "compound";
        }
    }

    /// <summary>
    /// "Jammu and Kashmir Chief Minister Omar Abdullah condemned …", "Trinidad and Tobago Prime Minister Keith Rowley said …":
    /// the parse coordinated the first word of a place or organisation named "X and Y" with the title and name after it,
    /// which made two subjects (the place, and "Kashmir Chief Minister Omar Abdullah"). Where the recogniser read "X and Y"
    /// as one name and the "and" joins a word inside it to one after it, the later word heads the phrase and the name is its
    /// compound, "Y" conjoined to "X" inside it. Run after the recogniser, the one repair that needs its names.
    /// </summary>
    internal static void RepairConjunctionInsideName(string text, Token[] tokens, IReadOnlyList<Entity> entities)
    {
        foreach (var e in entities)
        {
            if (e.Type is not (EntityType.GPE or EntityType.LOC or EntityType.ORG)) continue;
            int s = e.FirstToken, t = e.EndToken;
            for (int c = s + 1; c + 1 < t; c++)
            {
                if (tokens[c].Deprel != "cc" || text.AsSpan(tokens[c].Start, tokens[c].Length) is not ("and" or "&")) continue;
                int d = tokens[c].Head;
                if (d < t || tokens[d].Deprel != "conj") continue;
                int h = tokens[d].Head;
                if (h < s || h >= c) continue;
                // the phrase after the name takes the first word's place, with what hung on it outside the name
                tokens[d].Head = tokens[h].Head;
                tokens[d].Deprel = tokens[h].Deprel;
                for (int k = 0; k < tokens.Length; k++)
                    if (tokens[k].Head == h && (k < s || k >= t) && k != d) tokens[k].Head = d;
                // the name's part after the "and": its word attached outside the name is the second conjunct
                int y = -1, attach = d;
                for (int k = c + 1; k < t; k++)
                {
                    if (tokens[k].Head >= s && tokens[k].Head < t) continue;
                    if (y < 0)
                    {
                        y = k;
                        if (tokens[k].Head >= t && IsWithin(tokens, tokens[k].Head, d)) attach = tokens[k].Head;
                    }
                    else
                    {
                        tokens[k].Head = y;
                        tokens[k].Deprel = "compound";
                    }
                }
                tokens[h].Head = attach;
                tokens[h].Deprel = "compound";
                if (y >= 0)
                {
                    tokens[y].Head = h;
                    tokens[y].Deprel = "conj";
                    tokens[c].Head = y;
                }
                else tokens[c].Head = c + 1;
                break;
            }
        }
    }

    /// <summary>
    /// "Unknown gunmen abducted two Chinese engineers working on …, police said": the reported verb's object read as a second
    /// complement of the verb of saying. A noun is a complement only with a copula or a subject of its own; one without either,
    /// right after a complement verb that has no object, is that verb's object.
    /// </summary>
    internal static void RepairObjectTakenForComplement(Token[] tokens, int first, int end)
    {
        for (int n = first + 1; n < end; n++)
        {
            if (tokens[n].Deprel != "ccomp" || tokens[n].Upos is not ("NOUN" or "PROPN") || tokens[n].Head is not (>= 0 and var h)) continue;
            bool ownClause = false;
            for (int k = first; k < end; k++)
                if (tokens[k].Head == n && tokens[k].Deprel is "cop" or "nsubj" or "nsubj:pass" or "mark" or "aux") ownClause = true;
            if (ownClause) continue;
            // where the noun phrase starts ("at least 31 people": "at" hangs on "least", which hangs on "31")
            int lo = n;
            while (lo > first && IsWithin(tokens, lo - 1, n)) lo--;
            // the complement verb right before the noun phrase, with no object of its own
            int v = lo - 1;
            if (v < first || tokens[v].Head != h || tokens[v].Deprel != "ccomp" || tokens[v].Upos != "VERB") continue;
            bool hasObject = false;
            for (int k = first; k < end; k++) if (tokens[k].Head == v && tokens[k].Deprel is "obj" or "ccomp" or "xcomp") hasObject = true;
            if (hasObject) continue;
            tokens[n].Head = v;
            tokens[n].Deprel = "obj";
        }
    }

    /// <summary>
    /// "The banned Balochistan Liberation Army claimed responsibility": an article read as the subject, the participle after
    /// it as a clause on it and the name as that clause's object. An article heads nothing; when a participle right after it
    /// hangs on it with an object that follows at once (its compounds between), the article, the participle and the name are
    /// one noun phrase, which takes the article's place.
    /// </summary>
    internal static void RepairDeterminerTakenForHead(Token[] tokens, int first, int end)
    {
        for (int d = first; d + 2 < end; d++)
        {
            if (tokens[d].Xpos != "DT" || tokens[d].Deprel is "det" or "det:predet") continue;
            int p = d + 1;
            if (tokens[p].Head != d || tokens[p].Xpos is not ("VBN" or "VBD") || tokens[p].Deprel is not ("acl" or "amod" or "acl:relcl")) continue;
            int noun = -1;
            for (int k = p + 1; k < end; k++)
            {
                if (tokens[k].Head == p && tokens[k].Deprel == "obj") { noun = k; break; }
                if (tokens[k].Head != k + 1 && !(tokens[k].Deprel is "compound" or "amod" or "flat")) break;
            }
            if (noun < 0 || tokens[noun].Xpos is not ("NN" or "NNS" or "NNP" or "NNPS")) continue;
            // the words between must belong to the name (compounds and modifiers of it)
            bool contiguous = true;
            for (int k = p + 1; k < noun; k++) if (tokens[k].Head < p + 1 || tokens[k].Head > noun) contiguous = false;
            if (!contiguous) continue;
            tokens[noun].Head = tokens[d].Head;
            tokens[noun].Deprel = tokens[d].Deprel;
            for (int k = first; k < end; k++) if (k != p && k != noun && tokens[k].Head == d) tokens[k].Head = noun;
            tokens[d].Head = noun;
            tokens[d].Deprel = "det";
            tokens[p].Head = noun;
            tokens[p].Deprel = "amod";
            d = noun;
        }
    }

    /// <summary>
    /// "A roadside bomb killed two soldiers in North Waziristan, Pakistan's military said": the reported verb's object read
    /// as a second subject of the verb of saying. Of two subjects of a verb of saying, the earlier, right after the reported
    /// clause's verb that has no object, is that verb's object.
    /// </summary>
    internal static void RepairReportedObjectTakenForSubject(Token[] tokens, int first, int end)
    {
        for (int v = first + 2; v < end; v++)
        {
            if (tokens[v].Upos != "VERB" || !ReportingVerbs.Contains(tokens[v].Lemma ?? "")) continue;
            int early = -1, late = -1, clause = -1;
            for (int k = first; k < v; k++)
            {
                if (tokens[k].Head != v) continue;
                if (tokens[k].Deprel == "nsubj") { if (early < 0) early = k; else late = k; }
                else if (tokens[k].Deprel == "ccomp" && tokens[k].Upos == "VERB") clause = k;
            }
            if (early < 0 || late < 0 || clause < 0 || clause > early || tokens[early].Upos is not ("NOUN" or "PROPN")) continue;
            bool hasObject = false;
            for (int k = first; k < end && !hasObject; k++) hasObject = tokens[k].Head == clause && tokens[k].Deprel is "obj" or "ccomp" or "xcomp";
            if (hasObject) continue;
            // (the object starts right after the verb, or after its particle: no word of another phrase between)
            int start = early;
            while (start > clause + 1 && IsWithin(tokens, start - 1, early)) start--;
            bool adjacent = start == clause + 1 || start == clause + 2 && tokens[clause + 1].Head == clause && tokens[clause + 1].Deprel == "compound:prt";
            if (!adjacent) continue;
            tokens[early].Head = clause;
            tokens[early].Deprel = "obj";
        }
    }

    /// <summary>The first clause after <paramref name="v"/> hung on it as parataxis, conjunct or complement after a comma, with a
    /// subject of its own; -1 when there is none.</summary>
    static int FirstLaterClause(Token[] tokens, int first, int end, int v)
    {
        for (int c = v + 1; c < end; c++)
            if (tokens[c].Head == v && tokens[c].Deprel is "parataxis" or "conj" or "ccomp" && tokens[c].Upos == "VERB" && HasSubject(tokens, first, end, c)
                && tokens[c - 1].Deprel != "mark")
            {
                for (int k = v + 1; k < c; k++)
                    if (tokens[k].Xpos == "," && (tokens[k].Head == c || tokens[k].Head == v) || tokens[k].Head == c && tokens[k].Deprel == "punct" && tokens[k].Lemma == ",") return c;
                return -1;
            }
        return -1;
    }

    static readonly FrozenSet<string> DurationNouns = new[] { "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        "month", "months", "year", "years" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "…, two days after Iran struck …": the parser read the time as the subject of the later verb and the clause's
    /// subject as the time's modifier, and hung that clause on the main verb as a second conjunct, sometimes taking the
    /// main verb's object with it. The subordinate clause is the verb's: its subject, "after" its marker, the time how
    /// long before or after (obl:unmarked), and it modifies the main verb (advcl); an object before it is the main verb's.
    /// </summary>
    internal static void RepairTimeBeforeClause(Token[] tokens, int first, int end)
    {
        for (int t = first; t + 3 < end; t++)
        {
            if (tokens[t].Deprel != "nsubj" || !DurationNouns.Contains(tokens[t].Lemma ?? "")) continue;
            int v = tokens[t].Head, m = t + 1;
            if (v <= m || tokens[v].Upos != "VERB" || tokens[m].Upos is not ("ADP" or "SCONJ") || tokens[m].Lemma is not ("after" or "before") || tokens[m].Head <= m) continue;
            int subject = tokens[m].Head;
            if (subject >= v || tokens[subject].Head != t || tokens[subject].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            var saved = tokens.AsSpan(first, end - first).ToArray();
            tokens[subject].Head = v;
            tokens[subject].Deprel = "nsubj";
            tokens[m].Head = v;
            tokens[m].Deprel = "mark";
            tokens[t].Deprel = "obl:unmarked";
            int main = tokens[v].Head;
            if (main >= 0 && main < t && tokens[v].Deprel is "conj" or "parataxis" or "ccomp")
            {
                tokens[v].Deprel = "advcl";
                for (int k = first; k < t; k++)
                    if (tokens[k].Head == v && tokens[k].Deprel is "obj" or "punct") tokens[k].Head = main;
                for (int k = first; k < end; k++)
                    if (tokens[k].Head == v && tokens[k].Deprel == "cc" && k < t) tokens[k].Head = main;
            }
            // ("Minutes before the committee voted …, Trump claimed …": a clause opening the sentence is the later one's)
            else if (main < 0 && FirstLaterClause(tokens, first, end, v) is var later && later >= 0)
            {
                tokens[later].Head = -1;
                tokens[later].Deprel = "root";
                tokens[v].Head = later;
                tokens[v].Deprel = "advcl";
                for (int k = later + 1; k < end; k++) if (tokens[k].Head == v) tokens[k].Head = later;
                for (int k = first; k < t; k++) if (tokens[k].Head == v && tokens[k].Deprel is "obl" or "advmod") tokens[k].Head = later;
            }
            if (!IsTree(tokens, first, end)) saved.CopyTo(tokens.AsSpan(first, end - first));
        }
    }

    /// <summary>
    /// "Pakistan-administered Kashmir", "Iran-backed Houthi rebels": a participle joined by a hyphen to the word before it
    /// modifies the noun phrase after it (amod, as EWT has "U.S.-led effort"), while the parser may read it as a verb of
    /// its own, with the noun as its object. The noun phrase's head takes the participle's place in the tree; the word
    /// before the hyphen modifies the participle. Left as parsed if the result would not be a tree.
    /// </summary>
    internal static void RepairHyphenatedModifier(string text, Token[] tokens, int first, int end)
    {
        for (int h = first + 1; h + 2 < end; h++)
        {
            if (tokens[h].Length != 1 || text[tokens[h].Start] != '-' || tokens[h - 1].End != tokens[h].Start || tokens[h].End != tokens[h + 1].Start) continue;
            int m = h + 1, x = h - 1;
            if (tokens[m].Xpos is not ("VBN" or "VBD") || tokens[x].Upos is not ("PROPN" or "NOUN" or "ADJ")) continue;
            // ("Police baton-charged the protesters": the verb of the clause, no modifier; see the tagger's RepairBatonCharge)
            if (tokens[m].Lemma == "charge" && text.AsSpan(tokens[x].Start, tokens[x].Length) is var weapon
                && (weapon.Equals("baton", StringComparison.OrdinalIgnoreCase) || weapon.Equals("lathi", StringComparison.OrdinalIgnoreCase)
                    || weapon.Equals("cane", StringComparison.OrdinalIgnoreCase))) continue;
            // the noun phrase after it: its last noun, over names, nouns and adjectives
            int n = -1;
            for (int k = m + 1; k < end && tokens[k].Upos is "ADJ" or "NOUN" or "PROPN"; k++) if (tokens[k].Upos is "NOUN" or "PROPN") n = k;
            if (n < 0 || tokens[m].Head == n && tokens[m].Deprel == "amod") continue;
            var saved = tokens.AsSpan(first, end - first).ToArray();
            // the participle's place, outside the words being rearranged
            int up = tokens[m].Head;
            string rel = tokens[m].Deprel ?? "dep";
            while (up >= 0 && up >= x && up <= n) { rel = tokens[up].Deprel ?? "dep"; up = tokens[up].Head; }
            int home;
            if (tokens[n].Head == m || tokens[n].Head >= x && tokens[n].Head <= n)
            {
                // the noun was the participle's object: it takes the participle's place
                tokens[n].Head = up;
                tokens[n].Deprel = up < 0 ? "root" : rel is "acl" or "advcl" or "ccomp" or "xcomp" or "parataxis" or "root" ? "dep" : rel;
                home = up >= 0 ? up : n;
                // ("in Pakistan and Pakistan-administered Kashmir": a noun phrase after "and" is conjoined to the noun before it)
                if (tokens[n].Deprel == "conj" && x - 2 >= first && tokens[x - 1].Upos == "CCONJ" && tokens[x - 2].Upos is "NOUN" or "PROPN")
                {
                    int before = x - 2;
                    while (tokens[before].Deprel is "compound" or "flat" && tokens[before].Head > before && tokens[before].Head < x - 1) before = tokens[before].Head;
                    tokens[n].Head = before;
                    tokens[x - 1].Head = n;
                    tokens[x - 1].Deprel = "cc";
                }
            }
            else if (up >= 0) home = up;
            else
            {
                // ("Iran-backed Houthi rebels attacked a ship" read with "backed" as the root): the clause under the
                // participle that holds the noun is the sentence's
                int clause = n;
                while (clause >= 0 && tokens[clause].Head != m) clause = tokens[clause].Head;
                if (clause < 0) continue;
                tokens[clause].Head = -1;
                tokens[clause].Deprel = "root";
                home = clause;
            }
            // (what the parser hung on the participle as a verb belongs to the clause it sits in)
            for (int k = first; k < end; k++)
                if (tokens[k].Head == m && (k < x || k > n) && k != home) tokens[k].Head = home;
            tokens[m].Head = n;
            tokens[m].Deprel = "amod";
            if (tokens[x].Head != m) { tokens[x].Head = m; tokens[x].Deprel = tokens[x].Upos == "ADJ" ? "obl:unmarked" : "compound"; }
            tokens[h].Head = x;
            tokens[h].Deprel = "punct";
            for (int k = m + 1; k < n; k++)
                if (tokens[k].Head < x || tokens[k].Head > n) { tokens[k].Head = n; tokens[k].Deprel = tokens[k].Upos == "ADJ" ? "amod" : "compound"; }
            if (!IsTree(tokens, first, end)) saved.CopyTo(tokens.AsSpan(first, end - first));
        }
    }

    /// <summary>Whether every token of [first, end) reaches a root without a cycle, and exactly one is the root.</summary>
    static bool IsTree(Token[] tokens, int first, int end)
    {
        int roots = 0;
        for (int k = first; k < end; k++)
        {
            if (tokens[k].Head < 0) { roots++; continue; }
            int i = k, steps = 0;
            while (i >= 0 && steps <= end - first) { if (tokens[i].Head >= 0 && (tokens[i].Head < first || tokens[i].Head >= end)) return false; i = tokens[i].Head; steps++; }
            if (i >= 0) return false;
        }
        return roots == 1;
    }

    static readonly FrozenSet<string> ReportingVerbs = new[] { "say", "claim", "state", "announce", "confirm", "report", "add",
        "believe", "think", "estimate", "insist", "allege", "acknowledge", "admit" }.ToFrozenSet();

    /// <summary>
    /// "A suicide bomber killed at least 31 people …, officials said": a finite past (VBD, as the tagger reads it) hung on
    /// the subject of a later verb of saying as a modifier (acl), while that verb has a subject of its own after a comma,
    /// is the reported clause's verb: the noun is its subject, and the clause is what is said (ccomp).
    /// </summary>
    internal static void RepairReportedMainVerb(string text, Token[] tokens, int first, int end)
    {
        for (int v = first + 1; v < end; v++)
        {
            if (tokens[v].Xpos != "VBD" || tokens[v].Deprel != "acl" || tokens[v].Head is not (>= 0 and var noun) || noun > v
                || tokens[noun].Deprel != "nsubj" || tokens[noun].Head is not (>= 0 and var say) || say < v
                || !ReportingVerbs.Contains(tokens[say].Lemma ?? "")) continue;
            // the verb of saying's own subject, after a comma that follows the clause (a subject before the comma is the
            // clause's object the parser took for one: "killed at least 31 people …, officials said")
            int other = -1;
            bool comma = false;
            for (int k = v + 1; k < say && other < 0; k++)
            {
                comma |= text.AsSpan(tokens[k].Start, tokens[k].Length) is "," or "—" or "–";
                if (comma && tokens[k].Head == say && tokens[k].Deprel == "nsubj") other = k;
            }
            if (other < 0) continue;
            tokens[v].Head = say;
            tokens[v].Deprel = "ccomp";
            tokens[noun].Head = v;
        }
    }

    /// <summary>
    /// "The military said 23 of its soldiers were killed": a verb of saying takes no object, and the parser read the
    /// reported clause's subject as one, leaving the clause (ccomp) right after it without a subject; the object is that
    /// subject (nsubj:pass when the clause is passive).
    /// </summary>
    internal static void RepairReportedSubjectTakenForObject(Token[] tokens, int first, int end)
    {
        for (int o = first + 1; o < end; o++)
        {
            if (tokens[o].Deprel != "obj" || tokens[o].Head is not (>= 0 and var verb) || verb > o
                || tokens[verb].Upos != "VERB" || !ReportingVerbs.Contains(tokens[verb].Lemma ?? "")) continue;
            // the clause: a ccomp of the same verb, starting right after the object's words
            int last = o;
            for (int k = o + 1; k < end && IsWithin(tokens, k, o); k++) last = k;
            int clause = -1;
            // (or read as parataxis after the object's apposition: "said 26 hostages, including 18 soldiers, were killed")
            for (int k = last + 1; k < end && clause < 0; k++)
                if (tokens[k].Head == verb && (tokens[k].Deprel == "ccomp" || tokens[k].Deprel == "parataxis" && tokens[k].Xpos is "VBN" or "VBD" or "VBZ" or "VBP"
                        && HasPassiveAuxiliary(tokens, first, end, k)))
                    clause = k;
            // ("police said gunmen shot dead two polio workers": or a finite past hung on the object as its modifier)
            if (clause < 0)
                for (int k = o + 1; k < end && clause < 0; k++)
                    if (tokens[k].Head == o && tokens[k].Deprel == "acl" && tokens[k].Xpos == "VBD" && !HasSubject(tokens, first, end, k))
                    {
                        tokens[k].Head = verb;
                        tokens[k].Deprel = "ccomp";
                        clause = k;
                    }
            if (clause < 0 || HasSubject(tokens, first, end, clause)) continue;
            bool adjacent = true;
            for (int k = last + 1; k < clause && adjacent; k++) adjacent = IsWithin(tokens, k, clause);
            if (!adjacent) continue;
            tokens[o].Head = clause;
            tokens[o].Deprel = HasPassiveAuxiliary(tokens, first, end, clause) ? "nsubj:pass" : "nsubj";
            tokens[clause].Deprel = "ccomp";
        }
    }

    /// <summary>
    /// "Prime Minister Shehbaz Sharif and Afghan Foreign Minister Amir Khan Muttaqi met in Islamabad": two names joined by
    /// "and" before a verb, which the parse read as one noun phrase headed by the second name (the first a compound inside
    /// it, often by <see cref="RepairSplitSubject"/>'s joining of two subjects side by side, so the meeting had one party).
    /// Where the subject's words are all capitalised but the "and", the first name heads the subject and the second is its
    /// conjunct.
    /// </summary>
    internal static void RepairCoordinatedNamesReadAsOne(string text, Token[] tokens, int first, int end)
    {
        for (int b = first + 2; b < end; b++)
        {
            if (tokens[b].Deprel is not ("nsubj" or "nsubj:pass") || tokens[b].Upos != "PROPN" || tokens[b].Head < 0) continue;
            int s = b;
            while (s > first && IsWithin(tokens, s - 1, b)) s--;
            // one "and" between the subject's first word and its head, every other word capitalised
            int and = -1;
            bool names = char.IsUpper(text[tokens[s].Start]);
            for (int k = s + 1; k < b && names; k++)
            {
                var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
                if (w is "and") { names = and < 0; and = k; }
                else names = w.Length > 0 && char.IsUpper(w[0]);
            }
            if (!names || and <= s || tokens[and - 1].Upos != "PROPN") continue;
            // the first name's head: its one word attached outside it
            int head = -1;
            for (int k = s; k < and && head != -2; k++)
                if (tokens[k].Head < s || tokens[k].Head >= and) head = head == -1 ? k : -2;
            if (head < 0) continue;
            tokens[head].Head = tokens[b].Head;
            tokens[head].Deprel = tokens[b].Deprel;
            tokens[b].Head = head;
            tokens[b].Deprel = "conj";
            tokens[and].Head = b;
            tokens[and].Deprel = "cc";
            // the second name's words before it that hung on the first ("Afghan" as a conjunct of "Sharif") are its own
            for (int k = and + 1; k < b; k++)
                if (tokens[k].Head <= and || tokens[k].Head > b)
                {
                    tokens[k].Head = b;
                    tokens[k].Deprel = tokens[k].Upos == "ADJ" ? "amod" : "compound";
                }
        }
    }

    /// <summary>
    /// "Pakistan's army chief Field | Marshal Asim Munir vowed …": two subjects of one verb, side by side with nothing
    /// between them, are one noun phrase the parse split; the earlier one modifies the later (compound), which heads it.
    /// When the later one is a day, it says when ("leaders Friday called"). (Last of the repairs: the others may leave
    /// such a pair behind.)
    /// </summary>
    internal static void RepairSplitSubject(string text, Token[] tokens, int first, int end)
    {
        for (int b = first + 1; b < end; b++)
        {
            if (tokens[b].Deprel is not ("nsubj" or "nsubj:pass") || tokens[b].Upos != "PROPN") continue;
            int verb = tokens[b].Head;
            // the earlier subject: its subtree must end right where b's begins
            int start = b;
            while (start > first && IsWithin(tokens, start - 1, b)) start--;
            int a = -1;
            for (int k = first; k < start && a < 0; k++)
                if (tokens[k].Head == verb && tokens[k].Deprel == tokens[b].Deprel && tokens[k].Upos is "PROPN" or "NOUN") a = k;
            if (a < 0 || DayLookup.Contains(text.AsSpan(tokens[a].Start, tokens[a].Length))) continue;
            // ("Indian business leaders Friday called …": the later one is a day, which says when)
            if (DayLookup.Contains(text.AsSpan(tokens[b].Start, tokens[b].Length))) { tokens[b].Deprel = "obl:unmarked"; continue; }
            bool adjacent = true;
            for (int k = a + 1; k < start && adjacent; k++) adjacent = IsWithin(tokens, k, a);
            // ("Prime Minister Narendra Modi | and Chinese President Xi Jinping held talks": after "and", the two are conjoined)
            if (adjacent && tokens[start].Upos == "CCONJ" && tokens[start - 1].Upos != "PUNCT")
            {
                tokens[b].Head = a;
                tokens[b].Deprel = "conj";
                continue;
            }
            // (not across a comma, a quotation mark or a conjunction: "Rumsfeld, Wolfowitz and Feith", "The owner, "Pie Guy"";
            // nor onto a noun with a preposition of its own: "storage for your luggages")
            if (!adjacent || tokens[start - 1].Upos is "PUNCT" or "CCONJ" || tokens[start].Upos is "PUNCT" or "CCONJ" or "ADP") continue;
            bool hasCase = false;
            for (int k = start; k < b && !hasCase; k++) hasCase = tokens[k].Head == b && tokens[k].Deprel == "case";
            if (hasCase) continue;
            tokens[a].Head = b;
            tokens[a].Deprel = "compound";
        }
    }

    /// <summary>
    /// "Pakistani jets bombed … hideouts, Taliban officials said": of two subjects of a verb of saying, the one before a
    /// clause that the verb reports (ccomp or parataxis, lying between that subject and the verb) and that has no subject
    /// of its own, is that clause's subject.
    /// </summary>
    internal static void RepairReportedClauseSubject(Token[] tokens, int first, int end)
    {
        for (int v = first + 2; v < end; v++)
        {
            int a = -1, b = -1;
            for (int k = first; k < end; k++)
                if (tokens[k].Head == v && tokens[k].Deprel is "nsubj")
                {
                    if (k < v && a < 0) a = k;
                    else if (k > a) b = k;
                }
            if (a < 0 || b < 0) continue;
            for (int c = a + 1; c < Math.Min(b, v); c++)
            {
                if (tokens[c].Head != v || tokens[c].Deprel is not ("ccomp" or "parataxis") || tokens[c].Upos != "VERB") continue;
                if (HasSubject(tokens, first, end, c)) continue;
                tokens[a].Head = c;
                break;
            }
        }
    }

    static bool IsModifier(string? deprel) => deprel is "compound" or "flat" or "appos" or "punct" or "amod";

    static bool DayOrMonth(string text, Token t) => text.AsSpan(t.Start, t.Length) is "Monday" or "Tuesday" or "Wednesday" or "Thursday"
        or "Friday" or "Saturday" or "Sunday" or "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August"
        or "September" or "October" or "November" or "December";

    /// <summary>
    /// "Tehrik-i-Taliban Pakistan claimed …": a name joined by hyphens and particles (tagged PROPN) is one flat name, as EWT
    /// writes "Harkat-ul-Jehad": its first word heads it and takes the relation the name has in the sentence; the other
    /// words are flat under it, each hyphen under the word before it, and a name word after the chain ("Pakistan") too.
    /// </summary>
    internal static void RepairParticleName(string text, Token[] tokens, int first, int end)
    {
        for (int a = first; a + 4 < end; a++)
        {
            int stop = ParticleNameEnd(text, tokens, a, end);
            if (stop < 0) continue;
            // the name's relation in the sentence: that of its last word whose head lies outside it, unless that is a mere
            // modifier and an earlier one is not ("Tehreek" compound of "Pakistan", "Pakistan" the subject)
            int outside = -1;
            for (int k = a; k < stop; k++)
                if ((tokens[k].Head < a || tokens[k].Head >= stop)
                    && (outside < 0 || !IsModifier(tokens[k].Deprel) || IsModifier(tokens[outside].Deprel)))
                    outside = k;
            if (outside < 0) continue;
            int head = tokens[outside].Head;
            // (a head inside the name's own subtree would close a cycle)
            bool cycle = false;
            for (int k = a; k < stop && !cycle; k++) cycle = head >= 0 && IsWithin(tokens, head, k);
            if (cycle) continue;
            string deprel = tokens[outside].Deprel!;
            tokens[a].Head = head;
            tokens[a].Deprel = deprel;
            HangOnFirstWord(text, tokens, a, stop);
            // the name's other dependents (a determiner, an apposition) now hang on its head word
            for (int k = first; k < end; k++)
                if ((k < a || k >= stop) && tokens[k].Head > a && tokens[k].Head < stop) tokens[k].Head = a;
            a = stop - 1;
        }
    }

    /// <summary>
    /// "Photographs of soldiers wearing Kurdish patches have circulated": of two subjects of one verb, the later one that
    /// starts right after a participle inside the earlier one, a participle with no object of its own, is that
    /// participle's object. A passive subject left with no passive auxiliary on its verb is then the plain subject.
    /// (The coder's rule for two subjects, the one that names someone acts, still covers the rest.)
    /// </summary>
    internal static void RepairObjectTakenForSubject(string text, Token[] tokens, int first, int end)
    {
        for (int b = first + 2; b < end; b++)
        {
            if (tokens[b].Deprel is not ("nsubj" or "nsubj:pass")) continue;
            int verb = tokens[b].Head, a = -1;
            for (int k = first; k < b && a < 0; k++) if (tokens[k].Head == verb && tokens[k].Deprel is "nsubj" or "nsubj:pass") a = k;
            if (a < 0) continue;
            int start = b; // where the later subject's words begin
            for (int k = a + 1; k < b; k++) if (IsWithin(tokens, k, b)) { start = k; break; }
            int participle = start - 1;
            if (participle <= a || tokens[participle].Upos != "VERB" || tokens[participle].Xpos is not ("VBG" or "VBN")
                || !IsWithin(tokens, participle, a)) continue;
            // (a real participle: "watchdog" read as VBG in "Human rights watchdog Amnesty International accused …" is none)
            var form = text.AsSpan(tokens[participle].Start, tokens[participle].Length);
            if (tokens[participle].Xpos == "VBG" && !form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
            bool hasObject = false, passive = false;
            for (int k = first; k < end; k++)
            {
                if (tokens[k].Head == participle && tokens[k].Deprel is "obj") hasObject = true;
                if (tokens[k].Head == verb && tokens[k].Deprel == "aux:pass") passive = true;
            }
            if (hasObject) continue;
            tokens[b].Head = participle;
            tokens[b].Deprel = "obj";
            if (tokens[a].Deprel == "nsubj:pass" && !passive) tokens[a].Deprel = "nsubj";
        }
    }

    /// <summary>Days and "today" that name when (not months or years: "May" and "2010" can be subjects).</summary>
    static readonly FrozenSet<string> DayNouns = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayLookup = DayNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Israel Friday reimposed blockades", "Israel today mounted its invasion": newswire puts the day between the subject
    /// and its verb, which web text (and so the treebank) hardly does, and the parser can take the day for the subject and
    /// the name before it for the day's modifier. A day read as the subject of a verb, with the noun right before it hanging
    /// on it, is when the verb happened (obl:unmarked, as the treebank labels a bare day), and that noun is the subject,
    /// unless the verb has another subject.
    /// </summary>
    internal static void RepairTimeAsSubject(string text, Token[] tokens, int first, int end)
    {
        for (int day = first + 1; day < end; day++)
        {
            if (tokens[day].Deprel is not ("nsubj" or "nsubj:pass") || !DayLookup.Contains(text.AsSpan(tokens[day].Start, tokens[day].Length))) continue;
            int verb = tokens[day].Head, noun = day - 1;
            if (verb < first || tokens[verb].Upos is not ("VERB" or "AUX") || tokens[noun].Head != day
                || tokens[noun].Upos is not ("PROPN" or "NOUN" or "PRON")) continue;
            if (HasSubject(tokens, first, end, verb, except: day)) continue; // (then the parse around is wrong some other way)
            tokens[noun].Head = verb;
            tokens[noun].Deprel = tokens[day].Deprel;
            for (int k = first; k < end; k++)
                if (k != noun && tokens[k].Head == day && k < day) tokens[k].Head = noun; // what modified the pair now modifies the noun
            tokens[day].Deprel = "obl:unmarked";
        }
    }

    /// <summary>
    /// "Up to 100 ethnic Albanians demonstrated": "up to" before a number modifies the number (advmod, with "to" fixed),
    /// it is no preposition. When the parser read it as one, the noun it counts lost its preposition too: after a verb
    /// that has no object, it is that object; before a verb that has no subject, that subject.
    /// </summary>
    static void RepairUpTo(string text, Token[] tokens, int first, int end)
    {
        for (int up = first; up + 2 < end; up++)
        {
            int to = up + 1, number = up + 2;
            if (!FormIs(text, tokens[up], "up") || !FormIs(text, tokens[to], "to") || tokens[number].Upos != "NUM" || tokens[to].Head == up && tokens[to].Deprel == "fixed") continue;
            int counted = tokens[number].Deprel == "nummod" ? tokens[number].Head : -1;
            bool lostCase = counted > number && tokens[to].Head == counted && tokens[to].Deprel == "case";
            tokens[up].Head = number; tokens[up].Deprel = "advmod"; tokens[up].Upos = "ADV"; tokens[up].Xpos = "RB";
            tokens[to].Head = up; tokens[to].Deprel = "fixed";
            if (!lostCase || tokens[counted].Deprel is not ("obl" or "nmod")) continue;
            // after its verb, it is the object the verb lacks ("kidnapped up to 16 advisers")
            int verb = tokens[counted].Head;
            if (verb >= first && verb < counted && tokens[verb].Upos == "VERB")
            {
                bool hasObject = false;
                for (int k = first; k < end; k++) if (tokens[k].Head == verb && k != counted && tokens[k].Deprel is "obj") hasObject = true;
                if (!hasObject) tokens[counted].Deprel = "obj";
                continue;
            }
            // before one, the subject it lacks
            int after = counted + 1;
            while (after < end && IsWithin(tokens, after, counted)) after++;
            if (after >= end || tokens[after].Upos != "VERB") continue;
            if (HasSubject(tokens, first, end, after)) continue;
            tokens[counted].Head = after;
            tokens[counted].Deprel = "nsubj";
        }
    }

    static bool FormIs(string text, in Token t, string word) => text.AsSpan(t.Start, t.End - t.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="verb"/> has a passive auxiliary ("were killed").</summary>
    static bool HasPassiveAuxiliary(Token[] tokens, int first, int end, int verb) => HasDependent(tokens, first, end, verb, "aux:pass");

    /// <summary>Whether token <paramref name="head"/> has a dependent labelled <paramref name="deprel"/>.</summary>
    static bool HasDependent(Token[] tokens, int first, int end, int head, string deprel)
    {
        for (int k = first; k < end; k++) if (tokens[k].Head == head && tokens[k].Deprel == deprel) return true;
        return false;
    }

    /// <summary>Whether <paramref name="head"/> has the preposition <paramref name="word"/> as its case marker.</summary>
    static bool HasCaseWord(string text, Token[] tokens, int first, int end, int head, string word)
    {
        for (int k = first; k < end; k++)
            if (tokens[k].Head == head && tokens[k].Deprel == "case" && FormIs(text, tokens[k], word)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="verb"/> has a subject (nominal or clausal) other than token <paramref name="except"/>.</summary>
    static bool HasSubject(Token[] tokens, int first, int end, int verb, int except = -1)
    {
        for (int k = first; k < end; k++)
            if (k != except && tokens[k].Head == verb && tokens[k].Deprel is "nsubj" or "nsubj:pass" or "csubj") return true;
        return false;
    }

    /// <summary>Whether token <paramref name="k"/> lies in the subtree of <paramref name="top"/>.</summary>
    static bool IsWithin(Token[] tokens, int k, int top)
    {
        for (int guard = 0; k >= 0 && guard < 200; k = tokens[k].Head, guard++) if (k == top) return true;
        return false;
    }

    static readonly FrozenSet<string> TimeNouns = new[] { "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "yesterday", "tonight", "week", "month", "year", "weekend", "morning", "evening", "night",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose object is the subject of a following to-infinitive ("ordered Menem to appear"): that infinitive is their xcomp.</summary>
    static readonly FrozenSet<string> ObjectControlVerbs = new[] { "ask", "urge", "order", "tell", "request", "invite", "encourage", "persuade",
        "press", "pressure", "push", "force", "compel", "allow", "permit", "instruct", "direct", "call", "beg", "implore", "advise", "warn",
        "want", "expect", "help", "require", "enable", "cause", "get", "need", "like", "lead", "teach", "remind", "convince", "make", "let",
        "have", "see", "hear", "keep", "leave", "find", "consider", "take", "authorize", "authorise", "mandate", "oblige", "appoint", "elect",
        "choose", "prefer", "train", "tempt", "inspire", "prompt", "drive", "trust", "believe", "declare", "rule" }.ToFrozenSet();

    /// <summary>
    /// A to-infinitive after a verb and its object is a purpose clause (advcl: "staged demonstrations to demand reforms")
    /// unless the verb passes its object on as the infinitive's subject ("ordered Menem to appear"); in EWT train and dev
    /// that configuration is advcl 200 times and xcomp 12 times after other verbs. The parser often says xcomp.
    /// </summary>
    static void RepairPurposeClause(string text, Token[] tokens, int first, int end)
    {
        for (int c = first; c < end; c++)
        {
            int h = tokens[c].Head;
            if (tokens[c].Deprel != "xcomp" || tokens[c].Upos != "VERB" || h < first || h >= c || tokens[h].Upos != "VERB"
                || ObjectControlVerbs.Contains(tokens[h].Lemma ?? "")) continue;
            bool to = false, obj = false;
            for (int k = first; k < end; k++)
            {
                if (tokens[k].Head == c && tokens[k].Deprel == "mark" && FormIs(text, tokens[k], "to")) to = true;
                if (tokens[k].Head == h && k > h && k < c && tokens[k].Deprel == "obj") obj = true;
            }
            if (to && obj) tokens[c].Deprel = "advcl";
        }
    }

    /// <summary>Prepositions that can also open a clause ("after Trump spoke"), whose subject may well follow them.</summary>
    static readonly FrozenSet<string> Subordinators = new[] { "after", "before", "since", "until", "till", "as", "because", "while",
        "once", "than", "like", "for", "though", "although", "if", "unless", "whether", "when", "where" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Near Ar Raqqah, five strikes engaged …": a clause has one subject, so of two, the one that follows a preposition
    /// the parser hung on the verb as a marker is that preposition's object, a modifier of place or time (obl).
    /// </summary>
    static void RepairPrepositionalSubject(Token[] tokens, int first, int end)
    {
        for (int p = first; p + 1 < end; p++)
        {
            int v = tokens[p].Head, n = p + 1;
            if (tokens[p].Upos != "ADP" || tokens[p].Deprel is not ("mark" or "case") || v < first || Subordinators.Contains(tokens[p].Lemma ?? "")) continue;
            // the preposition's noun phrase: the subject of the same verb that starts right after it (or after a determiner)
            while (n < end && tokens[n].Head != v && tokens[n].Upos is "DET" or "PROPN" or "NOUN" or "ADJ" or "NUM" && tokens[n].Head > n) n++;
            if (n >= end || tokens[n].Head != v || tokens[n].Deprel != "nsubj" || n > p + 4) continue;
            if (!HasSubject(tokens, first, end, v, except: n)) continue;
            tokens[n].Deprel = "obl";
            tokens[p].Head = n;
            tokens[p].Deprel = "case";
        }
        // "killed in an encounter with security forces in Kupwara district, the Indian Army said": a noun that has its
        // preposition is no subject, here of a verb with a subject of its own; it modifies the noun before the preposition
        for (int n = first + 2; n < end; n++)
        {
            if (tokens[n].Deprel != "nsubj" || tokens[n].Upos is not ("NOUN" or "PROPN") || tokens[n].Head is not (>= 0 and var v) || !HasSubject(tokens, first, end, v, except: n)) continue;
            int p = -1;
            for (int k = first; k < n; k++)
                if (tokens[k].Head == n && tokens[k].Deprel == "case" && tokens[k].Upos == "ADP" && !Subordinators.Contains(tokens[k].Lemma ?? "")) { p = k; break; }
            if (p <= first || tokens[p - 1].Upos is not ("NOUN" or "PROPN") || IsWithin(tokens, p - 1, n)) continue;
            tokens[n].Head = p - 1;
            tokens[n].Deprel = "nmod";
        }
        // "Militants of the banned Hizbollah attacked a checkpost": a name right before a finite verb read as its subject,
        // the verb hung on the noun before the preposition (with the preposition as its case), and that noun left the root.
        // That noun is the subject; the name modifies it, with its article and modifiers (read as a repair and a clause)
        for (int n = first + 2; n < end; n++)
        {
            if (tokens[n].Deprel != "nsubj" || tokens[n].Upos is not ("NOUN" or "PROPN") || tokens[n].Head is not (> 0 and var v) || v <= n
                || tokens[v].Upos != "VERB" || tokens[v].Xpos is not ("VBD" or "VBZ" or "VBP") || HasSubject(tokens, first, end, v, except: n)) continue;
            int p = first;
            while (p < n && !(tokens[p].Upos == "ADP" && tokens[p].Deprel == "case" && tokens[p].Head is var ph && (ph == n || ph == v))) p++;
            int noun = p - 1;
            if (p >= n || p <= first || Subordinators.Contains(tokens[p].Lemma ?? "") || tokens[noun].Upos is not ("NOUN" or "PROPN")
                || tokens[v].Head != noun || tokens[noun].Head >= 0 && tokens[noun].Deprel != "root") continue;
            // the words between are the name's phrase: an article, modifiers, the name's own pieces
            bool phrase = true;
            for (int k = p + 1; k < n; k++)
                if (!(tokens[k].Head == v && tokens[k].Upos is "DET" or "ADJ" or "VERB") && !(tokens[k].Head > k && tokens[k].Head <= n)) phrase = false;
            if (!phrase) continue;
            tokens[v].Head = tokens[noun].Head;
            tokens[v].Deprel = tokens[noun].Deprel;
            for (int k = v + 1; k < end; k++) if (tokens[k].Head == noun) tokens[k].Head = v;
            tokens[noun].Head = v;
            tokens[noun].Deprel = "nsubj";
            tokens[n].Head = noun;
            tokens[n].Deprel = "nmod";
            tokens[p].Head = n;
            for (int k = p + 1; k < n; k++)
            {
                if (tokens[k].Head != v) continue;
                tokens[k].Head = n;
                tokens[k].Deprel = tokens[k].Upos == "DET" ? "det" : "amod";
            }
        }
    }

    /// <summary>
    /// "Russia said on Tuesday that Sudan must return …": a greedy parse often hangs the that-clause on the time
    /// word as a relative clause, with "that" as its object. A clause with a subject of its own cannot be a
    /// relative clause whose object is "that"; it is the verb's complement clause, and "that" its marker.
    /// (Not in the treebank scores: they come from the parser alone.)
    /// </summary>
    static void RepairClauseAfterTime(string text, Token[] tokens, int first, int end)
    {
        for (int c = first; c < end; c++)
        {
            if (tokens[c].Deprel != "acl:relcl" || tokens[c].Head < first) continue;
            int time = tokens[c].Head, verb = tokens[time].Head;
            if (verb < first || tokens[verb].Upos != "VERB" || tokens[time].Deprel is not ("obl" or "obl:tmod" or "obl:unmarked")
                || !TimeNouns.Contains(text.AsSpan(tokens[time].Start, tokens[time].End - tokens[time].Start).ToString())) continue;
            int that = -1, subject = -1;
            for (int k = time + 1; k < c; k++)
            {
                if (tokens[k].Head != c) continue;
                if (that < 0 && tokens[k].Deprel is "obj" or "nsubj" && FormIs(text, tokens[k], "that")) that = k;
                else if (that >= 0 && tokens[k].Deprel is "nsubj" or "nsubj:pass") subject = k;
            }
            // ("Pakistan's military said on Sunday it had destroyed …": with no "that", a clause after a verb of saying's
            // time whose subject is a pronoun is what was said, not a relative clause on the day)
            if (that < 0 && ReportingVerbs.Contains(tokens[verb].Lemma ?? ""))
                for (int k = time + 1; k < c && subject < 0; k++)
                    if (tokens[k].Head == c && tokens[k].Deprel is "nsubj" or "nsubj:pass" && tokens[k].Xpos == "PRP") { subject = k; that = k; }
            if (that < 0 || subject < 0) continue;
            tokens[c].Head = verb;
            tokens[c].Deprel = "ccomp";
        }
        // and a "that" opening a complement clause before its subject is the clause's marker, whatever the parser made of it
        for (int k = first; k + 1 < end; k++)
        {
            int c = tokens[k].Head;
            if (c < first || tokens[c].Deprel != "ccomp" || tokens[k].Deprel == "mark"
                || !FormIs(text, tokens[k], "that")) continue;
            bool subjectAfter = false;
            for (int j = k + 1; j < c; j++) if (tokens[j].Head == c && tokens[j].Deprel is "nsubj" or "nsubj:pass") subjectAfter = true;
            if (!subjectAfter) continue;
            tokens[k].Deprel = "mark";
            tokens[k].Upos = "SCONJ";
            tokens[k].Xpos = "IN";
        }
    }

    /// <summary>Core parse over 0-based words; heads are 0-based, -1 for the root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse(WordInfo[] words, ulong[] tags, int[] heads, int[] rels)
    {
        ulong[]? supers = null;
        if (Supertagger is not null) { supers = new ulong[words.Length]; Supertagger.Tag(words, tags, supers); }
        if (BeamWidth > 1 && words.Length > 1)
        {
            // (each thread keeps its beam's states from sentence to sentence: a beam of 8 holds 16 of them)
            var beam = cachedBeam;
            if (beam is null || beam.Width != BeamWidth || beam.Classes != model.Classes)
                cachedBeam = beam = new Beam(words, tags, supers, BeamWidth, model.Classes);
            else beam.Reset(words, tags, supers);
            beam.Run(model.Score, this, null);
            ReadTree(beam.Best, heads, rels);
            return;
        }
        var state = new ParseState(words, tags, supers);
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[model.Classes];
        while (!state.Terminal)
        {
            int nf = state.Features(feats);
            model.Score(feats[..nf], scores);
            var arcs = ArcsFor(state);
            int best = BestValid(scores, arcs);
            state.Apply(best);
        }
        ReadTree(state, heads, rels);
    }

    static void ReadTree(ParseState state, int[] heads, int[] rels)
    {
        for (int i = 0; i < state.N; i++)
        {
            heads[i] = state.Head[i + 1] - 1; // root (0) → -1
            rels[i] = Math.Max(0, state.Label[i + 1]);
        }
    }

    /// <summary>Labels the stack's top may not take, as <see cref="Parse(WordInfo[], ulong[], int[], int[])"/> decides them.</summary>
    bool[]? ForbiddenFor(ParseState state)
    {
        int s0 = state.S(0);
        return s0 <= 0 || state.Word(s0).Punctuation ? null
            : AuxiliaryForms.Contains(state.Word(s0).Norm) ? forbiddenForAuxiliary : forbiddenForWord;
    }

    static readonly ulong ConjunctionTag = FeatureHash.Of("CC");

    /// <summary>The transitions a state may take in parsing: besides the labels the stack's top may not take, a
    /// coordinating conjunction heads only punctuation, conjuncts, conjunctions and fixed words (EWT train: 2 other arcs
    /// of 6,687 conjunctions), never an object or a subject. EWT dev UAS 0.8504 → 0.8505; the vote and the beam parser
    /// gain 0.0001–0.0002 on test. (Forbidding punctuation to head anything, as EWT's does 6 times, cost 0.0007 UAS.)</summary>
    internal ArcLimits ArcsFor(ParseState state)
    {
        var own = ForbiddenFor(state);
        bool[]? left = own, right = own;
        // (a left arc hangs the stack's top on the buffer's first word, a right arc on the word below it on the stack)
        if (state.CanLeft && state.Tag(state.B) == ConjunctionTag) left = UnderConjunction(own);
        if (state.CanRight && state.Depth > 2 && state.Tag(state.S(1)) == ConjunctionTag) right = UnderConjunction(own);
        return new ArcLimits(state.CanShift, state.CanLeft, state.CanRight, left, right);
    }

    bool[] UnderConjunction(bool[]? own) =>
        own is null ? forbiddenUnderConjunction : ReferenceEquals(own, forbiddenForAuxiliary) ? forbiddenForAuxiliaryUnderConjunction : forbiddenForWordUnderConjunction;

    /// <summary>What a parse state may do next: whether it may shift, make a left or a right arc, and the labels each arc may not give.</summary>
    internal readonly record struct ArcLimits(bool CanShift, bool CanLeft, bool CanRight, bool[]? ForbiddenLeft, bool[]? ForbiddenRight)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Allows(int t) => t == Shift ? CanShift
            : IsLeft(t) ? CanLeft && (ForbiddenLeft is null || !ForbiddenLeft[LabelOf(t)])
            : CanRight && (ForbiddenRight is null || !ForbiddenRight[LabelOf(t)]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int BestValid(ReadOnlySpan<float> scores, in ArcLimits arcs)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int t = 0; t < scores.Length; t++)
            if (arcs.Allows(t) && scores[t] > bestScore) { bestScore = scores[t]; best = t; }
        return best;
    }

    [ThreadStatic] static Beam? cachedBeam;

    internal delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>
    /// Beam search over transition sequences: each step extends every kept state by each valid transition and keeps
    /// the <c>width</c> best sequences by their summed scores. All sequences of a sentence have 2N steps, so they end
    /// together. In training it also follows the gold sequence and records the step where the best sequence beats the
    /// gold one by most (the max violation), whose two prefixes the update compares.
    /// </summary>
    internal sealed class Beam
    {
        readonly int width;
        ParseState[] items, next;
        double[] score, nextScore;
        bool[] gold, nextGold;
        int count;
        // top candidates of a step: (item, transition, score), sorted by score, best first
        readonly int[] candItem, candT;
        readonly double[] candScore;
        readonly ulong[] feats = new ulong[MaxFeatures];
        readonly float[] scores;
        // each item's features at this step, how many of them read no arc label, and those features' scores: items that
        // differ only in labels (one arc given two labels) share them, and they are scored once
        readonly ulong[][] itemFeats;
        readonly int[] itemUnlabelled;
        readonly float[][] unlabelledScores;

        public Beam(WordInfo[] words, ulong[] tags, ulong[]? supers, int width, int classes)
        {
            this.width = width;
            Classes = classes;
            scores = new float[classes];
            items = new ParseState[width]; next = new ParseState[width];
            for (int i = 0; i < width; i++) { items[i] = new ParseState(words, tags, supers); next[i] = new ParseState(words, tags, supers); }
            score = new double[width]; nextScore = new double[width];
            gold = new bool[width]; nextGold = new bool[width];
            candItem = new int[width]; candT = new int[width]; candScore = new double[width];
            itemFeats = new ulong[width][]; itemUnlabelled = new int[width]; unlabelledScores = new float[width][];
            for (int i = 0; i < width; i++) { itemFeats[i] = new ulong[MaxFeatures]; unlabelledScores[i] = new float[classes]; }
            count = 1;
            gold[0] = true;
        }

        public int Width => width;
        public int Classes { get; }

        /// <summary>Starts on another sentence, keeping the states' arrays.</summary>
        public void Reset(WordInfo[] words, ulong[] tags, ulong[]? supers)
        {
            foreach (var s in items) s.Reset(words, tags, supers);
            foreach (var s in next) s.Reset(words, tags, supers);
            Array.Clear(gold);
            count = 1;
            score[0] = 0;
            gold[0] = true;
        }

        public ParseState Best => items[0];

        /// <summary>Decodes to the end. With <paramref name="goldPath"/> (training: a fresh state of the same sentence and its
        /// gold tree, the parser null), follows the gold sequence too; returns the step of the max violation and leaves the
        /// violating prefix's transitions in <see cref="Violator"/> (-1: the gold sequence was best at every step).</summary>
        public int Run(Scorer scorer, DependencyParser? parser, (ParseState State, int[] Head, int[] Label)? goldPath)
        {
            int steps = 2 * items[0].N;
            double goldScore = 0, maxViolation = -1;
            int violationStep = -1;
            for (int step = 0; step < steps; step++)
            {
                int nc = 0;
                for (int i = 0; i < count; i++)
                {
                    var st = items[i];
                    var f = itemFeats[i];
                    int nf = st.Features(f, out int nu);
                    var unlabelled = f.AsSpan(0, nu);
                    int same = -1;
                    for (int j = 0; j < i && same < 0; j++)
                        if (itemUnlabelled[j] == nu && itemFeats[j].AsSpan(0, nu).SequenceEqual(unlabelled)) same = j;
                    itemUnlabelled[i] = nu;
                    var part = unlabelledScores[i];
                    if (same >= 0) unlabelledScores[same].CopyTo(part);
                    else scorer(unlabelled, part);
                    scorer(f.AsSpan(nu, nf - nu), scores);
                    for (int t = 0; t < scores.Length; t++) scores[t] += part[t];
                    var arcs = parser?.ArcsFor(st) ?? new ArcLimits(st.CanShift, st.CanLeft, st.CanRight, null, null);
                    for (int t = 0; t < scores.Length; t++)
                    {
                        if (!arcs.Allows(t)) continue;
                        double sc = score[i] + scores[t];
                        if (nc == width && sc <= candScore[nc - 1]) continue;
                        // insert, keeping the candidates sorted
                        int at = nc < width ? nc++ : nc - 1;
                        while (at > 0 && candScore[at - 1] < sc)
                        {
                            candScore[at] = candScore[at - 1]; candItem[at] = candItem[at - 1]; candT[at] = candT[at - 1];
                            at--;
                        }
                        candScore[at] = sc; candItem[at] = i; candT[at] = t;
                    }
                }
                int goldT = -1;
                if (goldPath is var (gs, gh, gl))
                {
                    goldT = StaticOracle(gs, gh, gl, Classes);
                    int nf = gs.Features(feats);
                    scorer(feats.AsSpan(0, nf), scores);
                    goldScore += scores[goldT];
                    gs.Apply(goldT);
                }
                for (int j = 0; j < nc; j++)
                {
                    next[j].CopyFrom(items[candItem[j]]);
                    next[j].Apply(candT[j]);
                    nextScore[j] = candScore[j];
                    nextGold[j] = gold[candItem[j]] && candT[j] == goldT;
                }
                (items, next) = (next, items);
                (score, nextScore) = (nextScore, score);
                (gold, nextGold) = (nextGold, gold);
                count = nc;
                // (a gold sequence that fell off the beam is violated even at equal scores, as with the first, all-zero weights)
                if (goldPath is not null && !gold[0] && score[0] - goldScore > maxViolation
                    && (score[0] - goldScore > 0 || Array.IndexOf(gold, true, 0, count) < 0))
                {
                    maxViolation = score[0] - goldScore;
                    violationStep = step;
                    if (violator is null || violator.Length < steps) violator = new int[steps];
                    Array.Copy(items[0].History, violator, step + 1);
                }
            }
            return violationStep;
        }

        /// <summary>The transitions of the sequence at the max violation (training).</summary>
        public int[] Violator => violator ?? [];
        int[]? violator;
    }

    /// <summary>The gold sequence's next transition from a state on it (projective gold tree): attach as soon as the
    /// gold tree allows, else shift.</summary>
    static int StaticOracle(ParseState s, int[] goldHead, int[] goldLabel, int classes)
    {
        int s0 = s.S(0);
        if (s.CanLeft && s0 > 0)
        {
            int t = 1 + 2 * goldLabel[s0];
            if (s.Cost(t, goldHead, goldLabel) == 0) return t;
        }
        if (s.CanRight && s0 > 0)
        {
            int t = 2 + 2 * goldLabel[s0];
            if (s.Cost(t, goldHead, goldLabel) == 0) return t;
        }
        if (s.CanShift) return Shift;
        // (only arcs are left and none is free of cost: take the cheapest)
        int best = -1, bestCost = int.MaxValue;
        for (int t = 1; t < classes; t++)
        {
            if (!s.Valid(t)) continue;
            int c = s.Cost(t, goldHead, goldLabel);
            if (c < bestCost) { bestCost = c; best = t; }
        }
        return best;
    }

    /// <summary>Parser configuration: stack, buffer position, partial tree and child summaries for features.</summary>
    internal sealed class ParseState
    {
        WordInfo[] words = [];
        ulong[] tags = [];
        ulong[]? supers;
        public int N;                   // words are 1..N
        public int[] Stack = [];
        public int Depth;               // stack size
        public int B;                   // next buffer word (N+1 = empty)
        public int[] Head = [], Label = [];
        int[] l1 = [], l2 = [], r1 = [], r2 = [], nl = [], nr = [];
        ulong[] lset = [], rset = [];   // label sets of left and right children (bitmask)
        /// <summary>The transitions applied so far (a sentence takes 2N: each word is shifted once and attached once).</summary>
        public int[] History = [];
        public int Steps;

        public ParseState(WordInfo[] words, ulong[] tags, ulong[]? supers = null) => Reset(words, tags, supers);

        /// <summary>The initial state of another sentence, reusing the arrays when they are long enough (a beam keeps
        /// its states from sentence to sentence).</summary>
        public void Reset(WordInfo[] words, ulong[] tags, ulong[]? supers)
        {
            this.words = words;
            this.tags = tags;
            this.supers = supers;
            N = words.Length;
            int m = N + 2;
            if (Stack.Length < m)
            {
                int c = Math.Max(m, 2 * Stack.Length);
                Stack = new int[c]; Head = new int[c]; Label = new int[c];
                l1 = new int[c]; l2 = new int[c]; r1 = new int[c]; r2 = new int[c]; nl = new int[c]; nr = new int[c];
                lset = new ulong[c]; rset = new ulong[c];
                History = new int[2 * c];
            }
            else
            {
                Array.Clear(l1, 0, m); Array.Clear(l2, 0, m); Array.Clear(r1, 0, m); Array.Clear(r2, 0, m);
                Array.Clear(nl, 0, m); Array.Clear(nr, 0, m); Array.Clear(lset, 0, m); Array.Clear(rset, 0, m);
            }
            Array.Fill(Head, -1, 0, m);
            Array.Fill(Label, -1, 0, m);
            Stack[0] = 0;
            Depth = 1;
            B = 1;
            Steps = 0;
        }

        public bool Terminal => B > N && Depth == 1;
        public bool CanShift => B <= N;
        public bool CanLeft => Depth > 1 && B <= N;
        // the root takes one dependent, and only when everything else is attached
        public bool CanRight => Depth > 2 || (Depth == 2 && B > N);

        public int S(int k) => Depth > k ? Stack[Depth - 1 - k] : -1;

        /// <summary>Makes this state a copy of <paramref name="o"/>, a state of the same sentence.</summary>
        public void CopyFrom(ParseState o)
        {
            int m = N + 2;
            Array.Copy(o.Stack, Stack, o.Depth);
            Depth = o.Depth;
            B = o.B;
            Array.Copy(o.Head, Head, m); Array.Copy(o.Label, Label, m);
            Array.Copy(o.l1, l1, m); Array.Copy(o.l2, l2, m); Array.Copy(o.r1, r1, m); Array.Copy(o.r2, r2, m);
            Array.Copy(o.nl, nl, m); Array.Copy(o.nr, nr, m);
            Array.Copy(o.lset, lset, m); Array.Copy(o.rset, rset, m);
            Array.Copy(o.History, History, o.Steps);
            Steps = o.Steps;
        }

        public void Apply(int t)
        {
            History[Steps++] = t;
            if (t == Shift) { Stack[Depth++] = B++; return; }
            int s0 = Stack[--Depth];
            int head = IsLeft(t) ? B : Stack[Depth - 1];
            AddArc(head, s0, LabelOf(t));
        }

        void AddArc(int head, int dep, int label)
        {
            Head[dep] = head;
            Label[dep] = label;
            if (dep < head)
            {
                // left child: keep the two leftmost
                if (l1[head] == 0 || dep < l1[head]) { l2[head] = l1[head]; l1[head] = dep; }
                else if (l2[head] == 0 || dep < l2[head]) l2[head] = dep;
                nl[head]++;
                lset[head] |= 1UL << (label & 63);
            }
            else
            {
                if (r1[head] == 0 || dep > r1[head]) { r2[head] = r1[head]; r1[head] = dep; }
                else if (r2[head] == 0 || dep > r2[head]) r2[head] = dep;
                nr[head]++;
                rset[head] |= 1UL << (label & 63);
            }
        }

        public WordInfo Word(int i) => words[i - 1];
        /// <summary>The hash of word i's tag (1-based).</summary>
        public ulong Tag(int i) => tags[i - 1];
        ulong W(int i) => i < 0 ? 3 : i == 0 ? 5 : i > N ? 7 : words[i - 1].Norm;
        ulong P(int i) => i < 0 ? 3 : i == 0 ? 5 : i > N ? 7 : tags[i - 1];
        ulong L(int i) => i <= 0 || i > N ? 3 : (ulong)(Label[i] + 11);
        ulong C(int i) => i < 0 ? 3 : i == 0 ? 5 : i > N ? 7 : words[i - 1].Fine + 11;
        ulong T(int i) => i < 0 ? 3 : i == 0 ? 5 : i > N ? 7 : supers![i - 1];

        /// <summary>Writes the state's features; those from <paramref name="labelled"/> on read arc labels.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Features(Span<ulong> f, out int labelled)
        {
            int s0 = S(0), s1 = S(1), s2 = S(2);
            int b0 = B <= N ? B : -1, b1 = B + 1 <= N ? B + 1 : -1, b2 = B + 2 <= N ? B + 2 : -1;
            ulong s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2);
            ulong b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2p = P(b2);
            int s0l1 = s0 > 0 ? l1[s0] : -1, s0l2 = s0 > 0 ? l2[s0] : -1, s0r1 = s0 >= 0 ? r1[s0] : -1, s0r2 = s0 >= 0 ? r2[s0] : -1;
            int b0l1 = b0 > 0 ? l1[b0] : -1, b0l2 = b0 > 0 ? l2[b0] : -1;
            int s1r1 = s1 >= 0 ? r1[s1] : -1, s1l1 = s1 > 0 ? l1[s1] : -1;
            if (s0l1 == 0) s0l1 = -1; if (s0l2 == 0) s0l2 = -1; if (s0r1 == 0) s0r1 = -1; if (s0r2 == 0) s0r2 = -1;
            if (b0l1 == 0) b0l1 = -1; if (b0l2 == 0) b0l2 = -1; if (s1r1 == 0) s1r1 = -1; if (s1l1 == 0) s1l1 = -1;
            ulong dist = s0 >= 0 && b0 > 0 ? (ulong)Math.Min(b0 - s0, 6) : 0;
            ulong dist2 = s0 >= 0 && s1 >= 0 ? (ulong)Math.Min(s0 - s1, 6) : 0;
            ulong s0vl = s0 > 0 ? (ulong)Math.Min(nl[s0], 4) : 9, s0vr = s0 >= 0 ? (ulong)Math.Min(nr[s0], 4) : 9;
            ulong b0vl = b0 > 0 ? (ulong)Math.Min(nl[b0], 4) : 9;
            ulong s0wp = FeatureHash.Mix(s0w, s0p), s1wp = FeatureHash.Mix(s1w, s1p), b0wp = FeatureHash.Mix(b0w, b0p), b1wp = FeatureHash.Mix(b1w, b1p);
            int n = 0;
            f[n++] = 1;
            // single words
            f[n++] = FeatureHash.Mix(2, s0wp); f[n++] = FeatureHash.Mix(3, s0w); f[n++] = FeatureHash.Mix(4, s0p);
            f[n++] = FeatureHash.Mix(5, s1wp); f[n++] = FeatureHash.Mix(6, s1w); f[n++] = FeatureHash.Mix(7, s1p);
            f[n++] = FeatureHash.Mix(8, b0wp); f[n++] = FeatureHash.Mix(9, b0w); f[n++] = FeatureHash.Mix(10, b0p);
            f[n++] = FeatureHash.Mix(11, b1wp); f[n++] = FeatureHash.Mix(12, b1w); f[n++] = FeatureHash.Mix(13, b1p);
            f[n++] = FeatureHash.Mix(14, b2p); f[n++] = FeatureHash.Mix(15, W(b2)); f[n++] = FeatureHash.Mix(16, s2p);
            // pairs
            f[n++] = FeatureHash.Mix(17, s0wp, b0wp); f[n++] = FeatureHash.Mix(18, s0wp, b0w); f[n++] = FeatureHash.Mix(19, s0w, b0wp);
            f[n++] = FeatureHash.Mix(20, s0wp, b0p); f[n++] = FeatureHash.Mix(21, s0p, b0wp); f[n++] = FeatureHash.Mix(22, s0w, b0w);
            f[n++] = FeatureHash.Mix(23, s0p, b0p); f[n++] = FeatureHash.Mix(24, b0p, b1p);
            f[n++] = FeatureHash.Mix(25, s1wp, s0wp); f[n++] = FeatureHash.Mix(26, s1w, s0w); f[n++] = FeatureHash.Mix(27, s1p, s0p);
            f[n++] = FeatureHash.Mix(28, s1wp, s0p); f[n++] = FeatureHash.Mix(29, s1p, s0wp);
            f[n++] = FeatureHash.Mix(30, s1p, b0p); f[n++] = FeatureHash.Mix(31, s1w, b0w);
            // triples of tags
            f[n++] = FeatureHash.Mix(32, b0p, b1p, b2p); f[n++] = FeatureHash.Mix(33, s0p, b0p, b1p);
            f[n++] = FeatureHash.Mix(34, s1p, s0p, b0p); f[n++] = FeatureHash.Mix(35, s2p, s1p, s0p);
            f[n++] = FeatureHash.Mix(36, s0p, P(s0l1), b0p); f[n++] = FeatureHash.Mix(37, s0p, P(s0r1), b0p);
            f[n++] = FeatureHash.Mix(38, s0p, b0p, P(b0l1)); f[n++] = FeatureHash.Mix(39, s1p, s0p, P(s0l1));
            f[n++] = FeatureHash.Mix(40, s1p, P(s1r1), s0p); f[n++] = FeatureHash.Mix(41, s0w, b0p, b1p);
            // distance
            f[n++] = FeatureHash.Mix(42, s0w, dist); f[n++] = FeatureHash.Mix(43, s0p, dist); f[n++] = FeatureHash.Mix(44, b0w, dist);
            f[n++] = FeatureHash.Mix(45, b0p, dist); f[n++] = FeatureHash.Mix(46, s0w, b0w, dist); f[n++] = FeatureHash.Mix(47, s0p, b0p, dist);
            f[n++] = FeatureHash.Mix(48, s1p, s0p, dist2); f[n++] = FeatureHash.Mix(49, s1w, s0w, dist2);
            // valency
            f[n++] = FeatureHash.Mix(50, s0w, s0vr); f[n++] = FeatureHash.Mix(51, s0p, s0vr); f[n++] = FeatureHash.Mix(52, s0w, s0vl);
            f[n++] = FeatureHash.Mix(53, s0p, s0vl); f[n++] = FeatureHash.Mix(54, b0w, b0vl); f[n++] = FeatureHash.Mix(55, b0p, b0vl);
            // children
            f[n++] = FeatureHash.Mix(56, W(s0l1)); f[n++] = FeatureHash.Mix(57, P(s0l1));
            f[n++] = FeatureHash.Mix(59, W(s0r1)); f[n++] = FeatureHash.Mix(60, P(s0r1));
            f[n++] = FeatureHash.Mix(62, W(b0l1)); f[n++] = FeatureHash.Mix(63, P(b0l1));
            f[n++] = FeatureHash.Mix(67, W(s0l2), P(s0l2)); f[n++] = FeatureHash.Mix(68, W(s0r2), P(s0r2));
            // third order
            f[n++] = FeatureHash.Mix(70, s0p, P(s0l1), P(s0l2)); f[n++] = FeatureHash.Mix(71, s0p, P(s0r1), P(s0r2));
            f[n++] = FeatureHash.Mix(72, b0p, P(b0l1), P(b0l2));
            // words with child context
            f[n++] = FeatureHash.Mix(81, s0w, W(s0r1)); f[n++] = FeatureHash.Mix(82, b0w, W(b0l1));
            f[n++] = FeatureHash.Mix(84, s0 >= 0 && s0 <= N && s0 > 0 ? words[s0 - 1].Suf3 : 1, b0p);
            f[n++] = FeatureHash.Mix(85, b0 > 0 ? words[b0 - 1].Suf3 : 1, s0p);
            f[n++] = FeatureHash.Mix(86, s0 == 0 ? 1UL : 0UL, b0p, B > N ? 1UL : 0UL);
            ulong s0c = C(s0), b0c = C(b0), s1c = C(s1), b1c = C(b1);
            f[n++] = FeatureHash.Mix(87, s0c); f[n++] = FeatureHash.Mix(88, b0c); f[n++] = FeatureHash.Mix(89, s0c, b0c);
            f[n++] = FeatureHash.Mix(90, s0p, b0c); f[n++] = FeatureHash.Mix(91, s0c, b0p); f[n++] = FeatureHash.Mix(92, b0c, b1p);
            f[n++] = FeatureHash.Mix(93, s1c, s0c); f[n++] = FeatureHash.Mix(94, s1p, s0c); f[n++] = FeatureHash.Mix(95, b1c, b0p);
            f[n++] = FeatureHash.Mix(96, s0c, dist, b0c);
            if (supers is not null)
            {
                ulong s0t = T(s0), s1t = T(s1), b0t = T(b0), b1t = T(b1), b2t = T(b2);
                f[n++] = FeatureHash.Mix(100, s0t); f[n++] = FeatureHash.Mix(101, b0t); f[n++] = FeatureHash.Mix(102, b1t);
                f[n++] = FeatureHash.Mix(103, b2t); f[n++] = FeatureHash.Mix(104, s1t);
                f[n++] = FeatureHash.Mix(105, s0t, b0t); f[n++] = FeatureHash.Mix(106, s1t, s0t); f[n++] = FeatureHash.Mix(107, b0t, b1t);
                f[n++] = FeatureHash.Mix(108, s0p, b0t); f[n++] = FeatureHash.Mix(109, s0t, b0p); f[n++] = FeatureHash.Mix(110, s0t, b0t, dist);
                f[n++] = FeatureHash.Mix(111, s0w, s0t); f[n++] = FeatureHash.Mix(112, b0w, b0t); f[n++] = FeatureHash.Mix(113, s0t, b0t, b1t);
            }
            // the features that read arc labels come last: states that differ only in labels share all the others, and the
            // beam scores those once for all of them
            labelled = n;
            f[n++] = FeatureHash.Mix(58, L(s0l1)); f[n++] = FeatureHash.Mix(61, L(s0r1)); f[n++] = FeatureHash.Mix(64, L(b0l1));
            f[n++] = FeatureHash.Mix(65, P(s1r1), L(s1r1)); f[n++] = FeatureHash.Mix(66, P(s1l1), L(s1l1)); f[n++] = FeatureHash.Mix(69, P(b0l2), L(b0l2));
            f[n++] = FeatureHash.Mix(73, s0p, L(s0l1), L(s0l2)); f[n++] = FeatureHash.Mix(74, s0p, L(s0r1), L(s0r2)); f[n++] = FeatureHash.Mix(75, b0p, L(b0l1), L(b0l2));
            f[n++] = FeatureHash.Mix(76, s0w, s0 > 0 ? lset[s0] : 1); f[n++] = FeatureHash.Mix(77, s0p, s0 >= 0 ? rset[s0] : 1);
            f[n++] = FeatureHash.Mix(78, b0w, b0 > 0 ? lset[b0] : 1); f[n++] = FeatureHash.Mix(79, b0p, b0 > 0 ? lset[b0] : 1);
            f[n++] = FeatureHash.Mix(80, s0p, s0 >= 0 ? rset[s0] : 1, b0p); f[n++] = FeatureHash.Mix(83, s0w, L(s0r1), b0p);
            return n;
        }

        public int Features(Span<ulong> f) => Features(f, out _);

        // ---- dynamic oracle (Goldberg & Nivre 2013, arc-hybrid) ----

        /// <summary>Arcs of the gold tree made unreachable by transition t (gold heads 1-based, 0 = root).</summary>
        public int Cost(int t, int[] goldHead, int[] goldLabel)
        {
            int s0 = S(0);
            if (t == Shift)
            {
                int b = B, cost = 0;
                for (int k = 0; k < Depth; k++)
                {
                    int d = Stack[k];
                    if (d != 0 && goldHead[d] == b) cost++;
                    if (k < Depth - 1 && goldHead[b] == d) cost++;
                }
                return cost;
            }
            if (IsLeft(t))
            {
                int cost = 0, h = goldHead[s0];
                if (h != B && (h == S(1) || h > B)) cost++;
                if (h == B && goldLabel[s0] != LabelOf(t)) cost++;
                for (int d = B; d <= N; d++) if (goldHead[d] == s0) cost++;
                return cost;
            }
            else
            {
                int cost = 0, h = goldHead[s0], s1 = S(1);
                if (h != s1 && h >= B) cost++;
                if (h == s1 && goldLabel[s0] != LabelOf(t)) cost++;
                for (int d = B; d <= N; d++) if (goldHead[d] == s0) cost++;
                return cost;
            }
        }

        public bool Valid(int t) => t == Shift ? CanShift : IsLeft(t) ? CanLeft : CanRight;
    }

    // ---- training ----------------------------------------------------------------------------

    public sealed record TrainResult(DependencyParser Parser, double DevUas, double DevLas, int BestEpoch);

    /// <summary>Training sentence: words, predicted tags (as the parser will see them), gold tree.</summary>
    public sealed record Example(WordInfo[] Words, ulong[] Tags, int[] GoldHead, int[] GoldLabel, ulong[]? Supers = null);

    public static TrainResult Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<string[]> trainTags,
        IReadOnlyList<TreebankSentence>? dev, IReadOnlyList<string[]>? devTags, int epochs, int seed,
        Action<int, double, double>? progress = null, WordClusters? clusters = null, float prune = 1.0f,
        Supertagger? supertagger = null, IReadOnlyList<ulong[]>? trainSupers = null, int beamWidth = 1)
    {
        if (beamWidth < 1) throw new ArgumentOutOfRangeException(nameof(beamWidth));
        // (the parser must learn from supertags like those it will read: both or neither)
        if (supertagger is null != trainSupers is null) throw new ArgumentException("a supertagger needs the training set's supertags, and they need it");
        clusters ??= WordClusters.Empty;
        var labelIndex = new Dictionary<string, int>();
        foreach (var s in train) foreach (var d in s.Deprels) if (!labelIndex.ContainsKey(d)) labelIndex[d] = labelIndex.Count;
        var labels = labelIndex.OrderBy(kv => kv.Value).Select(kv => string.Intern(kv.Key)).ToArray();
        var examples = new List<Example>();
        for (int si = 0; si < train.Count; si++)
        {
            var s = train[si];
            var heads = Projectivize(s.Heads);
            var gh = new int[s.Length + 2];
            var gl = new int[s.Length + 2];
            for (int i = 0; i < s.Length; i++) { gh[i + 1] = heads[i] + 1; gl[i + 1] = labelIndex[s.Deprels[i]]; }
            examples.Add(new Example(WordInfo.OfSentence(s.Forms, clusters), trainTags[si].Select(FeatureHash.Of).ToArray(), gh, gl, trainSupers?[si]));
        }

        int classes = 1 + 2 * labels.Length;
        var trainer = new PerceptronTrainer(classes);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var feats = new ulong[MaxFeatures];
        var scores = new float[classes];
        TrainResult? best = null;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            bool explore = epoch > 1;
            foreach (var idx in order)
            {
                var ex = examples[idx];
                if (beamWidth > 1)
                {
                    if (ex.Words.Length < 2) continue;
                    var beam = new Beam(ex.Words, ex.Tags, ex.Supers, beamWidth, classes);
                    var goldState = new ParseState(ex.Words, ex.Tags, ex.Supers);
                    int violation = beam.Run(trainer.Score, null, (goldState, ex.GoldHead, ex.GoldLabel));
                    if (violation >= 0) UpdateSequences(trainer, ex, goldState.History, beam.Violator, violation + 1, feats);
                    trainer.Tick();
                    continue;
                }
                var state = new ParseState(ex.Words, ex.Tags, ex.Supers);
                while (!state.Terminal)
                {
                    int nf = state.Features(feats);
                    trainer.Score(feats.AsSpan(0, nf), scores);
                    int guess = -1, oracle = -1;
                    float gs = float.NegativeInfinity, os = float.NegativeInfinity;
                    for (int t = 0; t < classes; t++)
                    {
                        if (!state.Valid(t)) continue;
                        if (scores[t] > gs) { gs = scores[t]; guess = t; }
                        if (scores[t] > os && state.Cost(t, ex.GoldHead, ex.GoldLabel) == 0) { os = scores[t]; oracle = t; }
                    }
                    if (oracle < 0) oracle = guess; // no zero-cost move (non-projective leftovers): follow the model
                    trainer.Update(feats.AsSpan(0, nf), oracle, guess);
                    trainer.Tick();
                    // error exploration: after the first epoch follow the model's own (possibly wrong) choice most of the time
                    int next = explore && guess != oracle && rng.NextDouble() < 0.9 ? guess : oracle;
                    state.Apply(next);
                }
            }
            var parser = new DependencyParser(trainer.Freeze(prune), labels, clusters, supertagger, beamWidth);
            if (dev is null) { best = new TrainResult(parser, 0, 0, epoch); progress?.Invoke(epoch, double.NaN, double.NaN); continue; }
            var (uas, las) = parser.Evaluate(dev, devTags!);
            progress?.Invoke(epoch, uas, las);
            if (best is null || las > best.DevLas) best = new TrainResult(parser, uas, las, epoch);
        }
        return best!;
    }

    /// <summary>The global perceptron update: the first <paramref name="length"/> transitions of the gold sequence gain
    /// and those of the violating one lose, each with the features of the state it was taken in (the prefix the two
    /// share cancels out and is skipped).</summary>
    static void UpdateSequences(PerceptronTrainer trainer, Example ex, int[] gold, int[] violator, int length, ulong[] feats)
    {
        int d = 0;
        while (d < length && gold[d] == violator[d]) d++;
        if (d == length) return;
        var g = new ParseState(ex.Words, ex.Tags, ex.Supers);
        var v = new ParseState(ex.Words, ex.Tags, ex.Supers);
        for (int k = 0; k < d; k++) { g.Apply(gold[k]); v.Apply(gold[k]); }
        for (int k = d; k < length; k++)
        {
            int nf = g.Features(feats);
            trainer.Add(feats.AsSpan(0, nf), gold[k], 1f);
            g.Apply(gold[k]);
            nf = v.Features(feats);
            trainer.Add(feats.AsSpan(0, nf), violator[k], -1f);
            v.Apply(violator[k]);
        }
    }

    /// <summary>Lifts non-projective arcs to the grandparent until the tree is projective (training only).</summary>
    internal static int[] Projectivize(int[] heads)
    {
        var h = (int[])heads.Clone();
        for (int guard = 0; guard < 100; guard++)
        {
            int bad = -1, badLen = 0;
            for (int d = 0; d < h.Length; d++)
            {
                if (h[d] < 0 || IsProjective(h, h[d], d)) continue;
                int len = Math.Abs(h[d] - d);
                if (bad < 0 || len < badLen) { bad = d; badLen = len; }
            }
            if (bad < 0) break;
            h[bad] = h[h[bad]];
        }
        return h;
    }

    static bool IsProjective(int[] h, int head, int dep)
    {
        int lo = Math.Min(head, dep), hi = Math.Max(head, dep);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k, steps = 0;
            while (a >= 0 && a != head && steps++ < h.Length) a = h[a];
            if (a != head) return false;
        }
        return true;
    }

    /// <summary>UAS and LAS (CoNLL 2018: punctuation included, labels compared without subtypes).</summary>
    public (double Uas, double Las) Evaluate(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<string[]> tags)
    {
        long total = 0, ua = 0, la = 0;
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var heads = new int[s.Length];
            var rels = new int[s.Length];
            Parse(WordInfo.OfSentence(s.Forms, Clusters), tags[si].Select(FeatureHash.Of).ToArray(), heads, rels);
            for (int i = 0; i < s.Length; i++)
            {
                total++;
                if (heads[i] != s.Heads[i]) continue;
                ua++;
                if (Universal(labels[rels[i]]).SequenceEqual(Universal(s.Deprels[i]))) la++;
            }
        }
        return ((double)ua / total, (double)la / total);
    }

    internal static ReadOnlySpan<char> Universal(string label)
    {
        int colon = label.IndexOf(':');
        return colon < 0 ? label : label.AsSpan(0, colon);
    }

    public void Save(string path) => ModelFile.Save(path, Kind, Version, bw =>
    {
        ModelFile.WriteStrings(bw, labels);
        Clusters.Write(bw);
        model.Write(bw);
        bw.Write(Supertagger is not null);
        Supertagger?.Write(bw);
        bw.Write(BeamWidth);
    });

    /// <summary>Reads a parser; version 2 files have no supertagger, and versions 2 and 3 parse greedily.</summary>
    public static DependencyParser Load(string path) => ModelFile.Load(path, Kind, 2, Version, (br, version) =>
    {
        var labels = ModelFile.ReadStrings(br, 1000);
        var clusters = WordClusters.Read(br);
        var model = PerceptronModel.Read(br);
        if (model.Classes != 1 + 2 * labels.Length) throw new InvalidDataException("weights do not match the label table");
        var supertagger = version >= 3 && br.ReadBoolean() ? Supertagger.Read(br) : null;
        int beam = version >= 4 ? br.ReadInt32() : 1;
        if (beam is < 1 or > 256) throw new InvalidDataException($"beam width {beam} out of range");
        return new DependencyParser(model, labels, clusters, supertagger, beam);
    });
}
