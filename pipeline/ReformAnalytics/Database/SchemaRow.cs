namespace ReformAnalytics.Database;

/// <summary>
/// One row of a column table in docs/schema.md: the columns it names (one, or several separated by commas), their
/// Chinese labels as written (split on 、, as many as columns where the row is right) and the meaning as written.
/// </summary>
public sealed record SchemaRow(IReadOnlyList<string> Columns, IReadOnlyList<string> Labels, string Meaning)
{
    /// <summary>The label of the column at <paramref name="index"/>: its own where the row gives one a column, else the whole cell.</summary>
    public string Label(int index) => Labels.Count == Columns.Count ? Labels[index] : string.Join('、', Labels);
}
