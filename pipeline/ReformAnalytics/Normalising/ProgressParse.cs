namespace ReformAnalytics.Normalising;

/// <summary>
/// A progress figure in percent (0–100), none (<see cref="Value"/> null, no error), or why the cell could not be read;
/// <see cref="Note"/> says what to check about a figure that was read (several figures in one cell).
/// </summary>
public readonly record struct ProgressParse(double? Value, string? Error = null, string? Note = null)
{
    public static readonly ProgressParse None = default;

    public bool IsError => Error is not null;
}
