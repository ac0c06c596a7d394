using System.IO.Compression;
using System.Text;

namespace Faultline.Ingest;

/// <summary>Reads WARC 1.0/1.1 files record by record and yields the HTML responses they hold.</summary>
internal static class WarcReader
{
    public sealed record Page(string Url, byte[] Body, string? Charset);

    /// <summary>Yields pages as they are read; a truncated or corrupt file throws after the good records.</summary>
    public static IEnumerable<Page> Read(Stream input, long maxRecordBytes)
    {
        var stream = new BufferedStream(input, 65536);
        long offset = 0;
        while (true)
        {
            var headers = ReadHeaderBlock(stream, out var sawAny);
            if (!sawAny) yield break;
            if (headers.Count == 0) continue;
            if (!headers.TryGetValue("Content-Length", out var lenText) || !long.TryParse(lenText, out var length) || length < 0)
                throw new InputException($"WARC record at byte {offset} has no valid Content-Length");
            if (length > maxRecordBytes)
            {
                Skip(stream, length);
                offset += length;
                continue;
            }
            var block = new byte[length];
            int read = 0;
            while (read < length)
            {
                int n = stream.Read(block, read, (int)(length - read));
                if (n == 0) throw new InputException($"truncated WARC record at byte {offset} ({read} of {length} bytes)");
                read += n;
            }
            offset += length;
            headers.TryGetValue("WARC-Type", out var type);
            headers.TryGetValue("WARC-Target-URI", out var uri);
            headers.TryGetValue("Content-Type", out var contentType);
            uri = uri?.Trim('<', '>');
            if (type == "response" && contentType?.Contains("application/http", StringComparison.OrdinalIgnoreCase) == true)
            {
                var page = HttpPayload(block, uri ?? "warc:record", maxRecordBytes);
                if (page is not null) yield return page;
            }
            else if (type == "resource" && contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
                yield return new Page(uri ?? "warc:record", block, CharsetOf(contentType));
        }
    }

    static Dictionary<string, string> ReadHeaderBlock(Stream s, out bool sawAny)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        sawAny = false;
        bool started = false;
        while (ReadLine(s) is { } line)
        {
            sawAny = true;
            if (line.Length == 0) { if (started) return headers; continue; }
            if (!started)
            {
                if (!line.StartsWith("WARC/")) throw new InputException($"not a WARC record header: '{Trim(line)}'");
                started = true;
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (started) throw new InputException("truncated WARC record header");
        return headers;
    }

    static string Trim(string s) => s.Length > 40 ? s[..40] + "…" : s;

    static string? ReadLine(Stream s)
    {
        var sb = new StringBuilder();
        int b;
        while ((b = s.ReadByte()) >= 0)
        {
            if (b == '\n') return sb.ToString().TrimEnd('\r');
            sb.Append((char)b);
            if (sb.Length > 65536) throw new InputException("WARC header line longer than 64 KB");
        }
        return sb.Length > 0 ? sb.ToString() : null;
    }

    static void Skip(Stream s, long n)
    {
        var buffer = new byte[65536];
        while (n > 0)
        {
            int r = s.Read(buffer, 0, (int)Math.Min(buffer.Length, n));
            if (r == 0) throw new InputException("truncated WARC record");
            n -= r;
        }
    }

    /// <summary>The HTML body of an HTTP response record, or null when it is not a successful HTML page.</summary>
    static Page? HttpPayload(byte[] block, string url, long cap)
    {
        int headerEnd = IndexOf(block, "\r\n\r\n"u8, out int sep);
        if (headerEnd < 0) headerEnd = IndexOf(block, "\n\n"u8, out sep);
        if (headerEnd < 0) return null;
        var head = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n');
        var status = head[0].Split(' ');
        if (status.Length < 2 || !status[1].StartsWith('2')) return null;
        string? contentType = null, transfer = null, encoding = null;
        foreach (var h in head.Skip(1))
        {
            int colon = h.IndexOf(':');
            if (colon <= 0) continue;
            var name = h[..colon].Trim();
            var value = h[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType = value;
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) transfer = value;
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)) encoding = value;
        }
        if (contentType is not null && !contentType.Contains("html", StringComparison.OrdinalIgnoreCase)) return null;
        var body = block.AsSpan(headerEnd + sep).ToArray();
        if (transfer?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true) body = Dechunk(body);
        if (encoding?.Contains("gzip", StringComparison.OrdinalIgnoreCase) == true)
            body = Limits.ReadCapped(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), cap);
        return new Page(url, body, CharsetOf(contentType));
    }

    static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        int i = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return i < 0 ? null : contentType[(i + 8)..].Split(';')[0].Trim().Trim('"');
    }

    static int IndexOf(byte[] data, ReadOnlySpan<byte> pattern, out int length)
    {
        length = pattern.Length;
        return data.AsSpan().IndexOf(pattern);
    }

    static byte[] Dechunk(byte[] body)
    {
        var output = new MemoryStream();
        int pos = 0;
        while (pos < body.Length)
        {
            int lineEnd = Array.IndexOf(body, (byte)'\n', pos);
            if (lineEnd < 0) break;
            var sizeText = Encoding.ASCII.GetString(body, pos, lineEnd - pos).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size == 0) break;
            pos = lineEnd + 1;
            if (pos + size > body.Length) size = body.Length - pos;
            output.Write(body, pos, size);
            pos += size + 2;
        }
        return output.ToArray();
    }
}
