using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Sheets built cell by cell from a file that places its cells itself (a web page, an XML spreadsheet): a merged
/// range fills every cell it covers with its value, as every other reader gives merged cells; a cell never placed is
/// empty. One per file, taken sheet by sheet (<see cref="Take"/>); the cells filled over the whole file are capped,
/// so that spans cannot blow a small file up.
/// </summary>
internal sealed class MergedGrid(string file)
{
    /// <summary>Far above any ledger (100,000 rows of 100 columns).</summary>
    public const long MaxCells = 10_000_000;

    /// <summary>The rows and columns of a sheet in Excel: a cell placed beyond them (ss:Index="2000000000") is a damaged file.</summary>
    public const int MaxRows = 1 << 20;

    public const int MaxColumns = 1 << 14;

    private readonly List<List<CellValue?>> _rows = [];
    private long _filled;

    public int RowCount => _rows.Count;

    public bool Occupied(int row, int column) => row < _rows.Count && column < _rows[row].Count && _rows[row][column] is not null;

    /// <summary>Fills <paramref name="rows"/> × <paramref name="columns"/> cells from (row, column) with the value.</summary>
    public void Fill(int row, int column, int rows, int columns, CellValue value)
    {
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                Set(row + r, column + c, value);
            }
        }
    }

    /// <summary>The sheet built so far, as rows of cells; the grid starts empty again for the next sheet.</summary>
    public List<CellValue[]> Take()
    {
        List<CellValue[]> rows = [.. _rows.Select(row => row.Select(c => c ?? CellValue.Empty).ToArray())];
        _rows.Clear();
        return rows;
    }

    private void Set(int row, int column, CellValue value)
    {
        if (++_filled > MaxCells)
        {
            throw new LedgerInputException(file, ReadingMessages.MergedCellsTooMany(MaxCells));
        }

        if (row >= MaxRows || column >= MaxColumns)
        {
            throw new LedgerInputException(file, ReadingMessages.CellBeyondSheet(row + 1L, column + 1L));
        }

        while (_rows.Count <= row)
        {
            _rows.Add([]);
        }

        var cells = _rows[row];
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] = value;
    }
}
