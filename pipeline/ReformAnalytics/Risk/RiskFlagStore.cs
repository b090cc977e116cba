using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// Stores a status date's scored tasks in the DuckDB table risk_flags (see risk_flags.sql; as_of = the status
/// date), with the horizon their probabilities are for, replacing that date's rows.
/// </summary>
internal static class RiskFlagStore
{
    public static async Task WriteAsync(DuckDBConnection connection, ReportMonth asOf, int horizonMonths, IReadOnlyList<RiskFlag> flags, CancellationToken cancellationToken)
    {
        await ReformDatabase.ExecuteAsync(connection, SqlResources.Load("Risk/risk_flags.sql"), cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction();
        await ReformDatabase.ExecuteAsync(connection, "DELETE FROM risk_flags WHERE as_of = $1", cancellationToken, asOf.StatusDate).ConfigureAwait(false);
        using (var appender = connection.CreateAppender("risk_flags"))
        {
            foreach (var flag in flags)
            {
                cancellationToken.ThrowIfCancellationRequested();
                appender.CreateRow()
                    .AppendValue(asOf.StatusDate)
                    .AppendValue(flag.TaskId)
                    .AppendValue(flag.Probability)
                    .AppendValue(flag.Rank)
                    .AppendValue(flag.Reasons.Select(r => r.Text).ToList())
                    .AppendValue(horizonMonths)
                    .EndRow();
            }
        }

        transaction.Commit();
    }
}
