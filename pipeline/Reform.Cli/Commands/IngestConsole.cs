using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Ingest;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>Runs an ingest with a progress bar per stage on an interactive console, quietly otherwise.</summary>
internal static class IngestConsole
{
    public static async Task<IngestSummary> RunWithProgressAsync(IReadOnlyList<string> paths, IngestOptions options, CommandContext context, CancellationToken ct)
    {
        if (!context.Console.Profile.Capabilities.Interactive)
        {
            return await IngestRunner.RunAsync(paths, options, ct).ConfigureAwait(false);
        }

        IngestSummary? summary = null;
        await context.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async p =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new Progress<IngestProgress>(e =>
                {
                    if (!tasks.TryGetValue(e.Stage, out var task))
                    {
                        tasks[e.Stage] = task = p.AddTask(e.Stage, maxValue: Math.Max(1, e.Total));
                    }

                    task.MaxValue = Math.Max(1, e.Total);
                    task.Value = e.Done;
                });
                var withProgress = options.WithProgress(progress);
                summary = await IngestRunner.RunAsync(paths, withProgress, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return summary!;
    }
}
