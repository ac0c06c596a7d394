using System.Diagnostics;
using System.Threading.Channels;
using Faultline.Core;
using Faultline.Ingest;
using Faultline.Store;

namespace Faultline.Cli;

/// <summary>Counts of one ingest run.</summary>
public sealed class IngestReport
{
    public int Documents, Added, NewSources, Unchanged, Failed, Events;
    public readonly List<SourceError> Errors = [];
    public TimeSpan Elapsed;
    public override string ToString() =>
        $"{Documents} documents: {Added} new articles, {NewSources} new sources of stored articles, {Unchanged} unchanged, {Failed} failed, {Events} events coded ({Elapsed.TotalSeconds:0.0} s)";
}

/// <summary>Reads sources, extracts and codes articles on all cores, and stores them in batches (one
/// transaction per batch) with their entities and events. Errors are reported as they happen and never stop the run.</summary>
/// <param name="undatedAs">The date given to articles that carry none (plain text, pages without a date), so that their
/// events and relative times ("on Tuesday") can be dated; null leaves them undated.</param>
public sealed class IngestPipeline(SourceReader reader, ArticleExtractor extractor, IArticleStore store, Faultline.Coding.EventCoder? coder = null, int batchSize = 64,
    DateOnly? undatedAs = null)
{
    public async Task<IngestReport> RunAsync(IReadOnlyList<string> inputs, Action<SourceError>? onError, Action<IngestReport>? onProgress, CancellationToken ct)
    {
        var report = new IngestReport();
        var clock = Stopwatch.StartNew();
        var documents = Channel.CreateBounded<(RawDocument Document, InputTurn Turn)>(new BoundedChannelOptions(64) { SingleWriter = true });
        var articles = Channel.CreateBounded<(Article Article, CodedArticle? Coded)>(new BoundedChannelOptions(256) { SingleReader = true });
        var gate = new Lock();
        void Fail(SourceError e)
        {
            lock (gate) { report.Failed++; report.Documents++; report.Errors.Add(e); }
            onError?.Invoke(e);
        }

        var produce = Task.Run(async () =>
        {
            try
            {
                // the site's boilerplate is dropped in input order (each document's turn), so a batch stores the same text
                // every run
                var order = new InputOrder();
                await foreach (var r in reader.ReadAsync(inputs, ct))
                    if (r.Document is { } d) await documents.Writer.WriteAsync((d, order.Next()), ct);
                    else Fail(r.Error!);
            }
            finally { documents.Writer.Complete(); }
        }, ct);

        var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
        {
            await foreach (var (doc, turn) in documents.Reader.ReadAllAsync(ct))
            {
                var (article, error) = await extractor.ExtractInTurn(doc, turn);
                if (article is null) { Fail(new SourceError(doc.Source, error!)); continue; }
                if (article.Published is null && undatedAs is not null) article = article with { Published = undatedAs };
                CodedArticle? coded = null;
                try { coded = coder?.Code(article); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // a coder bug must not lose the article: store it uncoded and say so
                    onError?.Invoke(new SourceError(doc.Source, $"event coding failed: {e.Message}"));
                }
                await articles.Writer.WriteAsync((article, coded), ct);
            }
        }, ct)).ToArray();
        var closeArticles = Task.WhenAll(workers).ContinueWith(t => articles.Writer.Complete(t.Exception), TaskScheduler.Default);

        var batch = new List<(Article Article, CodedArticle? Coded)>(batchSize);
        void Flush()
        {
            if (batch.Count == 0) return;
            var results = store.AddBatch(batch.Select(b => b.Article).ToList());
            for (int i = 0; i < results.Count; i++)
            {
                // events belong to the stored text: a near-duplicate stored under another id keeps that text's events
                var (article, coded) = batch[i];
                if (coded is null || results[i].ArticleId != article.Id) continue;
                if (results[i].Outcome != StoreOutcome.Added && store.IsCoded(article.Id)) continue;
                store.SaveCoding(article.Id, coded.Entities, coded.Events);
                lock (gate) report.Events += coded.Events.Count;
            }
            lock (gate)
            {
                foreach (var r in results)
                {
                    report.Documents++;
                    switch (r.Outcome)
                    {
                        case StoreOutcome.Added: report.Added++; break;
                        case StoreOutcome.NewSource: report.NewSources++; break;
                        default: report.Unchanged++; break;
                    }
                }
            }
            batch.Clear();
            onProgress?.Invoke(report);
        }
        await foreach (var a in articles.Reader.ReadAllAsync(ct))
        {
            batch.Add(a);
            // Small batches while the run is young so progress shows up at once, full batches after.
            if (batch.Count >= (report.Documents < batchSize ? 8 : batchSize)) Flush();
        }
        Flush();
        await produce;
        await closeArticles;
        report.Elapsed = clock.Elapsed;
        onProgress?.Invoke(report);
        return report;
    }
}
