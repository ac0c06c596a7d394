using System.Xml;
using System.Xml.Linq;

namespace Faultline.Ingest;

/// <summary>RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one entry per item with its link and content.</summary>
internal static class FeedReader
{
    public sealed record Item(string? Title, string? Link, DateOnly? Published, string? Content);

    public static List<Item> Parse(byte[] bytes, Uri? baseUrl)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024,
            });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new InputException($"malformed feed XML: {e.Message}");
        }
        var items = new List<Item>();
        foreach (var e in doc.Descendants())
        {
            var local = e.Name.LocalName;
            if (local is not ("item" or "entry")) continue;
            string? Child(params string[] names)
            {
                foreach (var n in names)
                {
                    var c = e.Elements().FirstOrDefault(x => x.Name.LocalName == n && (n != "content" || x.Name.NamespaceName != "http://purl.org/rss/1.0/modules/content/"));
                    if (c is not null && !string.IsNullOrWhiteSpace(c.Value)) return c.Value.Trim();
                }
                return null;
            }
            var encoded = e.Elements().FirstOrDefault(x => x.Name.LocalName == "encoded")?.Value;
            var content = !string.IsNullOrWhiteSpace(encoded) ? encoded : Child("content", "description", "summary");
            string? link = Child("link");
            if (local == "entry" || link is null)
            {
                var links = e.Elements().Where(x => x.Name.LocalName == "link" && x.Attribute("href") is not null).ToList();
                var alt = links.FirstOrDefault(x => (string?)x.Attribute("rel") is null or "alternate");
                link = (string?)alt?.Attribute("href") ?? link;
            }
            if (link is null && e.Elements().FirstOrDefault(x => x.Name.LocalName == "guid") is { } guid
                && (string?)guid.Attribute("isPermaLink") != "false" && guid.Value.StartsWith("http")) link = guid.Value.Trim();
            if (link is not null && baseUrl is not null && Uri.TryCreate(baseUrl, link, out var abs)) link = abs.ToString();
            var date = DateText.ParseValue(Child("pubDate", "published", "date", "updated", "issued"));
            items.Add(new Item(HtmlMetadata.Clean(Child("title")), link, date, content));
        }
        return items;
    }
}
