using System.Text.RegularExpressions;
using Faultline.Core;

namespace Faultline.Ingest;

/// <summary>Extracts the article from a page's visible text (menus, share prompts, pleas, forms and
/// all). Works on the shapes of lines rather than any site's phrases: body lines are long and end
/// like sentences; furniture is short, unpunctuated, a call to action, a form prompt or a credit.
/// The body is the best-scoring run of lines; the title is the headline-shaped line above it.</summary>
public static partial class ScrapedTextExtractor
{
    enum Kind { Body, Neutral, Furniture, Credit }

    public static Article Extract(string text, string source)
    {
        var lines = Lines(text);
        var kinds = lines.Select(Classify).ToArray();

        // Best run of lines: body lines score by their length, furniture costs, neutral lines cost a little
        // (subheadings between paragraphs survive, menus and lists of headlines do not).
        int bestStart = -1, bestEnd = -1, start = 0;
        double best = 0, run = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            double w = kinds[i] switch
            {
                Kind.Body => 2 + Math.Min(Words(lines[i]), 60) / 4.0,
                Kind.Neutral => -1.5 - Math.Min(Words(lines[i]), 12) / 6.0,
                Kind.Credit => -40,
                _ => -8,
            };
            if (run <= 0) { run = 0; start = i; }
            run += w;
            if (run > best) { best = run; bestStart = start; bestEnd = i; }
        }

        var body = new List<string>();
        if (bestStart >= 0)
            for (int i = bestStart; i <= bestEnd; i++)
            {
                if (kinds[i] is Kind.Body) body.Add(lines[i]);
                else if (kinds[i] is Kind.Neutral && i < bestEnd && kinds[i + 1] == Kind.Body && IsSubheading(lines[i])) body.Add(lines[i]);
            }

        var header = bestStart > 0 ? lines.Take(bestStart).ToList() : [];
        var title = FindTitle(header, kinds.AsSpan(0, Math.Max(0, bestStart)));
        DateOnly? published = null;
        foreach (var line in header.AsEnumerable().Reverse())
            if (DateText.Find(line) is { } d) { published = d.Date; break; }
        if (published is null && body.Count > 0) published = HtmlExtractor.Dateline(body[0]);
        string? byline = null;
        foreach (var line in header)
        {
            var m = Byline().Match(line);
            if (m.Success) { byline = m.Groups[1].Value.Trim(); break; }
        }
        // An author's bio that reads like prose: a body line that starts with the byline's name.
        if (byline is not null && body.Count > 1)
        {
            while (body.Count > 1 && body[^1].StartsWith(byline, StringComparison.Ordinal)) body.RemoveAt(body.Count - 1);
        }
        var joined = string.Join("\n\n", body);
        return new Article(source, title, published, byline, null, LanguageGuess.Guess(joined), joined);
    }

    static List<string> Lines(string text)
    {
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var lines = new List<string>(raw.Length);
        foreach (var r in raw)
        {
            var l = TextNormaliser.CollapseWhitespace(r);
            if (l.Length > 0) lines.Add(l);
        }
        return lines;
    }

    static int Words(string line)
    {
        int n = 0; bool inWord = false;
        foreach (var c in line)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    static Kind Classify(string line)
    {
        if (Credit().IsMatch(line)) return Kind.Credit;
        int words = Words(line);
        if (Furniture().IsMatch(line) && words < 40) return Kind.Furniture;
        if (CallToAction().IsMatch(line) && words < 25) return Kind.Furniture;
        if (FormPrompt().IsMatch(line)) return Kind.Furniture;
        if (words <= 10 && (line.Contains(" | ") || line.Contains(" · "))) return Kind.Furniture; // a row of links
        if (words <= 3 && !SentenceEnd().IsMatch(line)) return Kind.Furniture;
        bool sentence = SentenceEnd().IsMatch(line);
        if (sentence && words >= 8 && char.IsUpper(FirstLetter(line)) || words >= 25 && sentence) return Kind.Body;
        if (sentence && words >= 8) return Kind.Body;
        return Kind.Neutral;
    }

    static char FirstLetter(string s)
    {
        foreach (var c in s) if (char.IsLetterOrDigit(c)) return c;
        return ' ';
    }

    static bool IsSubheading(string line)
    {
        int w = Words(line);
        return w is >= 2 and <= 12 && !line.EndsWith(':') && DateText.Find(line) is null && !Byline().IsMatch(line);
    }

    /// <summary>The headline: the nearest headline-shaped line above the body, skipping datelines,
    /// bylines and furniture; when a standfirst sits under the headline, the shorter line above wins.</summary>
    static string? FindTitle(List<string> header, ReadOnlySpan<Kind> kinds)
    {
        int found = -1;
        for (int i = header.Count - 1; i >= 0; i--)
        {
            if (found >= 0)
                // Only the line right above can be the headline over a standfirst.
                return i == found - 1 && IsHeadline(header[i]) && !IsHeaderFurniture(header[i], kinds[i]) && Words(header[i]) < Words(header[found])
                    ? header[i] : header[found];
            if (IsHeaderFurniture(header[i], kinds[i])) continue;
            if (IsHeadline(header[i])) found = i;
        }
        return found >= 0 ? header[found] : null;
    }

    static bool IsHeaderFurniture(string line, Kind kind) =>
        kind is Kind.Furniture or Kind.Credit || Byline().IsMatch(line) || DateText.Find(line) is not null && Words(line) <= 12;

    static bool IsHeadline(string line) => Words(line) is >= 4 and <= 30 && !line.EndsWith('.');

    [GeneratedRegex(@"[.!?…]['""”’)\]]?$|[""”’]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:By|BY|Written by|Words by|Story by)\s+([\p{Lu}][\p{L}.'’-]+(?:\s+(?:and\s+)?[\p{Lu}][\p{L}.'’-]+){0,5})")]
    private static partial Regex Byline();

    /// <summary>Lines that close an article: an editor's credit, reporting credits, an author's bio heading.</summary>
    [GeneratedRegex(@"^\(?(?:Edited|Editing|Reporting|Writing|Additional reporting|Compiled|Produced|Fact[- ]checked)\s+by\b|^\(?(?:Editor|Editors|Edited)\s*:|^About the authors?\b|^(?:[\p{Lu}][\p{L}.'’-]+\s){1,3}(?:is|was)\s+an?\s+(?:\w+\s){0,4}(?:reporter|correspondent|journalist|editor|writer|columnist|contributor|analyst|fellow|professor|author|producer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    /// <summary>Page furniture anywhere in a line: trackers, ad networks, cookie and privacy notices,
    /// newsletter and donation pleas, share and follow prompts, font controls, comment forms, lists of stories.</summary>
    [GeneratedRegex(@"newsletter|cookies?\b|privacy (?:policy|settings)|terms of (?:use|service)|all rights reserved|©|\bcopyright\b|advertis|sponsored|google analytics|doubleclick|google tag|facebook pixel|chartbeat|comscore|quantcast|outbrain|taboola|hotjar|scorecard research|adsense|\bad choices\b|your email|email address|required fields?|\bfont size\b|\btext size\b|^A\s*[+-]?\s*A\s*[+-]?(\s*A\s*[+-]?)?$|most (?:read|popular|viewed|shared)|\btrending\b|related (?:stories|articles|posts|news|coverage)|you (?:may|might) also like|recommended for you|more from|more stories|\bdonat|support (?:our|independent) journalism|become a (?:member|subscriber|supporter)|paywall|\bsubscri|\bwhatsapp\b|\btelegram\b|\bfacebook\b|\btwitter\b|\blinkedin\b|\binstagram\b|\byoutube\b|\bpinterest\b|\breddit\b|\bcomments?\s*\(\d+\)|^\d+\s+comments?$|leave a (?:comment|reply)|post (?:a )?comment|log ?in to (?:comment|reply)|sign ?in to (?:comment|reply)|skip to (?:main )?content|back to top|^(?:home|menu|search|close|next|previous)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(?:subscribe|sign up|sign in|log ?in|register|follow|share|tweet|donate|support us|read more|read next|read also|also read|see more|see also|view more|load more|show more|click|tap|download|join|get (?:the|our)|listen|watch|print|email|reply|submit|send|related|more on|continue reading)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"^[\p{L} ]{1,30}\s*[:*]\s*\*?$|^\s*\*\s*[\p{L} ]{1,30}$")]
    private static partial Regex FormPrompt();
}
