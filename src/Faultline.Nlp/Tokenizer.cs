using System.Buffers;
using System.Collections.Frozen;
using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>
/// Rule-based tokenizer following UD English (EWT) conventions: punctuation split off, clitics
/// split ("Russia’s" → Russia ’s, "don't" → do n't), hyphenated compounds split at the hyphen
/// except after common prefixes (e-mail, non-, pre-), URLs, e-mails, numbers and abbreviations
/// kept whole. Also repairs text from scraped pages where a space was lost ("killed.The", "Kabul,Dec").
/// Produces UTF-16 offsets; allocates nothing per token beyond the output list.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    public static void Tokenize(string text, List<Token> output)
    {
        int i = 0, n = text.Length;
        while (i < n)
        {
            while (i < n && IsSpace(text[i])) i++;
            if (i >= n) break;
            int s = i;
            while (i < n && !IsSpace(text[i])) i++;
            Chunk(text, s, i, output, 0);
        }
    }

    static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200b' || c == '\ufeff';

    static void Add(List<Token> output, int s, int e)
    {
        if (e > s) output.Add(new Token { Start = s, End = e, Head = -1 });
    }

    const string LeadPunct = "\"'“”‘’«»([{<*#$£€¥`¿¡~_|";
    const string TrailPunct = "\"'“”‘’«»)]}>,;:!?*%_|…";

    static void Chunk(string t, int s, int e, List<Token> output, int depth)
    {
        if (e <= s) return;
        if (depth > 12) { Add(output, s, e); return; }
        var span = t.AsSpan(s, e - s);

        if (IsUrlOrEmail(span)) { UrlChunk(t, s, e, output); return; }
        if (e - s == 1) { Add(output, s, e); return; }

        // leading punctuation: a run of the same character is one token ("``", "--", "...")
        char c0 = t[s];
        if (IsDashChar(c0) || (c0 == '.' && !IsDigit(At(t, s + 1, e))) || (LeadPunct.Contains(c0) && !IsLeadingApostropheWord(t, s, e)))
        {
            // (but brackets one by one: "((WN))", an interview's speaker label, is two brackets each side, as UD has them)
            int r = IsBracketChar(c0) ? s + 1 : RunEnd(t, s, e);
            Add(output, s, r);
            Chunk(t, r, e, output, depth + 1);
            return;
        }
        if (c0 == '-' && !IsDigit(At(t, s + 1, e)))
        {
            int r = RunEnd(t, s, e);
            Add(output, s, r);
            Chunk(t, r, e, output, depth + 1);
            return;
        }

        // trailing punctuation
        char cl = t[e - 1];
        // (an opening bracket too: "in Yemen[...]" once the "..." and "]" are off)
        if (TrailPunct.Contains(cl) || IsDashChar(cl) || cl == '-' || cl is '(' or '[' or '{')
        {
            // keep "students'" apostrophe as its own token, emoticons are rare enough to ignore
            int r = IsBracketChar(cl) ? e - 1 : RunStart(t, s, e);
            if (r == s) { Add(output, s, e); return; }
            Chunk(t, s, r, output, depth + 1);
            Add(output, r, e);
            return;
        }
        if (cl == '.')
        {
            int r = RunStart(t, s, e);
            if (e - r >= 2) { Chunk(t, s, r, output, depth + 1); Add(output, r, e); return; } // "..." ".."
            var core = t.AsSpan(s, e - 1 - s);
            if (Abbreviations.IsAbbreviation(t.AsSpan(s, e - s)) || IsInitialism(t.AsSpan(s, e - s)))
            {
                Add(output, s, e);
                return;
            }
            if (core.Length > 0) { Chunk(t, s, e - 1, output, depth + 1); Add(output, e - 1, e); return; }
        }

        // clitics at the end: n't, 's, 're, 've, 'll, 'd, 'm (straight or curly apostrophe)
        int clitic = CliticStart(span);
        if (clitic > 0)
        {
            Chunk(t, s, s + clitic, output, depth + 1);
            Add(output, s + clitic, e);
            return;
        }
        if (SplitFused(t, s, e, output)) return;

        // internal split points
        int cut = InternalSplit(t, s, e, out int cutEnd);
        if (cut >= 0)
        {
            Chunk(t, s, cut, output, depth + 1);
            if (cutEnd > cut) Add(output, cut, cutEnd);
            Chunk(t, cutEnd, e, output, depth + 1);
            return;
        }
        Add(output, s, e);
    }

    static char At(string t, int i, int e) => i < e ? t[i] : '\0';
    static bool IsDigit(char c) => c >= '0' && c <= '9';
    static bool IsDashChar(char c) => c is '—' or '–' or '―' or '−';
    internal static bool IsBracketChar(char c) => c is '(' or ')' or '[' or ']' or '{' or '}';

    static int RunEnd(string t, int s, int e)
    {
        int r = s + 1;
        while (r < e && t[r] == t[s]) r++;
        return r;
    }

    static int RunStart(string t, int s, int e)
    {
        int r = e - 1;
        while (r > s && t[r - 1] == t[e - 1]) r--;
        return r;
    }

    /// <summary>'90s, 'em, 'cause: a leading apostrophe that belongs to the word.</summary>
    static bool IsLeadingApostropheWord(string t, int s, int e)
    {
        if (t[s] != '\'' && t[s] != '’') return false;
        var rest = t.AsSpan(s + 1, e - s - 1);
        return rest.StartsWith("90s") || rest.StartsWith("80s") || rest.StartsWith("70s") || rest.StartsWith("60s")
            || rest.Equals("em", StringComparison.OrdinalIgnoreCase) || rest.Equals("cause", StringComparison.OrdinalIgnoreCase);
    }

    static bool IsInitialism(ReadOnlySpan<char> w)
    {
        // U.S. / U.N. / e.g. / a.m. — letters each followed by a period
        if (w.Length < 2 || w.Length % 2 != 0) return false;
        for (int i = 0; i < w.Length; i += 2)
            if (!char.IsLetter(w[i]) || w[i + 1] != '.') return false;
        return true;
    }

    static int CliticStart(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n >= 4 && (w[n - 1] is 't' or 'T') && (w[n - 2] is '\'' or '’') && (w[n - 3] is 'n' or 'N') && char.IsLetter(w[n - 4]))
            return n - 3;
        if (n >= 3 && (w[n - 2] is '\'' or '’') && (w[n - 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M') && IsWordChar(w[n - 3]))
            return n - 2;
        if (n >= 4 && (w[n - 3] is '\'' or '’') && IsWordChar(w[n - 4]))
        {
            var tail = w[(n - 2)..];
            if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase))
                return n - 3;
        }
        return -1;
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>cannot → can not; gonna → gon na; wanna → wan na; gotta → got ta (UD EWT).</summary>
    static bool SplitFused(string t, int s, int e, List<Token> output)
    {
        var w = t.AsSpan(s, e - s);
        int at;
        if (w.Equals("cannot", StringComparison.OrdinalIgnoreCase)) at = 3;
        else if (w.Equals("gonna", StringComparison.OrdinalIgnoreCase) || w.Equals("wanna", StringComparison.OrdinalIgnoreCase)
              || w.Equals("gotta", StringComparison.OrdinalIgnoreCase)) at = 3;
        else return false;
        Add(output, s, s + at);
        Add(output, s + at, e);
        return true;
    }

    static readonly FrozenSet<string> HyphenPrefixes = new[]
    {
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "multi", "pro", "ex", "sub", "semi", "inter", "trans", "counter", "neo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds the first place inside a chunk where it must be split; returns the cut and the end of the separator token.</summary>
    static int InternalSplit(string t, int s, int e, out int cutEnd)
    {
        cutEnd = -1;
        for (int i = s + 1; i < e - 1; i++)
        {
            char c = t[i], prev = t[i - 1], next = t[i + 1];
            if (IsDashChar(c)) { cutEnd = RunEnd(t, i, e); return i; }
            if (c == '-' && next == '-') { cutEnd = RunEnd(t, i, e); return i; }
            if (c == '-' && char.IsLetter(prev) && char.IsLetterOrDigit(next))
            {
                // split unless the part before is a common prefix (e-mail, non-violent) or the chunk is an all-caps code
                var before = WordBefore(t, s, i);
                // "e-mail" but "Tehreek-e-Taliban": a one-letter prefix only before a lower-case word
                if (HyphenPrefixes.Contains(before.ToString()) && (before.Length > 1 || char.IsLower(next))) continue;
                cutEnd = i + 1;
                return i;
            }
            if (c == '-' && IsDigit(prev) && char.IsLetter(next))
            {
                cutEnd = i + 1;
                return i;
            }
            if ((c == ',' || c == ';') && char.IsLetter(prev) && char.IsLetterOrDigit(next)) { cutEnd = i + 1; return i; }
            if (c == ',' && IsDigit(prev) && char.IsLetter(next)) { cutEnd = i + 1; return i; }
            if (c == '.' && char.IsLower(prev) && char.IsUpper(next) && i + 2 < e && char.IsLower(t[i + 2]) && i - s >= 2 && char.IsLower(t[i - 2]))
            {
                // "killed.The": a lost space after a sentence end (not "U.S." and not "Google.com")
                cutEnd = i + 1;
                return i;
            }
            if (c == '/' && char.IsLetter(prev) && char.IsLetter(next)) { cutEnd = i + 1; return i; }
            if ((c == '"' || c == '“' || c == '”' || c == '(' || c == ')' || c == '[' || c == ']') ) { cutEnd = i + 1; return i; }
            if (c == ':' && char.IsLetter(prev) && char.IsLetter(next)) { cutEnd = i + 1; return i; }
            if (c == '!' || c == '?') { cutEnd = RunEnd(t, i, e); return i; }
            if (c == '.' && next == '.') { cutEnd = RunEnd(t, i, e); return i; }
        }
        return -1;
    }

    static ReadOnlySpan<char> WordBefore(string t, int s, int i)
    {
        int b = i;
        while (b > s && char.IsLetter(t[b - 1])) b--;
        return t.AsSpan(b, i - b);
    }

    static readonly SearchValues<char> UrlChars = SearchValues.Create("/.:@");

    static bool IsUrlOrEmail(ReadOnlySpan<char> w)
    {
        if (w.IndexOfAny(UrlChars) < 0) return false;
        if (w.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || w.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
            return true;
        int at = w.IndexOf('@');
        if (at > 0 && at < w.Length - 3 && w[(at + 1)..].Contains('.') && char.IsLetterOrDigit(w[at - 1])) return true;
        // bare domains: google.com, risk-conferences.com/risk2001aus
        int dot = w.LastIndexOf('.');
        if (dot > 0)
        {
            int slash = w.IndexOf('/');
            var host = slash > 0 ? w[..slash] : w;
            int hd = host.LastIndexOf('.');
            if (hd > 0 && hd < host.Length - 2)
            {
                var tld = host[(hd + 1)..];
                if (tld.Length is >= 2 and <= 4 && IsLowerAscii(tld) && (tld is "com" or "org" or "net" or "edu" or "gov" or "co" or "uk" or "info" or "io" or "int"))
                    return char.IsLetterOrDigit(host[0]);
            }
        }
        return false;
    }

    static bool IsLowerAscii(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c < 'a' || c > 'z') return false;
        return true;
    }

    /// <summary>A URL keeps its characters except trailing sentence punctuation and wrapping brackets.</summary>
    static void UrlChunk(string t, int s, int e, List<Token> output)
    {
        while (s < e && "(<[\"'“‘".Contains(t[s])) { Add(output, s, s + 1); s++; }
        int end = e;
        while (end > s && ".,;:!?)>]\"'”’".Contains(t[end - 1])) end--;
        Add(output, s, end);
        for (int i = end; i < e; i++) Add(output, i, i + 1);
    }
}

/// <summary>Abbreviations that end in a period and do not end a sentence by themselves.</summary>
public static class Abbreviations
{
    // Titles, months, states and common Latin/English shortenings as they appear in news and web text.
    static readonly FrozenSet<string> Known = new[]
    {
        "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "gen.", "lt.", "col.", "maj.", "capt.", "cpt.", "sgt.", "cpl.", "adm.", "cmdr.",
        "gov.", "sen.", "rep.", "rev.", "hon.", "pres.", "supt.", "insp.", "amb.", "sec.", "atty.", "messrs.", "mme.", "mlle.",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.",
        "no.", "nos.", "vol.", "vols.", "p.", "pp.", "fig.", "figs.", "ch.", "art.", "sec.", "para.", "ed.", "eds.",
        "inc.", "corp.", "co.", "ltd.", "llc.", "bros.", "dept.", "univ.", "assn.", "ave.", "blvd.", "rd.", "mt.", "ft.", "hwy.",
        "etc.", "vs.", "v.", "viz.", "approx.", "est.", "min.", "max.", "misc.", "ca.", "cf.", "al.", "ibid.",
        "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.", "la.", "md.", "mass.",
        "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "okla.", "ore.", "pa.", "tenn.", "tex.", "va.", "vt.", "wash.", "wis.", "wyo.",
        "a.m.", "p.m.", "e.g.", "i.e.", "u.s.", "u.k.", "u.n.", "u.s.a.", "d.c.", "ph.d.", "b.a.", "m.a.", "b.s.", "n.y.", "l.a.",
        "rs.", // rupees, before an amount in South Asian papers ("Rs. 500 million")
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles that are always followed by a name, so a period after them never ends a sentence.</summary>
    static readonly FrozenSet<string> Titles = new[]
    {
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "cpl.", "adm.", "gov.", "sen.", "rep.", "rev.",
        "hon.", "pres.", "st.", "no.", "amb.", "messrs.", "mme.", "vs.", "v.", "cf.", "e.g.", "i.e.", "jan.", "feb.", "mar.", "apr.", "jun.",
        "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "rs.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles before a person's name, and "v." between the parties of a case ("Hamdan v. Rumsfeld"): a sentence
    /// never ends on them. (Not "St.", which ends street names, nor months, which end dates.)</summary>
    static readonly FrozenSet<string> PersonalTitles = new[]
    {
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "cpl.", "adm.", "gov.", "sen.", "rep.", "rev.",
        "hon.", "pres.", "amb.", "messrs.", "mme.", "vs.", "v.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalTitleLookup = PersonalTitles.GetAlternateLookup<ReadOnlySpan<char>>();
    public static bool IsPersonalTitle(ReadOnlySpan<char> word) => PersonalTitleLookup.Contains(word);

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => KnownLookup.Contains(word);
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);
}
