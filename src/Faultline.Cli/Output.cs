using System.Text.Encodings.Web;
using System.Text.Json;
using Faultline.Core;

namespace Faultline.Cli;

internal static class Output
{
    /// <summary>An actor for a table: its text and code, "(unstated)" when the sentence names no one (with the
    /// country guessed from where it happened, if any: "(unstated) [IRQ?]").</summary>
    public static string Actor(Faultline.Core.ActorRef a) =>
        a.Text.Length == 0 ? (a.Code is null ? "(unstated)" : $"(unstated) [{a.Code}?]") : $"{a.Text} [{a.Code ?? "?"}]";

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
