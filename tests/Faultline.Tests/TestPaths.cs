namespace Faultline.Tests;

internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Faultline.slnx"))) return d.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    public static string Samples => Path.Combine(RepoRoot, "data", "samples");
    /// <summary>The sample corpus's folders, without the licence and attribution files beside them (as `demo` ingests it).</summary>
    public static string[] SampleCorpus => [.. new[] { "html", "scraped", "feeds", "archive" }.Select(d => Path.Combine(Samples, d))];
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "faultline-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
