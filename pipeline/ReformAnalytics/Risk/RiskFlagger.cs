using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// `reform risk flag`: scores every task open at a status date (has a deadline, not completed, not suspended, not
/// already red), ranks them by the probability of falling behind within the horizon, explains each with its top
/// three reasons, stores them in the DuckDB table risk_flags and optionally writes the 督察前风险清单 workbook.
/// </summary>
public static class RiskFlagger
{
    public static Task<RiskFlagResult> FlagAsync(DuckDBConnection connection, ReportMonth asOf, int top, string? xlsxPath, CancellationToken cancellationToken) =>
        FlagAsync(connection, asOf, new RiskFlagOptions { Top = top, XlsxPath = xlsxPath }, cancellationToken);

    public static async Task<RiskFlagResult> FlagAsync(DuckDBConnection connection, ReportMonth asOf, RiskFlagOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (asOf.Month == 12)
        {
            return new RiskFlagResult(asOf, 0, 0, [], string.Empty, null, DecemberMessage(asOf));
        }

        await RiskViews.InstallAsync(connection, cancellationToken).ConfigureAwait(false);
        var (trained, source, message) = await ModelAsync(connection, asOf, options, cancellationToken).ConfigureAwait(false);
        if (trained is null)
        {
            return new RiskFlagResult(asOf, options.Model.Horizon, 0, [], string.Empty, null, message);
        }

        var metadata = trained.Metadata;
        var horizon = EffectiveHorizon(metadata.Horizon, asOf);
        var settings = metadata.Settings.ToOptions(metadata.Horizon, metadata.IncludeAlreadyRed);
        var rows = await RiskDataset.LoadAsync(connection, settings, asOf.FirstDay, asOf.FirstDay, cancellationToken).ConfigureAwait(false);
        var probabilities = trained.Model.Predict(rows);
        var contributions = trained.Model.Explain(rows);
        var order = Enumerable.Range(0, rows.Count)
            .OrderByDescending(i => probabilities[i])
            .ThenBy(i => rows[i].TaskId, StringComparer.Ordinal)
            .ToList();
        var flags = order.Select((i, position) => Flag(rows[i], position + 1, probabilities[i], contributions[i])).ToList();
        await RiskFlagStore.WriteAsync(connection, asOf, horizon, flags, cancellationToken).ConfigureAwait(false);
        var shown = flags.Take(options.Top).ToList();
        string? xlsx = null;
        if (options.XlsxPath is { } path)
        {
            xlsx = await RiskFlagWorkbook.WriteAsync(path, asOf, horizon, rows.Count, shown, source, cancellationToken).ConfigureAwait(false);
        }

        return new RiskFlagResult(asOf, horizon, rows.Count, shown, source, xlsx, null);
    }

    /// <summary>
    /// The months a list at <paramref name="asOf"/> looks ahead: the model's horizon, cut at the December of the ledger year
    /// (docs/risk.md: a task's outcome window never crosses into the next year's ledger). October's list looks 2 months
    /// ahead, November's 1.
    /// </summary>
    public static int EffectiveHorizon(int horizon, ReportMonth asOf) => Math.Min(horizon, 12 - asOf.Month);

    /// <summary>Why there is no list at a December: nothing of the ledger year is left to foresee.</summary>
    public static string DecemberMessage(ReportMonth asOf) => string.Create(
        CultureInfo.InvariantCulture,
        $"{asOf.Year}年12月是年度台账的最后一个月，此后没有本年度的月份，风险模型无从预测（下一年度是新的台账）；年底未完成的任务见负面清单。督察前风险清单请用11月或更早的月份（如 --as-of {asOf.Previous()}）。");

    private static async Task<(RiskTrainedModel? Trained, string Source, string? Message)> ModelAsync(
        DuckDBConnection connection,
        ReportMonth asOf,
        RiskFlagOptions options,
        CancellationToken cancellationToken)
    {
        if (await RiskDatabase.MonthRangeAsync(connection, cancellationToken).ConfigureAwait(false) is not { } range)
        {
            return (null, string.Empty, "数据库中还没有任何台账快照：请先导入台账（reform ingest）。");
        }

        if (asOf < range.First || asOf > range.Last)
        {
            return (null, string.Empty, string.Create(CultureInfo.InvariantCulture, $"数据库中没有{asOf.Label}的台账快照；已有月份：{range.First.Label}至{range.Last.Label}。"));
        }

        if (options.ModelDirectory is { } directory
            && await RiskModelStore.ReadMetadataAsync(directory, cancellationToken).ConfigureAwait(false) is { } saved)
        {
            if (saved.AsOf > asOf)
            {
                return (null, string.Empty, string.Create(
                    CultureInfo.InvariantCulture,
                    $"保存的风险模型（{directory}）用到了截至{saved.AsOf.Label}的结果，晚于清单的统计月份{asOf.Label}，用它给{asOf.Label}打分等于用了“未来”的数据。请运行 reform risk train --as-of {asOf} 重新训练，或不指定模型。"));
            }

            var loaded = await RiskModelStore.LoadAsync(directory, cancellationToken).ConfigureAwait(false);
            return (loaded, string.Create(CultureInfo.InvariantCulture, $"使用保存的模型：截至{saved.AsOf.Label}训练，样本{saved.TrainingRows}个"), null);
        }

        var (trained, message) = await RiskModelFactory.TrainAsync(connection, asOf, options.Model, cancellationToken).ConfigureAwait(false);
        return trained is null
            ? (null, string.Empty, message)
            : (trained, string.Create(CultureInfo.InvariantCulture, $"按截至{asOf.Label}已知的结果训练，样本{trained.Metadata.TrainingRows}个"), null);
    }

    private static RiskFlag Flag(RiskRow row, int rank, float probability, RiskContribution contribution)
    {
        var f = row.Facts;
        return new RiskFlag(
            rank,
            row.TaskId,
            f.Ledger,
            f.TaskName,
            f.SpecialGroup,
            f.LeadUnit,
            f.Leader,
            f.Deadline,
            f.DeadlineText,
            f.Value("actual_pct"),
            f.Value("planned_pct"),
            f.StatusText,
            probability,
            RiskExplainer.Reasons(contribution, f))
        {
            TaskHeading = f.TaskHeading,
        };
    }
}
