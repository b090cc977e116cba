using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// What a deadline cell (完成时限) says, or why it could not be read. <see cref="Milestones"/> are in date
/// order and the last one is <see cref="Deadline"/>; an open-ended or missing deadline has none.
/// <see cref="PlannedStart"/> is the start of the planned window: the ledger year's 1 January unless the
/// cell names a start (a month span such as 7、8月, or 2024年3月起). When <see cref="Error"/> is set
/// (a Chinese message for the office) the kind is <see cref="DeadlineKind.Missing"/> and nothing is guessed.
/// </summary>
public sealed record DeadlineParse(
    DeadlineKind Kind,
    DateOnly? Deadline,
    DateOnly PlannedStart,
    IReadOnlyList<Milestone> Milestones,
    string? Error = null)
{
    /// <summary>A reading that was taken but may not be what the unit meant (2024年前), for the office to check; null when none.</summary>
    public string? Note { get; init; }

    public bool OpenEnded => Kind == DeadlineKind.OpenEnded;

    public bool IsError => Error is not null;

    internal static DeadlineParse Missing(int ledgerYear) => new(DeadlineKind.Missing, null, YearStart(ledgerYear), []);

    internal static DeadlineParse Failed(int ledgerYear, string error) => new(DeadlineKind.Missing, null, YearStart(ledgerYear), [], error);

    internal static DateOnly YearStart(int year) => new(year, 1, 1);
}
