using System.Text;

namespace Faultline.Ingest;

internal enum ContentType { Html, Text, Feed, Warc, Gzip, Binary, Empty }

/// <summary>Decides what bytes are from their first kilobytes, with the file name as a hint.</summary>
internal static class Sniffer
{
    public static ContentType Sniff(ReadOnlySpan<byte> bytes, string? name)
    {
        if (bytes.Length == 0) return ContentType.Empty;
        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B) return ContentType.Gzip;
        var headBytes = bytes[..Math.Min(bytes.Length, 8192)];
        if (headBytes.StartsWith("WARC/"u8)) return ContentType.Warc;
        if (LooksBinary(headBytes)) return ContentType.Binary;
        var head = Encoding.Latin1.GetString(headBytes[..Math.Min(headBytes.Length, 2048)]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (string.IsNullOrWhiteSpace(head)) return ContentType.Empty;
        var lower = head.ToLowerInvariant();
        var ext = name is null ? "" : Path.GetExtension(name).ToLowerInvariant();
        if (lower.Contains("<rss") || lower.Contains("<feed") || lower.Contains("<rdf:rdf")) return ContentType.Feed;
        if (ext is ".txt" or ".text") return ContentType.Text;
        if (ext is ".html" or ".htm" or ".xhtml" or ".shtml" or ".php" or ".asp" or ".aspx" or ".jsp") return ContentType.Html;
        if (lower.StartsWith("<!doctype html") || lower.Contains("<html") || lower.Contains("<head") || lower.Contains("<body")
            || lower.StartsWith("<p") || lower.StartsWith("<div") || lower.StartsWith("<article")) return ContentType.Html;
        return ContentType.Text;
    }

    static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return false; // UTF-16 text
        int control = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B)) control++;
        }
        return control > head.Length / 20;
    }
}
