using System.Globalization;

namespace ReformAnalytics.Dashboard;

/// <summary>
/// Runs the dashboard on its own (<c>dotnet run --project dashboards/ReformAnalytics.Dashboard -- --db reform.duckdb</c>);
/// `reform serve` calls <see cref="DashboardHost"/> directly. Arguments: --db, --host, --port, --token,
/// --work-folder, --query-timeout (seconds), --refresh (seconds), --token-from-env (true/false).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var config = new ConfigurationBuilder().AddCommandLine(args).Build();
        var options = new DashboardOptions
        {
            DatabasePath = config["db"] ?? string.Empty,
            Host = config["host"] ?? DashboardOptions.DefaultHost,
            Port = int.TryParse(config["port"], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : DashboardOptions.DefaultPort,
            AccessToken = config["token"],
            ReadTokenFromEnvironment = !string.Equals(config["token-from-env"], "false", StringComparison.OrdinalIgnoreCase),
            WorkFolder = config["work-folder"],
            QueryTimeout = Seconds(config["query-timeout"]) ?? TimeSpan.FromSeconds(15),
            RefreshInterval = Seconds(config["refresh"]) ?? TimeSpan.FromSeconds(2),
        };

        try
        {
            var app = DashboardHost.Build(options, args);
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (DashboardOptionsException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }
    }

    private static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? TimeSpan.FromSeconds(s) : null;
}
