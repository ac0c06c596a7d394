using System.Data;
using System.Data.Common;
using Faultline.Core;
using Faultline.Ingest;

namespace Faultline.Store;

/// <summary>
/// What the SQLite and PostgreSQL stores share: the same tables and the same SQL over ADO.NET, with @-named
/// parameters (both providers take them). A backend supplies its connection, migrations, full-text search,
/// the version counter and the few phrases its dialect spells differently.
/// </summary>
public abstract class SqlArticleStore : IArticleStore
{
    protected readonly DbConnection Db;

    protected SqlArticleStore(DbConnection db) => Db = db;

    /// <summary>A stable row order key: SQLite's rowid, PostgreSQL's seq column.</summary>
    protected abstract string RowKey { get; }
    /// <summary>The ORDER BY of event lists: newest first, undated last, then the newest row.</summary>
    protected abstract string NewestFirst { get; }
    /// <summary>The FROM item for the event-list query (SQLite adds an index hint for common actors).</summary>
    protected virtual string EventsFrom(EventQuery q) => "events e";
    /// <summary>Bumps the version counter inside a write transaction.</summary>
    protected abstract void Bump(DbTransaction tx);
    /// <summary>Commits a write transaction that bumped the version.</summary>
    protected virtual void Commit(DbTransaction tx) => tx.Commit();

    public abstract long DataVersion();
    public abstract IReadOnlyList<SearchHit> Search(string query, int limit = 20);

    public IReadOnlyList<StoreResult> AddBatch(IReadOnlyList<Article> articles)
    {
        var results = new List<StoreResult>(articles.Count);
        using var tx = Db.BeginTransaction();
        var now = DateTimeOffset.UtcNow.ToString("O");
        foreach (var a in articles)
        {
            long[]? bands = null;
            string? existing = Exists(a.Id, tx) ? a.Id : FindNearDuplicate(a, bands = NearDuplicates.BandKeys(a.Text), tx);
            if (existing is null)
            {
                using var insert = Command("""
                    INSERT INTO articles (id, title, published, byline, section, language, text, url, ingested_at)
                    VALUES (@id, @title, @published, @byline, @section, @language, @text, @url, @now)
                    """, tx);
                Text(insert, "@id", a.Id); Text(insert, "@title", a.Title); Text(insert, "@published", a.Published?.ToString("yyyy-MM-dd"));
                Text(insert, "@byline", a.Byline); Text(insert, "@section", a.Section); Text(insert, "@language", a.Language);
                Text(insert, "@text", a.Text); Text(insert, "@url", a.Url); Text(insert, "@now", now);
                insert.ExecuteNonQuery();
                using var band = Command("INSERT INTO article_bands (band, article_id) VALUES (@band, @id) ON CONFLICT DO NOTHING", tx);
                var bandParameter = Add(band, "@band", null, DbType.Int64);
                Text(band, "@id", a.Id);
                foreach (var key in bands!)
                {
                    bandParameter.Value = key;
                    band.ExecuteNonQuery();
                }
                AddSource(a.Id, a.Source, now, tx);
                results.Add(new StoreResult(a.Id, StoreOutcome.Added));
            }
            else
            {
                bool added = AddSource(existing, a.Source, now, tx);
                results.Add(new StoreResult(existing, added ? StoreOutcome.NewSource : StoreOutcome.Unchanged));
            }
        }
        Bump(tx);
        Commit(tx);
        return results;
    }

    bool Exists(string id, DbTransaction tx)
    {
        using var c = Command("SELECT 1 FROM articles WHERE id = @id", tx);
        Text(c, "@id", id);
        return c.ExecuteScalar() is not null;
    }

    string? FindNearDuplicate(Article a, long[] bands, DbTransaction tx)
    {
        using var c = Command("", tx);
        var names = string.Join(", ", bands.Select((b, i) => { Add(c, $"@b{i}", b, DbType.Int64); return $"@b{i}"; }));
        c.CommandText = $"SELECT id, text FROM articles WHERE id IN (SELECT DISTINCT article_id FROM article_bands WHERE band IN ({names})) LIMIT 200";
        using var r = c.ExecuteReader();
        HashSet<ulong>? mine = null;
        while (r.Read())
        {
            mine ??= NearDuplicates.Shingles(a.Text);
            if (NearDuplicates.Jaccard(mine, NearDuplicates.Shingles(r.GetString(1))) >= NearDuplicates.JaccardThreshold) return r.GetString(0);
        }
        return null;
    }

    bool AddSource(string id, string source, string now, DbTransaction tx)
    {
        using var c = Command("INSERT INTO article_sources (article_id, source, first_seen) VALUES (@id, @source, @now) ON CONFLICT DO NOTHING", tx);
        Text(c, "@id", id); Text(c, "@source", source); Text(c, "@now", now);
        return c.ExecuteNonQuery() > 0;
    }

    const string ArticleColumns = "id, title, published, byline, section, language, text, url, ingested_at";

    public StoredArticle? Get(string id)
    {
        using var c = Command($"SELECT {ArticleColumns} FROM articles WHERE id = @id");
        Text(c, "@id", id);
        return ReadArticles(c).FirstOrDefault();
    }

    public IReadOnlyList<StoredArticle> List(int limit = 50, int offset = 0)
    {
        // newest first, undated last; untitled first among equals (SQLite's order of NULLs, spelt out for PostgreSQL)
        using var c = Command($"SELECT {ArticleColumns} FROM articles ORDER BY published IS NULL, published DESC, title IS NOT NULL, title LIMIT @limit OFFSET @offset");
        Add(c, "@limit", limit, DbType.Int32);
        Add(c, "@offset", offset, DbType.Int32);
        return ReadArticles(c);
    }

    /// <summary>The articles first, then their sources: PostgreSQL allows one open reader per connection.</summary>
    List<StoredArticle> ReadArticles(DbCommand c)
    {
        var rows = new List<(string Id, StoredArticle Article)>();
        using (var r = c.ExecuteReader())
            while (r.Read()) rows.Add((r.GetString(0), StoreRows.Article(r, [])));
        return rows.Select(row =>
        {
            var sources = SourcesOf(row.Id);
            return row.Article with { Article = row.Article.Article with { Source = sources.FirstOrDefault() ?? "" }, Sources = sources };
        }).ToList();
    }

    List<string> SourcesOf(string id)
    {
        using var c = Command("SELECT source FROM article_sources WHERE article_id = @id ORDER BY first_seen, source");
        Text(c, "@id", id);
        using var r = c.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    public void SaveCoding(string articleId, IReadOnlyList<CodedEntity> entities, IReadOnlyList<CodedEvent> events)
    {
        using var tx = Db.BeginTransaction();
        foreach (var sql in new[] { "DELETE FROM events WHERE article_id = @a", "DELETE FROM entities WHERE article_id = @a" })
        {
            using var d = Command(sql, tx);
            Text(d, "@a", articleId);
            d.ExecuteNonQuery();
        }
        foreach (var en in entities)
        {
            using var e = Command("INSERT INTO entities (article_id, start, \"end\", text, type, actor) VALUES (@a, @s, @e, @t, @y, @c) ON CONFLICT DO NOTHING", tx);
            Text(e, "@a", articleId); Int(e, "@s", en.Start); Int(e, "@e", en.End); Text(e, "@t", en.Text); Text(e, "@y", en.Type.ToString()); Text(e, "@c", en.Actor);
            e.ExecuteNonQuery();
        }
        const string columns = "id, article_id, date, date_source, source_text, source_code, source_name, target_text, target_code, target_name, " +
            "cameo, root, quad_class, goldstein, plover, modality, place, country, admin1, lat, lon, fatalities, sentence, start, \"end\", " +
            "trigger_start, trigger_end, rule, confidence, story_id";
        var updates = string.Join(", ", columns.Split(", ").Skip(1).Select(col => $"{col} = excluded.{col}"));
        foreach (var ev in events)
        {
            using var c = Command($"""
                INSERT INTO events ({columns})
                VALUES (@id, @a, @date, @ds, @st, @sc, @sn, @tt, @tc, @tn, @cameo, @root, @quad, @gold, @plover, @mod, @place, @country, @admin1, @lat, @lon,
                    @dead, @sentence, @start, @end, @ts, @te, @rule, @conf, @story)
                ON CONFLICT (id) DO UPDATE SET {updates}
                """, tx);
            Text(c, "@id", ev.Id); Text(c, "@a", articleId); Text(c, "@date", ev.Date); Text(c, "@ds", ev.DateSource);
            Text(c, "@st", ev.Source.Text); Text(c, "@sc", ev.Source.Code); Text(c, "@sn", ev.Source.Name);
            Text(c, "@tt", ev.Target?.Text); Text(c, "@tc", ev.Target?.Code); Text(c, "@tn", ev.Target?.Name);
            Text(c, "@cameo", ev.Cameo); Text(c, "@root", ev.Root); Int(c, "@quad", ev.QuadClass); Real(c, "@gold", ev.Goldstein); Text(c, "@plover", ev.Plover);
            Text(c, "@mod", ev.Modality.ToString().ToLowerInvariant());
            Text(c, "@place", ev.Location?.Name); Text(c, "@country", ev.Location?.Country); Text(c, "@admin1", ev.Location?.Admin1);
            Real(c, "@lat", ev.Location?.Lat); Real(c, "@lon", ev.Location?.Lon);
            Int(c, "@dead", ev.Fatalities); Text(c, "@sentence", ev.Sentence); Int(c, "@start", ev.Start); Int(c, "@end", ev.End);
            Int(c, "@ts", ev.TriggerStart); Int(c, "@te", ev.TriggerEnd); Text(c, "@rule", ev.Rule); Real(c, "@conf", ev.Confidence);
            Text(c, "@story", FindStory(articleId, ev, tx) ?? ev.Id);
            c.ExecuteNonQuery();
        }
        using (var m = Command("UPDATE articles SET coded_at = @now WHERE id = @a", tx))
        {
            Text(m, "@now", DateTimeOffset.UtcNow.ToString("O"));
            Text(m, "@a", articleId);
            m.ExecuteNonQuery();
        }
        Bump(tx);
        Commit(tx);
    }

    string? FindStory(string articleId, CodedEvent ev, DbTransaction tx)
    {
        if (Stories.Window(ev) is not { } w) return null;
        using var c = Command("""
            SELECT story_id, date, place, country, admin1, article_id, start FROM events
            WHERE id = story_id AND root = @root AND source_code = @src AND target_code IS NOT DISTINCT FROM @tgt AND length(date) = 10 AND date BETWEEN @from AND @to
              AND modality IN ('asserted', 'reported', 'claimed')
            """, tx);
        Text(c, "@root", w.Root); Text(c, "@src", w.Source); Text(c, "@tgt", w.Target); Text(c, "@from", w.From); Text(c, "@to", w.To);
        using var r = c.ExecuteReader();
        var candidates = new List<Stories.Candidate>();
        while (r.Read())
            candidates.Add(new(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), r.GetInt32(6)));
        return Stories.Pick(articleId, ev, candidates);
    }

    public bool IsCoded(string articleId)
    {
        using var c = Command("SELECT coded_at IS NOT NULL FROM articles WHERE id = @a");
        Text(c, "@a", articleId);
        return c.ExecuteScalar() is { } v and not DBNull && Convert.ToBoolean(v);
    }

    const string PlainEventColumns = "e.*, a.title AS article_title, CAST(NULL AS TEXT) AS article_source, 1 AS mentions, 1 AS story_sources";
    const string EventColumns = "e.*, a.title AS article_title, (SELECT source FROM article_sources s WHERE s.article_id = e.article_id ORDER BY first_seen, source LIMIT 1) AS article_source, " +
        "(SELECT CAST(count(*) AS INTEGER) FROM events m WHERE m.story_id = e.story_id) AS mentions, " +
        "(SELECT CAST(count(DISTINCT s.source) AS INTEGER) FROM events m JOIN article_sources s ON s.article_id = m.article_id WHERE m.story_id = e.story_id) AS story_sources";

    public IReadOnlyList<StoredEvent> QueryEvents(EventQuery q)
    {
        using var c = Command("");
        var where = Where(q, c);
        var columns = q.StoryCounts ? EventColumns : PlainEventColumns;
        // the page's rows first, then their columns: the story counts are subqueries, and computing them for every
        // matching row before the sort costs more than the query itself
        c.CommandText = $"SELECT {columns} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.{RowKey} IN " +
                        $"(SELECT e.{RowKey} FROM {EventsFrom(q)} {where} ORDER BY {NewestFirst} LIMIT @limit OFFSET @offset) ORDER BY {NewestFirst}";
        Add(c, "@limit", Math.Clamp(q.Limit, 1, 1_000_000), DbType.Int32);
        Add(c, "@offset", Math.Max(0, q.Offset), DbType.Int32);
        using var r = c.ExecuteReader();
        var list = new List<StoredEvent>();
        while (r.Read()) list.Add(StoreRows.Event(r));
        return list;
    }

    public int CountEvents(EventQuery? q = null)
    {
        using var c = Command("");
        c.CommandText = $"SELECT count(*) FROM events e {(q is null ? "" : Where(q, c))}";
        return Convert.ToInt32(c.ExecuteScalar());
    }

    public StoredEvent? GetEvent(string id)
    {
        using var c = Command($"SELECT {EventColumns} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = @id");
        Text(c, "@id", id);
        using var r = c.ExecuteReader();
        return r.Read() ? StoreRows.Event(r) : null;
    }

    public IReadOnlyList<CodedEntity> EntitiesOf(string articleId)
    {
        using var c = Command("SELECT text, type, start, \"end\", actor FROM entities WHERE article_id = @a ORDER BY start");
        Text(c, "@a", articleId);
        using var r = c.ExecuteReader();
        var list = new List<CodedEntity>();
        while (r.Read())
            list.Add(new CodedEntity(r.GetString(0), Enum.Parse<EntityType>(r.GetString(1)), r.GetInt32(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return list;
    }

    public IReadOnlyList<ActorSummary> Actors(string? q, int limit)
    {
        using var c = Command("""
            SELECT code, max(name), CAST(count(*) AS INTEGER) AS n FROM (
                SELECT source_code AS code, source_name AS name FROM events WHERE source_code IS NOT NULL
                UNION ALL SELECT target_code, target_name FROM events WHERE target_code IS NOT NULL) AS x
            WHERE CAST(@q AS TEXT) IS NULL OR code LIKE @like OR lower(name) LIKE lower(@contains)
            GROUP BY code ORDER BY n DESC, code LIMIT @limit
            """);
        Text(c, "@q", q);
        Text(c, "@like", (q ?? "").ToUpperInvariant().Replace("%", "").Replace("_", "") + "%");
        Text(c, "@contains", "%" + (q ?? "").Replace("%", "").Replace("_", "") + "%");
        Add(c, "@limit", Math.Clamp(limit, 1, 10_000), DbType.Int32);
        using var r = c.ExecuteReader();
        var list = new List<ActorSummary>();
        while (r.Read()) list.Add(new ActorSummary(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2)));
        return list;
    }

    static string Where(EventQuery q, DbCommand c)
    {
        var where = new List<string>();
        // code prefixes as ranges ("PAK" ≤ code < "PAK\uffff", in a binary collation) so that the code indexes serve them
        if (q.Actor is { } actor)
        {
            where.Add("((e.source_code >= @a0 AND e.source_code < @a1) OR (e.target_code >= @a0 AND e.target_code < @a1))");
            AddRange(c, "@a", actor);
        }
        if (q.Dyad is { } d)
        {
            where.Add("((e.source_code >= @da0 AND e.source_code < @da1 AND e.target_code >= @db0 AND e.target_code < @db1) OR " +
                      "(e.source_code >= @db0 AND e.source_code < @db1 AND e.target_code >= @da0 AND e.target_code < @da1))");
            AddRange(c, "@da", d.A);
            AddRange(c, "@db", d.B);
        }
        if (q.Root is { } root) { where.Add("e.root = @root"); Text(c, "@root", root.PadLeft(2, '0')); }
        if (q.Modalities is { Count: > 0 } mods)
        {
            var names = mods.Select((m, i) => { Text(c, $"@m{i}", m.ToString().ToLowerInvariant()); return $"@m{i}"; });
            where.Add($"e.modality IN ({string.Join(", ", names)})");
        }
        if (q.Since is { } since) { where.Add("e.date >= @since"); Text(c, "@since", since.ToString("yyyy-MM-dd")); }
        if (q.Until is { } until) { where.Add("e.date <= @until"); Text(c, "@until", until.ToString("yyyy-MM-dd") + "~"); }
        if (q.Text is { Length: > 0 } text) { where.Add("lower(e.sentence) LIKE lower(@text)"); Text(c, "@text", "%" + text.Replace("%", "").Replace("_", "").Replace("\\", "") + "%"); }
        if (q.Place is { Length: > 0 } place) { where.Add("(lower(e.place) = lower(@place) OR e.country = @place OR lower(e.admin1) = lower(@place))"); Text(c, "@place", place); }
        if (q.ArticleId is { } article) { where.Add("e.article_id = @article"); Text(c, "@article", article); }
        if (q.StoriesOnly) where.Add("e.id = e.story_id");
        return where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "";
    }

    protected static void AddRange(DbCommand c, string name, string code)
    {
        var prefix = code.ToUpperInvariant();
        Text(c, name + "0", prefix);
        Text(c, name + "1", prefix + "\uffff");
    }

    public int CountArticles() => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"));
    public int CountSources() => Convert.ToInt32(Scalar("SELECT count(*) FROM article_sources"));

    // Typed parameters: PostgreSQL cannot infer the type of a NULL.
    protected static DbParameter Add(DbCommand c, string name, object? value, DbType type)
    {
        var p = c.CreateParameter();
        p.ParameterName = name;
        p.DbType = type;
        p.Value = value ?? DBNull.Value;
        c.Parameters.Add(p);
        return p;
    }

    protected static void Text(DbCommand c, string name, string? value) => Add(c, name, value, DbType.String);
    protected static void Int(DbCommand c, string name, int? value) => Add(c, name, value, DbType.Int32);
    protected static void Real(DbCommand c, string name, double? value) => Add(c, name, value, DbType.Double);

    protected DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var c = Db.CreateCommand();
        c.CommandText = sql;
        c.Transaction = tx;
        return c;
    }

    protected void Exec(string sql, DbTransaction? tx = null)
    {
        using var c = Command(sql, tx);
        c.ExecuteNonQuery();
    }

    protected object? Scalar(string sql, DbTransaction? tx = null)
    {
        using var c = Command(sql, tx);
        return c.ExecuteScalar();
    }

    public void Dispose() => Db.Dispose();
}
