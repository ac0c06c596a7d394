using System.IO.Compression;
using System.Text;

namespace Faultline.Nlp;

/// <summary>A model file could not be used: missing, truncated, corrupt, or of the wrong kind or version.</summary>
public sealed class ModelFileException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Model container: the ASCII line "faultline-model KIND VERSION\n", then a Brotli-compressed body
/// written by the model itself. The header is readable with `head -1`; the version guards against
/// loading weights built for other feature templates.
/// </summary>
public static class ModelFile
{
    const string Magic = "faultline-model";

    public static void Save(string path, string kind, int version, Action<BinaryWriter> writeBody)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var tmp = path + ".tmp";
        using (var fs = File.Create(tmp))
        {
            var header = Encoding.ASCII.GetBytes($"{Magic} {kind} {version}\n");
            fs.Write(header);
            using var brotli = new BrotliStream(fs, CompressionLevel.SmallestSize, leaveOpen: true);
            using var bw = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
            writeBody(bw);
            bw.Write(0x454E44u); // end marker: a truncated file fails loudly
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>The kind named in a model file's header line, or null when the file is missing or has no such line (loading it
    /// then says what is wrong).</summary>
    public static string? KindOf(string path)
    {
        try
        {
            using var fs = File.OpenRead(path);
            var parts = ReadHeader(fs);
            return parts.Length == 3 && parts[0] == Magic ? parts[1] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    public static T Load<T>(string path, string kind, int version, Func<BinaryReader, T> readBody) =>
        Load(path, kind, version, version, (br, _) => readBody(br));

    /// <summary>Reads a model file of any version from <paramref name="oldest"/> to <paramref name="version"/>; the body
    /// reader is told which.</summary>
    public static T Load<T>(string path, string kind, int oldest, int version, Func<BinaryReader, int, T> readBody)
    {
        if (!File.Exists(path))
            throw new ModelFileException($"model file not found: {path} (the {kind} model ships in data/models/; rebuild it with `faultline train`)");
        try
        {
            using var fs = File.OpenRead(path);
            var parts = ReadHeader(fs);
            if (parts.Length != 3 || parts[0] != Magic)
                throw new ModelFileException($"not a faultline model file: {path}");
            if (parts[1] != kind)
                throw new ModelFileException($"{path} holds a {parts[1]} model, expected {kind}");
            if (!int.TryParse(parts[2], out var v) || v < oldest || v > version)
                throw new ModelFileException($"{path} is {kind} model version {parts[2]}, this build reads version {(oldest == version ? version : $"{oldest} to {version}")}: retrain it with `faultline train`");
            using var brotli = new BrotliStream(fs, CompressionMode.Decompress);
            using var br = new BinaryReader(brotli, Encoding.UTF8);
            var model = readBody(br, v);
            if (br.ReadUInt32() != 0x454E44u) throw new InvalidDataException("end marker missing");
            return model;
        }
        catch (ModelFileException) { throw; }
        // (a body that is not Brotli data makes the decoder throw InvalidOperationException)
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or OutOfMemoryException
                                      or ArgumentException or OverflowException or IndexOutOfRangeException or FormatException
                                      or InvalidOperationException)
        {
            throw new ModelFileException($"corrupt {kind} model file {path}: {e.Message}", e);
        }
    }

    /// <summary>The header line's words ("faultline-model KIND VERSION"), read up to its newline (at most 100 characters).</summary>
    static string[] ReadHeader(Stream fs)
    {
        var line = new StringBuilder();
        int b;
        while ((b = fs.ReadByte()) >= 0 && b != '\n' && line.Length < 100) line.Append((char)b);
        return line.ToString().Split(' ');
    }

    public static void WriteStrings(BinaryWriter bw, IReadOnlyList<string> items)
    {
        bw.Write(items.Count);
        foreach (var s in items) bw.Write(s);
    }

    public static string[] ReadStrings(BinaryReader br, int max = 10_000_000)
    {
        int n = br.ReadInt32();
        if (n < 0 || n > max) throw new InvalidDataException("string table length out of range");
        var items = new string[n];
        for (int i = 0; i < n; i++) items[i] = string.Intern(br.ReadString());
        return items;
    }
}
