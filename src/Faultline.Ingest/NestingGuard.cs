namespace Faultline.Ingest;

/// <summary>Caps element nesting depth in raw HTML by dropping the open tags past the cap
/// (their text stays). A cheap linear scan; leaves ordinary pages untouched.</summary>
internal static class NestingGuard
{
    static readonly HashSet<string> Void =
        new(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen"], StringComparer.OrdinalIgnoreCase);

    public static string Flatten(string html, int maxDepth)
    {
        // Fast path: count '<' followed by a letter; pages with fewer tags than the cap cannot exceed it.
        int opens = 0;
        for (int i = 0; i + 1 < html.Length; i++)
            if (html[i] == '<' && char.IsAsciiLetter(html[i + 1]) && ++opens > maxDepth) break;
        if (opens <= maxDepth) return html;

        var sb = new System.Text.StringBuilder(html.Length);
        int depth = 0, last = 0;
        bool changed = false;
        for (int i = 0; i < html.Length; i++)
        {
            if (html[i] != '<' || i + 1 >= html.Length) continue;
            bool closing = html[i + 1] == '/';
            int nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart])) continue;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            int tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            bool selfClosing = html[tagEnd - 1] == '/' || Void.Contains(name.ToString());
            if (closing)
            {
                if (depth > maxDepth) { sb.Append(html, last, i - last); last = tagEnd + 1; changed = true; }
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing)
            {
                depth++;
                if (depth > maxDepth) { sb.Append(html, last, i - last); last = tagEnd + 1; changed = true; }
            }
            i = tagEnd;
        }
        if (!changed) return html;
        sb.Append(html, last, html.Length - last);
        return sb.ToString();
    }
}
