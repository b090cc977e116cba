using System.Globalization;
using System.Text.RegularExpressions;

namespace ReformAnalytics.Tests.Sample;

/// <summary>
/// One ledger table read back from a generated file: every row as written (1-based row numbers), and the task
/// rows found the simple way a person would: the header is the row holding a task-column alias, a second
/// header row follows when the first has a band (责任分工); task rows are those whose first cell is a number (3) or
/// extends one (3.1), but for the heading of sub-tasks (<see cref="TaskRowsUnderHeadings"/>).
/// </summary>
public sealed partial class ReadTable(string file, string sheet, IReadOnlyList<(int Number, ReadCell[] Cells)> rows)
{
    private static readonly string[] TaskAliases = ["改革任务", "改革事项", "任务名称", "重点任务", "重点工作", "目标名称", "工作任务"];

    public string File { get; } = file;

    public string Sheet { get; } = sheet;

    public IReadOnlyList<(int Number, ReadCell[] Cells)> Rows { get; } = rows;

    /// <summary>Header text per column (the lower header row where there are two).</summary>
    public IReadOnlyList<string> Headers
    {
        get
        {
            var (index, _) = HeaderIndex();
            var top = Rows[index].Cells.Select(c => c.Text).ToArray();
            if (index + 1 < Rows.Count && top.Contains("责任分工"))
            {
                var below = Rows[index + 1].Cells;
                return top.Select((t, i) => i < below.Length && below[i].Text.Length > 0 ? below[i].Text : t).ToArray();
            }

            return top;
        }
    }

    /// <summary>Every cell text of the header row(s).</summary>
    public IEnumerable<string> HeaderTexts
    {
        get
        {
            var (index, _) = HeaderIndex();
            return Rows.Skip(index).Take(2).SelectMany(r => r.Cells).Select(c => c.Text).Where(t => t.Length > 0);
        }
    }

    public IEnumerable<(int Number, IReadOnlyDictionary<string, ReadCell> Cells)> TaskRows =>
        TaskRowsUnderHeadings.Select(r => (r.Number, r.Cells));

    /// <summary>
    /// The task rows with the heading each is listed under (null for none): a row whose first cell is a number (3) or
    /// extends one (3.1). A numbered row that the next such row's number extends (3 over 3.1) is the heading of the rows
    /// below it, not a task; a row of one cell （一）… names the heading of the rows below it until the next row of one cell.
    /// </summary>
    public IEnumerable<(int Number, string? Heading, IReadOnlyDictionary<string, ReadCell> Cells)> TaskRowsUnderHeadings
    {
        get
        {
            var headers = Headers;
            var (index, _) = HeaderIndex();
            var numbered = new List<(int Number, string Seq, ReadCell[] Cells, string? Section)>();
            string? section = null;
            foreach (var (number, cells) in Rows.Skip(index + 1))
            {
                var filled = cells.Where(c => c.Text.Length > 0 || c.Number is not null).ToArray();
                if (filled.Length == 0)
                {
                    continue;
                }

                var seq = cells[0].Number is { } n ? n.ToString("0", CultureInfo.InvariantCulture) : cells[0].Text.Trim();
                if (SeqPattern().IsMatch(seq))
                {
                    numbered.Add((number, seq, cells, section));
                }
                else if (filled.Length == 1)
                {
                    section = filled[0].Text.StartsWith('（') ? filled[0].Text[(filled[0].Text.IndexOf('）', StringComparison.Ordinal) + 1)..] : null;
                }
            }

            var headings = new List<(string Seq, string Name)>();
            for (var i = 0; i < numbered.Count; i++)
            {
                var (number, seq, cells, sectionHeading) = numbered[i];
                var map = new Dictionary<string, ReadCell>(StringComparer.Ordinal);
                for (var c = 0; c < headers.Count && c < cells.Length; c++)
                {
                    map[headers[c]] = cells[c];
                }

                if (i + 1 < numbered.Count && numbered[i + 1].Seq.StartsWith(seq + ".", StringComparison.Ordinal))
                {
                    headings.Add((seq, Column(map, LedgerAliases.Task).Text));
                    continue;
                }

                var heading = headings.LastOrDefault(h => seq.StartsWith(h.Seq + ".", StringComparison.Ordinal)).Name ?? sectionHeading;
                yield return (number, heading, map);
            }
        }
    }

    /// <summary>A task as the office's lists name it: a sub-task with its heading (深化… › 制定实施方案), else its name.</summary>
    public static string Label(string? heading, IReadOnlyDictionary<string, ReadCell> cells) =>
        heading is null ? Column(cells, LedgerAliases.Task).Text : heading + " › " + Column(cells, LedgerAliases.Task).Text;

    /// <summary>The cell of the first column whose header is one of <paramref name="aliases"/>.</summary>
    public static ReadCell Column(IReadOnlyDictionary<string, ReadCell> row, IEnumerable<string> aliases)
    {
        foreach (var alias in aliases)
        {
            if (row.TryGetValue(alias, out var cell))
            {
                return cell;
            }
        }

        throw new KeyNotFoundException("none of the columns " + string.Join("/", aliases));
    }

    private (int Index, int Row) HeaderIndex()
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Cells.Any(c => TaskAliases.Contains(c.Text)))
            {
                return (i, Rows[i].Number);
            }
        }

        throw new InvalidOperationException($"{File} {Sheet}: no header row");
    }

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex SeqPattern();
}
