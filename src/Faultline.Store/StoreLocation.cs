using Npgsql;

namespace Faultline.Store;

/// <summary>Which store to open: a SQLite file (the embedded default) or a PostgreSQL database.</summary>
public sealed record StoreLocation
{
    public string? SqlitePath { get; }
    public string? PostgresConnection { get; }

    StoreLocation(string? sqlitePath, string? postgres) => (SqlitePath, PostgresConnection) = (sqlitePath, postgres);

    public static StoreLocation Sqlite(string path) => new(path, null);
    public static StoreLocation Postgres(string connectionString) => new(null, connectionString);

    public bool IsPostgres => PostgresConnection is not null;

    /// <summary>For messages: the file, or the PostgreSQL host and database (never the password).</summary>
    public string Describe()
    {
        if (!IsPostgres) return SqlitePath!;
        try
        {
            var b = new NpgsqlConnectionStringBuilder(PostgresConnection);
            return $"PostgreSQL {b.Database ?? b.Username} on {b.Host ?? "localhost"}{(b.SearchPath is { Length: > 0 } s ? $" (schema {s})" : "")}";
        }
        catch (ArgumentException) { return "PostgreSQL (unreadable connection string)"; }
    }

    /// <summary>Whether there is a store to read: a PostgreSQL database is created on first open, a SQLite file must exist.</summary>
    public bool Exists() => IsPostgres || File.Exists(SqlitePath);

    /// <param name="pooled">Reuse connections across instances, and on PostgreSQL follow the data version by notification
    /// (the HTTP server opens one store per request).</param>
    public IArticleStore Open(bool pooled = false) => IsPostgres ? new PostgresArticleStore(PostgresConnection!, watchVersion: pooled) : new SqliteArticleStore(SqlitePath!, pooled);

    /// <summary>Whether an exception is the store failing to open or answer (bad file, unreachable server, bad schema), not a bug.</summary>
    public static bool IsStoreError(Exception e) => e is Microsoft.Data.Sqlite.SqliteException or NpgsqlException or InvalidOperationException
        or IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException;
}
