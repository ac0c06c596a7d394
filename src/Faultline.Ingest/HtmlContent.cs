using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Faultline.Ingest;

/// <summary>Main-content detection in the spirit of readability and trafilatura: drop what is never
/// content, score text blocks by length, commas and link density, let the scores flow to ancestors,
/// pick the best container, add siblings that look like more of the same, then prune what inside
/// it is navigation, share bars, related links or captions. Falls back to the page's articleBody
/// markup or to all long paragraphs when the main heuristic finds too little.</summary>
internal static partial class HtmlContent
{
    static readonly HashSet<string> Junk =
        ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
         "picture", "img", "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "figcaption",
         "figure", "dialog", "menu", "link", "meta", "head", "title", "map", "source", "track", "math"];

    static readonly HashSet<string> Blocks =
        ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
         "table", "tr", "td", "th", "tbody", "thead", "blockquote", "pre", "header", "address", "hr", "form", "fieldset",
         "center", "details", "summary", "body", "caption", "figure"];

    static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>Our mirror of one element: its visible content in order, and text statistics.
    /// Built once per page (AngleSharp nodes have no slot for our data, and a dictionary keyed by
    /// node costs more than the parse).</summary>
    sealed class Node(IElement element, string tag, Node? parent)
    {
        public readonly IElement Element = element;
        public readonly string Tag = tag;
        public readonly Node? Parent = parent;
        public int ItemStart, ItemCount; // this node's content in Page.Items: string (text) or Node (child element), in order
        public int Text;        // visible characters (whitespace collapsed) under the element
        public int LinkText;    // of which inside <a>
        public int OwnText;     // in its own text nodes and inline children
        public int Commas;
        public int Paragraphs;  // <p> descendants
        public int Weight;      // class/id evidence
        public double Score;
        public bool Scored;
        public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
    }

    /// <summary>The mirrored page: nodes in creation order (parents before children) and one flat item list.</summary>
    sealed class Page
    {
        public readonly List<Node> All = [];
        public readonly List<object> Items = new(1024);
        public IEnumerable<Node> Children(Node n)
        {
            for (int i = n.ItemStart; i < n.ItemStart + n.ItemCount; i++)
                if (Items[i] is Node c) yield return c;
        }
    }

    public static string Extract(IHtmlDocument doc, string? title, string? jsonLdBody)
    {
        var bodyElement = doc.Body ?? doc.DocumentElement;
        var page = new Page();
        var body = Build(bodyElement, page);
        var all = page.All;

        var chosen = ChooseContent(body, page);
        var text = chosen.Count == 0 ? "" : Serialise(page, chosen, title);

        // Fallbacks when the main heuristic found too little.
        if (text.Length < 250)
        {
            var marked = MarkedBody(all);
            if (marked is not null)
            {
                var alt = Serialise(page, [marked], title);
                if (alt.Length > text.Length) text = alt;
            }
        }
        if (text.Length < 250)
        {
            var paragraphs = all.Where(n => n.Tag == "p" && n.Text >= 60 && n.LinkDensity < 0.3).ToList();
            var alt = Serialise(page, paragraphs, title);
            if (alt.Length > text.Length) text = alt;
        }
        if (jsonLdBody is not null)
        {
            var ld = HtmlMetadata.Clean(jsonLdBody) ?? "";
            if (ld.Length > 2 * text.Length + 200) text = ld;
        }
        return text;
    }

    /// <summary>Mirrors the body in one iterative pass, skipping what is never content, then fills
    /// in the statistics bottom-up.</summary>
    static Node Build(IElement rootElement, Page page)
    {
        var root = new Node(rootElement, rootElement.LocalName, null);
        var pending = new Stack<Node>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            node.ItemStart = page.Items.Count;
            foreach (var child in node.Element.ChildNodes)
            {
                if (child is IElement ce)
                {
                    var tag = ce.LocalName;
                    if (Junk.Contains(tag) || IsHidden(ce)) continue;
                    var n = new Node(ce, tag, node) { Weight = ClassWeight(ce) };
                    page.Items.Add(n);
                    page.All.Add(n);
                    pending.Push(n);
                }
                else if (child.NodeType == NodeType.Text) page.Items.Add(child.TextContent);
            }
            node.ItemCount = page.Items.Count - node.ItemStart;
        }
        // Children were created after their parents: reverse creation order is bottom-up.
        for (int i = page.All.Count - 1; i >= 0; i--) Finish(page, page.All[i]);
        Finish(page, root);
        // Document order for everything that reads the page top to bottom.
        page.All.Sort((a, b) => a.ItemStart.CompareTo(b.ItemStart));
        return root;
    }

    static void Finish(Page page, Node n)
    {
        for (int i = n.ItemStart; i < n.ItemStart + n.ItemCount; i++)
        {
            var item = page.Items[i];
            if (item is string t)
            {
                int len = VisibleLength(t);
                n.Text += len; n.OwnText += len; n.Commas += CountCommas(t);
            }
            else
            {
                var c = (Node)item;
                n.Text += c.Text; n.Commas += c.Commas; n.Paragraphs += c.Paragraphs;
                n.LinkText += c.Tag == "a" ? c.Text : c.LinkText;
                if (c.Tag == "p") n.Paragraphs++;
                if (!Blocks.Contains(c.Tag)) n.OwnText += c.Text;
            }
        }
    }

    static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        if (e.GetAttribute("aria-hidden") == "true") return true;
        var style = e.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    static int VisibleLength(string t)
    {
        int n = 0; bool space = true;
        foreach (var c in t)
        {
            if (char.IsWhiteSpace(c)) { if (!space) { n++; space = true; } }
            else { n++; space = false; }
        }
        return n;
    }

    static int CountCommas(string t)
    {
        int n = 0;
        foreach (var c in t) if (c is ',' or '，' or '、' or '،') n++;
        return n;
    }

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> WeightCache = new();

    /// <summary>Evidence from a class or id value; cached because sites repeat the same few hundred values.</summary>
    static int AttributeWeight(string v)
    {
        if (WeightCache.TryGetValue(v, out var w)) return w;
        w = (Negative().IsMatch(v) ? -25 : 0) + (Positive().IsMatch(v) ? 25 : 0);
        if (WeightCache.Count > 50_000) WeightCache.Clear();
        WeightCache[v] = w;
        return w;
    }

    static int ClassWeight(IElement e)
    {
        int w = 0;
        var cls = e.GetAttribute("class");
        if (!string.IsNullOrEmpty(cls)) w += AttributeWeight(cls);
        var id = e.Id;
        if (!string.IsNullOrEmpty(id)) w += AttributeWeight(id);
        var itemprop = e.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) w += 50;
        return w;
    }

    /// <summary>Readability-style candidate selection plus sibling merge.</summary>
    static List<Node> ChooseContent(Node body, Page page)
    {
        var candidates = new List<Node>();
        foreach (var e in page.All)
        {
            var name = e.Tag;
            bool isBlock = name is "p" or "pre" or "td" or "blockquote" or "li" || (name is "div" or "section" or "article" && e.OwnText >= 25);
            if (!isBlock || e.Text < 25) continue;
            if (name == "li" && e.LinkDensity > 0.3) continue;
            double score = 1 + Math.Min(e.Commas, 20) + Math.Min(e.Text / 100.0, 3);
            int level = 0;
            for (var a = e.Parent; a is not null && level < 5; a = a.Parent, level++)
            {
                if (!a.Scored)
                {
                    a.Scored = true;
                    a.Score = InitialScore(a.Tag) + a.Weight;
                    candidates.Add(a);
                }
                a.Score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }
        if (candidates.Count == 0) return [];
        Node top = candidates[0];
        double best = double.MinValue;
        foreach (var c in candidates)
        {
            c.Score *= 1 - c.LinkDensity;
            if (c.Score > best) { best = c.Score; top = c; }
        }

        // Climb while the parent holds clearly more content of the same kind (content split across wrappers).
        while (top.Parent is { } parent && parent != body)
        {
            if (parent.Scored && parent.Score >= top.Score * 0.9 && parent.Paragraphs >= top.Paragraphs && parent.LinkDensity < 0.3) { top = parent; continue; }
            break;
        }
        if (top.Parent is null) return [top];
        var result = new List<Node>();
        double threshold = Math.Max(10, top.Score * 0.2);
        var topClass = top.Element.ClassName;
        foreach (var sib in page.Children(top.Parent))
        {
            if (sib == top) { result.Add(sib); continue; }
            double bonus = !string.IsNullOrEmpty(topClass) && sib.Element.ClassName == topClass ? top.Score * 0.2 : 0;
            if (sib.Scored && sib.Score + bonus >= threshold && sib.Weight >= 0) { result.Add(sib); continue; }
            if (sib.Tag is "p" or "blockquote" or "pre" or "ul" or "ol" or "h2" or "h3" or "h4")
            {
                double ld = sib.LinkDensity;
                if (sib.Text > 80 && ld < 0.25) result.Add(sib);
                else if (sib.Text > 0 && sib.Text <= 80 && ld == 0 && SentenceEnd().IsMatch(sib.Element.TextContent)) result.Add(sib);
            }
        }
        return result;
    }

    static double InitialScore(string tag) => tag switch
    {
        "div" or "article" or "section" or "main" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    static Node? MarkedBody(List<Node> all)
    {
        Node? best = null;
        foreach (var e in all)
        {
            var itemprop = e.Element.GetAttribute("itemprop");
            bool marked = (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
                          || e.Tag == "article" || e.Tag == "main";
            if (marked && (best is null || e.Text > best.Text)) best = e;
        }
        return best;
    }

    /// <summary>Writes the chosen elements as text: blocks become paragraphs, boilerplate inside is pruned.</summary>
    static string Serialise(Page page, List<Node> roots, string? title)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            var p = TextNormaliser.CollapseWhitespace(current.ToString());
            current.Clear();
            if (p.Length > 0) paragraphs.Add(p);
        }
        int total = roots.Sum(r => r.Text);
        var stack = new Stack<(Node Node, int Next)>();
        foreach (var root in roots)
        {
            if (!Keep(root, total, true)) continue;
            if (Blocks.Contains(root.Tag)) Flush();
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next >= node.ItemCount)
                {
                    if (Blocks.Contains(node.Tag)) Flush();
                    continue;
                }
                stack.Push((node, next + 1));
                var item = page.Items[node.ItemStart + next];
                if (item is string t) { current.Append(t); continue; }
                var child = (Node)item;
                if (child.Tag == "br") { Flush(); continue; }
                if (!Keep(child, total, false)) continue;
                if (Blocks.Contains(child.Tag)) Flush();
                stack.Push((child, 0));
            }
            Flush();
        }
        var kept = new List<string>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            if (BoilerplateLine().IsMatch(p)) continue;
            if (kept.Count == 0 && title is not null && string.Equals(p, title, StringComparison.OrdinalIgnoreCase)) continue;
            // A timestamp line above the text ("20 Nov, 2019 05:47") is metadata, not body.
            if (kept.Count == 0 && p.Length <= 40 && DateText.Find(p) is not null && !SentenceEnd().IsMatch(p)) continue;
            kept.Add(p);
        }
        return string.Join("\n\n", kept);
    }

    /// <summary>Prunes navigation, share bars, related-link lists, bylines and the like inside the content.</summary>
    static bool Keep(Node e, int total, bool isRoot)
    {
        if (e.Text == 0) return e.ItemCount > 0 && !isRoot;
        var name = e.Tag;
        if (name == "h1") return false;
        double ld = e.LinkDensity;
        bool big = total > 0 && e.Text >= total * 0.5;
        if (e.Weight < 0 && !big) return false;
        if (name is "ul" or "ol" or "table" or "div" or "section" or "dl" && !big)
        {
            if (ld > 0.5) return false;
            if (ld > 0.25 && e.Text < 300 && e.Weight <= 0) return false;
        }
        if (Headings.Contains(name) && ld > 0.5) return false;
        if (name is "p" && ld > 0.8 && e.Text < 200) return false;
        return true;
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"comment|share|sharing|social|related|newsletter|subscri|promo|advert|\bads?\b|ad-|sponsor|cookie|consent|gdpr|popup|modal|sidebar|widget|footer|breadcrumb|\bnav|menu|masthead|byline|author|\btags?\b|caption|credit|toolbar|print|e-?mail|signup|recommend|outbrain|taboola|more-?stories|read-?more|trending|popular|disqus|login|paywall|banner|skip|hidden|meta|rating|pagination|pager|follow|donat|jump|teaser|timestamp|dateline|topics", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|main|post|story|text|blog|prose|rich-?text", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"[.!?。”""]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(advertisement|advertising|ad|sponsored( content)?|story continues( below)?( advertisement)?|continue reading( below)?|read more:?|read more.{0,60}|share( this( article| story)?)?:?|share on \w+|tweet|email|print|whatsapp|facebook|twitter|linkedin|follow\b.{0,60}|sign up.{0,80}|subscribe.{0,80}|click here.{0,80}|related:?.{0,80}|see also:?.{0,80}|image:?.{0,120}|photo:?.{0,120}|(photo|image) (credit|courtesy).{0,120}|©.{0,120}|copyright.{0,120}|all rights reserved.{0,60}|loading\.*|comments?|\d+ comments?|skip to .{0,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateLine();
}
