using System.Diagnostics;
using System.Text.Json;

namespace Faultline.Tests;

/// <summary>End to end: the real `faultline` executable, as a user or a script runs it.</summary>
public class CliTests
{
    static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "faultline.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "faultline did not finish");
        return (p.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void ExtractPrintsOneJsonObjectPerInputAndOneErrorLinePerBadInput()
    {
        var dir = TestPaths.TempDir();
        var page = Directory.GetFiles(Path.Combine(TestPaths.Samples, "html")).Order().First(f => Path.GetFileName(f).StartsWith("20"));
        File.WriteAllBytes(Path.Combine(dir, "junk.html"), [0, 1, 2, 3, 255, 0, 7]);
        var (code, output, error) = Run("", "extract", page, Path.Combine(dir, "junk.html"), Path.Combine(dir, "missing.html"));
        Assert.Equal(1, code);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var json = JsonDocument.Parse(line).RootElement;
        foreach (var field in new[] { "source", "title", "published", "byline", "section", "language", "text" })
            Assert.True(json.TryGetProperty(field, out _), field);
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", json.GetProperty("published").GetString());
        Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("junk.html: binary data", error);
        Assert.Contains("missing.html: no such file", error);
    }

    [Fact]
    public void ExtractReadsStandardInput()
    {
        var html = "<html><head><title>Stdin story</title></head><body><article><p>Officials confirmed on Monday that the talks would resume in Geneva next week, with both delegations attending.</p></article></body></html>";
        var (code, output, _) = Run(html, "extract", "-", "--format", "text");
        Assert.Equal(0, code);
        Assert.Contains("# Stdin story", output);
        Assert.Contains("talks would resume in Geneva", output);
    }

    [Fact]
    public void IngestThenSearchThenIngestAgainChangesNothing()
    {
        var db = Path.Combine(TestPaths.TempDir(), "f.db");
        var (code, _, err) = Run("", "ingest", TestPaths.Samples, "--db", db, "--no-fetch");
        Assert.Equal(0, code);
        Assert.Contains("0 failed", err);
        Assert.Matches(@"\d+ new articles, 2 new sources", err); // the syndicated copies in the WARC
        var (code2, _, err2) = Run("", "ingest", TestPaths.Samples, "--db", db, "--no-fetch");
        Assert.Equal(0, code2);
        Assert.Contains(" 0 new articles, 0 new sources", err2);
        var (code3, output, _) = Run("", "search", "election", "--db", db, "--format", "json");
        Assert.Equal(0, code3);
        Assert.NotEmpty(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("[election]", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void UsageErrorsAreClear()
    {
        var (code, _, err) = Run("", "extract", "x.html", "--format", "yaml");
        Assert.NotEqual(0, code);
        Assert.Contains("yaml", err);
        var (code2, _, err2) = Run("", "search", "anything", "--db", Path.Combine(TestPaths.TempDir(), "none.db"));
        Assert.Equal(2, code2);
        Assert.Contains("no store at", err2);
    }
}
