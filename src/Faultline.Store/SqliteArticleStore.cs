using System.Text;
using Faultline.Core;
using Faultline.Ingest;
using Microsoft.Data.Sqlite;

namespace Faultline.Store;

/// <summary>SQLite store: WAL mode, FTS5 over title and text, versioned migrations, one transaction per batch.</summary>
public sealed class SqliteArticleStore : IArticleStore
{
    readonly SqliteConnection _db;

    /// <summary>Migrations in order; PRAGMA user_version records how many have run.</summary>
    static readonly string[] Migrations =
    [
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT, published TEXT, byline TEXT, section TEXT, language TEXT NOT NULL,
            text TEXT NOT NULL, url TEXT,
            ingested_at TEXT NOT NULL);
        CREATE TABLE article_bands (
            band INTEGER NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (band, article_id)) WITHOUT ROWID;
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE article_sources (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (article_id, source));
        CREATE INDEX article_sources_source ON article_sources(source);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END;
        CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
        """,
        // 2: coded events and entities, one row per event mention (an article's sentence)
        """
        ALTER TABLE articles ADD COLUMN coded_at TEXT;
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            date TEXT, date_source TEXT NOT NULL,
            source_text TEXT NOT NULL, source_code TEXT, source_name TEXT,
            target_text TEXT, target_code TEXT, target_name TEXT,
            cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT,
            modality TEXT NOT NULL,
            place TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL,
            fatalities INTEGER,
            sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
            rule TEXT NOT NULL, confidence REAL NOT NULL);
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_source ON events(source_code);
        CREATE INDEX events_target ON events(target_code);
        CREATE INDEX events_root ON events(root, date);
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, type TEXT NOT NULL, actor TEXT,
            PRIMARY KEY (article_id, start, "end"));
        """,
        // 3: stories — mentions of one real event share the story_id of its first mention
        """
        ALTER TABLE events ADD COLUMN story_id TEXT;
        UPDATE events SET story_id = id;
        CREATE INDEX events_story ON events(story_id);
        CREATE INDEX events_dyad_root ON events(root, source_code, target_code, date);
        """,
        // 4: a counter bumped by every write, so derived results (series, networks, counts) can be cached
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO meta (key, value) VALUES ('version', 0);
        """,
    ];

    public static int SchemaVersion => Migrations.Length;

    /// <param name="pooled">Reuse connections across instances (the HTTP server opens one store per request).</param>
    public SqliteArticleStore(string path, bool pooled = false)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null && !pooled) Directory.CreateDirectory(dir);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = pooled }.ToString());
        _db.Open();
        Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
        Migrate();
    }

    void Migrate()
    {
        var version = Convert.ToInt32(Scalar("PRAGMA user_version"));
        if (version > Migrations.Length)
            throw new InvalidOperationException($"the store was written by a newer Faultline (schema {version}, this one knows {Migrations.Length})");
        for (int v = version; v < Migrations.Length; v++)
        {
            using var tx = _db.BeginTransaction();
            Exec(Migrations[v], tx);
            Exec($"PRAGMA user_version = {v + 1}", tx);
            tx.Commit();
        }
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
                    VALUES ($id, $title, $published, $byline, $section, $language, $text, $url, $now)
                    """, tx);
                insert.Parameters.AddWithValue("$id", a.Id);
                insert.Parameters.AddWithValue("$title", (object?)a.Title ?? DBNull.Value);
                insert.Parameters.AddWithValue("$published", (object?)a.Published?.ToString("yyyy-MM-dd") ?? DBNull.Value);
                insert.Parameters.AddWithValue("$byline", (object?)a.Byline ?? DBNull.Value);
                insert.Parameters.AddWithValue("$section", (object?)a.Section ?? DBNull.Value);
                insert.Parameters.AddWithValue("$language", a.Language);
                insert.Parameters.AddWithValue("$text", a.Text);
                insert.Parameters.AddWithValue("$url", (object?)a.Url ?? DBNull.Value);
                insert.Parameters.AddWithValue("$now", now);
                insert.ExecuteNonQuery();
                using var band = Command("INSERT OR IGNORE INTO article_bands (band, article_id) VALUES ($band, $id)", tx);
                var bandParameter = band.Parameters.Add("$band", SqliteType.Integer);
                band.Parameters.AddWithValue("$id", a.Id);
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
        tx.Commit();
        return results;
    }

    bool Exists(string id, SqliteTransaction tx)
    {
        using var c = Command("SELECT 1 FROM articles WHERE id = $id", tx);
        c.Parameters.AddWithValue("$id", id);
        return c.ExecuteScalar() is not null;
    }

    string? FindNearDuplicate(Article a, long[] bands, SqliteTransaction tx)
    {
        var names = string.Join(", ", bands.Select((_, i) => $"$b{i}"));
        using var c = Command($"SELECT id, text FROM articles WHERE id IN (SELECT DISTINCT article_id FROM article_bands WHERE band IN ({names})) LIMIT 200", tx);
        for (int i = 0; i < bands.Length; i++) c.Parameters.AddWithValue($"$b{i}", bands[i]);
        using var r = c.ExecuteReader();
        HashSet<ulong>? mine = null;
        while (r.Read())
        {
            mine ??= NearDuplicates.Shingles(a.Text);
            if (NearDuplicates.Jaccard(mine, NearDuplicates.Shingles(r.GetString(1))) >= NearDuplicates.JaccardThreshold) return r.GetString(0);
        }
        return null;
    }

    bool AddSource(string id, string source, string now, SqliteTransaction tx)
    {
        using var c = Command("INSERT OR IGNORE INTO article_sources (article_id, source, first_seen) VALUES ($id, $source, $now)", tx);
        c.Parameters.AddWithValue("$id", id);
        c.Parameters.AddWithValue("$source", source);
        c.Parameters.AddWithValue("$now", now);
        return c.ExecuteNonQuery() > 0;
    }

    public StoredArticle? Get(string id)
    {
        using var c = Command("SELECT * FROM articles WHERE id = $id");
        c.Parameters.AddWithValue("$id", id);
        using var r = c.ExecuteReader();
        return r.Read() ? ReadArticle(r) : null;
    }

    public IReadOnlyList<StoredArticle> List(int limit = 50, int offset = 0)
    {
        using var c = Command("SELECT * FROM articles ORDER BY published DESC, title LIMIT $limit OFFSET $offset");
        c.Parameters.AddWithValue("$limit", limit);
        c.Parameters.AddWithValue("$offset", offset);
        using var r = c.ExecuteReader();
        var list = new List<StoredArticle>();
        while (r.Read()) list.Add(ReadArticle(r));
        return list;
    }

    StoredArticle ReadArticle(SqliteDataReader r) => StoreRows.Article(r, SourcesOf(r.GetString(r.GetOrdinal("id"))));

    List<string> SourcesOf(string id)
    {
        using var c = Command("SELECT source FROM article_sources WHERE article_id = $id ORDER BY first_seen, source");
        c.Parameters.AddWithValue("$id", id);
        using var r = c.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new SearchQueryException("empty query");
        using var c = Command("""
            SELECT a.id, a.title, a.published, snippet(articles_fts, 1, $hl_start, $hl_end, '…', 16), bm25(articles_fts, 4.0, 1.0) AS rank
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH $q ORDER BY rank LIMIT $limit
            """);
        c.Parameters.AddWithValue("$q", ToFtsQuery(query));
        c.Parameters.AddWithValue("$hl_start", SearchHit.HighlightStart.ToString());
        c.Parameters.AddWithValue("$hl_end", SearchHit.HighlightEnd.ToString());
        c.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        try
        {
            using var r = c.ExecuteReader();
            while (r.Read())
                hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1),
                    r.IsDBNull(2) ? null : DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd"), r.GetString(3), r.GetDouble(4)));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            throw new SearchQueryException($"cannot search for '{query}': {e.Message.Replace("SQLite Error 1: ", "")}");
        }
        return hits;
    }

    /// <summary>Plain words become an AND of quoted terms (so "al-Shabaab" or "U.S." never break FTS5
    /// syntax); a query that already uses FTS5 syntax (quotes, OR, NEAR, *) is passed through.</summary>
    internal static string ToFtsQuery(string query)
    {
        // A quoted phrase is the user's own FTS5 syntax: pass it through (FTS5 reports what is wrong).
        if (query.Contains('"')) return query;
        var sb = new StringBuilder();
        foreach (var term in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            if (term is "OR" or "AND" or "NOT") { sb.Append(term); continue; }
            var prefix = term.EndsWith('*');
            var word = term.TrimEnd('*');
            if (word.Length == 0) continue;
            sb.Append('"').Append(word).Append('"');
            if (prefix) sb.Append('*');
        }
        return sb.ToString();
    }

    public void SaveCoding(string articleId, IReadOnlyList<CodedEntity> entities, IReadOnlyList<CodedEvent> events)
    {
        using var tx = _db.BeginTransaction();
        foreach (var sql in new[] { "DELETE FROM events WHERE article_id = $a", "DELETE FROM entities WHERE article_id = $a" })
        {
            using var d = Command(sql, tx);
            d.Parameters.AddWithValue("$a", articleId);
            d.ExecuteNonQuery();
        }
        using (var e = Command("INSERT OR IGNORE INTO entities (article_id, start, \"end\", text, type, actor) VALUES ($a, $s, $e, $t, $y, $c)", tx))
        {
            foreach (var en in entities)
            {
                e.Parameters.Clear();
                e.Parameters.AddWithValue("$a", articleId);
                e.Parameters.AddWithValue("$s", en.Start);
                e.Parameters.AddWithValue("$e", en.End);
                e.Parameters.AddWithValue("$t", en.Text);
                e.Parameters.AddWithValue("$y", en.Type.ToString());
                e.Parameters.AddWithValue("$c", (object?)en.Actor ?? DBNull.Value);
                e.ExecuteNonQuery();
            }
        }
        using (var c = Command("""
            INSERT OR REPLACE INTO events (id, article_id, date, date_source, source_text, source_code, source_name, target_text, target_code, target_name,
                cameo, root, quad_class, goldstein, plover, modality, place, country, admin1, lat, lon, fatalities, sentence, start, "end",
                trigger_start, trigger_end, rule, confidence, story_id)
            VALUES ($id, $a, $date, $ds, $st, $sc, $sn, $tt, $tc, $tn, $cameo, $root, $quad, $gold, $plover, $mod, $place, $country, $admin1, $lat, $lon,
                $dead, $sentence, $start, $end, $ts, $te, $rule, $conf, $story)
            """, tx))
        {
            foreach (var ev in events)
            {
                c.Parameters.Clear();
                void P(string name, object? value) => c.Parameters.AddWithValue(name, value ?? DBNull.Value);
                P("$id", ev.Id); P("$a", articleId); P("$date", ev.Date); P("$ds", ev.DateSource);
                P("$st", ev.Source.Text); P("$sc", ev.Source.Code); P("$sn", ev.Source.Name);
                P("$tt", ev.Target?.Text); P("$tc", ev.Target?.Code); P("$tn", ev.Target?.Name);
                P("$cameo", ev.Cameo); P("$root", ev.Root); P("$quad", ev.QuadClass); P("$gold", ev.Goldstein); P("$plover", ev.Plover);
                P("$mod", ev.Modality.ToString().ToLowerInvariant());
                P("$place", ev.Location?.Name); P("$country", ev.Location?.Country); P("$admin1", ev.Location?.Admin1); P("$lat", ev.Location?.Lat); P("$lon", ev.Location?.Lon);
                P("$dead", ev.Fatalities); P("$sentence", ev.Sentence); P("$start", ev.Start); P("$end", ev.End);
                P("$ts", ev.TriggerStart); P("$te", ev.TriggerEnd); P("$rule", ev.Rule); P("$conf", ev.Confidence);
                P("$story", FindStory(articleId, ev, tx) ?? ev.Id);
                c.ExecuteNonQuery();
            }
        }
        using (var m = Command("UPDATE articles SET coded_at = $now WHERE id = $a", tx))
        {
            m.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
            m.Parameters.AddWithValue("$a", articleId);
            m.ExecuteNonQuery();
        }
        Bump(tx);
        tx.Commit();
    }

    public bool IsCoded(string articleId)
    {
        using var c = Command("SELECT coded_at IS NOT NULL FROM articles WHERE id = $a");
        c.Parameters.AddWithValue("$a", articleId);
        return c.ExecuteScalar() is long v && v == 1;
    }

    const string PlainEventColumns = "e.*, a.title AS article_title, NULL AS article_source, 1 AS mentions, 1 AS story_sources";
    const string EventColumns = "e.*, a.title AS article_title, (SELECT source FROM article_sources s WHERE s.article_id = e.article_id ORDER BY first_seen, source LIMIT 1) AS article_source, " +
        "(SELECT count(*) FROM events m WHERE m.story_id = e.story_id) AS mentions, " +
        "(SELECT count(DISTINCT s.source) FROM events m JOIN article_sources s ON s.article_id = m.article_id WHERE m.story_id = e.story_id) AS story_sources";

    public IReadOnlyList<StoredEvent> QueryEvents(EventQuery q)
    {
        using var c = Command("");
        var where = Where(q, c);
        var columns = q.StoryCounts ? EventColumns : PlainEventColumns;
        // the page's rows first, then their columns: the story counts are subqueries, and computing them for every
        // matching row before the sort costs more than the query itself
        var hint = q.Actor is { } actor && q.Dyad is null && FrequentActor(actor, q.Offset + q.Limit) ? "INDEXED BY events_date" : "";
        c.CommandText = $"SELECT {columns} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.rowid IN " +
                        $"(SELECT e.rowid FROM events e {hint} {where} ORDER BY e.date DESC, e.rowid DESC LIMIT $limit OFFSET $offset) " +
                        "ORDER BY e.date DESC, e.rowid DESC";
        c.Parameters.AddWithValue("$limit", Math.Clamp(q.Limit, 1, 1_000_000));
        c.Parameters.AddWithValue("$offset", Math.Max(0, q.Offset));
        using var r = c.ExecuteReader();
        var list = new List<StoredEvent>();
        while (r.Read()) list.Add(StoreRows.Event(r));
        return list;
    }

    /// <summary>
    /// Whether an actor is common enough that its newest events are best found by walking the date index (about
    /// rows/matches entries to read) rather than by collecting all its events from the code indexes and sorting
    /// them (about matches rows). The two cost the same at matches = √(wanted × rows); counting stops there, so
    /// the check itself reads at most that many index entries. SQLite's planner cannot tell the two apart (its
    /// statistics give every code the same frequency) and picked the slow plan for common actors.
    /// </summary>
    bool FrequentActor(string actor, int wanted)
    {
        var rows = Convert.ToInt64(Scalar("SELECT coalesce(max(rowid), 0) FROM events"));
        var threshold = (long)Math.Sqrt((double)Math.Max(1, wanted) * rows);
        if (threshold < 1000) return false; // a small store: either plan is instant
        using var c = Command("""
            SELECT (SELECT count(*) FROM (SELECT 1 FROM events WHERE source_code >= $a0 AND source_code < $a1 LIMIT $cap))
                 + (SELECT count(*) FROM (SELECT 1 FROM events WHERE target_code >= $a0 AND target_code < $a1 LIMIT $cap))
            """);
        AddRange(c, "$a", actor);
        c.Parameters.AddWithValue("$cap", threshold);
        return Convert.ToInt64(c.ExecuteScalar()) >= threshold;
    }

    public int CountEvents(EventQuery? q = null)
    {
        using var c = Command("");
        c.CommandText = $"SELECT count(*) FROM events e {(q is null ? "" : Where(q, c))}";
        return Convert.ToInt32(c.ExecuteScalar());
    }

    public IReadOnlyList<CodedEntity> EntitiesOf(string articleId)
    {
        using var c = Command("SELECT text, type, start, \"end\", actor FROM entities WHERE article_id = $a ORDER BY start");
        c.Parameters.AddWithValue("$a", articleId);
        using var r = c.ExecuteReader();
        var list = new List<CodedEntity>();
        while (r.Read())
            list.Add(new CodedEntity(r.GetString(0), Enum.Parse<EntityType>(r.GetString(1)), r.GetInt32(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return list;
    }

    public IReadOnlyList<ActorSummary> Actors(string? q, int limit)
    {
        using var c = Command("""
            SELECT code, max(name), count(*) AS n FROM (
                SELECT source_code AS code, source_name AS name FROM events WHERE source_code IS NOT NULL
                UNION ALL SELECT target_code, target_name FROM events WHERE target_code IS NOT NULL)
            WHERE $q IS NULL OR code LIKE $like OR name LIKE $contains
            GROUP BY code ORDER BY n DESC, code LIMIT $limit
            """);
        c.Parameters.AddWithValue("$q", (object?)q ?? DBNull.Value);
        c.Parameters.AddWithValue("$like", (q ?? "").ToUpperInvariant().Replace("%", "").Replace("_", "") + "%");
        c.Parameters.AddWithValue("$contains", "%" + (q ?? "").Replace("%", "").Replace("_", "") + "%");
        c.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 10_000));
        using var r = c.ExecuteReader();
        var list = new List<ActorSummary>();
        while (r.Read()) list.Add(new ActorSummary(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2)));
        return list;
    }

    string Where(EventQuery q, SqliteCommand c)
    {
        var where = new List<string>();
        // code prefixes as ranges ("PAK" ≤ code < "PAL") so that the code indexes serve them
        if (q.Actor is { } actor)
        {
            where.Add("((e.source_code >= $a0 AND e.source_code < $a1) OR (e.target_code >= $a0 AND e.target_code < $a1))");
            AddRange(c, "$a", actor);
        }
        if (q.Dyad is { } d)
        {
            where.Add("((e.source_code >= $da0 AND e.source_code < $da1 AND e.target_code >= $db0 AND e.target_code < $db1) OR " +
                      "(e.source_code >= $db0 AND e.source_code < $db1 AND e.target_code >= $da0 AND e.target_code < $da1))");
            AddRange(c, "$da", d.A);
            AddRange(c, "$db", d.B);
        }
        if (q.Root is { } root) { where.Add("e.root = $root"); c.Parameters.AddWithValue("$root", root.PadLeft(2, '0')); }
        if (q.Modalities is { Count: > 0 } mods)
        {
            var names = mods.Select((m, i) => { c.Parameters.AddWithValue($"$m{i}", m.ToString().ToLowerInvariant()); return $"$m{i}"; });
            where.Add($"e.modality IN ({string.Join(", ", names)})");
        }
        if (q.Since is { } since) { where.Add("e.date >= $since"); c.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd")); }
        if (q.Until is { } until) { where.Add("e.date <= $until"); c.Parameters.AddWithValue("$until", until.ToString("yyyy-MM-dd") + "~"); }
        if (q.Text is { Length: > 0 } text) { where.Add("e.sentence LIKE $text"); c.Parameters.AddWithValue("$text", "%" + text.Replace("%", "").Replace("_", "") + "%"); }
        if (q.Place is { Length: > 0 } place) { where.Add("(e.place = $place COLLATE NOCASE OR e.country = $place OR e.admin1 = $place COLLATE NOCASE)"); c.Parameters.AddWithValue("$place", place); }
        if (q.ArticleId is { } article) { where.Add("e.article_id = $article"); c.Parameters.AddWithValue("$article", article); }
        if (q.StoriesOnly) where.Add("e.id = e.story_id");
        return where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "";
    }

    static void AddRange(SqliteCommand c, string name, string code)
    {
        var prefix = code.ToUpperInvariant();
        c.Parameters.AddWithValue(name + "0", prefix);
        c.Parameters.AddWithValue(name + "1", prefix + "\uffff");
    }

    /// <summary>A number that changes whenever events or articles are written: for caches of derived results.</summary>
    public long DataVersion() => Convert.ToInt64(Scalar("SELECT value FROM meta WHERE key = 'version'"));

    void Bump(SqliteTransaction tx) => Exec("UPDATE meta SET value = value + 1 WHERE key = 'version'", tx);

    public StoredEvent? GetEvent(string id)
    {
        using var c = Command($"SELECT {EventColumns} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = $id");
        c.Parameters.AddWithValue("$id", id);
        using var r = c.ExecuteReader();
        return r.Read() ? StoreRows.Event(r) : null;
    }

    public int CountArticles() => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"));
    public int CountSources() => Convert.ToInt32(Scalar("SELECT count(*) FROM article_sources"));

    string? FindStory(string articleId, CodedEvent ev, SqliteTransaction tx)
    {
        if (Stories.Window(ev) is not { } w) return null;
        using var c = Command("""
            SELECT story_id, date, place, country, admin1, article_id, start FROM events
            WHERE id = story_id AND root = $root AND source_code = $src AND target_code IS $tgt AND length(date) = 10 AND date BETWEEN $from AND $to
              AND modality IN ('asserted', 'reported', 'claimed')
            """, tx);
        c.Parameters.AddWithValue("$root", w.Root);
        c.Parameters.AddWithValue("$src", w.Source);
        c.Parameters.AddWithValue("$tgt", (object?)w.Target ?? DBNull.Value);
        c.Parameters.AddWithValue("$from", w.From);
        c.Parameters.AddWithValue("$to", w.To);
        using var r = c.ExecuteReader();
        var candidates = new List<Stories.Candidate>();
        while (r.Read())
            candidates.Add(new(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), r.GetInt32(6)));
        return Stories.Pick(articleId, ev, candidates);
    }

    SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var c = _db.CreateCommand();
        c.CommandText = sql;
        c.Transaction = tx;
        return c;
    }

    void Exec(string sql, SqliteTransaction? tx = null)
    {
        using var c = Command(sql, tx);
        c.ExecuteNonQuery();
    }

    object? Scalar(string sql)
    {
        using var c = Command(sql);
        return c.ExecuteScalar();
    }

    public void Dispose() => _db.Dispose();
}
