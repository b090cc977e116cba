using System.Globalization;
using ReformAnalytics.Reading;
using ReformAnalytics.Sample.Simulation;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// Renders one ledger table into a sink: title rows (merged across), the header (one row, or two with bands
/// merged over their columns and the other headers merged down), the task rows (section rows 一、… with 序号
/// restarting, or one running 序号), blank rows and the note rows at the bottom. Sub-tasks (<see cref="SampleTask.Heading"/>)
/// stand together under their heading: with <see cref="SheetLayout.SectionHeadings"/>, last in their group under a section
/// row （一）深化… of their own, numbered from 1; else as a numbered row of their own (序号 3, the heading's name, nothing
/// else) over sub-tasks numbered 3.1, 3.2.
/// </summary>
internal sealed class SheetRenderer(SheetLayout layout, Random rng)
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    /// <summary>Called with each task and the 1-based row its row was written at.</summary>
    public Action<SampleTask, int>? OnTaskRow { get; init; }

    /// <summary>
    /// The shapes the rendered table showed beyond its layout's (<see cref="SheetLayout.Features"/>), for the manifest:
    /// <c>section_headings</c> (（一）深化… over sub-tasks), <c>numbered_headings</c> (3 over 3.1, 3.2), <c>hidden_rows</c>.
    /// </summary>
    public IReadOnlyList<string> Shapes => _shapes;

    private readonly List<string> _shapes = [];

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

            string? heading = null;
            int headings = 0, child = 0;
            foreach (var (task, row) in blocks[b])
            {
                if (written == blankAt)
                {
                    WriteBlank(sink, cells);
                }

                if (!string.Equals(task.Heading, heading, StringComparison.Ordinal))
                {
                    (heading, child) = (task.Heading, 0);
                    if (heading is not null)
                    {
                        seq = WriteHeading(sink, cells, heading, headings++, seq);
                    }
                }

                if (heading is not null && !layout.SectionHeadings)
                {
                    child++;
                    Fill(cells, task, row, XlsxCell.Of(string.Create(CultureInfo.InvariantCulture, $"{seq}.{child}")));
                }
                else
                {
                    seq++;
                    Fill(cells, task, row, layout.Typed ? XlsxCell.Of(seq) : XlsxCell.Of(Int(seq)));
                }

                if (row.Hidden)
                {
                    sink.WriteHiddenRow(cells);
                    Note("hidden_rows");
                }
                else
                {
                    sink.WriteRow(cells);
                }

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

        return blocks.ConvertAll(b => SubTasksTogether(b, atEnd: layout.SectionHeadings));
    }

    /// <summary>
    /// The rows with each heading's sub-tasks together, in their order: where the first of them stood, or, with
    /// <paramref name="atEnd"/>, after every task under no heading (a section row （一）… heads all the rows below it).
    /// </summary>
    private static List<(SampleTask Task, TaskMonthRow Row)> SubTasksTogether(List<(SampleTask Task, TaskMonthRow Row)> rows, bool atEnd)
    {
        if (rows.TrueForAll(r => r.Task.Heading is null))
        {
            return rows;
        }

        var byHeading = rows.Where(r => r.Task.Heading is not null)
            .GroupBy(r => r.Task.Heading!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Task.Ordinal).ToList(), StringComparer.Ordinal);
        var together = new List<(SampleTask, TaskMonthRow)>(rows.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (r.Task.Heading is not { } heading)
            {
                together.Add(r);
            }
            else if (!atEnd && placed.Add(heading))
            {
                together.AddRange(byHeading[heading]);
            }
        }

        foreach (var r in rows)
        {
            if (r.Task.Heading is { } heading && placed.Add(heading))
            {
                together.AddRange(byHeading[heading]);
            }
        }

        return together;
    }

    /// <summary>
    /// The row above a heading's sub-tasks: with <see cref="SheetLayout.SectionHeadings"/>, a section row （一）深化… (the <paramref name="index"/>-th heading of
    /// the group), after which 序号 starts again; else a task row with the next 序号 and the heading's name alone, which
    /// the sub-tasks' 序号 extends (3 over 3.1). Returns the 序号 reached.
    /// </summary>
    private int WriteHeading(ISheetSink sink, XlsxCell[] cells, string heading, int index, int seq)
    {
        if (layout.SectionHeadings)
        {
            WriteSpanning(sink, cells, XlsxCell.Of($"（{Numerals[index % Numerals.Length]}）{heading}"));
            Note("section_headings");
            return 0;
        }

        seq++;
        Array.Fill(cells, XlsxCell.Blank);
        for (var c = 0; c < cells.Length; c++)
        {
            cells[c] = layout.Columns[c].Column switch
            {
                CanonicalColumn.SeqNo => layout.Typed ? XlsxCell.Of(seq) : XlsxCell.Of(Int(seq)),
                CanonicalColumn.Task => XlsxCell.Of(heading, XlsxStyle.Wrap),
                _ => XlsxCell.Blank,
            };
        }

        sink.WriteRow(cells);
        Note("numbered_headings");
        return seq;
    }

    private void Note(string shape)
    {
        if (!_shapes.Contains(shape, StringComparer.Ordinal))
        {
            _shapes.Add(shape);
        }
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

    private void Fill(XlsxCell[] cells, SampleTask task, TaskMonthRow row, XlsxCell seq)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            cells[c] = layout.Columns[c].Column switch
            {
                CanonicalColumn.SeqNo => seq,
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
