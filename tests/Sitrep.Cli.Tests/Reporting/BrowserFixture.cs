using Microsoft.Playwright;

namespace Sitrep.Cli.Tests.Reporting;

/// <summary>
/// Debian's chromium, found on PATH or at /usr/bin/chromium. Playwright drives it through ExecutablePath; Playwright's own
/// browser download is never run.
/// </summary>
internal static class Chromium
{
    public static readonly string? Path = Find();

    /// <summary>CI sets CI=true: there a missing browser is a failure, elsewhere the browser tests are skipped.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public const string Missing = "chromium is not installed (looked on PATH and at /usr/bin/chromium); " +
                                  "install it with: apt-get install -y chromium fonts-dejavu-core";

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                     .Append("/usr/bin"))
        {
            var candidate = System.IO.Path.Combine(dir, "chromium");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A browser test: skipped with the reason when chromium is absent, except under CI=true where it runs and fails.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.InCi) Skip = Chromium.Missing + "; browser test skipped (under CI=true it fails)";
    }
}

/// <inheritdoc cref="BrowserFactAttribute"/>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.Path is null && !Chromium.InCi) Skip = Chromium.Missing + "; browser test skipped (under CI=true it fails)";
    }
}

/// <summary>A browser test over the shared seed documents: skipped when ../shared/seeds is absent too.</summary>
public sealed class SeedBrowserTheoryAttribute : TheoryAttribute
{
    public SeedBrowserTheoryAttribute()
    {
        if (SharedSeeds.Directory is null) Skip = "../shared/seeds not found above " + AppContext.BaseDirectory + "; seed report not rendered";
        else if (Chromium.Path is null && !Chromium.InCi) Skip = Chromium.Missing + "; browser test skipped (under CI=true it fails)";
    }
}

/// <summary>The five reference documents in ../shared/seeds, read in place; found by walking up from the test binaries.</summary>
internal static class SharedSeeds
{
    public static readonly string? Directory = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(seeds)) return seeds;
        }
        return null;
    }
}

/// <summary>One headless chromium for all tests of a class; each test opens its own context (so its own viewport).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _launchError;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        _launchError ?? Chromium.Missing + (Chromium.InCi ? " (CI=true: the browser tests must run)" : ""));

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null) return;
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.Path,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-first-run",
                ],
            });
        }
        catch (PlaywrightException e)
        {
            _launchError = $"chromium at {Chromium.Path} did not start under Playwright: {e.Message}";
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
