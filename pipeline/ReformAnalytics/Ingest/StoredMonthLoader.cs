using DuckDB.NET.Data;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Reads back the stored rows of a (ledger, month) whose lead unit is none of the given units, as they are stored
/// (task ids, source file and row included): the rows a unit's late return is merged with. Units are compared
/// without their 县/市/区 prefix (<see cref="UnitNames.ShortName"/>), so 县发改局's return replaces the rows a
/// ledger wrote under 发改局; and under the office's names (<see cref="UnitNameTable"/>), so it also replaces those
/// written under a spelling the table gives 县发改局. Kept rows take the table's names as well: the month is stored again.
/// </summary>
internal static class StoredMonthLoader
{
    public static async Task<List<SnapshotRow>> OtherUnitsAsync(DuckDBConnection connection, Ledger ledger, ReportMonth month, IReadOnlyCollection<string> units, UnitNameTable? unitNames, CancellationToken ct)
    {
        var heading = await StoredColumn.TaskHeadingAsync(connection, ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT task_id, report_month, status_date, seq_no, task_name, special_group, lead_unit, co_units, leader,
                   person_in_charge, result_form, task_kind, deadline_text, deadline, deadline_kind, open_ended, planned_start,
                   milestone_dates, milestones, progress_pct, status, status_text, progress_text, source_file, source_sheet, source_row,
                   {heading}
            FROM snapshots
            WHERE ledger = $1 AND report_month = $2
            ORDER BY source_file, source_sheet, source_row
            """;
        command.Parameters.Add(new DuckDBParameter(LedgerNames.Id(ledger)));
        command.Parameters.Add(new DuckDBParameter(month.FirstDay.ToDateTime(TimeOnly.MinValue)));
        var replaced = units.Select(UnitNames.ShortName).ToHashSet(StringComparer.Ordinal);
        string Named(string unit) => unitNames?.Canonical(unit) ?? unit;
        var rows = new List<SnapshotRow>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var lead = Text(reader, 6) is { } stored ? Named(stored) : null;
            if (replaced.Contains(UnitNames.ShortName(lead ?? string.Empty)))
            {
                continue;
            }

            var dates = reader.IsDBNull(17) ? [] : reader.GetFieldValue<List<DateOnly>>(17);
            var texts = reader.IsDBNull(18) ? [] : reader.GetFieldValue<List<string>>(18);
            rows.Add(new SnapshotRow(
                ledger,
                reader.GetString(0),
                Date(reader, 1)!.Value,
                Date(reader, 2)!.Value,
                Text(reader, 3),
                reader.GetString(4),
                Text(reader, 5),
                lead,
                reader.IsDBNull(7) ? [] : unitNames is null ? reader.GetFieldValue<List<string>>(7) : [.. unitNames.CanonicalAll(reader.GetFieldValue<List<string>>(7)).Where(u => u != lead)],
                Text(reader, 8),
                Text(reader, 9),
                Text(reader, 10),
                Text(reader, 11),
                Text(reader, 12),
                Date(reader, 13),
                DeadlineKindNames.FromId(reader.GetString(14)),
                reader.GetBoolean(15),
                Date(reader, 16)!.Value,
                [.. dates.Zip(texts, (d, t) => new Milestone(d, t))],
                reader.IsDBNull(19) ? null : reader.GetDouble(19),
                ReportedStatusNames.FromId(reader.GetString(20)),
                Text(reader, 21),
                Text(reader, 22),
                reader.GetString(23),
                reader.GetString(24),
                reader.GetInt32(25))
            {
                TaskHeading = Text(reader, 26),
            });
        }

        return rows;
    }

    private static string? Text(System.Data.Common.DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static DateOnly? Date(System.Data.Common.DbDataReader reader, int i) => reader.IsDBNull(i) ? null : DateOnly.FromDateTime(reader.GetDateTime(i));
}
