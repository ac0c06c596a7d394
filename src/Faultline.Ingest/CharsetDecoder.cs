using System.Text;
using System.Text.RegularExpressions;

namespace Faultline.Ingest;

/// <summary>Turns raw page bytes into text: BOM, then the declared charset (HTTP/WARC, then meta),
/// then strict UTF-8, then statistical detection, then Windows-1252 as the web's de-facto default.</summary>
public static partial class CharsetDecoder
{
    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? declared = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        var encoding = Lookup(declared) ?? Lookup(SniffMeta(bytes));
        // A page that says UTF-8 but is not valid UTF-8 is common; fall through to detection then.
        if (encoding is not null && encoding.CodePage != 65001) return encoding.GetString(bytes);
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { }
        var detected = Detect(bytes);
        return (detected ?? Encoding.GetEncoding(1252)).GetString(bytes);
    }

    public static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG: latin1 and ascii labels mean windows-1252.
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1") return Encoding.GetEncoding(1252);
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>The charset a page declares in its first 4 KB (meta charset or http-equiv).</summary>
    public static string? SniffMeta(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)].ToArray();
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(sample);
        var name = result.Detected?.EncodingName;
        if (result.Detected is null || result.Detected.Confidence < 0.3) return null;
        return Lookup(name);
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
