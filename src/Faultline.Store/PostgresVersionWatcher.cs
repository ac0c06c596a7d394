using System.Collections.Concurrent;
using Npgsql;

namespace Faultline.Store;

/// <summary>
/// Keeps a PostgreSQL store's data version in memory for a long-running reader (the HTTP server), so that a
/// cached result costs no round trip: every write bumps the version and notifies channel faultline_version with
/// "schema:version" in its transaction; one listening connection per database applies the notifications. While
/// that connection is down the stores ask the database as before. Writes made in this process update the
/// version at once, so this process never serves a result older than its own writes.
/// </summary>
internal sealed class PostgresVersionWatcher
{
    public const string Channel = "faultline_version";
    static readonly ConcurrentDictionary<string, PostgresVersionWatcher> Watchers = new();

    readonly NpgsqlDataSource _source;
    long _version = -1;
    volatile bool _live;
    string? _schema;

    PostgresVersionWatcher(NpgsqlDataSource source)
    {
        _source = source;
        new Thread(Listen) { IsBackground = true, Name = "faultline-pg-version" }.Start();
    }

    public static void Start(string connectionString, NpgsqlDataSource source) => Watchers.GetOrAdd(connectionString, _ => new PostgresVersionWatcher(source));

    /// <summary>The version, when a live watcher knows it.</summary>
    public static long? Known(string connectionString) =>
        Watchers.TryGetValue(connectionString, out var w) && w._live ? Interlocked.Read(ref w._version) : null;

    /// <summary>A write in this process committed this version.</summary>
    public static void Committed(string connectionString, long version)
    {
        if (Watchers.TryGetValue(connectionString, out var w)) w.Raise(version);
    }

    void Raise(long version)
    {
        long seen;
        do { seen = Interlocked.Read(ref _version); }
        while (version > seen && Interlocked.CompareExchange(ref _version, version, seen) != seen);
    }

    void Listen()
    {
        while (true)
        {
            try
            {
                using var c = _source.OpenConnection();
                c.Notification += (_, e) =>
                {
                    var colon = e.Payload.LastIndexOf(':');
                    if (colon > 0 && e.Payload[..colon] == _schema && long.TryParse(e.Payload[(colon + 1)..], out var v)) Raise(v);
                };
                using (var cmd = new NpgsqlCommand($"LISTEN {Channel}", c)) cmd.ExecuteNonQuery();
                // listening first, then reading: no write can fall between the two unseen
                using (var cmd = new NpgsqlCommand("SELECT current_schema(), (SELECT value FROM meta WHERE key = 'version')", c))
                using (var r = cmd.ExecuteReader())
                {
                    r.Read();
                    _schema = r.GetString(0);
                    Raise(r.GetInt64(1));
                }
                _live = true;
                while (true) c.Wait();
            }
            catch (Exception)
            {
                _live = false;
                Thread.Sleep(1000); // the database went away: stores ask it directly until the watcher is back
            }
        }
    }
}
