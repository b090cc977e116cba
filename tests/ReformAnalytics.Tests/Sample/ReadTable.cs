namespace ReformAnalytics.Tests.Sample;

/// <summary>
/// One ledger table read back from a generated file: every row as written (1-based row numbers), and the task
/// rows found the simple way a person would: the header is the row holding a task-column alias, a second
/// header row follows when the first has a band (责任分工); task rows are those whose first cell is a number.
/// </summary>
public sealed class ReadTable(string file, string sheet, IReadOnlyList<(int Number, ReadCell[] Cells)> rows)
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

    public IEnumerable<(int Number, IReadOnlyDictionary<string, ReadCell> Cells)> TaskRows
    {
        get
        {
            var headers = Headers;
            var (index, _) = HeaderIndex();
            foreach (var (number, cells) in Rows.Skip(index + 1))
            {
                if (cells.Length == 0 || !(cells[0].Number is not null || int.TryParse(cells[0].Text, out _)))
                {
                    continue;
                }

                var map = new Dictionary<string, ReadCell>(StringComparer.Ordinal);
                for (var c = 0; c < headers.Count && c < cells.Length; c++)
                {
                    map[headers[c]] = cells[c];
                }

                yield return (number, map);
            }
        }
    }

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
}
