using System.CommandLine;
using Faultline.Store;

namespace Faultline.Cli;

/// <summary>`--db PATH | --pg CONN`: which store a verb reads or writes. --pg (or FAULTLINE_PG) picks PostgreSQL.</summary>
sealed class StoreOptions
{
    public Option<string> Db { get; }
    public Option<string?> Pg { get; } = new("--pg")
    {
        Description = "PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…) instead of the SQLite file; default: $FAULTLINE_PG",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("FAULTLINE_PG") is { Length: > 0 } pg ? pg : null,
    };

    public StoreOptions(string dbDescription, Func<string> defaultDb) =>
        Db = new Option<string>("--db") { Description = dbDescription, DefaultValueFactory = _ => defaultDb() };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Pg);
    }

    public StoreLocation Location(ParseResult p) =>
        p.GetValue(Pg) is { Length: > 0 } pg ? StoreLocation.Postgres(pg) : StoreLocation.Sqlite(p.GetValue(Db)!);

    /// <summary>Opens an existing store; reports in one line why not and returns null.</summary>
    public static IArticleStore? Open(StoreLocation location, bool mustExist = true)
    {
        if (mustExist && !location.Exists()) { Output.Error($"no store at {location.Describe()} (run faultline ingest first, or pass --db or --pg)"); return null; }
        try { return location.Open(); }
        catch (Exception e) when (StoreLocation.IsStoreError(e))
        {
            Output.Error($"cannot open store {location.Describe()}: {e.Message}");
            return null;
        }
    }
}
