using ReformAnalytics.Model;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Normalises a table while it is being read (an <see cref="IRawRowSink"/>), so that a sheet's raw rows are not all
/// kept until the end. The result equals <see cref="RowNormaliser.NormaliseAll"/> over the whole table:
/// <list type="bullet">
/// <item>whether the progress column holds fractions (0.8 = 80%) is a property of the whole column
/// (<see cref="ProgressParser.IsFractionColumn"/>): a plain figure outside 0–1 settles it as "no"; until then a row
/// whose figure reads differently either way is kept raw, and is normalised once the answer is known;</item>
/// <item>every other row is normalised at once, and rows and issues keep the table's order;</item>
/// <item>unknown status phrases are gathered here and passed on by <see cref="Finish"/> only, so a read that is
/// started again (a CSV whose encoding turned out otherwise) counts nothing twice.</item>
/// </list>
/// </summary>
public sealed class StreamingNormaliser : IRawRowSink
{
    private readonly LedgerTable _heading;
    private readonly Ledger _ledger;
    private readonly ReportMonth _month;
    private readonly RowNormaliserOptions? _options;
    private readonly UnknownStatusCollector _unknown = new();
    private readonly RowNormaliser _asPercent;
    private readonly List<Entry> _entries = [];
    private readonly List<int> _pending = [];
    private readonly Dictionary<string, (double? Plain, bool Ambiguous)> _figures = new(StringComparer.Ordinal);
    private bool _notFractions;
    private bool _strictlyBetween;
    private string? _progressHeader;

    public StreamingNormaliser(TableHeading heading, Ledger ledger, ReportMonth month, RowNormaliserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(heading);
        _heading = new LedgerTable(heading.SourceFile, heading.SourceSheet, heading.TitleText, [], []);
        _ledger = ledger;
        _month = month;
        _options = options;
        _asPercent = new RowNormaliser(_heading, ledger, month, _unknown, options, progressAsFractions: false, progressHeader: null);
    }

    public void Add(RawLedgerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _progressHeader ??= RowNormaliser.ProgressHeader(row);
        var figure = RowNormaliser.ProgressCell(row);
        var (plain, ambiguous) = Classify(figure);
        if (!_notFractions && plain is { } value)
        {
            _notFractions = value is < 0 or > 1;
            _strictlyBetween |= value is > 0 and < 1;
        }

        if (!_notFractions && ambiguous)
        {
            _pending.Add(_entries.Count);
            _entries.Add(new Entry(null, null, row));
            return;
        }

        if (_notFractions && _pending.Count > 0)
        {
            // Settled as percent: the rows kept aside read as every other row does.
            foreach (var at in _pending)
            {
                _entries[at] = Done(_asPercent.Normalise(_entries[at].Pending!));
            }

            _pending.Clear();
        }

        _entries.Add(Done(_asPercent.Normalise(row)));
    }

    /// <summary>The table's rows and issues (the table's own first), as <see cref="RowNormaliser.NormaliseAll"/> gives them.</summary>
    public TableNormalisation Finish(UnknownStatusCollector? unknownStatuses)
    {
        var fractions = !_notFractions && _strictlyBetween;
        var final = fractions
            ? new RowNormaliser(_heading, _ledger, _month, _unknown, _options, progressAsFractions: true, _progressHeader)
            : _asPercent;
        var rows = new List<SnapshotRow>(_entries.Count);
        var issues = new List<IngestIssue>(final.TableIssues);
        foreach (var entry in _entries)
        {
            var done = entry.Pending is { } raw ? Done(final.Normalise(raw)) : entry;
            if (done.Row is { } row)
            {
                rows.Add(row);
            }

            if (done.Issues is { } rowIssues)
            {
                issues.AddRange(rowIssues);
            }
        }

        _entries.Clear();
        _pending.Clear();
        unknownStatuses?.Merge(_unknown);
        return new TableNormalisation(rows, issues);
    }

    /// <summary>
    /// A figure cell's plain number (what <see cref="ProgressParser.IsFractionColumn"/> weighs) and whether it reads
    /// differently as a fraction; remembered per text, as a column repeats its figures.
    /// </summary>
    private (double? Plain, bool Ambiguous) Classify(CellValue figure)
    {
        if (figure.IsEmpty || figure is { IsPercent: true, Date: null })
        {
            // A percent-formatted number reads the same either way and is no plain figure.
            return (null, false);
        }

        if (figure is { Text: { } text, Number: null, Date: null, IsPercent: false })
        {
            if (!_figures.TryGetValue(text, out var known))
            {
                known = (ProgressParser.PlainFigure(figure), ProgressParser.Parse(figure, false) != ProgressParser.Parse(figure, true));
                _figures[text] = known;
            }

            return known;
        }

        return (ProgressParser.PlainFigure(figure), ProgressParser.Parse(figure, false) != ProgressParser.Parse(figure, true));
    }

    private static Entry Done(RowNormalisation result) => new(result.Row, result.Issues.Count == 0 ? null : result.Issues, null);

    private readonly record struct Entry(SnapshotRow? Row, IReadOnlyList<IngestIssue>? Issues, RawLedgerRow? Pending);
}
