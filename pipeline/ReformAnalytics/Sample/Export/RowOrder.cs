namespace ReformAnalytics.Sample.Export;

/// <summary>How a month's sheet orders its task rows.</summary>
internal enum RowOrder
{
    /// <summary>Group by group, in the order the tasks were set.</summary>
    Base,

    /// <summary>Rows shuffled within each group (a unit's returns pasted in as they came).</summary>
    ShuffledWithinGroup,

    /// <summary>Sorted by lead unit (only for layouts without section rows).</summary>
    ByLeadUnit,
}
