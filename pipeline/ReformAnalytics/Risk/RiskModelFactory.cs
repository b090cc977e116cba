using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// Trains the gradient-boosted trees on everything known at a status date: the rows whose outcome was settled by
/// then (outcome_month &lt;= as-of), split by task into the part the trees fit and the held-out part the Platt
/// calibration is fitted on.
/// </summary>
internal static class RiskModelFactory
{
    public const int HeldOutTopK = 20;

    public static async Task<(RiskTrainedModel? Trained, string? Message)> TrainAsync(
        DuckDBConnection connection,
        ReportMonth? asOf,
        RiskOptions options,
        CancellationToken cancellationToken)
    {
        if (await RiskDatabase.MonthRangeAsync(connection, cancellationToken).ConfigureAwait(false) is not { } range)
        {
            return (null, "数据库中还没有任何台账快照：请先导入台账（reform ingest）。");
        }

        var month = asOf ?? range.Last;
        if (month < range.First || month > range.Last)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"数据库中没有{month.Label}的台账快照；已有月份：{range.First.Label}至{range.Last.Label}。"));
        }

        var rows = await RiskDataset.LoadAsync(connection, options, null, month.FirstDay, cancellationToken).ConfigureAwait(false);
        var train = rows.Where(r => r.OutcomeKnownAt(month.FirstDay)).ToList();
        if (RiskHistory.TrainingShortfall(train, options, month, RiskHistory.OpenTasksPerMonth(rows)) is { } shortfall)
        {
            return (null, shortfall);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (fit, calibration) = RiskSplit.ByTask(train, options.CalibrationShare);
        var model = RiskModel.Train(fit, calibration, RiskLearner.FastTree, options);
        var heldOut = model.Predict(calibration).Select(p => (double)p).ToArray();
        var metrics = RiskMetrics.Compute(heldOut, heldOut, [.. calibration.Select(r => r.Label)], HeldOutTopK);
        var fingerprint = await RiskDataFingerprint.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
        var metadata = new RiskModelMetadata(
            RiskModelMetadata.CurrentVersion,
            "fast_tree",
            options.Horizon,
            options.IncludeAlreadyRed,
            month,
            ReportMonth.Of(train.Min(r => r.ReportMonth)),
            ReportMonth.Of(train.Max(r => r.ReportMonth)),
            train.Count,
            train.Select(r => r.TaskId).Distinct(StringComparer.Ordinal).Count(),
            fit.Count,
            calibration.Count,
            train.Count(r => r.Label),
            model.CalibratedOnHeldOut,
            metrics,
            fingerprint,
            RiskFeatures.All,
            RiskModelSettings.From(options),
            Definition(options));
        return (new RiskTrainedModel(model, metadata), null);
    }

    public static string Definition(RiskOptions options) => string.Create(
        CultureInfo.InvariantCulture,
        $"在办任务（有完成时限、未完成、未暂缓{(options.IncludeAlreadyRed ? string.Empty : "、当前未亮红灯")}）在此后{options.Horizon}个月内任一月逾期、亮红灯或到期未完成的概率。");
}
