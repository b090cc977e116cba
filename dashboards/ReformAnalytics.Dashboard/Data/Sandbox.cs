using System.Globalization;
using DuckDB.NET.Data;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Checks that a connection really is DuckDB's sandbox: read-only, no file or network access, configuration
/// locked. DuckDB.NET shares one database instance between connections to the same file, and the first
/// opener's settings win; this check makes sure no writable instance of a served copy ever slips through.
/// </summary>
internal static class Sandbox
{
    public static async Task VerifyAsync(DuckDBConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_setting('access_mode')::VARCHAR, current_setting('enable_external_access')::BOOLEAN, current_setting('lock_configuration')::BOOLEAN";
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException("DuckDB returned no settings.");
        }

        var mode = reader.GetString(0);
        var external = reader.GetBoolean(1);
        var locked = reader.GetBoolean(2);
        if (!string.Equals(mode, "read_only", StringComparison.OrdinalIgnoreCase) || external || !locked)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"数据库副本没有以受限只读方式打开（access_mode={mode}, enable_external_access={external}, lock_configuration={locked}），看板拒绝提供数据。"));
        }
    }
}
