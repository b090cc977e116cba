using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Which grid column feeds each canonical column (<see cref="GridColumns"/>, -1 when absent), the header text
/// as written per canonical column (shared by every row of the table), and the warnings resolving raised.
/// <see cref="MoreCoUnitColumns"/> are further co-unit columns (配合单位 beside 参与单位): their units join co_units, and
/// <see cref="CoUnitHeaders"/> names each co-unit column as written, the first one first (an error cell in one is told under its own header).
/// </summary>
internal sealed record ColumnPlan(int[] GridColumns, string?[] HeaderNames, IReadOnlyList<IngestIssue> Warnings)
{
    public IReadOnlyList<int> MoreCoUnitColumns { get; init; } = [];

    /// <summary>The header of each co-unit column as written, in the order of <see cref="CanonicalColumn.CoUnits"/>'s column then <see cref="MoreCoUnitColumns"/>; empty when there is one.</summary>
    public IReadOnlyList<string> CoUnitHeaders { get; init; } = [];

    public int this[CanonicalColumn column] => GridColumns[(int)column];
}
