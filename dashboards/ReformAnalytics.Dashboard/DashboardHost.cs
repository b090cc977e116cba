using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Hosting;
using ReformAnalytics.Dashboard.Security;

namespace ReformAnalytics.Dashboard;

/// <summary>
/// Starts the dashboard: what `reform serve --db FILE [--port 5080] [--host 127.0.0.1] [--token T]` calls.
/// Refuses (with <see cref="DashboardOptionsException"/>, a Chinese message) options that are unsafe or wrong,
/// e.g. a non-loopback address without an access token.
/// </summary>
public static class DashboardHost
{
    /// <summary>Runs until <paramref name="ct"/> is cancelled (Ctrl+C), printing the address to <paramref name="output"/>.</summary>
    public static async Task RunAsync(DashboardOptions options, TextWriter? output, CancellationToken ct)
    {
        var server = await StartAsync(options, ct).ConfigureAwait(false);
        await using (server.ConfigureAwait(false))
        {
            if (output is not null)
            {
                await output.WriteLineAsync($"改革任务台账看板已启动：{server.ShareLink}").ConfigureAwait(false);
                await output.WriteLineAsync($"数据来自 {Path.GetFullPath(options.DatabasePath)}；入库期间继续显示上一版完整数据，入库完成后自动更新。按 Ctrl+C 停止。").ConfigureAwait(false);
            }

            try
            {
                await server.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }
            finally
            {
                await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs until <paramref name="ct"/> is cancelled, printing the address to the console.</summary>
    public static Task RunAsync(DashboardOptions options, CancellationToken ct) => RunAsync(options, Console.Out, ct);

    /// <summary>Where the generic host logs its start, stop and failures; the command says what went wrong instead.</summary>
    internal const string HostLifecycleCategory = "Microsoft.Extensions.Hosting";

    /// <summary>Starts listening and returns once the first copy of the data is served.</summary>
    public static async Task<DashboardServer> StartAsync(DashboardOptions options, CancellationToken ct)
    {
        var app = Build(options, []);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new DashboardOptionsException($"无法在 {options.Host}:{options.Port} 上启动看板：{e.Message.TrimEnd('.', '。')}。端口可能已被占用，请换一个 --port。", e);
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = new Uri(addresses?.FirstOrDefault() ?? $"http://{options.Host}:{options.Port}/");
        return new DashboardServer(app, address, options.EffectiveToken());
    }

    /// <summary>Builds the application; <paramref name="args"/> are host arguments (the test factory passes its own).</summary>
    internal static WebApplication Build(DashboardOptions options, string[] args)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!File.Exists(options.DatabasePath))
        {
            throw new DashboardOptionsException($"找不到数据库文件“{options.DatabasePath}”。请先运行 reform ingest（或 reform demo）生成数据库，再用 --db 指向它。");
        }

        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The host's own lifecycle log: a port in use came out as English stack traces around the Chinese message the
        // command prints from the exception (StartAsync). The refresher logs its own failures under its own name.
        builder.Logging.AddFilter(HostLifecycleCategory, LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1 << 20;
            Listen(kestrel, options);
        });

        var workFolder = Path.Combine(options.WorkFolder ?? Path.GetTempPath(), "reform-dashboard-" + Guid.NewGuid().ToString("N")[..12]);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new DatabaseMirror(
            options.DatabasePath,
            workFolder,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DatabaseMirror>>(),
            options.DrawChartsEarly));
        builder.Services.AddHostedService<MirrorRefresher>();

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(() => RemoveWorkFolder(app.Services, workFolder));
        app.UseMiddleware<ErrorPageMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (options.EffectiveToken() is null)
        {
            app.UseMiddleware<LoopbackHostMiddleware>();
        }
        else
        {
            app.UseMiddleware<AccessTokenMiddleware>();
        }

        Endpoints.Map(app);
        return app;
    }

    private static void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, DashboardOptions options)
    {
        if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
        }
        else if (options.TryParseAddress(out var address) && address is not null)
        {
            kestrel.Listen(address, options.Port);
        }
        else
        {
            kestrel.ListenAnyIP(options.Port);
        }
    }

    private static void RemoveWorkFolder(IServiceProvider services, string folder)
    {
        services.GetRequiredService<DatabaseMirror>().DisposeAsync().AsTask().GetAwaiter().GetResult();
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A copy still held open by a last request; the system temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
