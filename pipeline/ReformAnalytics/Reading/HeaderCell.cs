namespace ReformAnalytics.Reading;

/// <summary>
/// One column of a found header: what it names, its text as written (for messages), and the row its text is on as the
/// spreadsheet numbers it (a lower header row's own name is on the lower row; a name merged down both rows is on the upper).
/// </summary>
internal readonly record struct HeaderCell(int GridColumn, HeaderMatch Match, string Written, int RowNumber);
