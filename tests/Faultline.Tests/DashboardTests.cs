using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Faultline.Tests;

/// <summary>
/// The dashboard in a real browser: Debian's Chromium driven by playwright-core (web/e2e/dashboard.mjs) against
/// `faultline serve` over the ingested sample corpus. Screenshots of each view go to TestResults/screenshots.
/// Needs Node.js, web/node_modules (the build installs it) and /usr/bin/chromium; .ci/run installs Chromium and sets
/// FAULTLINE_TEST_BROWSER=1, which turns a missing piece into a failure instead of a skip.
/// </summary>
public partial class DashboardTests
{
    static readonly string Web = Path.Combine(TestPaths.RepoRoot, "web");

    static void RequireTools(bool browser)
    {
        var missing = new List<string>();
        if (!File.Exists(Path.Combine(Web, "node_modules", ".package-lock.json"))) missing.Add("web/node_modules (npm was not found when building)");
        if (browser && !File.Exists(Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium")) missing.Add("/usr/bin/chromium (apt-get install chromium)");
        if (missing.Count == 0) return;
        var why = "not available: " + string.Join(", ", missing);
        if (Environment.GetEnvironmentVariable("FAULTLINE_TEST_BROWSER") == "1") Assert.Fail(why);
        Skip.If(true, why);
    }

    static (int Code, string Out) Run(string file, string workDir, int timeoutMs, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // CI runners may set FORCE_COLOR; the assertions below read plain text.
        psi.Environment.Remove("FORCE_COLOR");
        psi.Environment["NO_COLOR"] = "1";
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs)) { p.Kill(entireProcessTree: true); Assert.Fail($"{file} {string.Join(' ', args)} did not finish in {timeoutMs / 1000} s"); }
        return (p.ExitCode, AnsiEscape().Replace(output.Result + error.Result, ""));
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    [SkippableFact]
    public async Task EveryViewShowsTheSampleCorpusInABrowser()
    {
        RequireTools(browser: true);
        var faultline = Path.Combine(AppContext.BaseDirectory, "faultline.dll");
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html")), "the build did not copy the dashboard to wwwroot/");
        var db = Path.Combine(TestPaths.TempDir(), "dashboard.db");
        var (code, output) = Run("dotnet", TestPaths.RepoRoot, 300_000, [faultline, "ingest", .. TestPaths.SampleCorpus, "--db", db, "--no-fetch", "--quiet"]);
        Assert.True(code == 0, output);

        var url = $"http://127.0.0.1:{FreePort()}";
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { faultline, "serve", "--db", db, "--urls", url }) psi.ArgumentList.Add(a);
        using var server = Process.Start(psi)!;
        try
        {
            using var http = new HttpClient();
            var up = false;
            for (int i = 0; i < 100 && !up && !server.HasExited; i++)
            {
                try { up = (await http.GetAsync($"{url}/healthz")).IsSuccessStatusCode; } catch (HttpRequestException) { await Task.Delay(200); }
            }
            Assert.True(up, "faultline serve did not come up");
            var index = await http.GetStringAsync(url + "/");
            Assert.Contains("<title>Faultline</title>", index);

            var shots = Path.Combine(TestPaths.RepoRoot, "TestResults", "screenshots");
            (code, output) = Run("node", Web, 240_000, "e2e/dashboard.mjs", url, shots);
            Assert.True(code == 0, output);
            Assert.Contains("dashboard: all checks passed", output);
            foreach (var name in new[] { "1-overview", "2-evidence", "3-article", "4-dyad", "5-network", "6-map", "7-search" })
                Assert.True(new FileInfo(Path.Combine(shots, name + ".png")).Length > 10_000, $"screenshot {name} is missing or blank");
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
        }
    }

    [SkippableFact]
    public void TheDashboardsUnitTestsPass()
    {
        RequireTools(browser: false);
        var (code, output) = Run("node", Web, 120_000, "node_modules/vitest/vitest.mjs", "run");
        Assert.True(code == 0, output);
        Assert.Matches(@"Tests\s+\d+ passed", output);
    }
}
