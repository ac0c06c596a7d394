using Faultline.Store;
using Npgsql;

namespace Faultline.Tests;

/// <summary>
/// The storage backends every store test runs against. SQLite always; PostgreSQL when FAULTLINE_TEST_PG holds a
/// connection string to a database the tests may create schemas in (.ci/run installs, starts and sets it).
/// Without it the PostgreSQL cases are reported as skipped, never as passed.
/// </summary>
public static class TestStores
{
    public const string Sqlite = "sqlite", Postgres = "postgres";

    public static string? PostgresConnection => Environment.GetEnvironmentVariable("FAULTLINE_TEST_PG") is { Length: > 0 } cs ? cs : null;

    public static IEnumerable<object[]> Backends => [[Sqlite], [Postgres]];

    /// <summary>A new, empty store location: a file in a temporary folder, or a fresh schema in the test database.</summary>
    public static StoreLocation New(string backend)
    {
        if (backend == Sqlite) return StoreLocation.Sqlite(Path.Combine(TestPaths.TempDir(), "store.db"));
        Skip.If(PostgresConnection is null, "FAULTLINE_TEST_PG is not set: the PostgreSQL backend is not tested here (.ci/run sets it)");
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(PostgresConnection))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        return StoreLocation.Postgres(new NpgsqlConnectionStringBuilder(PostgresConnection) { SearchPath = schema }.ConnectionString);
    }

    /// <summary>The command-line options that point a `faultline` verb at this store.</summary>
    public static string[] CliArgs(StoreLocation location) =>
        location.IsPostgres ? ["--pg", location.PostgresConnection!] : ["--db", location.SqlitePath!];
}
