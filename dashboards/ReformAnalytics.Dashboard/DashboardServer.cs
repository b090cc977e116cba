namespace ReformAnalytics.Dashboard;

/// <summary>A running dashboard, as <see cref="DashboardHost.StartAsync"/> returns it.</summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal DashboardServer(WebApplication app, Uri address, string? token)
    {
        _app = app;
        Address = address;
        ShareLink = token is null ? address : new Uri(address, "/?" + Security.AccessTokenMiddleware.QueryName + "=" + Uri.EscapeDataString(token));
    }

    /// <summary>Where the dashboard listens, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; }

    /// <summary>The link to hand to colleagues: <see cref="Address"/>, with the access token when one is set.</summary>
    public Uri ShareLink { get; }

    internal IServiceProvider Services => _app.Services;

    /// <summary>Completes when the dashboard stops; cancelling <paramref name="ct"/> stops it.</summary>
    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public Task StopAsync(CancellationToken ct) => _app.StopAsync(ct);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
