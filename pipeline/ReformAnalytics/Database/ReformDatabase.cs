using DuckDB.NET.Data;

namespace ReformAnalytics.Database;

/// <summary>Opens the DuckDB file and creates the ingest tables. Analysts' connections are read-only and sandboxed.</summary>
public static class ReformDatabase
{
    /// <summary>Opens (creating when missing) the database for writing and makes sure the tables exist.</summary>
    public static async Task<DuckDBConnection> OpenForWriteAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new DuckDBConnection($"DataSource={path}");
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await EnsureSchemaAsync(connection, ct).ConfigureAwait(false);
        return connection;
    }

    /// <summary>
    /// Opens an existing database for writing (the analysis stages store their tables in it); a path with no
    /// database behind it is refused rather than an empty database created there.
    /// </summary>
    public static Task<DuckDBConnection> OpenExistingForWriteAsync(string path, CancellationToken ct)
    {
        RequireExisting(path);
        return OpenForWriteAsync(path, ct);
    }

    /// <summary>
    /// Opens the database read-only with file access disabled and configuration locked: no write, no
    /// COPY/ATTACH/INSTALL/LOAD, no reading files, no SET of locked options. Enforced by DuckDB itself.
    /// </summary>
    public static async Task<DuckDBConnection> OpenReadOnlyAsync(string path, CancellationToken ct)
    {
        RequireExisting(path);
        var connection = new DuckDBConnection($"DataSource={path};ACCESS_MODE=READ_ONLY;enable_external_access=false;lock_configuration=true");
        await connection.OpenAsync(ct).ConfigureAwait(false);
        return connection;
    }

    private static void RequireExisting(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"找不到数据库文件“{path}”。请先运行 reform ingest 或 reform demo。", path);
        }
    }

    public static async Task EnsureSchemaAsync(DuckDBConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await ExecuteAsync(connection, SqlResources.Load("Database/schema.sql"), ct).ConfigureAwait(false);
        await EnsureViewsAsync(connection, ct, onlyMissing: true).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates or replaces the database's own views over the ingest tables: <c>tasks</c>, <c>missing_months</c> and
    /// <c>group_order</c> (with its macro group_ordinal). With <paramref name="onlyMissing"/>, only a view that is not
    /// there is created: opening a database for writing then changes nothing in a file that has them (the metric install
    /// replaces them when their definitions change).
    /// </summary>
    public static async Task EnsureViewsAsync(DuckDBConnection connection, CancellationToken ct, bool onlyMissing = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        foreach (var view in new[] { "tasks", "missing_months", "group_order" })
        {
            if (!onlyMissing || await ScalarAsync<long>(connection, "SELECT count(*) FROM duckdb_views() WHERE view_name = $1 AND schema_name = current_schema()", ct, view).ConfigureAwait(false) == 0)
            {
                await ExecuteAsync(connection, SqlResources.Load($"Database/{view}.sql"), ct).ConfigureAwait(false);
            }
        }
    }

    public static async Task<int> ExecuteAsync(DuckDBConnection connection, string sql, CancellationToken ct, params object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public static async Task<T?> ScalarAsync<T>(DuckDBConnection connection, string sql, CancellationToken ct, params object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value switch
        {
            null or DBNull => default,
            T typed => typed,
            DateOnly d when typeof(T) == typeof(DateTime) => (T)(object)d.ToDateTime(TimeOnly.MinValue),
            _ => (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A SQL string literal (for file paths in read_parquet, which DuckDB does not take as parameters everywhere).</summary>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
