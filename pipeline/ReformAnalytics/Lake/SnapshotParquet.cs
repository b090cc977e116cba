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

    private static readonly ParquetSchema Schema = new(
        Ledger, TaskId, ReportMonth, StatusDate, SeqNo, TaskName, SpecialGroup, LeadUnit, CoUnits, Leader, PersonInCharge,
        ResultForm, TaskKind, DeadlineText, Deadline, DeadlineKindField, OpenEnded, PlannedStart, MilestoneDates, Milestones,
        ProgressPct, Status, StatusText, ProgressText, SourceFile, SourceSheet, SourceRow);

    private static readonly ParquetOptions Options = CreateOptions();

    public static async Task WriteAsync(Stream stream, IReadOnlyList<SnapshotRow> rows, CancellationToken ct)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, Options, false, ct).ConfigureAwait(false);
        for (var start = 0; start < rows.Count || start == 0; start += RowGroupSize)
        {
            var count = Math.Min(RowGroupSize, rows.Count - start);
            var group = new SnapshotRow[count];
            for (var i = 0; i < count; i++)
            {
                group[i] = rows[start + i];
            }

            using var rowGroup = writer.CreateRowGroup();
            await WriteGroupAsync(rowGroup, group, ct).ConfigureAwait(false);
            rowGroup.CompleteValidate();
            if (rows.Count == 0)
            {
                break;
            }
        }
    }

    private static async Task WriteGroupAsync(ParquetRowGroupWriter g, SnapshotRow[] rows, CancellationToken ct)
    {
        await g.WriteAsync(Ledger, Strings(rows, r => LedgerNames.Id(r.Ledger))).ConfigureAwait(false);
        await g.WriteAsync(TaskId, Strings(rows, r => r.TaskId)).ConfigureAwait(false);
        await g.WriteAsync<DateOnly>(ReportMonth, Values(rows, r => r.ReportMonth), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync<DateOnly>(StatusDate, Values(rows, r => r.StatusDate), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync(SeqNo, Strings(rows, r => r.SeqNo)).ConfigureAwait(false);
        await g.WriteAsync(TaskName, Strings(rows, r => r.TaskName)).ConfigureAwait(false);
        await g.WriteAsync(SpecialGroup, Strings(rows, r => r.SpecialGroup)).ConfigureAwait(false);
        await g.WriteAsync(LeadUnit, Strings(rows, r => r.LeadUnit)).ConfigureAwait(false);
        await WriteTextListAsync(g, CoUnits, rows, r => r.CoUnits, ct).ConfigureAwait(false);
        await g.WriteAsync(Leader, Strings(rows, r => r.Leader)).ConfigureAwait(false);
        await g.WriteAsync(PersonInCharge, Strings(rows, r => r.PersonInCharge)).ConfigureAwait(false);
        await g.WriteAsync(ResultForm, Strings(rows, r => r.ResultForm)).ConfigureAwait(false);
        await g.WriteAsync(TaskKind, Strings(rows, r => r.TaskKind)).ConfigureAwait(false);
        await g.WriteAsync(DeadlineText, Strings(rows, r => r.DeadlineText)).ConfigureAwait(false);
        await g.WriteAsync<DateOnly>(Deadline, Values(rows, r => r.Deadline), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync(DeadlineKindField, Strings(rows, r => DeadlineKindNames.Id(r.DeadlineKind))).ConfigureAwait(false);
        await g.WriteAsync<bool>(OpenEnded, Values(rows, r => r.OpenEnded), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync<DateOnly>(PlannedStart, Values(rows, r => r.PlannedStart), null, null, ct).ConfigureAwait(false);
        await WriteDateListAsync(g, rows, ct).ConfigureAwait(false);
        await WriteTextListAsync(g, Milestones, rows, r => [.. r.Milestones.Select(m => m.Text)], ct).ConfigureAwait(false);
        await g.WriteAsync<double>(ProgressPct, Values(rows, r => r.ProgressPct), null, null, ct).ConfigureAwait(false);
        await g.WriteAsync(Status, Strings(rows, r => ReportedStatusNames.Id(r.Status))).ConfigureAwait(false);
        await g.WriteAsync(StatusText, Strings(rows, r => r.StatusText)).ConfigureAwait(false);
        await g.WriteAsync(ProgressText, Strings(rows, r => r.ProgressText)).ConfigureAwait(false);
        await g.WriteAsync(SourceFile, Strings(rows, r => r.SourceFile)).ConfigureAwait(false);
        await g.WriteAsync(SourceSheet, Strings(rows, r => r.SourceSheet)).ConfigureAwait(false);
        await g.WriteAsync<int>(SourceRow, Values(rows, r => r.SourceRow), null, null, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// An optional LIST of optional strings, levels written out: definition 0 = no list (never written here),
    /// 1 = an empty list, 3 = a value; repetition 0 starts a row's list, 1 continues it.
    /// </summary>
    private static Task WriteTextListAsync(ParquetRowGroupWriter g, ListField field, SnapshotRow[] rows, Func<SnapshotRow, IReadOnlyList<string>> list, CancellationToken ct)
    {
        var values = new List<ReadOnlyMemory<char>>(rows.Length);
        var definitions = new List<int>(rows.Length);
        var repetitions = new List<int>(rows.Length);
        foreach (var row in rows)
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
    private static Task WriteDateListAsync(ParquetRowGroupWriter g, SnapshotRow[] rows, CancellationToken ct)
    {
        var values = new List<DateOnly>();
        var definitions = new List<int>(rows.Length);
        var repetitions = new List<int>(rows.Length);
        foreach (var row in rows)
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

    private static string?[] Strings(SnapshotRow[] rows, Func<SnapshotRow, string?> value)
    {
        var result = new string?[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = value(rows[i]);
        }

        return result;
    }

    private static T[] Values<T>(SnapshotRow[] rows, Func<SnapshotRow, T> value)
    {
        var result = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = value(rows[i]);
        }

        return result;
    }

    private static DataField<string> Text(string name) => new(name, true);

    private static ParquetOptions CreateOptions()
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        foreach (var field in new[] { Ledger, SpecialGroup, LeadUnit, Leader, PersonInCharge, ResultForm, TaskKind, DeadlineText, DeadlineKindField, Status, StatusText, SourceFile, SourceSheet })
        {
            options.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
        }

        return options;
    }
}
