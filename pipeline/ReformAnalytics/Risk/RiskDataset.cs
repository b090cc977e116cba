using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Risk;

/// <summary>Reads rows of risk_examples(horizon, include_red) into <see cref="RiskRow"/>s, in a fixed order.</summary>
internal static class RiskDataset
{
    /// <summary>
    /// The population rows with report months from <paramref name="from"/> to <paramref name="to"/> (first days of
    /// months, inclusive; null = unbounded), ordered by report month, ledger and task.
    /// </summary>
    public static async Task<List<RiskRow>> LoadAsync(
        DuckDBConnection connection,
        RiskOptions options,
        DateOnly? from,
        DateOnly? to,
        CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"""
            SELECT * FROM risk_examples({options.Horizon}, {(options.IncludeAlreadyRed ? "true" : "false")})
            WHERE ($from IS NULL OR report_month >= $from) AND ($to IS NULL OR report_month <= $to)
            ORDER BY report_month, ledger, task_id
            """);
        command.Parameters.Add(new DuckDBParameter("from", from.HasValue ? from.Value : DBNull.Value));
        command.Parameters.Add(new DuckDBParameter("to", to.HasValue ? to.Value : DBNull.Value));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var columns = new ColumnReader(reader);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<RiskRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(Read(columns, pool));
        }

        return rows;
    }

    private static RiskRow Read(ColumnReader r, Dictionary<string, string> pool)
    {
        var values = new double[RiskFeatures.NumericCount];
        var numeric = new float[RiskFeatures.NumericCount];
        for (var i = 0; i < numeric.Length; i++)
        {
            var column = RiskFeatures.Numeric[i].Column;
            var value = column switch
            {
                "optimistic_report" or "figure_missing" or "behind" => r.BoolOrNull(column) is { } b ? (b ? 1 : 0) : null,
                _ => r.DoubleOrNull(column),
            };
            values[i] = value is { } v && double.IsFinite(v) ? v : double.NaN;
            numeric[i] = (float)values[i];
        }

        var facts = new RiskTaskFacts(
            Pooled(pool, r.Text("ledger")),
            Pooled(pool, r.Text("task_name")),
            Pooled(pool, r.TextOrNull("special_group")),
            Pooled(pool, r.TextOrNull("lead_unit")),
            Pooled(pool, r.TextOrNull("leader")),
            r.DateOrNull("deadline"),
            Pooled(pool, r.TextOrNull("deadline_text")),
            Pooled(pool, r.TextOrNull("deadline_kind")),
            Pooled(pool, r.TextOrNull("task_kind")),
            Pooled(pool, r.TextOrNull("result_form")),
            Pooled(pool, r.TextOrNull("status")),
            Pooled(pool, r.TextOrNull("status_text")),
            Pooled(pool, r.TextOrNull("light")),
            r.TextOrNull("progress_text"),
            r.IntOrNull("unit_late") ?? 0,
            r.IntOrNull("leader_settled") ?? 0,
            values)
        {
            TaskHeading = Pooled(pool, r.TextOrNull("task_heading")),
        };
        return new RiskRow
        {
            Numeric = numeric,
            Ledger = facts.Ledger,
            TaskKind = facts.TaskKind ?? string.Empty,
            ResultForm = facts.ResultForm ?? string.Empty,
            SpecialGroup = facts.SpecialGroup ?? string.Empty,
            DeadlineKind = facts.DeadlineKind ?? string.Empty,
            Status = facts.Status ?? string.Empty,
            LightReason = Pooled(pool, r.TextOrNull("light_reason")) ?? string.Empty,
            Narrative = facts.ProgressText ?? string.Empty,
            TaskId = Pooled(pool, r.Text("task_id")),
            ReportMonth = r.Date("report_month"),
            OutcomeMonth = r.Date("outcome_month"),
            FellBehind = r.BoolOrNull("fell_behind"),
            Label = r.BoolOrNull("fell_behind") ?? false,
            Facts = facts,
        };
    }

    /// <summary>Names and categories repeat month after month: keep one string per value.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    private static string? Pooled(Dictionary<string, string> pool, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!pool.TryGetValue(value, out var kept))
        {
            pool[value] = kept = value;
        }

        return kept;
    }
}
