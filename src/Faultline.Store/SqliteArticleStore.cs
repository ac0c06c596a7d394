using System.Data.Common;
using System.Data;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Faultline.Store;

/// <summary>SQLite store: WAL mode, FTS5 over title and text, versioned migrations, one transaction per batch.</summary>
public sealed class SqliteArticleStore : SqlArticleStore
{
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
    public SqliteArticleStore(string path, bool pooled = false) : base(Open(path, pooled))
    {
        Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
        Migrate();
    }

    static SqliteConnection Open(string path, bool pooled)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null && !pooled) Directory.CreateDirectory(dir);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = pooled }.ToString());
        db.Open();
        return db;
    }

    void Migrate()
    {
        var version = Convert.ToInt32(Scalar("PRAGMA user_version"));
        if (version > Migrations.Length)
            throw new InvalidOperationException($"the store was written by a newer Faultline (schema {version}, this one knows {Migrations.Length})");
        for (int v = version; v < Migrations.Length; v++)
        {
            using var tx = Db.BeginTransaction();
            Exec(Migrations[v], tx);
            Exec($"PRAGMA user_version = {v + 1}", tx);
            tx.Commit();
        }
    }

    protected override string RowKey => "rowid";
    // SQLite sorts NULLs first, so DESC leaves undated events last; the date index serves this order as it is
    protected override string NewestFirst => "e.date DESC, e.rowid DESC";

    protected override string EventsFrom(EventQuery q) =>
        q.Actor is { } actor && q.Dyad is null && FrequentActor(actor, q.Offset + q.Limit) ? "events e INDEXED BY events_date" : "events e";

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
            SELECT (SELECT count(*) FROM (SELECT 1 FROM events WHERE source_code >= @a0 AND source_code < @a1 LIMIT @cap))
                 + (SELECT count(*) FROM (SELECT 1 FROM events WHERE target_code >= @a0 AND target_code < @a1 LIMIT @cap))
            """);
        AddRange(c, "@a", actor);
        Add(c, "@cap", threshold, DbType.Int64);
        return Convert.ToInt64(c.ExecuteScalar()) >= threshold;
    }

    public override IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new SearchQueryException("empty query");
        using var c = Command("""
            SELECT a.id, a.title, a.published, snippet(articles_fts, 1, @hl_start, @hl_end, '…', 16), bm25(articles_fts, 4.0, 1.0) AS rank
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH @q ORDER BY rank LIMIT @limit
            """);
        Text(c, "@q", ToFtsQuery(query));
        Text(c, "@hl_start", SearchHit.HighlightStart.ToString());
        Text(c, "@hl_end", SearchHit.HighlightEnd.ToString());
        Add(c, "@limit", limit, DbType.Int32);
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

    /// <summary>A number that changes whenever events or articles are written: for caches of derived results.</summary>
    public override long DataVersion() => Convert.ToInt64(Scalar("SELECT value FROM meta WHERE key = 'version'"));

    protected override void Bump(DbTransaction tx) => Exec("UPDATE meta SET value = value + 1 WHERE key = 'version'", tx);
}
