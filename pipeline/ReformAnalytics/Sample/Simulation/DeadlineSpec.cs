namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// A task's deadline as the ledger writes it (<see cref="Text"/>) and as it should be read (<see cref="Due"/>,
/// the last milestone; null when open-ended). <see cref="AsDateCell"/>: in a typed workbook the cell is a real
/// Excel date rather than the text.
/// </summary>
internal sealed record DeadlineSpec(string Text, DateOnly? Due, bool AsDateCell)
{
    public bool OpenEnded => Due is null;
}
