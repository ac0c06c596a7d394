namespace Faultline.Ingest;

/// <summary>Removes scripts, styles, inline SVG and comments from raw HTML before parsing.
/// They are 60% of a typical news page's bytes and never article text, so the tree builder does
/// a fraction of the work. JSON-LD scripts are kept aside for metadata.</summary>
internal static class HtmlPrefilter
{
    public static string Strip(string html, List<string> jsonLd)
    {
        var sb = new System.Text.StringBuilder(html.Length / 2);
        int last = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            int skipTo;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                skipTo = end < 0 ? html.Length : end + 3;
            }
            else if (RawElement(html, i) is { } name)
            {
                int openEnd = html.IndexOf('>', i);
                if (openEnd < 0) { skipTo = html.Length; }
                else
                {
                    int close = html.IndexOf("</" + name, openEnd, StringComparison.OrdinalIgnoreCase);
                    if (Markup.Contains(name))
                    {
                        // Nested same-name elements would end early; a missing end tag would swallow the page.
                        int nested = html.IndexOf("<" + name, openEnd, StringComparison.OrdinalIgnoreCase);
                        bool unsafeStrip = close < 0 || (nested >= 0 && nested < close) || (name == "form" && close - openEnd > 20_000);
                        if (unsafeStrip) { i++; continue; }
                    }
                    int closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                    skipTo = closeEnd < 0 ? html.Length : closeEnd + 1;
                    if (name == "script" && close > openEnd)
                    {
                        var open = html.AsSpan(i, openEnd - i);
                        if (open.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                            jsonLd.Add(html.Substring(openEnd + 1, close - openEnd - 1));
                    }
                }
            }
            else { i++; continue; }
            sb.Append(html, last, i - last);
            last = i = skipTo;
        }
        if (last == 0) return html;
        sb.Append(html, last, html.Length - last);
        return sb.ToString();
    }

    static readonly string[] Stripped = ["script", "style", "svg", "noscript", "template", "iframe", "select", "nav", "footer", "aside", "figure", "form", "button"];
    // Elements whose content is ordinary markup: stripped only when their end tag is found, and
    // "form" only when small (some sites wrap the whole page in one form).
    static readonly HashSet<string> Markup = ["nav", "footer", "aside", "figure", "form", "button"];

    static string? RawElement(string html, int i)
    {
        // Cheap first-letter test: most '<' start tags that can never match.
        var c = html[i + 1] | 0x20;
        if (c is not ('s' or 't' or 'n' or 'i' or 'f' or 'a' or 'b')) return null;
        foreach (var name in Stripped)
            if (StartsTag(html, i, name)) return name;
        return null;
    }

    static bool StartsTag(string html, int i, string name)
    {
        int end = i + 1 + name.Length;
        if (end >= html.Length) return false;
        if (string.Compare(html, i + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        var c = html[end];
        return c == '>' || c == '/' || char.IsWhiteSpace(c);
    }
}
