namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// What a task's row says in one month: the name as written, the figure (0–100, null when left blank) and
/// how it is written, the status phrase and the narrative. <see cref="DeadlineOverride"/> and
/// <see cref="FigureOverride"/> replace the cell text in a planted bad row; <see cref="Hidden"/> writes the row hidden (a
/// workbook only).
/// </summary>
internal sealed record TaskMonthRow(
    string Name,
    double? Figure,
    FigureHabit Habit,
    string StatusText,
    string ProgressText,
    string? DeadlineOverride = null,
    string? FigureOverride = null,
    bool Hidden = false);
