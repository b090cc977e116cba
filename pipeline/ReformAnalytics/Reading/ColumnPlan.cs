using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Which grid column feeds each canonical column (<see cref="GridColumns"/>, -1 when absent), the header text
/// as written per canonical column (shared by every row of the table), and the warnings resolving raised.
/// </summary>
internal sealed record ColumnPlan(int[] GridColumns, string?[] HeaderNames, IReadOnlyList<IngestIssue> Warnings)
{
    public int this[CanonicalColumn column] => GridColumns[(int)column];
}
