namespace ReformAnalytics.Reading;

/// <summary>
/// The cells of one sheet that show an Excel formula error, by row (1-based, as the sheet shows it) and column
/// (0-based, as the grid counts it), each with the error as written (#DIV/0!). Only error cells are held, never a sheet's values.
/// </summary>
internal sealed class SheetErrorCells
{
    public static readonly SheetErrorCells None = new();

    private readonly Dictionary<int, List<(int Column, string Error)>> _rows = [];

    public int Count { get; private set; }

    /// <summary>The error cells of <paramref name="row"/>, in the sheet's order; empty when it has none.</summary>
    public IReadOnlyList<(int Column, string Error)> InRow(int row) =>
        _rows.TryGetValue(row, out var cells) ? cells : [];

    public void Add(int row, int column, string error)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            cells = [];
            _rows.Add(row, cells);
        }

        cells.Add((column, error));
        Count++;
    }
}
