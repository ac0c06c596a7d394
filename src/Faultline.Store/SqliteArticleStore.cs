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
    ];

    public static int SchemaVersion => Migrations.Length;

    public SqliteArticleStore(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
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

    StoredArticle ReadArticle(SqliteDataReader r)
    {
        string? S(string name) => r.IsDBNull(r.GetOrdinal(name)) ? null : r.GetString(r.GetOrdinal(name));
        var published = S("published") is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd") : (DateOnly?)null;
        var article = new Article("", S("title"), published, S("byline"), S("section"), S("language")!, S("text")!) { Url = S("url") };
        var sources = SourcesOf(S("id")!);
        return new StoredArticle(article with { Source = sources.FirstOrDefault() ?? "" }, sources, DateTimeOffset.Parse(S("ingested_at")!));
    }

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

    public int CountArticles() => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"));
    public int CountSources() => Convert.ToInt32(Scalar("SELECT count(*) FROM article_sources"));

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
