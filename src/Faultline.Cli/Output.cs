using System.Text.Encodings.Web;
using System.Text.Json;
using Faultline.Core;

namespace Faultline.Cli;

internal static class Output
{
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The `faultline extract --format json` object of DESIGN.md (plus "id" and "url").</summary>
    public static string ArticleJson(Article a) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["source"] = a.Source,
        ["title"] = a.Title,
        ["published"] = a.Published?.ToString("yyyy-MM-dd"),
        ["byline"] = a.Byline,
        ["section"] = a.Section,
        ["language"] = a.Language,
        ["text"] = a.Text,
        ["id"] = a.Id,
        ["url"] = a.Url,
    }, Json);

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Json);

    public static void Error(string message) => Console.Error.WriteLine($"faultline: {message}");
}
