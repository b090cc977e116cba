using System.Text.Json.Serialization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Lake;

/// <summary>
/// The Parquet layout of a snapshot row: the columns of the <c>snapshots</c> table, in its order, with
/// schema values (enum identifiers) as strings. The lake is the durable record; DuckDB is loaded from it.
/// </summary>
internal sealed class SnapshotRecord
{
    [JsonPropertyName("ledger")]
    public string Ledger { get; set; } = string.Empty;

    [JsonPropertyName("task_id")]
    public string TaskId { get; set; } = string.Empty;

    [JsonPropertyName("report_month")]
    public DateOnly ReportMonth { get; set; }

    [JsonPropertyName("status_date")]
    public DateOnly StatusDate { get; set; }

    [JsonPropertyName("seq_no")]
    public string? SeqNo { get; set; }

    [JsonPropertyName("task_name")]
    public string TaskName { get; set; } = string.Empty;

    [JsonPropertyName("special_group")]
    public string? SpecialGroup { get; set; }

    [JsonPropertyName("lead_unit")]
    public string? LeadUnit { get; set; }

    [JsonPropertyName("co_units")]
    public List<string> CoUnits { get; set; } = [];

    [JsonPropertyName("leader")]
    public string? Leader { get; set; }

    [JsonPropertyName("person_in_charge")]
    public string? PersonInCharge { get; set; }

    [JsonPropertyName("result_form")]
    public string? ResultForm { get; set; }

    [JsonPropertyName("task_kind")]
    public string? TaskKind { get; set; }

    [JsonPropertyName("deadline_text")]
    public string? DeadlineText { get; set; }

    [JsonPropertyName("deadline")]
    public DateOnly? Deadline { get; set; }

    [JsonPropertyName("deadline_kind")]
    public string DeadlineKind { get; set; } = string.Empty;

    [JsonPropertyName("open_ended")]
    public bool OpenEnded { get; set; }

    [JsonPropertyName("planned_start")]
    public DateOnly PlannedStart { get; set; }

    [JsonPropertyName("milestone_dates")]
    public List<DateOnly> MilestoneDates { get; set; } = [];

    [JsonPropertyName("milestones")]
    public List<string> Milestones { get; set; } = [];

    [JsonPropertyName("progress_pct")]
    public double? ProgressPct { get; set; }

    [JsonPropertyName("status")]
    public string Status { get; set; } = string.Empty;

    [JsonPropertyName("status_text")]
    public string? StatusText { get; set; }

    [JsonPropertyName("progress_text")]
    public string? ProgressText { get; set; }

    [JsonPropertyName("source_file")]
    public string SourceFile { get; set; } = string.Empty;

    [JsonPropertyName("source_sheet")]
    public string SourceSheet { get; set; } = string.Empty;

    [JsonPropertyName("source_row")]
    public int SourceRow { get; set; }

    public static SnapshotRecord From(SnapshotRow row) => new()
    {
        Ledger = LedgerNames.Id(row.Ledger),
        TaskId = row.TaskId,
        ReportMonth = row.ReportMonth,
        StatusDate = row.StatusDate,
        SeqNo = row.SeqNo,
        TaskName = row.TaskName,
        SpecialGroup = row.SpecialGroup,
        LeadUnit = row.LeadUnit,
        CoUnits = [.. row.CoUnits],
        Leader = row.Leader,
        PersonInCharge = row.PersonInCharge,
        ResultForm = row.ResultForm,
        TaskKind = row.TaskKind,
        DeadlineText = row.DeadlineText,
        Deadline = row.Deadline,
        DeadlineKind = DeadlineKindNames.Id(row.DeadlineKind),
        OpenEnded = row.OpenEnded,
        PlannedStart = row.PlannedStart,
        MilestoneDates = [.. row.Milestones.Select(m => m.Date)],
        Milestones = [.. row.Milestones.Select(m => m.Text)],
        ProgressPct = row.ProgressPct,
        Status = ReportedStatusNames.Id(row.Status),
        StatusText = row.StatusText,
        ProgressText = row.ProgressText,
        SourceFile = row.SourceFile,
        SourceSheet = row.SourceSheet,
        SourceRow = row.SourceRow,
    };
}
