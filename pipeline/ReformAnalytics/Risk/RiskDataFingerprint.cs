using DuckDB.NET.Data;

namespace ReformAnalytics.Risk;

/// <summary>
/// What the snapshots looked like when a model was trained: row count, month range and an order-free hash of every
/// row's identity and reported values (bit_xor of DuckDB's hash per row). Any added, removed or edited snapshot changes it.
/// </summary>
public sealed record RiskDataFingerprint(long SnapshotRows, DateOnly? FirstMonth, DateOnly? LastMonth, string ContentHash)
{
    internal static async Task<RiskDataFingerprint> ReadAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*), min(report_month), max(report_month),
                   coalesce(bit_xor(hash(ledger, task_id, report_month, task_name, lead_unit, leader, deadline, deadline_kind,
                                         progress_pct, status, status_text, progress_text)), 0)::UBIGINT
            FROM snapshots
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new RiskDataFingerprint(
            reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
            reader.GetFieldValue<ulong>(3).ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
    }
}
