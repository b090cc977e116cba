using DuckDB.NET.Data;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// The tables and views one copy of the database holds. Pages look here before querying, so a view that a
/// later stage has not created yet shows a notice instead of an error.
/// </summary>
internal sealed class DatabaseCatalog
{
    private readonly Dictionary<string, RelationInfo> _relations;

    private DatabaseCatalog(Dictionary<string, RelationInfo> relations) => _relations = relations;

    public IEnumerable<RelationInfo> Relations => _relations.Values.OrderBy(r => r.Name, StringComparer.Ordinal);

    public bool Has(string name) => _relations.ContainsKey(name);

    public RelationInfo? Find(string name) => _relations.GetValueOrDefault(name);

    public static async Task<DatabaseCatalog> LoadAsync(DuckDBConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        const string sql = """
            SELECT t.table_name, t.table_type = 'VIEW' AS is_view, c.column_name, c.data_type
            FROM information_schema.tables t
            JOIN information_schema.columns c USING (table_catalog, table_schema, table_name)
            WHERE t.table_schema = 'main' AND t.table_catalog = current_database()
            ORDER BY t.table_name, c.ordinal_position
            """;
        var columns = new Dictionary<string, (bool IsView, List<ColumnInfo> Columns)>(StringComparer.OrdinalIgnoreCase);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var table = reader.GetString(0);
            if (!columns.TryGetValue(table, out var entry))
            {
                entry = (reader.GetBoolean(1), []);
                columns[table] = entry;
            }

            entry.Columns.Add(new ColumnInfo(reader.GetString(2), reader.GetString(3)));
        }

        return new DatabaseCatalog(columns.ToDictionary(
            p => p.Key,
            p => new RelationInfo(p.Key, p.Value.IsView, p.Value.Columns),
            StringComparer.OrdinalIgnoreCase));
    }
}
