using ExcelDataReader;

namespace ReformAnalytics.Reading;

/// <summary>
/// The current sheet of an ExcelDataReader as a grid. Every cell of a merged range reads as the range's top-left
/// value (so a lead unit merged down three rows belongs to all three, and a section title merged across the width
/// fills the row). A column is hidden when ExcelDataReader reports its width as 0, a row when it reports its height as 0.
/// A cell showing an Excel formula error, which ExcelDataReader gives as empty, is an empty cell carrying the error
/// (<see cref="CellValue.Error"/>), from <paramref name="errors"/>. A number converted to a date here counts from 1904 where
/// the workbook does (<paramref name="date1904"/>).
/// </summary>
internal sealed class WorkbookSheetSource : IGridSource
{
    private readonly IExcelDataReader _reader;
    private readonly SheetErrorCells _errors;
    private readonly bool _date1904;
    private readonly bool[] _hidden;
    private readonly CellRange[] _merges;
    private readonly List<(CellRange Range, CellValue Value)> _active = [];
    private CellValue[] _cells;
    private int _nextMerge;
    private int _count;
    private int _row;

    public WorkbookSheetSource(IExcelDataReader reader, SheetErrorCells? errors = null, bool date1904 = false)
    {
        _reader = reader;
        _errors = errors ?? SheetErrorCells.None;
        _date1904 = date1904;
        SheetName = reader.Name ?? string.Empty;
        var width = reader.FieldCount;
        _hidden = new bool[width];
        for (var c = 0; c < width; c++)
        {
            _hidden[c] = reader.GetColumnWidth(c) <= 0;
        }

        _merges = (reader.MergeCells ?? [])
            .Where(r => r.FromRow <= r.ToRow && r.FromColumn <= r.ToColumn && r.FromColumn < width)
            .OrderBy(r => r.FromRow)
            .ToArray();
        _cells = new CellValue[Math.Max(width, 1)];
    }

    public string SheetName { get; }

    public int RowNumber => _row;

    public ReadOnlySpan<CellValue> Current => _cells.AsSpan(0, _count);

    public bool IsColumnHidden(int column) => column < _hidden.Length && _hidden[column];

    /// <summary>A row is hidden when ExcelDataReader reports its height as 0 (hidden="1" in the sheet, or a height of 0).</summary>
    public bool IsRowHidden => _count > 0 && _reader.RowHeight <= 0;

    public bool MoveNext()
    {
        if (!_reader.Read())
        {
            _count = 0;
            return false;
        }

        _row++;
        _count = _reader.FieldCount;
        if (_cells.Length < _count)
        {
            _cells = new CellValue[_count];
        }

        for (var c = 0; c < _count; c++)
        {
            var value = _reader.GetValue(c);
            _cells[c] = value is null ? CellValue.Empty : ExcelCellConverter.Convert(value, _reader.GetNumberFormatString(c), _reader.GetNumberFormatIndex(c), _date1904);
        }

        if (_errors.Count > 0)
        {
            foreach (var (column, error) in _errors.InRow(_row))
            {
                if (column < _count && _cells[column].IsEmpty)
                {
                    _cells[column] = CellValue.FromError(error);
                }
            }
        }

        FillMerges();
        return true;
    }

    private void FillMerges()
    {
        var index = _row - 1;
        while (_nextMerge < _merges.Length && _merges[_nextMerge].FromRow <= index)
        {
            var range = _merges[_nextMerge++];
            if (range.FromRow == index && range.ToRow >= index)
            {
                var topLeft = range.FromColumn < _count ? _cells[range.FromColumn] : CellValue.Empty;
                _active.Add((range, topLeft));
            }
        }

        _active.RemoveAll(a => a.Range.ToRow < index);
        foreach (var (range, value) in _active)
        {
            var last = Math.Min(range.ToColumn, _hidden.Length - 1);
            if (last >= _count)
            {
                if (_cells.Length <= last)
                {
                    Array.Resize(ref _cells, last + 1);
                }

                _cells.AsSpan(_count, last + 1 - _count).Clear();
                _count = last + 1;
            }

            _cells.AsSpan(range.FromColumn, last + 1 - range.FromColumn).Fill(value);
        }
    }
}
