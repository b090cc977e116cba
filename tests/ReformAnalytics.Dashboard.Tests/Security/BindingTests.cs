using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReformAnalytics.Dashboard.Tests.Security;

/// <summary>Where the dashboard may listen: this machine freely, anything else only with an access token.</summary>
public sealed class BindingTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("*")]
    [InlineData("192.168.1.20")]
    [InlineData("::")]
    public void Validate_NonLoopbackWithoutToken_RefusedWithReasonInChinese(string host)
    {
        var options = new DashboardOptions { DatabasePath = "x.duckdb", Host = host, ReadTokenFromEnvironment = false };

        var e = Assert.Throws<DashboardOptionsException>(options.Validate);

        Assert.Contains("不是本机回环地址", e.Message, StringComparison.Ordinal);
        Assert.Contains("--token", e.Message, StringComparison.Ordinal);
        Assert.Contains(DashboardOptions.TokenEnvironmentVariable, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("::1")]
    [InlineData("127.0.0.2")]
    public void Validate_LoopbackWithoutToken_Accepted(string host)
    {
        var options = new DashboardOptions { DatabasePath = "x.duckdb", Host = host, ReadTokenFromEnvironment = false };

        options.Validate();

        Assert.True(options.IsLoopbackOnly());
    }

    [Fact]
    public void Validate_NonLoopbackWithToken_Accepted()
    {
        var options = new DashboardOptions { DatabasePath = "x.duckdb", Host = "0.0.0.0", AccessToken = "s3cret-token", ReadTokenFromEnvironment = false };

        options.Validate();

        Assert.False(options.IsLoopbackOnly());
    }

    [Fact]
    public void Validate_ShortToken_Refused()
    {
        var options = new DashboardOptions { DatabasePath = "x.duckdb", Host = "0.0.0.0", AccessToken = "1234567", ReadTokenFromEnvironment = false };

        var e = Assert.Throws<DashboardOptionsException>(options.Validate);

        Assert.Contains("口令太短", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoDatabase_Refused(string path)
    {
        var options = new DashboardOptions { DatabasePath = path };

        var e = Assert.Throws<DashboardOptionsException>(options.Validate);

        Assert.Contains("--db", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownHost_Refused()
    {
        var options = new DashboardOptions { DatabasePath = "x.duckdb", Host = "my-server", ReadTokenFromEnvironment = false };

        Assert.Throws<DashboardOptionsException>(options.Validate);
    }

    [Fact]
    public async Task StartAsync_AllInterfacesWithoutToken_RefusedBeforeListening()
    {
        using var folder = new TempFolder();
        var options = new DashboardOptions { DatabasePath = folder.File("none.duckdb"), Host = "0.0.0.0", Port = 0, ReadTokenFromEnvironment = false };

        var e = await Assert.ThrowsAsync<DashboardOptionsException>(() => DashboardHost.StartAsync(options, CancellationToken.None));

        Assert.Contains("访问口令", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MissingDatabase_RefusedWithHowToMakeIt()
    {
        using var folder = new TempFolder();
        var options = new DashboardOptions { DatabasePath = folder.File("none.duckdb"), Port = 0, ReadTokenFromEnvironment = false };

        var e = await Assert.ThrowsAsync<DashboardOptionsException>(() => DashboardHost.StartAsync(options, CancellationToken.None));

        Assert.Contains("reform ingest", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PortInUse_RefusedWithAdvice()
    {
        using var folder = new TempFolder();
        await Support.FixtureCounty.CreateAsync(folder.File("county.duckdb"));
        var first = new DashboardOptions { DatabasePath = folder.File("county.duckdb"), Port = 0, WorkFolder = folder.Path, ReadTokenFromEnvironment = false };
        await using var running = await DashboardHost.StartAsync(first, CancellationToken.None);

        var second = new DashboardOptions { DatabasePath = first.DatabasePath, Port = running.Address.Port, WorkFolder = folder.Path, ReadTokenFromEnvironment = false };
        var e = await Assert.ThrowsAsync<DashboardOptionsException>(() => DashboardHost.StartAsync(second, CancellationToken.None));

        Assert.Contains("端口可能已被占用", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".。", e.Message, StringComparison.Ordinal); // the system's message ended in its own full stop
        await running.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Build_TheHostsLifecycleLog_IsSilent_TheRefreshersErrorsAreNot()
    {
        // Before, a port in use printed “fail: Microsoft.Extensions.Hosting.Internal.Host[11] Hosting failed to start” and
        // a stack trace, then the host's BackgroundService failure, around the Chinese message the command prints.
        using var folder = new TempFolder();
        await Support.FixtureCounty.CreateAsync(folder.File("county.duckdb"));
        var options = new DashboardOptions { DatabasePath = folder.File("county.duckdb"), Port = 0, WorkFolder = folder.Path, ReadTokenFromEnvironment = false };
        await using var app = DashboardHost.Build(options, []);

        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Microsoft.Extensions.Hosting.Internal.Host").IsEnabled(LogLevel.Critical));
        Assert.True(loggers.CreateLogger("ReformAnalytics.Dashboard.Data.MirrorRefresher").IsEnabled(LogLevel.Error));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Warning));
    }
}
