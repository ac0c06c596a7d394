using System.Collections.Concurrent;
using System.Text;
using Faultline.Core;
using Faultline.Ingest;
using Npgsql;
using NpgsqlTypes;

namespace Faultline.Store;

/// <summary>
/// PostgreSQL store on Npgsql: the same tables and columns as the SQLite store, full-text search over a
/// stored tsvector (title weighted above body, English stemming) with a GIN index, one transaction per
/// batch, versioned migrations under an advisory lock so that concurrent openers migrate once. Tables
/// live in the connection's search path (`Search Path=…` in the connection string picks a schema).
/// </summary>
public sealed class PostgresArticleStore : IArticleStore
{
    static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new();
    /// <summary>Databases this process has migrated: the HTTP server opens a store per request, and checking the
    /// schema each time (a transaction under an advisory lock) would cost more than the request.</summary>
    static readonly ConcurrentDictionary<string, bool> Migrated = new();
    readonly NpgsqlConnection _db;
    readonly string _connectionString;

    static readonly string[] Migrations =
    [
        """
        CREATE TABLE articles (
            id text PRIMARY KEY,
            title text, published text, byline text, section text, language text NOT NULL,
            text text NOT NULL, url text,
            ingested_at text NOT NULL, coded_at text,
            tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_tsv ON articles USING gin(tsv);
        CREATE TABLE article_bands (
            band bigint NOT NULL,
            article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (band, article_id));
        CREATE TABLE article_sources (
            article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source text NOT NULL,
            first_seen text NOT NULL,
            PRIMARY KEY (article_id, source));
        CREATE INDEX article_sources_source ON article_sources(source);
        CREATE TABLE events (
            seq bigserial UNIQUE,
            id text PRIMARY KEY,
            article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            date text, date_source text NOT NULL,
            source_text text NOT NULL, source_code text COLLATE "C", source_name text,
            target_text text, target_code text COLLATE "C", target_name text,
            cameo text NOT NULL, root text NOT NULL, quad_class integer NOT NULL, goldstein double precision NOT NULL, plover text,
            modality text NOT NULL,
            place text, country text, admin1 text, lat double precision, lon double precision,
            fatalities integer,
            sentence text NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
            trigger_start integer NOT NULL, trigger_end integer NOT NULL,
            rule text NOT NULL, confidence double precision NOT NULL,
            story_id text);
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_source ON events(source_code);
        CREATE INDEX events_target ON events(target_code);
        CREATE INDEX events_root ON events(root, date);
        CREATE INDEX events_story ON events(story_id);
        CREATE INDEX events_dyad_root ON events(root, source_code, target_code, date);
        CREATE TABLE entities (
            article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start integer NOT NULL, "end" integer NOT NULL,
            text text NOT NULL, type text NOT NULL, actor text,
            PRIMARY KEY (article_id, start, "end"));
        INSERT INTO meta (key, value) VALUES ('version', 0);
        """,
        // 2: event lists are newest first with undated events last; without this index every page sorts the whole table
        """
        CREATE INDEX events_newest ON events (date DESC NULLS LAST, seq DESC);
        """,
    ];

    public static int SchemaVersion => Migrations.Length;

    /// <param name="connectionString">An Npgsql connection string, e.g. "Host=127.0.0.1;Username=faultline;Password=…;Database=faultline".</param>
    /// <param name="watchVersion">Keep the data version in memory from the database's notifications (for a long-running server).</param>
    public PostgresArticleStore(string connectionString, bool watchVersion = false)
    {
        _connectionString = connectionString;
        NpgsqlDataSource source;
        try
        {
            // the store never changes session state, so a pooled connection needs no DISCARD ALL between uses:
            // one round trip less per request, which showed as p99 stalls under load on a small machine
            source = Sources.GetOrAdd(connectionString, cs => NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(cs) { NoResetOnClose = true }));
        }
        catch (ArgumentException e) { throw new InvalidOperationException($"bad PostgreSQL connection string: {e.Message}"); }
        _db = source.OpenConnection();
        if (!Migrated.ContainsKey(connectionString))
        {
            Migrate();
            Migrated[connectionString] = true;
        }
        if (watchVersion) PostgresVersionWatcher.Start(connectionString, source);
    }

    void Migrate()
    {
        using var tx = _db.BeginTransaction();
        // one migrator at a time across processes; the lock ends with the transaction
        Exec("SELECT pg_advisory_xact_lock(7061636)", tx);
        Exec("CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value bigint NOT NULL)", tx);
        var version = Convert.ToInt32(Scalar("SELECT coalesce((SELECT value FROM meta WHERE key = 'schema'), 0)", tx));
        if (version > Migrations.Length)
            throw new InvalidOperationException($"the store was written by a newer Faultline (schema {version}, this one knows {Migrations.Length})");
        for (int v = version; v < Migrations.Length; v++) Exec(Migrations[v], tx);
        if (version < Migrations.Length)
            Exec($"INSERT INTO meta (key, value) VALUES ('schema', {Migrations.Length}) ON CONFLICT (key) DO UPDATE SET value = excluded.value", tx);
        tx.Commit();
    }

    public IReadOnlyList<StoreResult> AddBatch(IReadOnlyList<Article> articles)
    {
        var results = new List<StoreResult>(articles.Count);
        using var tx = _db.BeginTransaction();
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
                Text(insert, "id", a.Id); Text(insert, "title", a.Title); Text(insert, "published", a.Published?.ToString("yyyy-MM-dd"));
                Text(insert, "byline", a.Byline); Text(insert, "section", a.Section); Text(insert, "language", a.Language);
                Text(insert, "text", a.Text); Text(insert, "url", a.Url); Text(insert, "now", now);
                insert.ExecuteNonQuery();
                using var band = Command("INSERT INTO article_bands (band, article_id) SELECT unnest(@bands), @id ON CONFLICT DO NOTHING", tx);
                band.Parameters.Add(new NpgsqlParameter("bands", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = bands! });
                Text(band, "id", a.Id);
                band.ExecuteNonQuery();
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
        Committed(tx);
        return results;
    }

    bool Exists(string id, NpgsqlTransaction tx)
    {
        using var c = Command("SELECT 1 FROM articles WHERE id = @id", tx);
        Text(c, "id", id);
        return c.ExecuteScalar() is not null;
    }

    string? FindNearDuplicate(Article a, long[] bands, NpgsqlTransaction tx)
    {
        using var c = Command("SELECT id, text FROM articles WHERE id IN (SELECT DISTINCT article_id FROM article_bands WHERE band = ANY(@bands)) LIMIT 200", tx);
        c.Parameters.Add(new NpgsqlParameter("bands", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = bands });
        using var r = c.ExecuteReader();
        HashSet<ulong>? mine = null;
        while (r.Read())
        {
            mine ??= NearDuplicates.Shingles(a.Text);
            if (NearDuplicates.Jaccard(mine, NearDuplicates.Shingles(r.GetString(1))) >= NearDuplicates.JaccardThreshold) return r.GetString(0);
        }
        return null;
    }

    bool AddSource(string id, string source, string now, NpgsqlTransaction tx)
    {
        using var c = Command("INSERT INTO article_sources (article_id, source, first_seen) VALUES (@id, @source, @now) ON CONFLICT DO NOTHING", tx);
        Text(c, "id", id); Text(c, "source", source); Text(c, "now", now);
        return c.ExecuteNonQuery() > 0;
    }

    const string ArticleColumns = "id, title, published, byline, section, language, text, url, ingested_at";

    public StoredArticle? Get(string id)
    {
        using var c = Command($"SELECT {ArticleColumns} FROM articles WHERE id = @id");
        Text(c, "id", id);
        return ReadArticles(c).FirstOrDefault();
    }

    public IReadOnlyList<StoredArticle> List(int limit = 50, int offset = 0)
    {
        // SQLite's order: undated articles last when newest come first
        using var c = Command($"SELECT {ArticleColumns} FROM articles ORDER BY published DESC NULLS LAST, title NULLS FIRST LIMIT @limit OFFSET @offset");
        c.Parameters.AddWithValue("limit", limit);
        c.Parameters.AddWithValue("offset", offset);
        return ReadArticles(c);
    }

    List<StoredArticle> ReadArticles(NpgsqlCommand c)
    {
        var rows = new List<(string Id, Func<List<string>, StoredArticle> Make)>();
        var list = new List<StoredArticle>();
        using (var r = c.ExecuteReader())
        {
            while (r.Read())
            {
                var article = StoreRows.Article(r, []);
                rows.Add((r.GetString(0), sources => article with { Article = article.Article with { Source = sources.FirstOrDefault() ?? "" }, Sources = sources }));
            }
        }
        foreach (var (id, make) in rows) list.Add(make(SourcesOf(id)));
        return list;
    }

    List<string> SourcesOf(string id)
    {
        using var c = Command("SELECT source FROM article_sources WHERE article_id = @id ORDER BY first_seen, source");
        Text(c, "id", id);
        using var r = c.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new SearchQueryException("empty query");
        if (query.Count(ch => ch == '"') % 2 == 1) throw new SearchQueryException($"cannot search for '{query}': unterminated quoted phrase");
        using var c = Command($"""
            SELECT a.id, a.title, a.published,
                   ts_headline('english', a.text, q, 'StartSel="{SearchHit.HighlightStart}", StopSel="{SearchHit.HighlightEnd}", MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "'),
                   -ts_rank(a.tsv, q)::float8 AS rank
            FROM articles a, ({ToTsQuery(query, c: null)}) AS query(q)
            WHERE a.tsv @@ q ORDER BY rank LIMIT @limit
            """);
        ToTsQuery(query, c);
        c.Parameters.AddWithValue("limit", limit);
        var hits = new List<SearchHit>();
        using var r = c.ExecuteReader();
        while (r.Read())
            hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1),
                r.IsDBNull(2) ? null : DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd"), r.GetString(3), r.GetDouble(4)));
        return hits;
    }

    /// <summary>The query as SQL yielding one tsquery: quotes and OR go to websearch_to_tsquery (which never
    /// fails on odd input); plain words must all match; "word*" matches as a prefix. Adds the parameters to c.</summary>
    static string ToTsQuery(string query, NpgsqlCommand? c)
    {
        if (query.Contains('"') || query.Contains(" OR ", StringComparison.Ordinal))
        {
            c?.Parameters.AddWithValue("q0", query.Replace("*", ""));
            return "SELECT websearch_to_tsquery('english', @q0)";
        }
        var parts = new List<string>();
        var plain = new StringBuilder();
        int n = 0;
        foreach (var term in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (term.EndsWith('*'))
            {
                var word = new string(term.TrimEnd('*').Where(char.IsLetterOrDigit).ToArray());
                if (word.Length == 0) continue;
                c?.Parameters.AddWithValue($"p{n}", word + ":*");
                parts.Add($"to_tsquery('english', @p{n++})");
            }
            else plain.Append(term).Append(' ');
        }
        if (plain.Length > 0 || parts.Count == 0)
        {
            c?.Parameters.AddWithValue("q0", plain.ToString().Replace("-", " ").Trim());
            parts.Insert(0, "plainto_tsquery('english', @q0)");
        }
        return "SELECT " + string.Join(" && ", parts);
    }

    public void SaveCoding(string articleId, IReadOnlyList<CodedEntity> entities, IReadOnlyList<CodedEvent> events)
    {
        using var tx = _db.BeginTransaction();
        foreach (var sql in new[] { "DELETE FROM events WHERE article_id = @a", "DELETE FROM entities WHERE article_id = @a" })
        {
            using var d = Command(sql, tx);
            Text(d, "a", articleId);
            d.ExecuteNonQuery();
        }
        foreach (var en in entities)
        {
            using var e = Command("INSERT INTO entities (article_id, start, \"end\", text, type, actor) VALUES (@a, @s, @e, @t, @y, @c) ON CONFLICT DO NOTHING", tx);
            Text(e, "a", articleId); Int(e, "s", en.Start); Int(e, "e", en.End); Text(e, "t", en.Text); Text(e, "y", en.Type.ToString()); Text(e, "c", en.Actor);
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
            Text(c, "id", ev.Id); Text(c, "a", articleId); Text(c, "date", ev.Date); Text(c, "ds", ev.DateSource);
            Text(c, "st", ev.Source.Text); Text(c, "sc", ev.Source.Code); Text(c, "sn", ev.Source.Name);
            Text(c, "tt", ev.Target?.Text); Text(c, "tc", ev.Target?.Code); Text(c, "tn", ev.Target?.Name);
            Text(c, "cameo", ev.Cameo); Text(c, "root", ev.Root); Int(c, "quad", ev.QuadClass); Real(c, "gold", ev.Goldstein); Text(c, "plover", ev.Plover);
            Text(c, "mod", ev.Modality.ToString().ToLowerInvariant());
            Text(c, "place", ev.Location?.Name); Text(c, "country", ev.Location?.Country); Text(c, "admin1", ev.Location?.Admin1);
            Real(c, "lat", ev.Location?.Lat); Real(c, "lon", ev.Location?.Lon);
            Int(c, "dead", ev.Fatalities); Text(c, "sentence", ev.Sentence); Int(c, "start", ev.Start); Int(c, "end", ev.End);
            Int(c, "ts", ev.TriggerStart); Int(c, "te", ev.TriggerEnd); Text(c, "rule", ev.Rule); Real(c, "conf", ev.Confidence);
            Text(c, "story", FindStory(articleId, ev, tx) ?? ev.Id);
            c.ExecuteNonQuery();
        }
        using (var m = Command("UPDATE articles SET coded_at = @now WHERE id = @a", tx))
        {
            Text(m, "now", DateTimeOffset.UtcNow.ToString("O"));
            Text(m, "a", articleId);
            m.ExecuteNonQuery();
        }
        Bump(tx);
        Committed(tx);
    }

    string? FindStory(string articleId, CodedEvent ev, NpgsqlTransaction tx)
    {
        if (Stories.Window(ev) is not { } w) return null;
        using var c = Command("""
            SELECT story_id, date, place, country, admin1, article_id, start FROM events
            WHERE id = story_id AND root = @root AND source_code = @src AND target_code IS NOT DISTINCT FROM @tgt AND length(date) = 10 AND date BETWEEN @from AND @to
              AND modality IN ('asserted', 'reported', 'claimed')
            """, tx);
        Text(c, "root", w.Root); Text(c, "src", w.Source); Text(c, "tgt", w.Target); Text(c, "from", w.From); Text(c, "to", w.To);
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
        Text(c, "a", articleId);
        return c.ExecuteScalar() is true;
    }

    const string PlainEventColumns = "e.*, a.title AS article_title, NULL::text AS article_source, 1 AS mentions, 1 AS story_sources";
    const string EventColumns = "e.*, a.title AS article_title, (SELECT source FROM article_sources s WHERE s.article_id = e.article_id ORDER BY first_seen, source LIMIT 1) AS article_source, " +
        "(SELECT count(*)::int FROM events m WHERE m.story_id = e.story_id) AS mentions, " +
        "(SELECT count(DISTINCT s.source)::int FROM events m JOIN article_sources s ON s.article_id = m.article_id WHERE m.story_id = e.story_id) AS story_sources";

    public IReadOnlyList<StoredEvent> QueryEvents(EventQuery q)
    {
        using var c = Command("");
        var where = Where(q, c);
        var columns = q.StoryCounts ? EventColumns : PlainEventColumns;
        // the page's rows first, then their columns (the story counts are subqueries)
        c.CommandText = $"SELECT {columns} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.seq IN " +
                        $"(SELECT e.seq FROM events e {where} ORDER BY e.date DESC NULLS LAST, e.seq DESC LIMIT @limit OFFSET @offset) " +
                        "ORDER BY e.date DESC NULLS LAST, e.seq DESC";
        c.Parameters.AddWithValue("limit", Math.Clamp(q.Limit, 1, 1_000_000));
        c.Parameters.AddWithValue("offset", Math.Max(0, q.Offset));
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

    public IReadOnlyList<CodedEntity> EntitiesOf(string articleId)
    {
        using var c = Command("SELECT text, type, start, \"end\", actor FROM entities WHERE article_id = @a ORDER BY start");
        Text(c, "a", articleId);
        using var r = c.ExecuteReader();
        var list = new List<CodedEntity>();
        while (r.Read())
            list.Add(new CodedEntity(r.GetString(0), Enum.Parse<EntityType>(r.GetString(1)), r.GetInt32(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return list;
    }

    public IReadOnlyList<ActorSummary> Actors(string? q, int limit)
    {
        using var c = Command("""
            SELECT code, max(name), count(*)::int AS n FROM (
                SELECT source_code AS code, source_name AS name FROM events WHERE source_code IS NOT NULL
                UNION ALL SELECT target_code, target_name FROM events WHERE target_code IS NOT NULL) AS x
            WHERE @q::text IS NULL OR code LIKE @like OR name ILIKE @contains
            GROUP BY code ORDER BY n DESC, code LIMIT @limit
            """);
        Text(c, "q", q);
        Text(c, "like", (q ?? "").ToUpperInvariant().Replace("%", "").Replace("_", "") + "%");
        Text(c, "contains", "%" + (q ?? "").Replace("%", "").Replace("_", "") + "%");
        c.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, 10_000));
        using var r = c.ExecuteReader();
        var list = new List<ActorSummary>();
        while (r.Read()) list.Add(new ActorSummary(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2)));
        return list;
    }

    static string Where(EventQuery q, NpgsqlCommand c)
    {
        var where = new List<string>();
        // code prefixes as ranges in the C collation ("PAK" ≤ code < "PAK\uffff") so that the code indexes serve them
        if (q.Actor is { } actor)
        {
            where.Add("((e.source_code >= @a0 AND e.source_code < @a1) OR (e.target_code >= @a0 AND e.target_code < @a1))");
            AddRange(c, "a", actor);
        }
        if (q.Dyad is { } d)
        {
            where.Add("((e.source_code >= @da0 AND e.source_code < @da1 AND e.target_code >= @db0 AND e.target_code < @db1) OR " +
                      "(e.source_code >= @db0 AND e.source_code < @db1 AND e.target_code >= @da0 AND e.target_code < @da1))");
            AddRange(c, "da", d.A);
            AddRange(c, "db", d.B);
        }
        if (q.Root is { } root) { where.Add("e.root = @root"); Text(c, "root", root.PadLeft(2, '0')); }
        if (q.Modalities is { Count: > 0 } mods)
        {
            where.Add("e.modality = ANY(@mods)");
            c.Parameters.Add(new NpgsqlParameter("mods", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = mods.Select(m => m.ToString().ToLowerInvariant()).ToArray() });
        }
        if (q.Since is { } since) { where.Add("e.date >= @since"); Text(c, "since", since.ToString("yyyy-MM-dd")); }
        if (q.Until is { } until) { where.Add("e.date <= @until"); Text(c, "until", until.ToString("yyyy-MM-dd") + "~"); }
        if (q.Text is { Length: > 0 } text) { where.Add("e.sentence ILIKE @text"); Text(c, "text", "%" + text.Replace("%", "").Replace("_", "").Replace("\\", "") + "%"); }
        if (q.Place is { Length: > 0 } place) { where.Add("(lower(e.place) = lower(@place) OR e.country = @place OR lower(e.admin1) = lower(@place))"); Text(c, "place", place); }
        if (q.ArticleId is { } article) { where.Add("e.article_id = @article"); Text(c, "article", article); }
        if (q.StoriesOnly) where.Add("e.id = e.story_id");
        return where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "";
    }

    static void AddRange(NpgsqlCommand c, string name, string code)
    {
        var prefix = code.ToUpperInvariant();
        Text(c, name + "0", prefix);
        Text(c, name + "1", prefix + "\uffff");
    }

    public long DataVersion() => PostgresVersionWatcher.Known(_connectionString) ?? Convert.ToInt64(Scalar("SELECT value FROM meta WHERE key = 'version'"));

    /// <summary>Bumps the version and tells listening servers (delivered when the transaction commits).</summary>
    void Bump(NpgsqlTransaction tx) => _bumped = Convert.ToInt64(Scalar($"""
        WITH v AS (UPDATE meta SET value = value + 1 WHERE key = 'version' RETURNING value)
        SELECT v.value, pg_notify('{PostgresVersionWatcher.Channel}', current_schema() || ':' || v.value) FROM v
        """, tx));

    long _bumped;

    void Committed(NpgsqlTransaction tx)
    {
        tx.Commit();
        PostgresVersionWatcher.Committed(_connectionString, _bumped);
    }

    public StoredEvent? GetEvent(string id)
    {
        using var c = Command($"SELECT {EventColumns} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = @id");
        Text(c, "id", id);
        using var r = c.ExecuteReader();
        return r.Read() ? StoreRows.Event(r) : null;
    }

    public int CountArticles() => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"));
    public int CountSources() => Convert.ToInt32(Scalar("SELECT count(*) FROM article_sources"));

    // Typed parameters: PostgreSQL cannot infer the type of a NULL.
    static void Text(NpgsqlCommand c, string name, string? value) => c.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });
    static void Int(NpgsqlCommand c, string name, int? value) => c.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Integer) { Value = (object?)value ?? DBNull.Value });
    static void Real(NpgsqlCommand c, string name, double? value) => c.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Double) { Value = (object?)value ?? DBNull.Value });

    NpgsqlCommand Command(string sql, NpgsqlTransaction? tx = null) => new(sql, _db, tx);

    void Exec(string sql, NpgsqlTransaction? tx = null)
    {
        using var c = Command(sql, tx);
        c.ExecuteNonQuery();
    }

    object? Scalar(string sql, NpgsqlTransaction? tx = null)
    {
        using var c = Command(sql, tx);
        return c.ExecuteScalar();
    }

    public void Dispose() => _db.Dispose();
}
