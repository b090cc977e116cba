using System.Buffers;
using Parquet;
using Parquet.Schema;
using ReformAnalytics.Model;

namespace ReformAnalytics.Lake;

/// <summary>
/// Writes snapshot rows to Parquet column by column with Parquet.Net's row-group writer: one array per column,
/// no per-row objects or reflection. The layout is the <c>snapshots</c> table's, in its order (the same the
/// record-based serializer gave before it): strings optional, the three lists as optional LIST columns
/// (an empty list stays empty), repeated texts (units, statuses, deadlines, file names) dictionary-encoded.
/// </summary>
internal static class SnapshotParquet
{
    private const int RowGroupSize = 250_000;

    private static readonly DataField<string> Ledger = Text("ledger");
    private static readonly DataField<string> TaskId = Text("task_id");
    private static readonly DataField<DateOnly> ReportMonth = new("report_month", false);
    private static readonly DataField<DateOnly> StatusDate = new("status_date", false);
    private static readonly DataField<string> SeqNo = Text("seq_no");
    private static readonly DataField<string> TaskName = Text("task_name");
    private static readonly DataField<string> SpecialGroup = Text("special_group");
    private static readonly DataField<string> LeadUnit = Text("lead_unit");
    private static readonly ListField CoUnits = new("co_units", Text("element"));
    private static readonly DataField<string> Leader = Text("leader");
    private static readonly DataField<string> PersonInCharge = Text("person_in_charge");
    private static readonly DataField<string> ResultForm = Text("result_form");
    private static readonly DataField<string> TaskKind = Text("task_kind");
    private static readonly DataField<string> DeadlineText = Text("deadline_text");
    private static readonly DataField<DateOnly?> Deadline = new("deadline", true);
    private static readonly DataField<string> DeadlineKindField = Text("deadline_kind");
    private static readonly DataField<bool> OpenEnded = new("open_ended", false);
    private static readonly DataField<DateOnly> PlannedStart = new("planned_start", false);
    private static readonly ListField MilestoneDates = new("milestone_dates", new DataField<DateOnly>("element", false));
    private static readonly ListField Milestones = new("milestones", Text("element"));
    private static readonly DataField<double?> ProgressPct = new("progress_pct", true);
    private static readonly DataField<string> Status = Text("status");
    private static readonly DataField<string> StatusText = Text("status_text");
    private static readonly DataField<string> ProgressText = Text("progress_text");
    private static readonly DataField<string> SourceFile = Text("source_file");
    private static readonly DataField<string> SourceSheet = Text("source_sheet");
    private static readonly DataField<int> SourceRow = new("source_row", false);

    /// <summary>Last, as the column was added to the table after the others (a lake written before lacks it: NULL).</summary>
    private static readonly DataField<string> TaskHeading = Text("task_heading");

    private static readonly ParquetSchema Schema = new(
        Ledger, TaskId, ReportMonth, StatusDate, SeqNo, TaskName, SpecialGroup, LeadUnit, CoUnits, Leader, PersonInCharge,
        ResultForm, TaskKind, DeadlineText, Deadline, DeadlineKindField, OpenEnded, PlannedStart, MilestoneDates, Milestones,
        ProgressPct, Status, StatusText, ProgressText, SourceFile, SourceSheet, SourceRow, TaskHeading);

    private static readonly ParquetOptions Options = CreateOptions();

    public static async Task WriteAsync(Stream stream, IReadOnlyList<SnapshotRow> rows, CancellationToken ct)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, Options, false, ct).ConfigureAwait(false);
        for (var start = 0; start < rows.Count || start == 0; start += RowGroupSize)
        {
            var count = Math.Min(RowGroupSize, rows.Count - start);
            using var rowGroup = writer.CreateRowGroup();
            using (var columns = new ColumnBuffers(rows, start, count))
            {
                await WriteGroupAsync(rowGroup, columns, ct).ConfigureAwait(false);
            }

            rowGroup.CompleteValidate();
            if (rows.Count == 0)
            {
                break;
            }
        }
    }

    private static async Task WriteGroupAsync(ParquetRowGroupWriter g, ColumnBuffers c, CancellationToken ct)
    {
        await g.WriteAsync(Ledger, c.Strings(r => LedgerNames.Id(r.Ledger))).ConfigureAwait(false);
        await g.WriteAsync(TaskId, c.Strings(r => r.TaskId)).ConfigureAwait(false);
        await g.WriteAsync<DateOnly>(ReportMonth, c.Dates(r => r.ReportMonth), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync<DateOnly>(StatusDate, c.Dates(r => r.StatusDate), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync(SeqNo, c.Strings(r => r.SeqNo)).ConfigureAwait(false);
        await g.WriteAsync(TaskName, c.Strings(r => r.TaskName)).ConfigureAwait(false);
        await g.WriteAsync(SpecialGroup, c.Strings(r => r.SpecialGroup)).ConfigureAwait(false);
        await g.WriteAsync(LeadUnit, c.Strings(r => r.LeadUnit)).ConfigureAwait(false);
        await WriteTextListAsync(g, CoUnits, c, r => r.CoUnits, ct).ConfigureAwait(false);
        await g.WriteAsync(Leader, c.Strings(r => r.Leader)).ConfigureAwait(false);
        await g.WriteAsync(PersonInCharge, c.Strings(r => r.PersonInCharge)).ConfigureAwait(false);
        await g.WriteAsync(ResultForm, c.Strings(r => r.ResultForm)).ConfigureAwait(false);
        await g.WriteAsync(TaskKind, c.Strings(r => r.TaskKind)).ConfigureAwait(false);
        await g.WriteAsync(DeadlineText, c.Strings(r => r.DeadlineText)).ConfigureAwait(false);
        await g.WriteAsync<DateOnly>(Deadline, c.Values(r => r.Deadline), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync(DeadlineKindField, c.Strings(r => DeadlineKindNames.Id(r.DeadlineKind))).ConfigureAwait(false);
        await g.WriteAsync<bool>(OpenEnded, c.Values(r => r.OpenEnded), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync<DateOnly>(PlannedStart, c.Dates(r => r.PlannedStart), null, null, ct).ConfigureAwait(false);
        await WriteDateListAsync(g, c, ct).ConfigureAwait(false);
        await WriteTextListAsync(g, Milestones, c, r => [.. r.Milestones.Select(m => m.Text)], ct).ConfigureAwait(false);
        await g.WriteAsync<double>(ProgressPct, c.Values(r => r.ProgressPct), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync(Status, c.Strings(r => ReportedStatusNames.Id(r.Status))).ConfigureAwait(false);
        await g.WriteAsync(StatusText, c.Strings(r => r.StatusText)).ConfigureAwait(false);
        await g.WriteAsync(ProgressText, c.Strings(r => r.ProgressText)).ConfigureAwait(false);
        await g.WriteAsync(SourceFile, c.Strings(r => r.SourceFile)).ConfigureAwait(false);
        await g.WriteAsync(SourceSheet, c.Strings(r => r.SourceSheet)).ConfigureAwait(false);
        await g.WriteAsync<int>(SourceRow, c.Values(r => r.SourceRow), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync(TaskHeading, c.Strings(r => r.TaskHeading)).ConfigureAwait(false);
    }

    /// <summary>
    /// An optional LIST of optional strings, levels written out: definition 0 = no list (never written here),
    /// 1 = an empty list, 3 = a value; repetition 0 starts a row's list, 1 continues it.
    /// </summary>
    private static Task WriteTextListAsync(ParquetRowGroupWriter g, ListField field, ColumnBuffers c, Func<SnapshotRow, IReadOnlyList<string>> list, CancellationToken ct)
    {
        var values = new List<ReadOnlyMemory<char>>(c.Count);
        var definitions = new List<int>(c.Count);
        var repetitions = new List<int>(c.Count);
        foreach (var row in c.Rows)
        {
            var items = list(row);
            if (items.Count == 0)
            {
                definitions.Add(1);
                repetitions.Add(0);
                continue;
            }

            for (var i = 0; i < items.Count; i++)
            {
                values.Add(items[i].AsMemory());
                definitions.Add(3);
                repetitions.Add(i == 0 ? 0 : 1);
            }
        }

        return g.WriteAllPartsAsync<ReadOnlyMemory<char>>((DataField)field.Item, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), ct);
    }

    /// <summary>milestone_dates: an optional LIST of required dates; definition 1 = an empty list, 2 = a date.</summary>
    private static Task WriteDateListAsync(ParquetRowGroupWriter g, ColumnBuffers c, CancellationToken ct)
    {
        var values = new List<DateOnly>();
        var definitions = new List<int>(c.Count);
        var repetitions = new List<int>(c.Count);
        foreach (var row in c.Rows)
        {
            if (row.Milestones.Count == 0)
            {
                definitions.Add(1);
                repetitions.Add(0);
                continue;
            }

            for (var i = 0; i < row.Milestones.Count; i++)
            {
                values.Add(row.Milestones[i].Date);
                definitions.Add(2);
                repetitions.Add(i == 0 ? 0 : 1);
            }
        }

        return g.WriteAllPartsAsync<DateOnly>((DataField)MilestoneDates.Item, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), ct);
    }

    /// <summary>
    /// One row group's rows and the column buffers its columns are written from: rented from the shared pool and
    /// reused column after column (Parquet.Net has encoded a column when its write returns), because a fresh
    /// array per column per month would each be a large-object allocation.
    /// </summary>
    private sealed class ColumnBuffers(IReadOnlyList<SnapshotRow> all, int start, int count) : IDisposable
    {
        private readonly string?[] _strings = ArrayPool<string?>.Shared.Rent(count);
        private readonly DateOnly[] _dates = ArrayPool<DateOnly>.Shared.Rent(count);
        private readonly DateOnly?[] _optionalDates = ArrayPool<DateOnly?>.Shared.Rent(count);
        private readonly double?[] _doubles = ArrayPool<double?>.Shared.Rent(count);
        private readonly bool[] _bools = ArrayPool<bool>.Shared.Rent(count);
        private readonly int[] _ints = ArrayPool<int>.Shared.Rent(count);

        public int Count => count;

        public IEnumerable<SnapshotRow> Rows
        {
            get
            {
                for (var i = 0; i < count; i++)
                {
                    yield return all[start + i];
                }
            }
        }

        public ArraySegment<string> Strings(Func<SnapshotRow, string?> value) => new(Fill(_strings, value)!, 0, count);

        public ReadOnlyMemory<DateOnly> Dates(Func<SnapshotRow, DateOnly> value) => Fill(_dates, value).AsMemory(0, count);

        public ReadOnlyMemory<DateOnly?> Values(Func<SnapshotRow, DateOnly?> value) => Fill(_optionalDates, value).AsMemory(0, count);

        public ReadOnlyMemory<double?> Values(Func<SnapshotRow, double?> value) => Fill(_doubles, value).AsMemory(0, count);

        public ReadOnlyMemory<bool> Values(Func<SnapshotRow, bool> value) => Fill(_bools, value).AsMemory(0, count);

        public ReadOnlyMemory<int> Values(Func<SnapshotRow, int> value) => Fill(_ints, value).AsMemory(0, count);

        public void Dispose()
        {
            ArrayPool<string?>.Shared.Return(_strings, clearArray: true);
            ArrayPool<DateOnly>.Shared.Return(_dates);
            ArrayPool<DateOnly?>.Shared.Return(_optionalDates);
            ArrayPool<double?>.Shared.Return(_doubles);
            ArrayPool<bool>.Shared.Return(_bools);
            ArrayPool<int>.Shared.Return(_ints);
        }

        private T[] Fill<T>(T[] buffer, Func<SnapshotRow, T> value)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[i] = value(all[start + i]);
            }

            return buffer;
        }
    }

    private static DataField<string> Text(string name) => new(name, true);

    private static ParquetOptions CreateOptions()
    {
        // Texts that are unique row by row (names, progress narratives, ids) are told from their first values,
        // instead of Parquet.Net building a whole dictionary of each such column only to drop it.
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy, DictionaryEncodingSampleSize = 1_000 };
        foreach (var field in new[] { Ledger, SpecialGroup, TaskHeading, LeadUnit, Leader, PersonInCharge, ResultForm, TaskKind, DeadlineText, DeadlineKindField, Status, StatusText, SourceFile, SourceSheet })
        {
            options.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
        }

        return options;
    }
}
