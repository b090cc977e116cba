namespace ReformAnalytics.Reading;

/// <summary>
/// One cell as read, before any interpretation: the text shown, and where the file says so, a number,
/// a date (an Excel date cell or a number shown as a date) or a percent-formatted number.
/// For a percent cell, <see cref="Number"/> holds the stored fraction (0.8 for 80%).
/// <see cref="Error"/> is the Excel formula error the cell shows (#DIV/0!, #N/A), read from an .xlsx sheet
/// (<see cref="WorkbookErrorCells"/>), an .xls (<see cref="BiffWorkbookFacts"/>) or an .ods (<see cref="OdsReader"/>): such a
/// cell has no value and is empty, but the office is told of it.
/// </summary>
public readonly record struct CellValue(string? Text, double? Number = null, DateOnly? Date = null, bool IsPercent = false, string? Error = null)
{
    public static readonly CellValue Empty = default;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Number is null && Date is null;

    public static CellValue FromText(string? text) => new(text);

    /// <summary>An empty cell showing the Excel formula error <paramref name="error"/>.</summary>
    public static CellValue FromError(string error) => new(null, Error: error);
}
