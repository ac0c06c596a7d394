// NLP throughput: tokenise + sentences + tag + parse + NER (+ times and quantities) over the sample
// corpus's article bodies, warm, on one thread and then on all cores; allocations per token; a
// per-stage split. Usage: Nlp.Bench MODEL_DIR SAMPLES_DIR [seconds per measurement] [tagger file in MODEL_DIR]
// [parser file in MODEL_DIR] ("-" for the default tagger)
using System.Diagnostics;
using Faultline.Core;
using Faultline.Ingest;
using Faultline.Nlp;

var modelDir = args[0];
var samples = args[1];
double seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
string? tagger = args.Length > 3 && args[3] != "-" ? args[3] : null;
string? parser = args.Length > 4 ? args[4] : null;

var load = Stopwatch.StartNew();
var nlp = NlpPipeline.Load(modelDir, tagger, parser);
Console.WriteLine($"models loaded in {load.ElapsedMilliseconds} ms (tagger {Path.GetFileName(NlpPipeline.TaggerPath(modelDir, tagger))}, parser {Path.GetFileName(NlpPipeline.ParserPath(modelDir, parser))})");

// the article bodies of the sample corpus, as `faultline ingest` would see them
var options = new SourceOptions { FetchFeedLinks = false };
var reader = new SourceReader(options, new HttpFetcher(options));
var extractor = new ArticleExtractor();
var texts = new List<(string Text, DateOnly? Date)>();
await foreach (var r in reader.ReadAsync([samples], CancellationToken.None))
{
    if (r.Document is null) continue;
    var (article, _) = extractor.Extract(r.Document);
    if (article is not null) texts.Add((article.Text, article.Published));
}
long tokens = texts.Sum(t => (long)Tokenizer.Tokenize(t.Text).Count);
Console.WriteLine($"corpus: {texts.Count} articles, {tokens:N0} tokens ({tokens / Math.Max(1, texts.Count)} per article)");

// warm-up (JIT, tiered compilation)
for (int i = 0; i < 3; i++) foreach (var (t, d) in texts) nlp.Process(t, d);

(double TokensPerSecond, double BytesPerToken) Single(Func<string, DateOnly?, object> work)
{
    long done = 0;
    long before = GC.GetAllocatedBytesForCurrentThread();
    var sw = Stopwatch.StartNew();
    while (sw.Elapsed.TotalSeconds < seconds)
    {
        foreach (var (t, d) in texts) work(t, d);
        done += tokens;
    }
    sw.Stop();
    long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
    return (done / sw.Elapsed.TotalSeconds, (double)bytes / done);
}

var full = Single((t, d) => nlp.Process(t, d));
Console.WriteLine($"full pipeline, 1 thread: {full.TokensPerSecond:N0} tokens/s, {full.BytesPerToken:N0} bytes allocated per token");

// per stage: tokenise+split, then + tag, then + parse (NER and the rest make up the remainder)
var split = Single((t, _) => { var toks = Tokenizer.Tokenize(t); return nlp.Splitter.Split(t, toks); });
var tag = Single((t, _) =>
{
    var list = Tokenizer.Tokenize(t);
    var sents = nlp.Splitter.Split(t, list);
    var arr = list.ToArray();
    foreach (var s in sents) nlp.Tagger.Tag(t, arr, s.FirstToken, s.EndToken);
    return arr;
});
var parse = Single((t, d) => nlp.Process(t, d, parse: true));
var noParse = Single((t, d) => nlp.Process(t, d, parse: false));
Console.WriteLine($"stages (tokens/s, 1 thread): tokenise+sentences {split.TokensPerSecond:N0}; +tag {tag.TokensPerSecond:N0}; " +
                  $"all but parse {noParse.TokensPerSecond:N0}; all {parse.TokensPerSecond:N0}");

// all cores: articles spread over threads, one shared pipeline
int cores = Environment.ProcessorCount;
long parallelDone = 0;
var psw = Stopwatch.StartNew();
while (psw.Elapsed.TotalSeconds < seconds)
{
    Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = cores }, t => nlp.Process(t.Text, t.Date));
    parallelDone += tokens;
}
psw.Stop();
double multi = parallelDone / psw.Elapsed.TotalSeconds;
Console.WriteLine($"full pipeline, {cores} threads: {multi:N0} tokens/s ({multi / full.TokensPerSecond:F2}x one thread)");

// the whole `faultline code` pipeline (NLP + actors + places + events), articles per second
var coder = Faultline.Coding.EventCoder.Load(Path.GetDirectoryName(Path.GetFullPath(modelDir))!, null, modelDir, tagger, parser);
var articles = texts.Select(t => new Article("bench", null, t.Date, null, null, "en", t.Text)).ToList();
foreach (var a in articles) coder.Code(a);
int eventsCoded = 0, codedArticles = 0;
var csw = Stopwatch.StartNew();
while (csw.Elapsed.TotalSeconds < seconds) foreach (var a in articles) { eventsCoded += coder.Code(a).Events.Count; codedArticles++; }
csw.Stop();
Console.WriteLine($"faultline code, 1 thread: {codedArticles / csw.Elapsed.TotalSeconds:N1} articles/s ({eventsCoded / Math.Max(1, codedArticles / articles.Count)} events per pass over the corpus)");
long codedParallel = 0;
var cpsw = Stopwatch.StartNew();
while (cpsw.Elapsed.TotalSeconds < seconds)
{
    Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = cores }, a => coder.Code(a));
    codedParallel += articles.Count;
}
cpsw.Stop();
Console.WriteLine($"faultline code, {cores} threads: {codedParallel / cpsw.Elapsed.TotalSeconds:N1} articles/s");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
