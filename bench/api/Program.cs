// Generates a store of N synthetic events for the API load benchmark: 10,000 articles, 40 actors
// (20 countries × GOV/MIL), CAMEO roots 01–20 with their QuadClass and Goldstein, dates over five years,
// a third of the events with a place, modalities in realistic shares. The same seed gives the same rows
// on both backends:
//   Api.Bench DB.sqlite N            a SQLite store
//   Api.Bench --pg "Host=…" N        a PostgreSQL store (the tables of the connection's search path are replaced)
using System.Diagnostics;
using Faultline.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

if (args.Length < 2) { Console.Error.WriteLine("usage: Api.Bench DB N | Api.Bench --pg CONN N"); return 2; }
bool pg = args[0] == "--pg";
var target = pg ? args[1] : args[0];
int n = int.Parse(args[pg ? 2 : 1]);
var sw = Stopwatch.StartNew();
if (pg) WritePostgres(target);
else WriteSqlite(target);
Console.WriteLine($"generated {n:N0} events in 10,000 articles in {sw.Elapsed.TotalSeconds:F0} s: {(pg ? StoreLocation.Postgres(target).Describe() : $"{target} ({new FileInfo(target).Length / (1024 * 1024)} MB)")}");
return 0;

IEnumerable<Article> Articles()
{
    for (int i = 0; i < 10_000; i++)
        yield return new Article($"a{i:00000}", $"Article {i}", new DateOnly(2021, 1, 1).AddDays(i % 1800).ToString("yyyy-MM-dd"), $"Text of article {i}.", $"https://site{i % 50}.example/{i}");
}

IEnumerable<Event> Events()
{
    var rng = new Random(7);
    string[] countries = ["PAK", "AFG", "IND", "IRN", "CHN", "USA", "RUS", "UKR", "ISR", "PSE", "SYR", "TUR", "SDN", "MLI", "NER", "BFA", "SAU", "YEM", "LBN", "IRQ"];
    string[] roles = ["GOV", "MIL"];
    double[] goldstein = [0, 0, 3, 4, 1, 3.5, 6, 7, 5, -2, -5, -2, -4, -4.4, -6.5, -7, -4, -7, -9, -10, -10];
    string[] modalities = ["asserted", "asserted", "asserted", "asserted", "asserted", "reported", "claimed", "hypothetical", "negated", "denied"];
    for (int i = 0; i < n; i++)
    {
        // a skewed dyad distribution: a few dyads carry most events, as in real news
        int c1 = Math.Min(countries.Length - 1, (int)(Math.Abs(rng.NextDouble() * rng.NextDouble()) * countries.Length));
        int c2 = (c1 + 1 + rng.Next(countries.Length - 1)) % countries.Length;
        int root = 1 + rng.Next(20);
        var src = countries[c1] + roles[rng.Next(2)];
        var tgt = countries[c2] + roles[rng.Next(2)];
        var article = $"a{rng.Next(10_000):00000}";
        var date = new DateOnly(2021, 1, 1).AddDays(rng.Next(1800)).ToString("yyyy-MM-dd");
        var modality = modalities[rng.Next(modalities.Length)];
        bool placed = rng.Next(3) == 0;
        yield return new Event($"e{i:0000000}", article, date, src, tgt, $"{root:00}0", $"{root:00}", root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4,
            goldstein[root], modality, placed ? countries[c2] : null);
    }
}

void WriteSqlite(string path)
{
    if (File.Exists(path)) File.Delete(path);
    new SqliteArticleStore(path).Dispose(); // the schema
    using var db = new SqliteConnection($"Data Source={path}");
    db.Open();
    new SqliteCommand("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;", db).ExecuteNonQuery();
    using (var tx = db.BeginTransaction())
    {
        var a = new SqliteCommand("INSERT INTO articles (id, title, published, language, text, ingested_at, coded_at) VALUES ($id, $t, $p, 'en', $x, $now, $now)", db, tx);
        var s = new SqliteCommand("INSERT INTO article_sources (article_id, source, first_seen) VALUES ($id, $src, $now)", db, tx);
        foreach (var art in Articles())
        {
            a.Parameters.Clear(); s.Parameters.Clear();
            a.Parameters.AddWithValue("$id", art.Id); a.Parameters.AddWithValue("$t", art.Title);
            a.Parameters.AddWithValue("$p", art.Published); a.Parameters.AddWithValue("$x", art.Text);
            a.Parameters.AddWithValue("$now", "2025-01-01T00:00:00Z"); a.ExecuteNonQuery();
            s.Parameters.AddWithValue("$id", art.Id); s.Parameters.AddWithValue("$src", art.Source); s.Parameters.AddWithValue("$now", "2025-01-01T00:00:00Z");
            s.ExecuteNonQuery();
        }
        var e = new SqliteCommand("""
            INSERT INTO events (id, article_id, date, date_source, source_text, source_code, source_name, target_text, target_code, target_name, cameo, root, quad_class,
                goldstein, plover, modality, place, country, admin1, lat, lon, fatalities, sentence, start, "end", trigger_start, trigger_end, rule, confidence, story_id)
            VALUES ($id, $a, $date, 'text', $st, $sc, NULL, $tt, $tc, NULL, $cameo, $root, $quad, $g, NULL, $m, $place, $country, NULL, $lat, $lon, NULL,
                'A synthetic sentence for the benchmark.', 0, 40, 2, 8, 'bench', 0.8, $id)
            """, db, tx);
        var ps = new[] { "$id", "$a", "$date", "$st", "$sc", "$tt", "$tc", "$cameo", "$root", "$quad", "$g", "$m", "$place", "$country", "$lat", "$lon" }
            .ToDictionary(x => x, x => e.Parameters.Add(new SqliteParameter { ParameterName = x }));
        foreach (var ev in Events())
        {
            ps["$id"].Value = ev.Id; ps["$a"].Value = ev.ArticleId; ps["$date"].Value = ev.Date;
            ps["$st"].Value = ev.Source; ps["$sc"].Value = ev.Source; ps["$tt"].Value = ev.Target; ps["$tc"].Value = ev.Target;
            ps["$cameo"].Value = ev.Cameo; ps["$root"].Value = ev.Root; ps["$quad"].Value = ev.Quad; ps["$g"].Value = ev.Goldstein; ps["$m"].Value = ev.Modality;
            ps["$place"].Value = ev.Country is null ? DBNull.Value : "Somewhere"; ps["$country"].Value = (object?)ev.Country ?? DBNull.Value;
            ps["$lat"].Value = ev.Country is null ? DBNull.Value : 30.0; ps["$lon"].Value = ev.Country is null ? DBNull.Value : 70.0;
            e.ExecuteNonQuery();
        }
        tx.Commit();
    }
    new SqliteCommand("ANALYZE;", db).ExecuteNonQuery();
}

void WritePostgres(string connection)
{
    using (var c = new NpgsqlConnection(connection))
    {
        c.Open();
        new NpgsqlCommand("DROP TABLE IF EXISTS entities, events, article_bands, article_sources, articles, meta CASCADE", c).ExecuteNonQuery();
    }
    new PostgresArticleStore(connection).Dispose(); // the schema
    using var db = new NpgsqlConnection(connection);
    db.Open();
    using (var w = db.BeginBinaryImport("COPY articles (id, title, published, language, text, ingested_at, coded_at) FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var art in Articles())
        {
            w.StartRow();
            w.Write(art.Id); w.Write(art.Title); w.Write(art.Published); w.Write("en"); w.Write(art.Text); w.Write("2025-01-01T00:00:00Z"); w.Write("2025-01-01T00:00:00Z");
        }
        w.Complete();
    }
    using (var w = db.BeginBinaryImport("COPY article_sources (article_id, source, first_seen) FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var art in Articles()) { w.StartRow(); w.Write(art.Id); w.Write(art.Source); w.Write("2025-01-01T00:00:00Z"); }
        w.Complete();
    }
    using (var w = db.BeginBinaryImport("""
        COPY events (id, article_id, date, date_source, source_text, source_code, target_text, target_code, cameo, root, quad_class, goldstein, modality,
            place, country, lat, lon, sentence, start, "end", trigger_start, trigger_end, rule, confidence, story_id) FROM STDIN (FORMAT BINARY)
        """))
    {
        foreach (var ev in Events())
        {
            w.StartRow();
            w.Write(ev.Id); w.Write(ev.ArticleId); w.Write(ev.Date); w.Write("text"); w.Write(ev.Source); w.Write(ev.Source); w.Write(ev.Target); w.Write(ev.Target);
            w.Write(ev.Cameo); w.Write(ev.Root); w.Write(ev.Quad); w.Write(ev.Goldstein); w.Write(ev.Modality);
            if (ev.Country is null) { w.WriteNull(); w.WriteNull(); w.WriteNull(); w.WriteNull(); }
            else { w.Write("Somewhere"); w.Write(ev.Country); w.Write(30.0); w.Write(70.0); }
            w.Write("A synthetic sentence for the benchmark."); w.Write(0); w.Write(40); w.Write(2); w.Write(8); w.Write("bench"); w.Write(0.8); w.Write(ev.Id);
        }
        w.Complete();
    }
    new NpgsqlCommand("ANALYZE", db).ExecuteNonQuery();
}

record Article(string Id, string Title, string Published, string Text, string Source);
record Event(string Id, string ArticleId, string Date, string Source, string Target, string Cameo, string Root, int Quad, double Goldstein, string Modality, string? Country);
