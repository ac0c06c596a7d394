// Article-extraction benchmark.
//   extract faultline|smartreader BENCH_DIR OUT.json  — one extractor over the benchmark's pages: writes
//       {"id": {"articleBody": ...}} for score.py and prints pages/s and the process's peak memory.
//   speed BENCH_DIR  — both extractors in one process, warm, passes interleaved so that both see the
//       same machine load; prints the median pages/s of each and the ratio.
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Faultline.Ingest;

var mode = args[0];
var dir = mode == "speed" ? args[1] : args[2];
var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "ground-truth.json"))).RootElement;
var pages = new List<(string Id, string Url, string Html)>();
foreach (var prop in truth.EnumerateObject())
{
    using var gz = new GZipStream(File.OpenRead(Path.Combine(dir, "html", prop.Name + ".html.gz")), CompressionMode.Decompress);
    using var ms = new MemoryStream();
    gz.CopyTo(ms);
    pages.Add((prop.Name, prop.Value.GetProperty("url").GetString()!, CharsetDecoder.Decode(ms.ToArray())));
}

var ours = new HtmlExtractor();
var extractors = new Dictionary<string, Func<string, string, string>>
{
    ["faultline"] = (html, url) => ours.Extract(html, url, url).Text,
    ["smartreader"] = (html, url) =>
    {
        var article = new SmartReader.Reader(url, html).GetArticle();
        return article.IsReadable ? article.TextContent ?? "" : "";
    },
};

double Pass(Func<string, string, string> extract)
{
    var sw = Stopwatch.StartNew();
    foreach (var p in pages) extract(p.Html, p.Url);
    return pages.Count / sw.Elapsed.TotalSeconds;
}

if (mode == "speed")
{
    const int warmup = 3, passes = 9;
    foreach (var x in extractors.Values) for (int i = 0; i < warmup; i++) Pass(x);
    var rates = extractors.Keys.ToDictionary(k => k, _ => new List<double>());
    for (int i = 0; i < passes; i++)
        foreach (var (name, x) in extractors) rates[name].Add(Pass(x));
    double Median(List<double> r) { r.Sort(); return r[r.Count / 2]; }
    double a = Median(rates["faultline"]), b = Median(rates["smartreader"]);
    Console.WriteLine(JsonSerializer.Serialize(new { faultline_pages_per_sec = Math.Round(a, 1), smartreader_pages_per_sec = Math.Round(b, 1), ratio = Math.Round(a / b, 2) }));
    return;
}

var which = args[1];
var extractOne = extractors[which];
var output = new Dictionary<string, object>();
var total = Stopwatch.StartNew();
foreach (var p in pages) output[p.Id] = new { articleBody = extractOne(p.Html, p.Url) };
total.Stop();
File.WriteAllText(args[3], JsonSerializer.Serialize(output));
var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
Console.WriteLine(JsonSerializer.Serialize(new { extractor = which, pages = pages.Count, cold_pages_per_sec = Math.Round(pages.Count / total.Elapsed.TotalSeconds, 1), peak_mb = Math.Round(peakMb, 1) }));
