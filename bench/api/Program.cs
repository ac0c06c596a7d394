// Generates a store of N synthetic events (Api.Bench DB N) for the API load benchmark: 10,000 articles,
// 40 actors (20 countries × GOV/MIL), CAMEO roots 01–20 with their QuadClass and Goldstein, dates over
// five years, a third of the events with a place, modalities in realistic shares.
using System.Diagnostics;
using Faultline.Store;
using Microsoft.Data.Sqlite;

var path = args[0];
int n = int.Parse(args[1]);
if (File.Exists(path)) File.Delete(path);
new SqliteArticleStore(path).Dispose(); // the schema
var sw = Stopwatch.StartNew();
using var db = new SqliteConnection($"Data Source={path}");
db.Open();
new SqliteCommand("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;", db).ExecuteNonQuery();
var rng = new Random(7);
string[] countries = ["PAK", "AFG", "IND", "IRN", "CHN", "USA", "RUS", "UKR", "ISR", "PSE", "SYR", "TUR", "SDN", "MLI", "NER", "BFA", "SAU", "YEM", "LBN", "IRQ"];
string[] roles = ["GOV", "MIL"];
double[] goldstein = [0, 0, 3, 4, 1, 3.5, 6, 7, 5, -2, -5, -2, -4, -4.4, -6.5, -7, -4, -7, -9, -10, -10];
string[] modalities = ["asserted", "asserted", "asserted", "asserted", "asserted", "reported", "claimed", "hypothetical", "negated", "denied"];
using (var tx = db.BeginTransaction())
{
    var a = new SqliteCommand("INSERT INTO articles (id, title, published, language, text, ingested_at, coded_at) VALUES ($id, $t, $p, 'en', $x, $now, $now)", db, tx);
    var s = new SqliteCommand("INSERT INTO article_sources (article_id, source, first_seen) VALUES ($id, $src, $now)", db, tx);
    for (int i = 0; i < 10_000; i++)
    {
        a.Parameters.Clear(); s.Parameters.Clear();
        a.Parameters.AddWithValue("$id", $"a{i:00000}"); a.Parameters.AddWithValue("$t", $"Article {i}");
        a.Parameters.AddWithValue("$p", new DateOnly(2021, 1, 1).AddDays(i % 1800).ToString("yyyy-MM-dd")); a.Parameters.AddWithValue("$x", $"Text of article {i}.");
        a.Parameters.AddWithValue("$now", "2025-01-01T00:00:00Z"); a.ExecuteNonQuery();
        s.Parameters.AddWithValue("$id", $"a{i:00000}"); s.Parameters.AddWithValue("$src", $"https://site{i % 50}.example/{i}"); s.Parameters.AddWithValue("$now", "2025-01-01T00:00:00Z");
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
    for (int i = 0; i < n; i++)
    {
        // a skewed dyad distribution: a few dyads carry most events, as in real news
        int c1 = Math.Min(countries.Length - 1, (int)(Math.Abs(rng.NextDouble() * rng.NextDouble()) * countries.Length));
        int c2 = (c1 + 1 + rng.Next(countries.Length - 1)) % countries.Length;
        int root = 1 + rng.Next(20);
        var src = countries[c1] + roles[rng.Next(2)];
        var tgt = countries[c2] + roles[rng.Next(2)];
        ps["$id"].Value = $"e{i:0000000}"; ps["$a"].Value = $"a{rng.Next(10_000):00000}";
        ps["$date"].Value = new DateOnly(2021, 1, 1).AddDays(rng.Next(1800)).ToString("yyyy-MM-dd");
        ps["$st"].Value = src; ps["$sc"].Value = src; ps["$tt"].Value = tgt; ps["$tc"].Value = tgt;
        ps["$cameo"].Value = $"{root:00}0"; ps["$root"].Value = $"{root:00}"; ps["$quad"].Value = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
        ps["$g"].Value = goldstein[root]; ps["$m"].Value = modalities[rng.Next(modalities.Length)];
        bool placed = rng.Next(3) == 0;
        ps["$place"].Value = placed ? "Somewhere" : DBNull.Value; ps["$country"].Value = placed ? countries[c2] : DBNull.Value;
        ps["$lat"].Value = placed ? 30.0 : DBNull.Value; ps["$lon"].Value = placed ? 70.0 : DBNull.Value;
        e.ExecuteNonQuery();
    }
    tx.Commit();
}
new SqliteCommand("ANALYZE;", db).ExecuteNonQuery();
Console.WriteLine($"generated {n:N0} events in 10,000 articles in {sw.Elapsed.TotalSeconds:F0} s: {path} ({new FileInfo(path).Length / (1024 * 1024)} MB)");
