using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>The demo's headline figures at the latest report month, read from the metric tables.</summary>
internal static class DemoOverview
{
    public static async Task<ReportMonth> LatestMonthAsync(string database, CancellationToken ct)
    {
        await using var connection = await ReformDatabase.OpenReadOnlyAsync(database, ct).ConfigureAwait(false);
        var latest = await ReformDatabase.ScalarAsync<DateTime>(connection, "SELECT max(report_month) FROM snapshots", ct).ConfigureAwait(false);
        return new ReportMonth(latest.Year, latest.Month);
    }

    public static async Task PrintAsync(string database, ReportMonth month, IAnsiConsole console, CancellationToken ct)
    {
        await using var connection = await ReformDatabase.OpenReadOnlyAsync(database, ct).ConfigureAwait(false);
        var rows = await new MetricQueries(connection).SummaryAsync(month, MetricGrouping.Ledger, ct).ConfigureAwait(false);
        var cells = rows.Select(r => new[]
        {
            LedgerNames.LabelOf(r.GroupName),
            Num(r.Tasks),
            Num(r.Completed),
            FigureText.Percent(r.CompletionRatePct),
            Num(r.Overdue),
            Num(r.Behind),
            FigureText.Number(r.AvgLagPp),
            Num(r.OpenEndedExcluded),
        }).ToList();
        ConsoleText.Line(console, Markup.Escape($"{month.Label}各台账完成情况（截至{month.StatusDateLabel}）"));
        console.Write(FittedTable.TableOrRecords(TableBorder.Simple, console.Profile.Width, ["台账", "任务数", "已完成", "完成率", "逾期", "滞后", "平均滞后(百分点)", "长期任务(未计入)"], cells));
    }

    private static string Num(int n) => FigureText.Count(n);
}
