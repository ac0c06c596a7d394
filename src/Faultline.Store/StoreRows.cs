using System.Data.Common;
using System.Globalization;
using Faultline.Core;

namespace Faultline.Store;

/// <summary>Rows as records, shared by the backends: both store the same columns under the same names.</summary>
internal static class StoreRows
{
    public static StoredArticle Article(DbDataReader r, List<string> sources)
    {
        string? S(string name) => r.IsDBNull(r.GetOrdinal(name)) ? null : r.GetString(r.GetOrdinal(name));
        var published = S("published") is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var article = new Article("", S("title"), published, S("byline"), S("section"), S("language")!, S("text")!) { Url = S("url") };
        return new StoredArticle(article with { Source = sources.FirstOrDefault() ?? "" }, sources, DateTimeOffset.Parse(S("ingested_at")!, CultureInfo.InvariantCulture));
    }

    public static StoredEvent Event(DbDataReader r)
    {
        string? S(string name) => r.IsDBNull(r.GetOrdinal(name)) ? null : r.GetString(r.GetOrdinal(name));
        double? D(string name) => r.IsDBNull(r.GetOrdinal(name)) ? null : r.GetDouble(r.GetOrdinal(name));
        var ev = new CodedEvent
        {
            Id = S("id")!, Date = S("date"), DateSource = S("date_source")!,
            Source = new ActorRef(S("source_text")!, S("source_code"), S("source_name")),
            Target = S("target_text") is { } tt ? new ActorRef(tt, S("target_code"), S("target_name")) : null,
            Cameo = S("cameo")!, QuadClass = r.GetInt32(r.GetOrdinal("quad_class")), Goldstein = r.GetDouble(r.GetOrdinal("goldstein")), Plover = S("plover"),
            Modality = Enum.Parse<Modality>(S("modality")!, ignoreCase: true),
            Location = S("country") is { } country ? new Place(S("place") ?? country, country, S("admin1"), D("lat"), D("lon")) : null,
            Fatalities = r.IsDBNull(r.GetOrdinal("fatalities")) ? null : r.GetInt32(r.GetOrdinal("fatalities")),
            Sentence = S("sentence")!, Start = r.GetInt32(r.GetOrdinal("start")), End = r.GetInt32(r.GetOrdinal("end")),
            TriggerStart = r.GetInt32(r.GetOrdinal("trigger_start")), TriggerEnd = r.GetInt32(r.GetOrdinal("trigger_end")),
            Rule = S("rule")!, Confidence = r.GetDouble(r.GetOrdinal("confidence")),
        };
        return new StoredEvent(ev, S("article_id")!, S("article_title"), S("article_source"))
        {
            StoryId = S("story_id") ?? ev.Id,
            Mentions = r.GetInt32(r.GetOrdinal("mentions")),
            Sources = r.GetInt32(r.GetOrdinal("story_sources")),
        };
    }
}
