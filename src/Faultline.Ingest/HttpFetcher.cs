using System.Net;
using System.Net.Http.Headers;

namespace Faultline.Ingest;

/// <summary>Downloads one URL with a timeout, capped redirects and a size cap.</summary>
public sealed class HttpFetcher : IDisposable
{
    readonly HttpClient _client;
    readonly SourceOptions _options;

    public HttpFetcher(SourceOptions options, HttpMessageHandler? handler = null)
    {
        _options = options;
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.FetchTimeout,
        };
        _client = new HttpClient(handler) { Timeout = options.FetchTimeout };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Faultline", "0.1"));
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
    }

    public sealed record Response(Uri Url, byte[] Body, string? MediaType, string? Charset);

    /// <exception cref="InputException">for any failure, with a one-line reason.</exception>
    public async Task<Response> GetAsync(Uri url, CancellationToken ct)
    {
        if (url.Scheme is not ("http" or "https")) throw new InputException($"unsupported URL scheme '{url.Scheme}' (http and https only)");
        try
        {
            using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if ((int)response.StatusCode is >= 300 and < 400) throw new InputException($"too many redirects (more than {_options.MaxRedirects})");
            if (!response.IsSuccessStatusCode) throw new InputException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            var declared = response.Content.Headers.ContentLength;
            if (declared > _options.MaxPageBytes) throw new InputException($"response of {declared:N0} bytes is over the {_options.MaxPageBytes / 1048576} MB limit");
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            var body = await Limits.ReadCappedAsync(stream, _options.MaxPageBytes, ct);
            var finalUrl = response.RequestMessage?.RequestUri ?? url;
            return new Response(finalUrl, body, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new InputException($"timed out after {_options.FetchTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            throw new InputException($"could not fetch: {e.Message}");
        }
    }

    public void Dispose() => _client.Dispose();
}

internal static class Limits
{
    public static async Task<byte[]> ReadCappedAsync(Stream stream, long cap, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(buffer, ct)) > 0)
        {
            if (ms.Length + n > cap) throw new InputException($"larger than the {cap / 1048576} MB limit for one page");
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }

    public static byte[] ReadCapped(Stream stream, long cap)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (ms.Length + n > cap) throw new InputException($"larger than the {cap / 1048576} MB limit for one page");
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }
}
