using System.Globalization;
using ReformAnalytics.Reading;
using ReformAnalytics.Sample.Simulation;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// Renders one ledger table into a sink: title rows (merged across), the header (one row, or two with bands
/// merged over their columns and the other headers merged down), the task rows (section rows 一、… with 序号
/// restarting, or one running 序号), blank rows and the note rows at the bottom.
/// </summary>
internal sealed class SheetRenderer(SheetLayout layout, Random rng)
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    /// <summary>Called with each task and the 1-based row its row was written at.</summary>
    public Action<SampleTask, int>? OnTaskRow { get; init; }

    /// <summary>Writes the table; <paramref name="rowOf"/> gives a task's row this month, or null to leave it out.</summary>
    /// <returns>The number of task rows written.</returns>
    public int Render(ISheetSink sink, IReadOnlyList<SampleTask> tasks, Func<SampleTask, TaskMonthRow?> rowOf, CancellationToken ct)
    {
        var width = layout.Columns.Count;
        var cells = new XlsxCell[width];
        foreach (var title in layout.Titles)
        {
            WriteSpanning(sink, cells, XlsxCell.Of(title, XlsxStyle.Title));
        }

        WriteHeader(sink, cells);
        var blocks = Blocks(tasks, rowOf);
        var written = 0;
        var seq = 0;
        var blankAt = layout.BlankRows && !layout.Sections ? rng.Next(1, Math.Max(2, blocks.Sum(b => b.Count))) : -1;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (layout.Sections)
            {
                WriteSpanning(sink, cells, XlsxCell.Of($"{Numerals[b % Numerals.Length]}、{blocks[b][0].Task.Group.Name}"));
                seq = 0;
            }

            foreach (var (task, row) in blocks[b])
            {
                if (written == blankAt)
                {
                    WriteBlank(sink, cells);
                }

                seq++;
                Fill(cells, task, row, seq);
                sink.WriteRow(cells);
                OnTaskRow?.Invoke(task, sink.RowCount);
                written++;
                if ((written & 1023) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }

            if (layout.Sections && layout.BlankRows && b < blocks.Count - 1)
            {
                WriteBlank(sink, cells);
            }
        }

        if (layout.Notes.Count > 0)
        {
            // Units that add notes at the bottom usually count the tasks above them too; a total is no task.
            WriteSpanning(sink, cells, XlsxCell.Of(string.Create(CultureInfo.InvariantCulture, $"合计：共{written}项")));
            WriteBlank(sink, cells);
            foreach (var note in layout.Notes)
            {
                WriteSpanning(sink, cells, XlsxCell.Of(note));
            }
        }

        return written;
    }

    private List<List<(SampleTask Task, TaskMonthRow Row)>> Blocks(IReadOnlyList<SampleTask> tasks, Func<SampleTask, TaskMonthRow?> rowOf)
    {
        var blocks = new List<List<(SampleTask, TaskMonthRow)>>();
        List<(SampleTask, TaskMonthRow)>? current = null;
        foreach (var task in tasks)
        {
            if (rowOf(task) is not { } row)
            {
                continue;
            }

            if (current is null || !ReferenceEquals(current[0].Item1.Group, task.Group))
            {
                current = [];
                blocks.Add(current);
            }

            current.Add((task, row));
        }

        if (layout.Order == RowOrder.ShuffledWithinGroup)
        {
            blocks.ForEach(b => rng.Shuffle(b));
        }

        if (!layout.Sections)
        {
            var all = blocks.SelectMany(b => b).ToList();
            if (layout.Order == RowOrder.ByLeadUnit)
            {
                all = [.. all.OrderBy(r => r.Item1.Lead.Name, StringComparer.Ordinal)];
            }

            blocks = all.Count == 0 ? [] : [all];
        }

        return blocks;
    }

    private void WriteHeader(ISheetSink sink, XlsxCell[] cells)
    {
        var columns = layout.Columns;
        if (!layout.TwoRowHeader)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                cells[c] = XlsxCell.Of(columns[c].Header, XlsxStyle.Header);
            }

            sink.WriteRow(cells);
            return;
        }

        var top = sink.RowCount + 1;
        var second = new XlsxCell[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var band = columns[c].Band;
            var firstOfBand = band is not null && (c == 0 || !string.Equals(columns[c - 1].Band, band, StringComparison.Ordinal));
            cells[c] = band is null ? XlsxCell.Of(columns[c].Header, XlsxStyle.Header)
                : firstOfBand ? XlsxCell.Of(band, XlsxStyle.Header) : XlsxCell.Blank with { Style = XlsxStyle.Header };
            second[c] = band is null ? XlsxCell.Blank with { Style = XlsxStyle.Header } : XlsxCell.Of(columns[c].Header, XlsxStyle.Header);
        }

        sink.WriteRow(cells);
        sink.WriteRow(second);
        for (var c = 0; c < columns.Count; c++)
        {
            var band = columns[c].Band;
            if (band is null)
            {
                sink.Merge(top, c + 1, top + 1, c + 1);
            }
            else if (c == 0 || !string.Equals(columns[c - 1].Band, band, StringComparison.Ordinal))
            {
                var last = c;
                while (last + 1 < columns.Count && string.Equals(columns[last + 1].Band, band, StringComparison.Ordinal))
                {
                    last++;
                }

                sink.Merge(top, c + 1, top, last + 1);
            }
        }
    }

    private void Fill(XlsxCell[] cells, SampleTask task, TaskMonthRow row, int seq)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            cells[c] = layout.Columns[c].Column switch
            {
                CanonicalColumn.SeqNo => layout.Typed ? XlsxCell.Of(seq) : XlsxCell.Of(Int(seq)),
                CanonicalColumn.Task => XlsxCell.Of(row.Name, XlsxStyle.Wrap),
                CanonicalColumn.SpecialGroup => XlsxCell.Of(task.Group.Name),
                CanonicalColumn.LeadUnit => XlsxCell.Of(task.Lead.Name),
                CanonicalColumn.CoUnits => task.CoUnits.Count == 0 ? XlsxCell.Blank : XlsxCell.Of(string.Join(layout.CoUnitSeparator, task.CoUnits), XlsxStyle.Wrap),
                CanonicalColumn.Leader => XlsxCell.Of(task.Leader.Name),
                CanonicalColumn.PersonInCharge => XlsxCell.Of(task.Person),
                CanonicalColumn.ResultForm => XlsxCell.Of(task.ResultForm),
                CanonicalColumn.TaskKind => XlsxCell.Of(task.Kind),
                CanonicalColumn.Deadline => Deadline(task, row),
                CanonicalColumn.ProgressText => XlsxCell.Of(row.ProgressText, XlsxStyle.Wrap),
                CanonicalColumn.ProgressPct => Figure(row),
                CanonicalColumn.Status => XlsxCell.Of(row.StatusText),
                _ => XlsxCell.Of(task.Remark),
            };
        }
    }

    private XlsxCell Deadline(SampleTask task, TaskMonthRow row) =>
        row.DeadlineOverride is { } text ? XlsxCell.Of(text)
        : layout.Typed && task.Deadline.AsDateCell && task.Deadline.Due is { } due ? XlsxCell.Of(due)
        : XlsxCell.Of(task.Deadline.Text);

    private XlsxCell Figure(TaskMonthRow row)
    {
        if (row.FigureOverride is { } text)
        {
            return XlsxCell.Of(text);
        }

        if (row.Figure is not { } value)
        {
            return XlsxCell.Blank;
        }

        var shown = value.ToString("0.##", CultureInfo.InvariantCulture);
        return row.Habit switch
        {
            FigureHabit.Done => XlsxCell.Of($"完成{shown}%"),
            FigureHabit.PercentSign => layout.Typed ? XlsxCell.Percent(value / 100) : XlsxCell.Of(shown + "%"),
            _ => layout.Typed ? XlsxCell.Of(value) : XlsxCell.Of(shown),
        };
    }

    private static void WriteSpanning(ISheetSink sink, XlsxCell[] cells, XlsxCell first)
    {
        Array.Fill(cells, XlsxCell.Blank);
        cells[0] = first;
        sink.WriteRow(cells);
        if (cells.Length > 1)
        {
            sink.Merge(sink.RowCount, 1, sink.RowCount, cells.Length);
        }
    }

    private static void WriteBlank(ISheetSink sink, XlsxCell[] cells)
    {
        Array.Fill(cells, XlsxCell.Blank);
        sink.WriteRow(cells);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
