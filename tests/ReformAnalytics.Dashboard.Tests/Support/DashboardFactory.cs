using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ReformAnalytics.Dashboard.Data;

namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>
/// The dashboard in memory (TestServer), started through its own entry point with the arguments `reform serve`
/// would give. The background refresh is slowed to an hour: tests renew the copy by calling the mirror.
/// </summary>
public sealed class DashboardFactory(string databasePath, string workFolder, string? token = null, double queryTimeoutSeconds = 15)
    : WebApplicationFactory<DashboardOptions>
{
    internal DatabaseMirror Mirror => Services.GetRequiredService<DatabaseMirror>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("db", databasePath);
        builder.UseSetting("work-folder", workFolder);
        builder.UseSetting("token-from-env", "false");
        builder.UseSetting("refresh", "3600");
        builder.UseSetting("query-timeout", queryTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (token is not null)
        {
            builder.UseSetting("token", token);
        }
    }
}
