using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Loads the tasks already stored for a ledger year — each with its latest name, lead unit, special group and month, and
/// what its latest row said (<see cref="TaskState"/>) —
/// leaving out the months this run replaces, so a corrected re-send is matched against the other months. They
/// are listed in task-id order; tasks new in this run follow in the order they first appear.
/// </summary>
internal static class TaskIdentityLoader
{
    public static async Task<TaskIndex> LoadAsync(DuckDBConnection connection, Ledger ledger, int year, IReadOnlyList<ReportMonth> replaced, CancellationToken ct)
    {
        var excluded = replaced.Count == 0
            ? string.Empty
            : " AND report_month NOT IN (" + string.Join(", ", replaced.Select(m => "DATE '" + m.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'")) + ")";
        var heading = await StoredColumn.TaskHeadingAsync(connection, ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH latest AS (
                SELECT task_id, deadline, deadline_text, progress_pct, status, status_date,
                       row_number() OVER (PARTITION BY task_id ORDER BY report_month DESC) AS rn
                FROM snapshots
                WHERE ledger = $1 AND year(report_month) = $2{excluded}
            )
            SELECT g.* EXCLUDE (heading), l.deadline, l.deadline_text, l.progress_pct, l.status, l.status_date, g.heading
            FROM (
                SELECT task_id, arg_max(task_name, report_month), arg_max(lead_unit, report_month), max(report_month), arg_max(special_group, report_month),
                       arg_max({heading}, report_month) AS heading
                FROM snapshots
                WHERE ledger = $1 AND year(report_month) = $2{excluded}
                GROUP BY task_id
            ) g
            JOIN latest l ON l.task_id = g.task_id AND l.rn = 1
            ORDER BY g.task_id
            """;
        command.Parameters.Add(new DuckDBParameter(LedgerNames.Id(ledger)));
        command.Parameters.Add(new DuckDBParameter(year));
        var tasks = new List<KnownTask>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var last = reader.GetDateTime(3);
            double? progress = reader.IsDBNull(7) ? null : reader.GetDouble(7);
            var state = new TaskState(
                TaskState.IsCompleted(ReportedStatusNames.FromId(reader.GetString(8)), progress),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                progress,
                reader.GetFieldValue<DateOnly>(9));
            tasks.Add(new KnownTask(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), new ReportMonth(last.Year, last.Month), reader.IsDBNull(4) ? null : reader.GetString(4), state)
            {
                TaskHeading = reader.IsDBNull(10) ? null : reader.GetString(10),
            });
        }

        return new TaskIndex(tasks);
    }
}
