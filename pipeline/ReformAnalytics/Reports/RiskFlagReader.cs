using System.Collections;
using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reports;

/// <summary>
/// Reads table risk_flags (as_of DATE, task_id, probability, rank, reasons, horizon_months), written by the risk
/// stage, when it exists: the latest assessment on or before the status date, best rank first. A table from an
/// earlier version without horizon_months is read as if its horizon were unknown.
/// </summary>
public static class RiskFlagReader
{
    public static async Task<RiskFlags> ReadAsync(DuckDBConnection connection, ReportMonth asOf, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var exists = await ReformDatabase.ScalarAsync<long>(
            connection,
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'risk_flags' AND schema_name = current_schema()",
            cancellationToken).ConfigureAwait(false) > 0;
        if (!exists)
        {
            return RiskFlags.NotRun;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = SqlResources.Load("Reports/risk_flags.sql");
        command.Parameters.Add(new DuckDBParameter("status_date", asOf.StatusDate));
        command.Parameters.Add(new DuckDBParameter("month", asOf.FirstDay));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<RiskFlagRow>();
        DateOnly? assessed = null;
        var flagged = 0;
        var likely = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            assessed ??= reader.GetValue(0) switch { DateOnly d => d, DateTime t => DateOnly.FromDateTime(t), _ => null };
            flagged = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            likely = Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture);
            if (rows.Count < top)
            {
                rows.Add(new RiskFlagRow(
                    Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
                    Convert.ToString(reader.GetValue(3), CultureInfo.InvariantCulture) ?? string.Empty,
                    reader.IsDBNull(4) ? "（任务名称缺失）" : Convert.ToString(reader.GetValue(4), CultureInfo.InvariantCulture) ?? string.Empty,
                    reader.IsDBNull(5) ? null : Convert.ToString(reader.GetValue(5), CultureInfo.InvariantCulture),
                    Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture),
                    reader.IsDBNull(7) ? string.Empty : Reasons(reader.GetValue(7)))
                {
                    TaskHeading = reader.IsDBNull(9) ? null : Convert.ToString(reader.GetValue(9), CultureInfo.InvariantCulture),
                });
            }
        }

        return assessed is null
            ? RiskFlags.NotRun
            : new RiskFlags(true, assessed, flagged, rows) { HorizonMonths = await HorizonAsync(connection, assessed.Value, cancellationToken).ConfigureAwait(false), Likely = likely };
    }

    /// <summary>The horizon the assessment's probabilities are for; null when its table or rows did not record one.</summary>
    private static async Task<int?> HorizonAsync(DuckDBConnection connection, DateOnly assessed, CancellationToken cancellationToken)
    {
        var recorded = await ReformDatabase.ScalarAsync<long>(
            connection,
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'risk_flags' AND schema_name = current_schema() AND column_name = 'horizon_months'",
            cancellationToken).ConfigureAwait(false) > 0;
        return recorded
            ? await ReformDatabase.ScalarAsync<int?>(connection, "SELECT max(horizon_months) FROM risk_flags WHERE as_of = $1", cancellationToken, assessed).ConfigureAwait(false)
            : null;
    }

    /// <summary>reasons may be a list or one text; either way one line, items joined by '；'.</summary>
    private static string Reasons(object value) => value switch
    {
        string s => s,
        IEnumerable items => string.Join("；", items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)).Where(i => !string.IsNullOrWhiteSpace(i))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
