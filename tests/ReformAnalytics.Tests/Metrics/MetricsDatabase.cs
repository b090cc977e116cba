using System.Reflection;
using DuckDB.NET.Data;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>Creates an in-memory DuckDB with the ingest schema (from the library's embedded .sql files).</summary>
internal static class MetricsDatabase
{
    public static async Task<DuckDBConnection> OpenAsync(string dataSource = ":memory:")
    {
        var connection = new DuckDBConnection("DataSource=" + dataSource);
        await connection.OpenAsync();
        await ExecuteAsync(connection, LoadLibrarySql("ReformAnalytics.Database.schema.sql"));
        await ExecuteAsync(connection, LoadLibrarySql("ReformAnalytics.Database.tasks.sql"));
        return connection;
    }

    public static async Task ExecuteAsync(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private static string LoadLibrarySql(string resource)
    {
        var library = typeof(MetricViews).Assembly;
        using var stream = library.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("missing resource " + resource + "; have: "
                + string.Join(", ", library.GetManifestResourceNames()));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
