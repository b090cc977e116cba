using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Gathers the ledger tables of a file of several sheets (a workbook, a web page of several tables): a sheet with a
/// ledger header gives a table; a blank one is passed over; one skipped (hidden, or not blank and without a header,
/// such as a 说明 cover sheet, or a header without task rows beside sheets of tasks) gets a warning, carried on the first
/// table's issues. When no sheet gives a table of tasks the file is refused.
/// </summary>
internal sealed class SheetTables(string file)
{
    private readonly List<LedgerTable> _tables = [];
    private readonly List<IngestIssue> _skipped = [];
    private readonly List<string> _withoutHeader = [];
    private readonly List<LedgerTable> _withoutTasks = [];

    public void Add(TableParseResult result, string sheet)
    {
        if (result.Table is { TaskRowCount: 0 } empty)
        {
            _withoutTasks.Add(empty);
        }
        else if (result.Table is { } table)
        {
            _tables.Add(table);
        }
        else if (!result.IsBlank)
        {
            _withoutHeader.Add(sheet);
            Skip(sheet, ReadingMessages.SheetSkippedNoHeader);
        }
    }

    public void Skip(string sheet, string message) =>
        _skipped.Add(new IngestIssue(file, sheet, 0, string.Empty, string.Empty, message, IssueSeverity.Warning));

    /// <summary>The tables found; throws <see cref="LedgerInputException"/> when there is none.</summary>
    public IReadOnlyList<LedgerTable> Finish()
    {
        if (_tables.Count == 0 && _withoutTasks.Count > 0)
        {
            throw RefuseWithoutTasks(file, _withoutTasks);
        }

        foreach (var empty in _withoutTasks)
        {
            // A sheet of a header alone beside sheets of tasks (a template, next month's sheet made ready): passed over,
            // with what its rows that were not tasks had wrong.
            Skip(empty.SourceSheet, ReadingMessages.SheetSkippedNoTasks);
            _skipped.AddRange(empty.Issues);
        }

        if (_tables.Count == 0)
        {
            throw _withoutHeader.Count switch
            {
                0 => new LedgerInputException(file, ReadingMessages.EmptyWorkbook),
                1 => new LedgerInputException(file, ReadingMessages.NotALedger, sheet: _withoutHeader[0]),
                _ => new LedgerInputException(file, ReadingMessages.AllSheetsNoHeader(_withoutHeader)),
            };
        }

        if (_skipped.Count > 0)
        {
            _tables[0] = _tables[0] with { Issues = [.. _skipped, .. _tables[0].Issues] };
        }

        return _tables;
    }

    /// <summary>The refusal of a file whose tables hold a header and no task row.</summary>
    internal static LedgerInputException RefuseWithoutTasks(string file, IReadOnlyList<LedgerTable> tables) =>
        new(file, ReadingMessages.NoTaskRows(tables.Sum(t => t.Issues.Count(i => i.Severity == IssueSeverity.Error && i.Row > 0))), sheet: tables.Count == 1 ? tables[0].SourceSheet : string.Empty);
}
