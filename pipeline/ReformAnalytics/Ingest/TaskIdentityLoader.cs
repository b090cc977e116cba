using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Loads the tasks already stored for a ledger year — each with its latest name, lead unit, special group and month —
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
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT task_id, arg_max(task_name, report_month), arg_max(lead_unit, report_month), max(report_month), arg_max(special_group, report_month)
            FROM snapshots
            WHERE ledger = $1 AND year(report_month) = $2{excluded}
            GROUP BY task_id
            ORDER BY task_id
            """;
        command.Parameters.Add(new DuckDBParameter(LedgerNames.Id(ledger)));
        command.Parameters.Add(new DuckDBParameter(year));
        var tasks = new List<KnownTask>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var last = reader.GetDateTime(3);
            tasks.Add(new KnownTask(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), new ReportMonth(last.Year, last.Month), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return new TaskIndex(tasks);
    }
}
