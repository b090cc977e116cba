using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>Looks at the database file every <see cref="DashboardOptions.RefreshInterval"/> and renews the served copy.</summary>
internal sealed class MirrorRefresher(DatabaseMirror mirror, DashboardOptions options, TimeProvider time, ILogger<MirrorRefresher> logger) : BackgroundService
{
    /// <summary>Takes the first copy before the server starts listening, so the first page already has data.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await mirror.RefreshAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RefreshInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await mirror.RefreshAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Refreshing the database copy failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
