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
        var values = new double?[RiskFeatures.NumericCount];
        var numeric = new float[RiskFeatures.NumericCount];
        for (var i = 0; i < values.Length; i++)
        {
            var column = RiskFeatures.Numeric[i].Column;
            values[i] = column switch
            {
                "optimistic_report" or "figure_missing" or "behind" => r.BoolOrNull(column) is { } b ? (b ? 1 : 0) : null,
                _ => r.DoubleOrNull(column),
            };
            numeric[i] = values[i] is { } v && double.IsFinite(v) ? (float)v : float.NaN;
        }

        var facts = new RiskTaskFacts(
            r.Text("ledger"),
            r.Text("task_name"),
            r.TextOrNull("special_group"),
            r.TextOrNull("lead_unit"),
            r.TextOrNull("leader"),
            r.DateOrNull("deadline"),
            r.TextOrNull("deadline_kind"),
            r.TextOrNull("task_kind"),
            r.TextOrNull("result_form"),
            r.TextOrNull("status"),
            r.TextOrNull("status_text"),
            r.TextOrNull("light"),
            r.TextOrNull("progress_text"),
            r.IntOrNull("unit_late") ?? 0,
            r.IntOrNull("leader_settled") ?? 0,
            values);
        return new RiskRow
        {
            Numeric = numeric,
            Ledger = Pooled(pool, facts.Ledger),
            TaskKind = Pooled(pool, facts.TaskKind),
            ResultForm = Pooled(pool, facts.ResultForm),
            SpecialGroup = Pooled(pool, facts.SpecialGroup),
            DeadlineKind = Pooled(pool, facts.DeadlineKind),
            Status = Pooled(pool, facts.Status),
            LightReason = Pooled(pool, r.TextOrNull("light_reason")),
            Narrative = facts.ProgressText ?? string.Empty,
            TaskId = r.Text("task_id"),
            ReportMonth = r.Date("report_month"),
            OutcomeMonth = r.Date("outcome_month"),
            FellBehind = r.BoolOrNull("fell_behind"),
            Label = r.BoolOrNull("fell_behind") ?? false,
            Facts = facts,
        };
    }

    /// <summary>Categorical values repeat a lot: keep one string per value (an empty one when not written).</summary>
    private static string Pooled(Dictionary<string, string> pool, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (!pool.TryGetValue(value, out var kept))
        {
            pool[value] = kept = value;
        }

        return kept;
    }
}
