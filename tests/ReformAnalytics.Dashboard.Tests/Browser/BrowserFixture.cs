using Microsoft.Playwright;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Browser;

/// <summary>
/// The dashboard listening for real (Kestrel, loopback, any free port) over the fixture county, and Debian's
/// Chromium driven by Playwright. No browser is downloaded: when Chromium is missing the tests fail and say so.
/// Screenshots and downloads go to <c>screenshots/</c> under the test output folder.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "REFORM_CHROMIUM";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly TempFolder _folder = new();
    private IPlaywright? _playwright;

    public DashboardServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(OutputFolder);
        await FixtureCounty.CreateAsync(_folder.File("county.duckdb"));
        Server = await DashboardHost.StartAsync(
            new DashboardOptions { DatabasePath = _folder.File("county.duckdb"), Port = 0, WorkFolder = _folder.Path, ReadTokenFromEnvironment = false },
            CancellationToken.None);
        if (!File.Exists(ChromiumPath))
        {
            // Kept for the tests to report: each browser test fails with this message instead of passing.
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page; fails with a clear message when Chromium is not installed.</summary>
    public async Task<IPage> NewPageAsync()
    {
        Assert.True(
            File.Exists(ChromiumPath),
            $"浏览器测试需要 Debian 的 Chromium：找不到 {ChromiumPath}。请先安装：apt-get install -y chromium（或用环境变量 {ChromiumVariable} 指定路径）。Browser tests need Chromium at {ChromiumPath}; no browser is downloaded.");
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = true,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            BaseURL = Server.Address.ToString(),
        });
        return await context.NewPageAsync();
    }

    public static string Output(string name) => Path.Combine(OutputFolder, name);

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await Server.StopAsync(CancellationToken.None);
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
