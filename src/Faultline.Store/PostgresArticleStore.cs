using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Text;
using Npgsql;

namespace Faultline.Store;

/// <summary>
/// PostgreSQL store on Npgsql: the same tables and columns as the SQLite store, full-text search over a
/// stored tsvector (title weighted above body, English stemming) with a GIN index, one transaction per
/// batch, versioned migrations under an advisory lock so that concurrent openers migrate once. Tables
/// live in the connection's search path (`Search Path=…` in the connection string picks a schema).
/// </summary>
public sealed class PostgresArticleStore : SqlArticleStore
{
    static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new();
    /// <summary>Databases this process has migrated: the HTTP server opens a store per request, and checking the
    /// schema each time (a transaction under an advisory lock) would cost more than the request.</summary>
    static readonly ConcurrentDictionary<string, bool> Migrated = new();
    readonly string _connectionString;
    long _bumped;

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
    public PostgresArticleStore(string connectionString, bool watchVersion = false) : base(Connect(connectionString))
    {
        _connectionString = connectionString;
        if (!Migrated.ContainsKey(connectionString))
        {
            Migrate();
            Migrated[connectionString] = true;
        }
        if (watchVersion) PostgresVersionWatcher.Start(connectionString, Sources[connectionString]);
    }

    static NpgsqlConnection Connect(string connectionString)
    {
        NpgsqlDataSource source;
        try
        {
            // the store never changes session state, so a pooled connection needs no DISCARD ALL between uses:
            // one round trip less per request, which showed as p99 stalls under load on a small machine
            source = Sources.GetOrAdd(connectionString, cs => NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(cs) { NoResetOnClose = true }));
        }
        catch (ArgumentException e) { throw new InvalidOperationException($"bad PostgreSQL connection string: {e.Message}"); }
        return source.OpenConnection();
    }

    void Migrate()
    {
        using var tx = Db.BeginTransaction();
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

    protected override string RowKey => "seq";
    protected override string NewestFirst => "e.date DESC NULLS LAST, e.seq DESC";

    public override IReadOnlyList<SearchHit> Search(string query, int limit = 20)
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
        Add(c, "@limit", limit, DbType.Int32);
        var hits = new List<SearchHit>();
        using var r = c.ExecuteReader();
        while (r.Read())
            hits.Add(new SearchHit(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1),
                r.IsDBNull(2) ? null : DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd"), r.GetString(3), r.GetDouble(4)));
        return hits;
    }

    /// <summary>The query as SQL yielding one tsquery: quotes and OR go to websearch_to_tsquery (which never
    /// fails on odd input); plain words must all match; "word*" matches as a prefix. Adds the parameters to c.</summary>
    static string ToTsQuery(string query, DbCommand? c)
    {
        if (query.Contains('"') || query.Contains(" OR ", StringComparison.Ordinal))
        {
            if (c is not null) Text(c, "@q0", query.Replace("*", ""));
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
                if (c is not null) Text(c, $"@p{n}", word + ":*");
                parts.Add($"to_tsquery('english', @p{n++})");
            }
            else plain.Append(term).Append(' ');
        }
        if (plain.Length > 0 || parts.Count == 0)
        {
            if (c is not null) Text(c, "@q0", plain.ToString().Replace("-", " ").Trim());
            parts.Insert(0, "plainto_tsquery('english', @q0)");
        }
        return "SELECT " + string.Join(" && ", parts);
    }

    public override long DataVersion() => PostgresVersionWatcher.Known(_connectionString) ?? Convert.ToInt64(Scalar("SELECT value FROM meta WHERE key = 'version'"));

    /// <summary>Bumps the version and tells listening servers (delivered when the transaction commits).</summary>
    protected override void Bump(DbTransaction tx) => _bumped = Convert.ToInt64(Scalar($"""
        WITH v AS (UPDATE meta SET value = value + 1 WHERE key = 'version' RETURNING value)
        SELECT v.value, pg_notify('{PostgresVersionWatcher.Channel}', current_schema() || ':' || v.value) FROM v
        """, tx));

    /// <summary>Writes in this process are known to this process's watcher at once, before any notification.</summary>
    protected override void Commit(DbTransaction tx)
    {
        tx.Commit();
        PostgresVersionWatcher.Committed(_connectionString, _bumped);
    }
}
