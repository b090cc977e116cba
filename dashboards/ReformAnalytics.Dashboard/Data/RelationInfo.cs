namespace ReformAnalytics.Dashboard.Data;

/// <summary>A table or view in the database and its columns, as the catalog describes it.</summary>
internal sealed record RelationInfo(string Name, bool IsView, IReadOnlyList<ColumnInfo> Columns)
{
    public bool HasColumn(string column) => Columns.Any(c => string.Equals(c.Name, column, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first of <paramref name="candidates"/> this relation has, or null.</summary>
    public string? FirstColumn(params ReadOnlySpan<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (HasColumn(candidate))
            {
                return Columns.First(c => string.Equals(c.Name, candidate, StringComparison.OrdinalIgnoreCase)).Name;
            }
        }

        return null;
    }
}
