namespace ReformAnalytics.Reading;

/// <summary>
/// Where the header is among the rows searched (<see cref="FirstRow"/> to <see cref="LastRow"/>, indexes into
/// them; two rows when a merged group header sits over the column names) and what each column names.
/// </summary>
internal sealed record HeaderLayout(int FirstRow, int LastRow, IReadOnlyList<HeaderCell> Cells);
