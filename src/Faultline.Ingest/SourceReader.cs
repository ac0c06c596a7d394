using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Faultline.Core;

namespace Faultline.Ingest;

/// <summary>Turns what the user named (files, directories, URLs, feeds, WARC archives, "-" for
/// standard input) into documents to extract. Every problem becomes one <see cref="SourceError"/>
/// and the rest of the batch goes on.</summary>
public sealed class SourceReader(SourceOptions options, HttpFetcher? fetcher = null)
{
    public SourceOptions Options { get; } = options;

    public async IAsyncEnumerable<SourceResult> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var input in inputs)
        {
            ct.ThrowIfCancellationRequested();
            if (input == "-")
            {
                await foreach (var r in FromStdin(ct)) yield return r;
            }
            else if (LooksLikeUrl(input))
            {
                await foreach (var r in FromUrl(input, ct)) yield return r;
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in EnumerateDirectory(input))
                    await foreach (var r in FromFile(file, fromDirectory: true, ct)) yield return r;
            }
            else
            {
                await foreach (var r in FromFile(input, fromDirectory: false, ct)) yield return r;
            }
        }
    }

    static bool IsPaperwork(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var word in (ReadOnlySpan<string>)["LICENSE", "LICENCE", "COPYING", "README", "ATTRIBUTION", "NOTICE", "CHANGELOG"])
            if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (name.Length == word.Length || name[word.Length] is '-' or '_' or '.'))
                return true;
        return false;
    }

    static bool LooksLikeUrl(string input) =>
        input.Contains("://", StringComparison.Ordinal) && !input.StartsWith("file://", StringComparison.OrdinalIgnoreCase);

    static List<string> EnumerateDirectory(string dir)
    {
        var files = Directory.EnumerateFiles(dir, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            ReturnSpecialDirectories = false,
        }).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    static readonly HashSet<string> KnownExtensions =
        [".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".xml", ".rss", ".atom", ".warc", ".gz", ".php", ".asp", ".aspx", ".jsp", ""];

    async IAsyncEnumerable<SourceResult> FromFile(string path, bool fromDirectory, [EnumeratorCancellation] CancellationToken ct)
    {
        if (path.StartsWith("file://", StringComparison.OrdinalIgnoreCase)) path = new Uri(path).LocalPath;
        // In a directory, only what can be a page, feed or archive: pictures and stylesheets are skipped quietly, and so is a
        // collection's paperwork (LICENSE, COPYING, README, ATTRIBUTION, NOTICE, CHANGELOG: the sample corpus's licences had been
        // coded as news, "This License constitutes the entire agreement"); named on the command line, any file is read.
        if (fromDirectory && (!KnownExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()) || IsPaperwork(path))) yield break;
        byte[]? bytes = null;
        string? error = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) error = Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path)) ?? "/") ? "no such file" : "no such file or directory";
            else if (info.Length > Options.MaxPageBytes && !IsArchiveName(path))
                error = $"{info.Length:N0} bytes is over the {Options.MaxPageBytes / 1048576} MB limit for one page";
            else if (IsArchiveName(path))
            {
                // Archives stream record by record.
                bytes = null;
            }
            else bytes = await File.ReadAllBytesAsync(path, ct);
        }
        catch (UnauthorizedAccessException) { error = "permission denied"; }
        catch (IOException e) { error = $"cannot read: {e.Message}"; }
        if (error is not null) { yield return SourceResult.Fail(path, error); yield break; }

        if (bytes is null)
        {
            Stream? stream = null;
            try { stream = File.OpenRead(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { error = e is UnauthorizedAccessException ? "permission denied" : $"cannot read: {e.Message}"; }
            if (stream is null) { yield return SourceResult.Fail(path, error!); yield break; }
            using (stream)
                foreach (var r in FromArchiveStream(path, stream)) yield return r;
            yield break;
        }
        await foreach (var r in FromBytes(path, bytes, null, path, null, ct)) yield return r;
    }

    static bool IsArchiveName(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>A WARC file, plain or gzipped (one gzip member per record or the whole file).</summary>
    IEnumerable<SourceResult> FromArchiveStream(string source, Stream raw)
    {
        Stream stream = raw;
        var magic = new byte[2];
        int got = raw.Read(magic, 0, 2);
        raw.Seek(0, SeekOrigin.Begin);
        if (got == 2 && magic[0] == 0x1F && magic[1] == 0x8B) stream = new GZipStream(raw, CompressionMode.Decompress);
        var pages = WarcReader.Read(stream, Options.MaxPageBytes).GetEnumerator();
        int count = 0;
        bool failed = false;
        while (true)
        {
            SourceResult? next = null;
            bool done = false;
            try
            {
                if (pages.MoveNext())
                {
                    var p = pages.Current;
                    count++;
                    next = SourceResult.Ok(new RawDocument(p.Url, DocumentKind.Html, p.Body, p.Charset));
                }
                else done = true;
            }
            catch (InputException e) { next = SourceResult.Fail(source, e.Message + (count > 0 ? $" (after {count} pages)" : "")); done = true; }
            catch (InvalidDataException e) { next = SourceResult.Fail(source, $"corrupt or truncated gzip data: {e.Message}" + (count > 0 ? $" (after {count} pages)" : "")); done = true; }
            catch (IOException e) { next = SourceResult.Fail(source, $"cannot read: {e.Message}"); done = true; }
            if (next is { } n) { failed |= n.Error is not null; yield return n; }
            if (done) break;
        }
        if (count == 0 && !failed) yield return SourceResult.Fail(source, "WARC archive holds no HTML responses");
    }

    async IAsyncEnumerable<SourceResult> FromStdin([EnumeratorCancellation] CancellationToken ct)
    {
        byte[]? bytes = null;
        string? error = null;
        try { bytes = await Limits.ReadCappedAsync(Options.Stdin(), Options.MaxPageBytes, ct); }
        catch (InputException e) { error = e.Message; }
        catch (IOException e) { error = $"cannot read standard input: {e.Message}"; }
        if (bytes is null) { yield return SourceResult.Fail("stdin", error!); yield break; }
        await foreach (var r in FromBytes("stdin", bytes, null, null, null, ct)) yield return r;
    }

    async IAsyncEnumerable<SourceResult> FromUrl(string input, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!Uri.TryCreate(input, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || string.IsNullOrEmpty(url.Host))
        {
            yield return SourceResult.Fail(input, "not a valid http(s) URL");
            yield break;
        }
        if (fetcher is null) { yield return SourceResult.Fail(input, "fetching URLs is turned off"); yield break; }
        HttpFetcher.Response? response = null;
        string? error = null;
        try { response = await fetcher.GetAsync(url, ct); }
        catch (InputException e) { error = e.Message; }
        if (response is null) { yield return SourceResult.Fail(input, error!); yield break; }
        await foreach (var r in FromBytes(input, response.Body, response.Charset, response.Url.ToString(), response.Url, ct)) yield return r;
    }

    /// <summary>Sniffs bytes and dispatches: page, scraped text, feed, archive or gzip around any of them.</summary>
    async IAsyncEnumerable<SourceResult> FromBytes(string source, byte[] bytes, string? charset, string? name, Uri? baseUrl,
        [EnumeratorCancellation] CancellationToken ct, int depth = 0)
    {
        switch (Sniffer.Sniff(bytes, name))
        {
            case ContentType.Empty:
                yield return SourceResult.Fail(source, "empty input (no text)");
                break;
            case ContentType.Binary:
                yield return SourceResult.Fail(source, "binary data, not a web page, text, feed or WARC archive");
                break;
            case ContentType.Gzip:
                if (depth > 0) { yield return SourceResult.Fail(source, "nested gzip"); break; }
                using (var ms = new MemoryStream(bytes))
                {
                    var magicName = name is null ? null : name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
                    byte[]? inner = null;
                    string? error = null;
                    try { inner = Limits.ReadCapped(new GZipStream(ms, CompressionMode.Decompress), Options.MaxPageBytes); }
                    catch (InputException e) { error = e.Message; }
                    catch (InvalidDataException e) { error = $"corrupt or truncated gzip data: {e.Message}"; }
                    catch (EndOfStreamException) { error = "truncated gzip data"; }
                    // .NET's GZipStream ends quietly on a cut stream; the trailer's size field tells.
                    if (inner is not null && !inner.AsSpan().StartsWith("WARC/"u8) && !TrailerMatches(bytes, inner.Length))
                        (inner, error) = (null, "truncated gzip data (the file is cut short)");
                    if (inner is null) { yield return SourceResult.Fail(source, error!); break; }
                    if (inner.AsSpan().StartsWith("WARC/"u8))
                    {
                        foreach (var r in FromArchiveStream(source, new MemoryStream(inner))) yield return r;
                        break;
                    }
                    await foreach (var r in FromBytes(source, inner, charset, magicName, baseUrl, ct, depth + 1)) yield return r;
                }
                break;
            case ContentType.Warc:
                foreach (var r in FromArchiveStream(source, new MemoryStream(bytes))) yield return r;
                break;
            case ContentType.Feed:
                await foreach (var r in FromFeed(source, bytes, baseUrl, ct)) yield return r;
                break;
            case ContentType.Html:
                yield return SourceResult.Ok(new RawDocument(source, DocumentKind.Html, bytes, charset) { HintUrl = baseUrl?.ToString() });
                break;
            case ContentType.Text:
                yield return SourceResult.Ok(new RawDocument(source, DocumentKind.ScrapedText, bytes, charset) { HintUrl = baseUrl?.ToString() });
                break;
        }
    }

    async IAsyncEnumerable<SourceResult> FromFeed(string source, byte[] bytes, Uri? baseUrl, [EnumeratorCancellation] CancellationToken ct)
    {
        List<FeedReader.Item>? items = null;
        string? error = null;
        try { items = FeedReader.Parse(bytes, baseUrl); }
        catch (InputException e) { error = e.Message; }
        if (items is null) { yield return SourceResult.Fail(source, error!); yield break; }
        if (items.Count == 0) { yield return SourceResult.Fail(source, "feed has no items"); yield break; }
        int index = 0;
        foreach (var item in items)
        {
            index++;
            var label = item.Link ?? $"{source}#item{index}";
            var contentText = item.Content is null ? 0 : HtmlMetadata.Clean(StripTags(item.Content))?.Length ?? 0;
            bool fullText = contentText >= Options.FeedFullTextChars;
            if (!fullText && item.Link is not null && Options.FetchFeedLinks && fetcher is not null && Uri.TryCreate(item.Link, UriKind.Absolute, out var link))
            {
                HttpFetcher.Response? response = null;
                try { response = await fetcher.GetAsync(link, ct); }
                catch (InputException e) { error = e.Message; }
                if (response is null) { yield return SourceResult.Fail(label, error!); continue; }
                yield return SourceResult.Ok(new RawDocument(label, DocumentKind.Html, response.Body, response.Charset)
                    { HintTitle = item.Title, HintPublished = item.Published, HintUrl = response.Url.ToString() });
                continue;
            }
            if (contentText == 0)
            {
                yield return SourceResult.Fail(label, "feed item has no content" + (item.Link is null ? " and no link" : " (fetching links is off)"));
                continue;
            }
            // The item carries the article: wrap its HTML so the page extractor reads it like any page.
            var html = $"<html><head><title>{System.Net.WebUtility.HtmlEncode(item.Title ?? "")}</title></head><body><article>{item.Content}</article></body></html>";
            yield return SourceResult.Ok(new RawDocument(label, DocumentKind.Html, Encoding.UTF8.GetBytes(html), "utf-8")
                { HintTitle = item.Title, HintPublished = item.Published, HintUrl = item.Link });
        }
    }

    /// <summary>A single-member gzip ends with the uncompressed size mod 2^32.</summary>
    static bool TrailerMatches(byte[] gzip, int decompressedLength) =>
        gzip.Length >= 18 && BitConverter.ToUInt32(gzip, gzip.Length - 4) == (uint)decompressedLength;

    static string StripTags(string html)
    {
        var sb = new StringBuilder(html.Length);
        bool inTag = false;
        foreach (var c in html)
        {
            if (c == '<') inTag = true;
            else if (c == '>') { inTag = false; sb.Append(' '); }
            else if (!inTag) sb.Append(c);
        }
        return sb.ToString();
    }
}
